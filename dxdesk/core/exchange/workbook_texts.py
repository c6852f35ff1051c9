"""The workbook's words: each sheet's description and each column's header and help text
(Vietnamese, as officers read them in Excel). Kept apart from the layout rules in
``workbook_format``, which builds the sheets from them."""

from __future__ import annotations

_C = "Mã duy nhất, không đổi (dùng để tham chiếu và để cập nhật khi nhập lại)."
_ORDER = "Số thứ tự để sắp xếp khi hiển thị."
_PROGRAMMES = (
    "Chương trình",
    "Mã các chương trình phục vụ, cách nhau bởi dấu “;” (có thể để trống).",
)

# entity → (sheet description, {field: (header, description)})
TEXTS: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "committee": (
        "Ban Chỉ đạo giữ sổ này (một dòng): tên, cấp, nơi ghi ngày, ký hiệu văn bản, "
        "người ký thường lệ. In ở đầu mọi báo cáo, thông báo.",
        {
            "name": (
                "Tên Ban Chỉ đạo",
                "Tên đầy đủ, ví dụ: Ban Chỉ đạo về phát triển khoa học, công "
                "nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Ngãi.",
            ),
            "short_name": ("Tên viết tắt", "Ví dụ: BCĐ tỉnh Quảng Ngãi."),
            "level": ("Cấp", "Cấp của Ban Chỉ đạo, chọn trong danh sách."),
            "province": ("Tỉnh, thành phố", "Tỉnh, thành phố của Ban Chỉ đạo, ví dụ: Quảng Ngãi."),
            "place": (
                "Địa danh",
                "Địa danh ghi trước ngày tháng: “Quảng Ngãi, ngày … tháng … năm …”.",
            ),
            "symbol": (
                "Ký hiệu văn bản",
                "Ký hiệu của Ban trong số văn bản, ví dụ BCĐCĐS (09-KH/BCĐCĐS) hoặc BCĐ57.",
            ),
            "doc_style": (
                "Thể thức văn bản",
                "Thể thức mặc định của báo cáo, thông báo: văn bản của "
                "Đảng hay văn bản hành chính nhà nước.",
            ),
            "standing_agency": ("Cơ quan thường trực", "Ví dụ: Sở Khoa học và Công nghệ."),
            "signer_authority": ("Quyền hạn ký", "Ví dụ: TM. BAN CHỈ ĐẠO, KT. TRƯỞNG BAN."),
            "signer_title": ("Chức vụ người ký", "Ví dụ: TRƯỞNG BAN, PHÓ TRƯỞNG BAN."),
            "signer_name": ("Người ký", "Họ và tên người ký thường lệ."),
        },
    ),
    "pillar": (
        "Các trụ cột (trục) chuyển đổi số của kế hoạch.",
        {
            "code": ("Mã", _C + " Ví dụ: CQS, KTS, XHS."),
            "name": ("Tên", "Tên trụ cột, ví dụ: Chính quyền số."),
            "sort_order": ("Thứ tự", _ORDER),
        },
    ),
    "agency": (
        "Các đơn vị: sở, ban, ngành; UBND xã, phường, đặc khu (cấp huyện: trước "
        "01/07/2025) và các đơn vị khác.",
        {
            "code": ("Mã", _C + " Ví dụ: SKHCN, UBND_BATXAT."),
            "name": ("Tên", "Tên đầy đủ của cơ quan, đơn vị."),
            "kind": ("Loại", "Loại cơ quan, chọn trong danh sách."),
            "parent": ("Cơ quan cấp trên", "Mã của cơ quan cấp trên (nếu có)."),
            "valid_from": ("Hiệu lực từ", "Ngày cơ quan bắt đầu hoạt động (sáp nhập, thành lập)."),
            "valid_to": (
                "Hiệu lực đến",
                "Ngày cơ quan thôi hoạt động (ví dụ 30/06/2025 với cấp huyện).",
            ),
        },
    ),
    "member": (
        "Thành viên Ban Chỉ đạo và Tổ giúp việc.",
        {
            "code": ("Mã", _C),
            "name": ("Họ và tên", "Họ và tên thành viên."),
            "position": ("Chức vụ", "Chức vụ, ví dụ: Giám đốc Sở Khoa học và Công nghệ."),
            "role": ("Vai trò", "Vai trò trong Ban Chỉ đạo, chọn trong danh sách."),
            "agency": ("Cơ quan", "Mã cơ quan công tác."),
            "sort_order": ("Thứ tự", _ORDER),
        },
    ),
    "document": (
        "Nghị quyết, kế hoạch, quyết định, thông báo… làm nguồn mục tiêu, nhiệm vụ.",
        {
            "code": ("Mã", _C + " Ví dụ: KH09."),
            "symbol": (
                "Số, ký hiệu",
                "Đúng như trên văn bản, ví dụ 09-KH/BCĐCĐS hoặc 586/KH-UBND.",
            ),
            "style": ("Khối văn bản", "Văn bản của Đảng hay văn bản hành chính nhà nước."),
            "doc_type": ("Loại văn bản", "Kế hoạch, Nghị quyết, Quyết định, Chỉ thị…"),
            "issuer": ("Cơ quan ban hành", "Tên cơ quan ban hành, ví dụ: Ban Chỉ đạo CĐS tỉnh."),
            "issue_date": ("Ngày ban hành", "Ngày ký ban hành."),
            "subject": ("Trích yếu", "Trích yếu nội dung văn bản."),
        },
    ),
    "meeting": (
        "Các cuộc họp, hội nghị của Ban Chỉ đạo.",
        {
            "code": ("Mã", _C + " Ví dụ: HN-Q2-2023."),
            "title": ("Tên cuộc họp", "Ví dụ: Hội nghị Ban Chỉ đạo quý II/2023."),
            "kind": ("Loại", "Loại cuộc họp, chọn trong danh sách."),
            "meeting_date": ("Ngày họp", "Ngày diễn ra cuộc họp."),
            "session": ("Buổi", "Sáng hoặc chiều."),
            "place": ("Địa điểm", "Nơi họp, các điểm cầu trực tuyến."),
            "chair": ("Chủ trì", "Người chủ trì cuộc họp."),
            "attendees": ("Thành phần", "Thành phần tham dự."),
            "agenda": ("Nội dung", "Chương trình, nội dung cuộc họp."),
            "notice_symbol": ("Số thông báo kết luận", "Số, ký hiệu Thông báo kết luận."),
        },
    ),
    "conclusion": (
        "Từng ý kết luận, giao việc của các cuộc họp.",
        {
            "code": ("Mã", _C + " Ví dụ: KL-Q2-2023-01."),
            "meeting": ("Cuộc họp", "Mã cuộc họp có kết luận này."),
            "seq": ("Số thứ tự", "Số thứ tự của ý kết luận trong thông báo."),
            "text": ("Nội dung", "Nội dung kết luận, giao việc."),
            "deadline": ("Thời hạn", "Thời hạn hoàn thành (nếu có)."),
            "agencies": (
                "Cơ quan được giao",
                "Mã các cơ quan được giao, cách nhau bởi dấu “;”; "
                "cơ quan ghi đầu tiên là cơ quan chủ trì.",
            ),
        },
    ),
    "target": (
        "Mục tiêu, chỉ tiêu chuyển đổi số.",
        {
            "code": ("Mã", _C + " Ví dụ: MT01."),
            "text": ("Nội dung", "Nội dung mục tiêu, chỉ tiêu."),
            "pillar": ("Trụ cột", "Mã trụ cột."),
            "source_document": ("Văn bản nguồn", "Mã văn bản giao mục tiêu."),
            "source_meeting": ("Cuộc họp bổ sung", "Mã cuộc họp đã bổ sung mục tiêu (nếu có)."),
            "source_conclusion": ("Kết luận nguồn", "Mã ý kết luận sinh ra mục tiêu (nếu có)."),
            "lead_agency": ("Cơ quan chủ trì", "Mã cơ quan chủ trì, theo dõi."),
            "unit": ("Đơn vị tính", "Ví dụ: %, hồ sơ, doanh nghiệp."),
            "direction": ("Chiều đánh giá", "Càng cao càng tốt hay càng thấp càng tốt (thứ hạng)."),
            "kind": ("Loại chỉ tiêu", "Số liệu hay Có/Không (ví dụ: xây dựng trung tâm dữ liệu)."),
            "baseline": ("Giá trị ban đầu", "Giá trị tại thời điểm giao (nếu có)."),
            "target_value": ("Giá trị mục tiêu", "Giá trị phải đạt; với chỉ tiêu Có/Không ghi 1."),
            "deadline": ("Thời hạn", "Thời hạn phải đạt."),
            "assigned_on": ("Ngày giao", "Ngày giao mục tiêu."),
            "method": ("Phương pháp tính", "Căn cứ, phương pháp tính."),
            "sort_order": ("Thứ tự", _ORDER),
            "rollup": (
                "Cách tổng hợp",
                "Cách tổng hợp giá trị của các đơn vị (trang “Kết quả đo”, "
                "cột “Đơn vị”); để trống: một giá trị chung, giá trị của đơn vị chỉ để theo "
                "dõi.",
            ),
            "unit_goal": (
                "Chỉ tiêu mỗi đơn vị",
                "Với “Số đơn vị đạt chỉ tiêu đơn vị”: giá trị mỗi đơn vị phải đạt, ví dụ 90 (%).",
            ),
            "programmes": _PROGRAMMES,
        },
    ),
    "milestone": (
        "Lộ trình: giá trị phải đạt từng năm của mỗi mục tiêu.",
        {
            "target": ("Mục tiêu", "Mã mục tiêu."),
            "year": ("Năm", "Năm của lộ trình, ví dụ 2024."),
            "value": ("Giá trị", "Giá trị phải đạt trong năm."),
        },
    ),
    "measurement": (
        "Kết quả đo của mục tiêu theo từng kỳ báo cáo.",
        {
            "target": ("Mục tiêu", "Mã mục tiêu."),
            "period": (
                "Kỳ",
                "Kỳ báo cáo: 2023 (năm), 2023-Q2 (quý), 2023-H1 (6 tháng), 2023-06 (tháng).",
            ),
            "unit": (
                "Đơn vị",
                "Mã đơn vị (sở, xã…) có giá trị này; để trống nếu là giá trị chung "
                "của Ban Chỉ đạo. Mỗi mục tiêu, kỳ và đơn vị chỉ một dòng.",
            ),
            "measured_on": ("Ngày số liệu", "Ngày chốt số liệu."),
            "value": (
                "Giá trị",
                "Giá trị đạt được; với chỉ tiêu Có/Không ghi 1 (có) hoặc 0 (không).",
            ),
            "agency": ("Cơ quan báo cáo", "Mã cơ quan báo cáo số liệu."),
            "note": ("Ghi chú, minh chứng", "Ghi chú, nguồn minh chứng."),
        },
    ),
    "task": (
        "Nhiệm vụ được giao theo kế hoạch hoặc kết luận cuộc họp.",
        {
            "code": ("Mã", _C + " Ví dụ: NV01."),
            "text": ("Nội dung", "Nội dung nhiệm vụ."),
            "group": ("Nhóm nhiệm vụ", "Nhóm nhiệm vụ (nếu kế hoạch chia nhóm)."),
            "pillar": ("Trụ cột", "Mã trụ cột."),
            "source_document": ("Văn bản nguồn", "Mã văn bản giao nhiệm vụ."),
            "source_conclusion": ("Kết luận nguồn", "Mã ý kết luận giao nhiệm vụ."),
            "lead_agency": ("Cơ quan chủ trì", "Mã cơ quan chủ trì."),
            "coordinators": ("Cơ quan phối hợp", "Mã các cơ quan phối hợp, cách nhau bởi dấu “;”."),
            "deadline": ("Thời hạn", "Thời hạn hoàn thành; để trống nếu không có hạn."),
            "assigned_on": ("Ngày giao", "Ngày giao nhiệm vụ."),
            "status": ("Trạng thái", "Trạng thái, chọn trong danh sách."),
            "started_on": ("Ngày bắt đầu", "Ngày bắt đầu triển khai."),
            "completed_on": ("Ngày hoàn thành", "Ngày hoàn thành (khi đã hoàn thành)."),
            "blocker": ("Vướng mắc", "Khó khăn, vướng mắc, ví dụ: chưa có hướng dẫn của Bộ."),
            "sort_order": ("Thứ tự", _ORDER),
            "programmes": _PROGRAMMES,
        },
    ),
    "note": (
        "Các lần cập nhật tiến độ của nhiệm vụ.",
        {
            "task": ("Nhiệm vụ", "Mã nhiệm vụ."),
            "noted_on": ("Ngày", "Ngày cập nhật."),
            "text": ("Nội dung", "Tiến độ, kết quả, minh chứng."),
            "author": ("Người cập nhật", "Người hoặc cơ quan cập nhật."),
            "uid": (
                "Mã ghi chú",
                "Do dxdesk ghi khi xuất tệp: giữ nguyên để sửa nội dung ghi chú này; "
                "để trống khi thêm ghi chú mới.",
            ),
        },
    ),
    "figure": (
        "Số liệu các báo cáo đã công bố, để đối chiếu với số liệu tính từ sổ.",
        {
            "code": ("Mã", _C),
            "metric": (
                "Chỉ số",
                "Khóa của chỉ số (danh sách trong trang Hướng dẫn, docs/figures.md), "
                "ví dụ targets.by_band.completed, targets.pillar.CQS.completed.",
            ),
            "as_of": ("Tính đến ngày", "Ngày chốt số liệu của báo cáo."),
            "value": ("Giá trị", "Số lượng như báo cáo đã in."),
            "denominator": ("Trên tổng số", "Tổng số như đã in (“7/20 mục tiêu”: 20)."),
            "percent": ("Tỷ lệ (%)", "Tỷ lệ phần trăm như đã in."),
            "percent_places": ("Số chữ số thập phân", "Số chữ số sau dấu phẩy của tỷ lệ đã in."),
            "printed_text": ("Nguyên văn", "Câu chữ nguyên văn trong báo cáo."),
            "source": ("Nguồn", "Báo cáo, văn bản đã công bố số liệu."),
        },
    ),
    "programme": (
        "Các chương trình sổ theo dõi (NQ 57, chương trình hành động, Đề án 06, CCHC…).",
        {
            "code": ("Mã", _C + " Ví dụ: NQ57, DA06."),
            "name": ("Tên", "Tên chương trình, ví dụ: Nghị quyết 57-NQ/TW."),
            "sort_order": ("Thứ tự", _ORDER),
        },
    ),
    "succession": (
        "Cơ quan kế tục cơ quan đã thôi hoạt động (hợp nhất, đổi tên, chia tách).",
        {
            "predecessor": ("Cơ quan cũ", "Mã cơ quan thôi hoạt động."),
            "successor": ("Cơ quan kế tục", "Mã cơ quan kế tục."),
            "on_date": ("Từ ngày", "Ngày cơ quan kế tục nhận công việc."),
            "kind": ("Hình thức", "Hợp nhất, đổi tên hay chia tách."),
            "share": ("Phần nhận", "Khi chia tách: phần công việc cơ quan này nhận."),
        },
    ),
    **{
        f"{owner}_handover": (
            f"{label} chuyển từ cơ quan cũ sang cơ quan kế tục.",
            {
                owner: (label, f"Mã {label.lower()}."),
                "on_date": ("Từ ngày", "Ngày chuyển giao; trước ngày này cơ quan cũ chủ trì."),
                "from_agency": ("Cơ quan cũ", "Mã cơ quan chủ trì trước ngày chuyển giao."),
                "to_agency": ("Cơ quan nhận", "Mã cơ quan chủ trì từ ngày chuyển giao."),
            },
        )
        for owner, label in (("task", "Nhiệm vụ"), ("target", "Mục tiêu"))
    },
    "index_family": (
        "Các bộ chỉ số được theo dõi (DTI, ICT, PAR, SIPAS, PCI, chỉ số riêng của "
        "tỉnh…); mỗi bộ tách riêng, không so sánh lẫn nhau.",
        {
            "code": ("Mã", _C + " Ví dụ: DTI, PAR, PCI."),
            "name": ("Tên", "Tên bộ chỉ số."),
        },
    ),
    "index_component": (
        "Cấu trúc từng phiên bản của bộ chỉ số: chỉ số chính, chỉ số thành "
        "phần, điểm tối đa (DTI theo QĐ 922/QĐ-BTTTT có sẵn).",
        {
            "family": ("Bộ chỉ số", "Mã bộ chỉ số."),
            "version": ("Phiên bản", "Văn bản ban hành cấu trúc, ví dụ QĐ 922/QĐ-BTTTT (2022)."),
            "code": ("Mã chỉ số", "Mã chỉ số chính hoặc thành phần, ví dụ CS1, CS1.2."),
            "name": ("Tên chỉ số", "Ví dụ: Nhận thức số."),
            "parent": ("Thuộc chỉ số", "Mã chỉ số chính chứa chỉ số thành phần này (nếu có)."),
            "max_points": ("Điểm tối đa", "Điểm tối đa của chỉ số (nếu có)."),
            "sort_order": ("Thứ tự", _ORDER),
        },
    ),
    "index_score": (
        "Điểm và thứ hạng theo năm: của tỉnh (để trống đơn vị) hoặc của từng đơn "
        "vị; của cả bộ chỉ số (để trống chỉ số) hoặc một chỉ số thành phần.",
        {
            "family": ("Bộ chỉ số", "Mã bộ chỉ số."),
            "year": ("Năm", "Năm đánh giá, ví dụ 2022."),
            "unit": ("Đơn vị", "Mã đơn vị được chấm (sở, xã…); để trống: của tỉnh."),
            "component": ("Chỉ số", "Mã chỉ số thành phần; để trống: điểm, thứ hạng chung."),
            "version": ("Phiên bản", "Phiên bản cấu trúc đã dùng để chấm."),
            "score": ("Điểm", "Điểm: 0–1 với 4 chữ số thập phân, hoặc số điểm."),
            "rank": ("Thứ hạng", "Thứ hạng (1 là cao nhất; có thể đồng hạng)."),
            "rank_of": ("Trên tổng số", "Số đơn vị được xếp hạng: 63 trước 2025, 34 từ 2025."),
            "source": ("Nguồn", "Nơi công bố điểm, thứ hạng."),
        },
    ),
    "index_assignment": (
        "Thành viên Ban Chỉ đạo phụ trách từng chỉ số thành phần (kiểu Chỉ thị "
        "19-CT/TU: mỗi thành viên phụ trách một chỉ số).",
        {
            "member": ("Thành viên", "Mã thành viên."),
            "family": ("Bộ chỉ số", "Mã bộ chỉ số."),
            "component": ("Chỉ số", "Mã chỉ số được phân công, ví dụ CS3."),
        },
    ),
    "target_rank_goal": (
        "Mục tiêu đánh giá theo thứ hạng của một bộ chỉ số (ví dụ “top 30 DTI”, “nhóm "
        "trung bình khá”): đạt hay chưa đạt theo thứ hạng mới nhất đã công bố, không theo "
        "kết quả đo. Thứ hạng phải đạt ghi ở cột “Giá trị mục tiêu” (và lộ trình) của mục "
        "tiêu, hoặc chọn một nhóm xếp hạng.",
        {
            "target": ("Mục tiêu", "Mã mục tiêu (trang “Mục tiêu”)."),
            "family": ("Bộ chỉ số", "Mã bộ chỉ số, ví dụ DTI."),
            "unit": ("Đơn vị", "Mã đơn vị được xếp hạng; để trống: thứ hạng của tỉnh."),
            "component": ("Chỉ số", "Mã chỉ số thành phần; để trống: thứ hạng chung."),
            "rank_group": (
                "Nhóm xếp hạng",
                "Để trống khi mục tiêu là một thứ hạng (top 30); nhóm khá: một phần ba đầu, "
                "trung bình khá: nửa đầu, trung bình: hai phần ba đầu (làm tròn xuống).",
            ),
            "goal_of": (
                "Trên tổng số",
                "Số tỉnh của thứ hạng mục tiêu (ví dụ 63 cho “top 30/63”); khi thứ hạng công bố "
                "trên số khác (34 từ 2025), mục tiêu được quy đổi: 30/63 thành 16/34.",
            ),
        },
    ),
    "draft": (
        "Dự thảo kế hoạch, nghị quyết đang lấy ý kiến; khi được thông qua, ghi văn bản "
        "ban hành (dxdesk draft adopt chuyển các chỉ tiêu thành mục tiêu).",
        {
            "code": ("Mã", _C + " Ví dụ: DT-NQ-CDS."),
            "title": ("Tên dự thảo", "Ví dụ: Dự thảo Nghị quyết về chuyển đổi số tỉnh…"),
            "doc_type": ("Loại văn bản", "Nghị quyết, Kế hoạch, Chương trình hành động…"),
            "drafted_by": ("Cơ quan soạn thảo", "Cơ quan chủ trì soạn thảo."),
            "submitted_to": ("Trình", "Nơi cho ý kiến, thông qua, ví dụ Ban Thường vụ Tỉnh ủy."),
            "adopted_document": ("Văn bản ban hành", "Mã văn bản khi dự thảo được thông qua."),
        },
    ),
    "draft_indicator": (
        "Chỉ tiêu của dự thảo theo từng lần sửa (phiên bản 1, 2…), với giá trị năm 2025 và 2030.",
        {
            "draft": ("Dự thảo", "Mã dự thảo."),
            "code": ("Mã chỉ tiêu", "Mã chỉ tiêu, giữ nguyên qua các phiên bản, ví dụ CT03."),
            "version": ("Phiên bản", "Số thứ tự lần sửa: 1, 2, 3…"),
            "text": ("Nội dung chỉ tiêu", "Nội dung chỉ tiêu ở phiên bản này."),
            "pillar": ("Trụ cột", "Mã trụ cột."),
            "unit": ("Đơn vị tính", "Ví dụ: %, hồ sơ, xã."),
            "baseline": ("Giá trị gốc", "Giá trị hiện tại khi lập dự thảo."),
            "value_2025": ("Năm 2025", "Giá trị phấn đấu đến năm 2025."),
            "value_2030": ("Năm 2030", "Giá trị phấn đấu đến năm 2030."),
            "note": ("Lý do sửa", "Vì sao phiên bản này khác phiên bản trước."),
            "target": ("Mục tiêu", "Mã mục tiêu được lập từ chỉ tiêu khi thông qua."),
        },
    ),
    "draft_comment": (
        "Ý kiến góp ý vào dự thảo của thành viên, cơ quan, cá nhân và việc tiếp thu, giải trình.",
        {
            "draft": ("Dự thảo", "Mã dự thảo."),
            "seq": ("Số thứ tự", "Số thứ tự ý kiến trong dự thảo: 1, 2, 3…"),
            "member": ("Thành viên góp ý", "Mã thành viên Ban Chỉ đạo (nếu có)."),
            "agency": ("Cơ quan góp ý", "Mã cơ quan (nếu có)."),
            "commenter": ("Người góp ý khác", "Tên, chức vụ người góp ý không có trong sổ."),
            "indicator": ("Chỉ tiêu được góp ý", "Mã chỉ tiêu của dự thảo (nếu có)."),
            "passage": ("Đoạn được góp ý", "Ví dụ: Mục I.2, Phần đánh giá tình hình."),
            "content": ("Nội dung góp ý", "Nội dung ý kiến."),
            "received_on": ("Ngày góp ý", "Ngày nhận ý kiến."),
            "handling": ("Xử lý", "Tiếp thu, giải trình hay không tiếp thu."),
            "reason": ("Lý do", "Đã tiếp thu thế nào, hoặc vì sao giải trình, không tiếp thu."),
        },
    ),
}
