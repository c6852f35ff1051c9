"""Lào Cai 2023 demo: the 75 tasks (23 + 22 from the two plans, 30 from the quarterly
meetings' conclusions) and the conclusion items.

Each task's outcome at 19/12/2023 is one letter: D done, P in progress, N not started.
"""

# The data tables keep one record per line (`# fmt: skip`): each line reads against a row of
# the seed report's table, which the formatter's one-field-per-line layout would hide.

from __future__ import annotations

from datetime import date

H1, Q3, YE, NONE = date(2023, 6, 30), date(2023, 9, 30), date(2023, 12, 31), None

# text, group, pillar, lead, coordinators, deadline, outcome
KH09_TASKS = [
    ("Kiện toàn Tổ giúp việc Ban Chỉ đạo và phân công thành viên theo dõi từng lĩnh vực",
     "Chỉ đạo, điều hành", "CQS", "STTTT", ["SNV"], date(2023, 4, 15), "D"),
    ("Ban hành Quy chế làm việc của Ban Chỉ đạo năm 2023", "Chỉ đạo, điều hành", "CQS", "STTTT",
     [], date(2023, 3, 31), "D"),
    ("Tuyên truyền nâng cao nhận thức về chuyển đổi số trong hệ thống chính trị",
     "Nhận thức số", "XHS", "STTTT", ["VPTU"], YE, "D"),
    ("Tổ chức Ngày Chuyển đổi số tỉnh Lào Cai năm 2023", "Nhận thức số", "XHS", "STTTT", [],
     date(2023, 10, 10), "D"),
    ("Nâng cấp Cổng dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
     "Chính quyền số", "CQS", "VPUBND", ["STTTT"], H1, "D"),
    ("Triển khai ký số trên thiết bị di động cho cán bộ, công chức cấp xã", "Chính quyền số",
     "CQS", "STTTT", ["HBX", "HMK"], Q3, "D"),
    ("Xây dựng cơ sở dữ liệu đất đai tỉnh Lào Cai (giai đoạn 1)", "Dữ liệu số", "CQS", "STNMT",
     ["STTTT"], YE, "D"),
    ("Xây dựng hệ thống quản lý dữ liệu quan trắc môi trường tự động", "Dữ liệu số", "CQS",
     "STNMT", [], Q3, "D"),
    ("Thu thập dữ liệu cán bộ, công chức, viên chức với 109 trường thông tin", "Dữ liệu số",
     "CQS", "SNV", ["STTTT"], date(2023, 8, 31), "D"),
    ("Triển khai thanh toán không dùng tiền mặt tại các bệnh viện tuyến tỉnh", "Xã hội số",
     "XHS", "SYT", ["NHNN"], H1, "D"),
    ("Thí điểm nền tảng quản lý học tập trực tuyến tại các trường trung học phổ thông",
     "Xã hội số", "XHS", "SGDDT", [], YE, "D"),
    ("Thí điểm cửa khẩu số tại cửa khẩu quốc tế đường bộ số II Kim Thành", "Kinh tế số", "KTS",
     "BQLKKT", ["CAT"], YE, "D"),
    ("Thanh tra, kiểm tra các dự án công nghệ thông tin sử dụng ngân sách nhà nước",
     "Chỉ đạo, điều hành", "CQS", "STTTT", ["STC"], date(2023, 11, 30), "D"),
    ("Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "Kinh tế số", "KTS", "SCT",
     ["SNNPTNT"], YE, "D"),
    ("Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền", "Kinh tế số", "KTS", "CTHUE",
     [], Q3, "D"),
    ("Phát triển tổ công nghệ số cộng đồng tại thôn, bản", "Xã hội số", "XHS", "STTTT",
     ["TPLC", "TXSP", "HBX"], Q3, "D"),
    ("Phủ sóng di động 4G tại các thôn, bản còn lõm sóng", "Hạ tầng số", "HTS", "STTTT",
     ["HSMC", "HMK"], YE, "D"),
    ("Phê duyệt cấp độ an toàn thông tin cho các hệ thống thông tin của tỉnh", "An toàn thông tin",
     "HTS", "STTTT", [], Q3, "D"),
    ("Diễn tập ứng cứu sự cố an toàn thông tin mạng cấp tỉnh", "An toàn thông tin", "HTS",
     "STTTT", ["CAT"], date(2023, 11, 15), "D"),
    ("Cấp tài khoản định danh điện tử mức độ 2 cho người dân", "Xã hội số", "XHS", "CAT",
     [], YE, "D"),
    ("Xây dựng Trung tâm dữ liệu tỉnh", "Hạ tầng số", "HTS", "STTTT", ["SKHDT", "STC"], Q3, "P"),
    ("Xây dựng Kho dữ liệu dùng chung của tỉnh", "Dữ liệu số", "CQS", "STTTT", ["VPUBND"], YE,
     "P"),
    ("Triển khai Đề án Đô thị thông minh tỉnh Lào Cai giai đoạn 2023–2025", "Đô thị thông minh",
     "HTS", "STTTT", ["TPLC", "TXSP"], NONE, "P"),
]  # fmt: skip

KH13_TASKS = [
    ("Kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Cơ sở dữ liệu quốc gia về "
     "dân cư", "Chính quyền số", "CQS", "VPUBND", ["CAT"], H1, "D"),
    ("Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp xã", "Chính quyền số",
     "CQS", "VPUBND", ["HBX", "HBH", "HVB"], YE, "D"),
    ("Triển khai hệ thống họp trực tuyến đến cấp xã", "Hạ tầng số", "HTS", "STTTT",
     ["HBY", "HBT"], Q3, "D"),
    ("Chuyển đổi số ba bệnh viện tuyến tỉnh (bệnh án điện tử)", "Xã hội số", "XHS", "SYT", [],
     YE, "P"),
    ("Triển khai hồ sơ sức khỏe điện tử cho người dân", "Xã hội số", "XHS", "SYT", ["BHXH"], Q3,
     "D"),
    ("Triển khai học bạ số tại các trường tiểu học", "Xã hội số", "XHS", "SGDDT", [], YE, "D"),
    ("Chi trả trợ cấp an sinh xã hội qua tài khoản ngân hàng", "Xã hội số", "XHS", "SLDTBXH",
     ["NHNN"], Q3, "D"),
    ("Xây dựng bản đồ số du lịch và thuyết minh tự động tại điểm du lịch", "Kinh tế số", "KTS",
     "SDL", ["TXSP"], Q3, "P"),
    ("Phát triển sàn giao dịch nông sản số của tỉnh", "Kinh tế số", "KTS", "SNNPTNT", ["SCT"],
     YE, "D"),
    ("Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số", "Kinh tế số", "KTS", "SKHDT", [], YE, "P"),
    ("Xây dựng chính sách hỗ trợ doanh nghiệp chuyển đổi số", "Kinh tế số", "KTS", "SKHDT",
     ["STC"], Q3, "N"),
    ("Xây dựng bộ chỉ số đánh giá chuyển đổi số cấp sở, cấp huyện", "Chỉ đạo, điều hành", "CQS",
     "STTTT", ["SNV"], H1, "D"),
    ("Đánh giá mức độ chuyển đổi số cấp xã theo bộ chỉ tiêu của Bộ TT&TT", "Chỉ đạo, điều hành",
     "CQS", "STTTT", [], Q3, "N"),
    ("Thống kê tỷ trọng kinh tế số trong GRDP của tỉnh", "Kinh tế số", "KTS", "SKHDT", ["CTHUE"],
     YE, "N"),
    ("Thống kê tỷ lệ giao dịch thương mại điện tử trên tổng mức bán lẻ", "Kinh tế số", "KTS",
     "SCT", [], YE, "N"),
    ("Triển khai chữ ký số công cộng cho hộ kinh doanh", "Kinh tế số", "KTS", "CTHUE", [], YE,
     "P"),
    ("Tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "Nhân lực số", "CQS", "SNV",
     ["STTTT"], Q3, "D"),
    ("Triển khai chữ ký số cho cơ quan Đảng", "Chính quyền số", "CQS", "VPTU", ["STTTT"], Q3,
     "D"),
    ("Liên thông văn bản điện tử giữa cơ quan Đảng và chính quyền", "Chính quyền số", "CQS",
     "VPTU", ["STTTT", "VPUBND"], H1, "P"),
    ("Triển khai camera giám sát giao thông và an ninh trật tự tại thành phố Lào Cai",
     "Đô thị thông minh", "HTS", "CAT", ["TPLC"], YE, "D"),
    ("Tuyên truyền thanh toán không dùng tiền mặt tại chợ và điểm du lịch", "Xã hội số", "XHS",
     "NHNN", ["SDL", "TXSP"], YE, "D"),
    ("Xây dựng trung tâm giám sát an toàn thông tin (SOC) của tỉnh", "An toàn thông tin", "HTS",
     "STTTT", ["CAT"], YE, "P"),
]  # fmt: skip

BLOCKERS = {
    "Xây dựng chính sách hỗ trợ doanh nghiệp chuyển đổi số":
        "Chưa có hướng dẫn của Bộ TT&TT về nội dung hỗ trợ",
    "Đánh giá mức độ chuyển đổi số cấp xã theo bộ chỉ tiêu của Bộ TT&TT":
        "Chưa có hướng dẫn của Bộ TT&TT",
    "Thống kê tỷ trọng kinh tế số trong GRDP của tỉnh":
        "Chưa có phương pháp tính toán, thống kê số liệu",
    "Thống kê tỷ lệ giao dịch thương mại điện tử trên tổng mức bán lẻ":
        "Chưa có phương pháp tính toán, thống kê số liệu",
    "Xây dựng Trung tâm dữ liệu tỉnh": "Chậm phê duyệt chủ trương đầu tư",
    "Liên thông văn bản điện tử giữa cơ quan Đảng và chính quyền":
        "Hai hệ thống dùng chuẩn kết nối khác nhau",
}  # fmt: skip

# Conclusion items of the quarterly meetings: code, meeting, text, agencies, deadline, and the
# tasks each created (text, pillar, outcome). KL-Q2-01 created the 7 added targets instead.
CONCLUSIONS = [
    ("KL-Q1-01", "HN-Q1-2023", "Đẩy nhanh tiến độ số hóa hồ sơ, kết quả giải quyết thủ tục hành "
     "chính", ["VPUBND", "TPLC", "TXSP"], H1,
     [("Số hóa hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh", "CQS", "D"),
      ("Số hóa hồ sơ thủ tục hành chính tại bộ phận một cửa thành phố Lào Cai", "CQS", "D"),
      ("Số hóa hồ sơ thủ tục hành chính tại bộ phận một cửa thị xã Sa Pa", "CQS", "D")]),
    ("KL-Q1-02", "HN-Q1-2023", "Rà soát, khắc phục các điểm lõm sóng di động tại vùng cao",
     ["STTTT", "HSMC", "HMK"], Q3,
     [("Khảo sát điểm lõm sóng tại huyện Si Ma Cai và Mường Khương", "HTS", "D"),
      ("Làm việc với doanh nghiệp viễn thông lắp trạm BTS tại vùng lõm sóng", "HTS", "P")]),
    ("KL-Q1-03", "HN-Q1-2023", "Triển khai nền tảng hỗ trợ dạy và học từ xa", ["SGDDT"], YE,
     [("Tập huấn giáo viên sử dụng nền tảng dạy học trực tuyến", "XHS", "D"),
      ("Triển khai nền tảng dạy học trực tuyến tại các trường vùng cao", "XHS", "D")]),
    ("KL-Q1-04", "HN-Q1-2023", "Đánh giá hiệu quả các ứng dụng công nghệ thông tin đang vận hành",
     ["STTTT", "STC"], Q3,
     [("Rà soát, đánh giá các phần mềm dùng chung của tỉnh", "CQS", "D"),
      ("Tổng hợp chi phí duy trì, thuê dịch vụ công nghệ thông tin năm 2023", "CQS", "D"),
      ("Đề xuất dừng các hệ thống không hiệu quả", "CQS", "P")]),
    ("KL-Q2-01", "HN-Q2-2023", "Bổ sung 07 mục tiêu chuyển đổi số trọng tâm năm 2023",
     ["STTTT"], YE, []),
    ("KL-Q2-02", "HN-Q2-2023", "Đẩy mạnh thanh toán không dùng tiền mặt trong các lĩnh vực y tế, "
     "giáo dục, an sinh", ["NHNN", "SYT", "SGDDT"], YE,
     [("Triển khai thu học phí không dùng tiền mặt tại các trường học", "XHS", "D"),
      ("Triển khai thanh toán không dùng tiền mặt tại trung tâm y tế tuyến huyện", "XHS", "P"),
      ("Chi trả lương hưu, trợ cấp qua tài khoản tại các huyện vùng cao", "XHS", "P")]),
    ("KL-Q2-03", "HN-Q2-2023", "Hoàn thiện kết nối, chia sẻ dữ liệu qua nền tảng LGSP",
     ["STTTT", "VPUBND"], Q3,
     [("Kết nối cơ sở dữ liệu hộ tịch với nền tảng LGSP", "CQS", "D"),
      ("Kết nối cơ sở dữ liệu đất đai với nền tảng LGSP", "CQS", "P"),
      ("Kết nối cơ sở dữ liệu doanh nghiệp với nền tảng LGSP", "CQS", "D")]),
    ("KL-Q2-04", "HN-Q2-2023", "Chống thất thu thuế trong kinh doanh thương mại điện tử",
     ["CTHUE", "SCT"], YE,
     [("Rà soát tổ chức, cá nhân kinh doanh trên sàn thương mại điện tử", "KTS", "D"),
      ("Phối hợp ngân hàng thu thập dữ liệu giao dịch thương mại điện tử", "KTS", "P")]),
    ("KL-Q2-05", "HN-Q2-2023", "Xây dựng Đề án chuyển đổi số trong lĩnh vực du lịch",
     ["SDL", "TXSP"], date(2023, 11, 30),
     [("Xây dựng dự thảo Đề án du lịch thông minh", "KTS", "D"),
      ("Lấy ý kiến các sở, ngành về Đề án du lịch thông minh", "KTS", "D"),
      ("Triển khai vé điện tử tại khu du lịch Fansipan và Sa Pa", "KTS", "D"),
      ("Thí điểm ứng dụng thuyết minh tự động tại bản Cát Cát", "KTS", "P")]),
    ("KL-Q3-01", "HN-Q3-2023", "Đánh giá thực chất chuyển đổi số khối cơ quan Đảng",
     ["VPTU"], YE,
     [("Khảo sát hiện trạng ứng dụng công nghệ thông tin tại cơ quan Đảng cấp huyện", "CQS", "D"),
      ("Xây dựng bộ tiêu chí đánh giá chuyển đổi số khối cơ quan Đảng", "CQS", "N")]),
    ("KL-Q3-02", "HN-Q3-2023", "Đẩy nhanh tiến độ Đề án Đô thị thông minh", ["STTTT", "TPLC"],
     date(2023, 11, 30),
     [("Hoàn thiện trung tâm điều hành đô thị thông minh thành phố Lào Cai", "HTS", "P"),
      ("Triển khai wifi công cộng tại các tuyến phố trung tâm", "HTS", "D")]),
    ("KL-Q3-03", "HN-Q3-2023", "Chuẩn bị xây dựng Đề án Cửa khẩu thông minh", ["BQLKKT", "CAT"],
     YE,
     [("Khảo sát mô hình cửa khẩu thông minh tại Lạng Sơn", "KTS", "D"),
      ("Xây dựng đề cương Đề án Cửa khẩu thông minh", "KTS", "P")]),
    ("KL-Q3-04", "HN-Q3-2023", "Rà soát số liệu các chỉ tiêu chưa có phương pháp tính",
     ["STTTT", "SKHDT"], date(2023, 11, 15),
     [("Đề xuất Bộ TT&TT hướng dẫn phương pháp tính các chỉ tiêu kinh tế số", "KTS", "N"),
      ("Thống nhất nguồn số liệu các chỉ tiêu xã hội số với Cục Thống kê", "XHS", "P")]),
]  # fmt: skip

# The year-end meeting's directions for 2024: recorded, not yet turned into tasks.
YEAR_END_CONCLUSIONS = [
    ("KL-TK-01", "Xây dựng Đề án Cửa khẩu thông minh", ["BQLKKT", "CAT", "STTTT"],
     date(2024, 6, 30)),
    ("KL-TK-02", "Xây dựng Kho dữ liệu và Trung tâm dữ liệu của tỉnh", ["STTTT", "SKHDT"],
     date(2024, 12, 31)),
    ("KL-TK-03", "Chuyển đổi số ba bệnh viện tuyến tỉnh", ["SYT"], date(2024, 12, 31)),
    ("KL-TK-04", "Liên thông dữ liệu giữa cơ quan Đảng và chính quyền", ["VPTU", "VPUBND"],
     date(2024, 9, 30)),
    ("KL-TK-05", "Xây dựng cơ chế thúc đẩy chuyển đổi số trong doanh nghiệp", ["SKHDT", "SCT"],
     date(2024, 9, 30)),
    ("KL-TK-06", "Đánh giá kết quả hợp tác với Bộ TT&TT và các đối tác, đề xuất ký kết giai đoạn "
     "mới", ["STTTT"], date(2024, 3, 31)),
]  # fmt: skip
