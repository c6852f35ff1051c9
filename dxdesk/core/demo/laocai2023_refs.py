"""Lào Cai 2023 demo: committee, agencies, pillars, documents and meetings (reference data).

Written for dxdesk from the province's public year-end report (19/12/2023); names of
members other than the three leaders are invented.
"""

from __future__ import annotations

from datetime import date

COMMITTEE = {
    "name": "Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai",
    "short_name": "BCĐ CĐS tỉnh Lào Cai",
    "level": "tinh",
    "province": "Lào Cai",
    "place": "Lào Cai",
    "standing_agency": "Sở Thông tin và Truyền thông",
    "symbol": "BCĐCĐS",  # 09-KH/BCĐCĐS
    "doc_style": "nha_nuoc",  # the brief prints in the state style unless asked otherwise
    "signer_authority": "TM. BAN CHỈ ĐẠO",
    "signer_title": "TRƯỞNG BAN",
    "signer_name": "Đặng Xuân Phong",
}

AGENCIES = [  # code, name, kind
    ("VPTU", "Văn phòng Tỉnh ủy", "khac"),
    ("VPUBND", "Văn phòng UBND tỉnh", "so_nganh"),
    ("STTTT", "Sở Thông tin và Truyền thông", "so_nganh"),
    ("SYT", "Sở Y tế", "so_nganh"),
    ("SGDDT", "Sở Giáo dục và Đào tạo", "so_nganh"),
    ("STC", "Sở Tài chính", "so_nganh"),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "so_nganh"),
    ("SNV", "Sở Nội vụ", "so_nganh"),
    ("STNMT", "Sở Tài nguyên và Môi trường", "so_nganh"),
    ("SCT", "Sở Công Thương", "so_nganh"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "so_nganh"),
    ("SVHTT", "Sở Văn hóa và Thể thao", "so_nganh"),
    ("SDL", "Sở Du lịch", "so_nganh"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "so_nganh"),
    ("CAT", "Công an tỉnh", "so_nganh"),
    ("NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai", "khac"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh", "so_nganh"),
    ("BHXH", "Bảo hiểm xã hội tỉnh", "khac"),
    ("CTHUE", "Cục Thuế tỉnh", "khac"),
    ("TPLC", "UBND thành phố Lào Cai", "huyen"),
    ("TXSP", "UBND thị xã Sa Pa", "huyen"),
    ("HBX", "UBND huyện Bát Xát", "huyen"),
    ("HMK", "UBND huyện Mường Khương", "huyen"),
    ("HSMC", "UBND huyện Si Ma Cai", "huyen"),
    ("HBH", "UBND huyện Bắc Hà", "huyen"),
    ("HBT", "UBND huyện Bảo Thắng", "huyen"),
    ("HBY", "UBND huyện Bảo Yên", "huyen"),
    ("HVB", "UBND huyện Văn Bàn", "huyen"),
]
DISTRICTS = [code for code, _, kind in AGENCIES if kind == "huyen"]

MEMBERS = [  # code, name, position, role, agency
    (
        "TV01",
        "Đặng Xuân Phong",
        "Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh",
        "truong_ban",
        "VPTU",
    ),
    (
        "TV02",
        "Vũ Xuân Cường",
        "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh",
        "pho_truong_ban_thuong_truc",
        "VPTU",
    ),
    (
        "TV03",
        "Trịnh Xuân Trường",
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
        "pho_truong_ban",
        "VPUBND",
    ),
    ("TV04", "Nguyễn Văn Hải", "Giám đốc Sở Thông tin và Truyền thông", "thanh_vien", "STTTT"),
    ("TV05", "Lê Thị Thu Hà", "Giám đốc Sở Y tế", "thanh_vien", "SYT"),
    ("TV06", "Phạm Quốc Hưng", "Giám đốc Sở Giáo dục và Đào tạo", "thanh_vien", "SGDDT"),
    ("TV07", "Hoàng Minh Đức", "Giám đốc Sở Tài chính", "thanh_vien", "STC"),
    ("TV08", "Đỗ Thị Lan", "Giám đốc Sở Nội vụ", "thanh_vien", "SNV"),
    ("TV09", "Trần Anh Tuấn", "Giám đốc Công an tỉnh", "thanh_vien", "CAT"),
    ("TV10", "Vương Văn Sinh", "Chánh Văn phòng UBND tỉnh", "thanh_vien", "VPUBND"),
    ("TV11", "Lương Thị Ngọc", "Giám đốc Sở Công Thương", "thanh_vien", "SCT"),
    (
        "TG01",
        "Nguyễn Thị Mai",
        "Phó Giám đốc Sở TT&TT, Tổ trưởng Tổ giúp việc",
        "to_giup_viec",
        "STTTT",
    ),
    ("TG02", "Bùi Văn Khánh", "Trưởng phòng Chuyển đổi số, Sở TT&TT", "to_giup_viec", "STTTT"),
    ("TG03", "Lò Thị Hương", "Chuyên viên Văn phòng UBND tỉnh", "to_giup_viec", "VPUBND"),
]

PILLARS = [
    ("CQS", "Chính quyền số", 1),
    ("KTS", "Kinh tế số", 2),
    ("XHS", "Xã hội số", 3),
    ("HTS", "Hạ tầng số và an toàn thông tin", 4),
]

ISSUER = "Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai"
DOCUMENTS = [  # code, symbol, style, type, issuer, date, subject
    (
        "NQ10",
        "10-NQ/TU",
        "dang",
        "Nghị quyết",
        "Tỉnh ủy Lào Cai",
        date(2021, 12, 20),
        "Về chuyển đổi số tỉnh Lào Cai đến năm 2025, định hướng đến năm 2030",
    ),
    (
        "KH86",
        "86/KH-UBND",
        "nha_nuoc",
        "Kế hoạch",
        "UBND tỉnh Lào Cai",
        date(2023, 2, 22),
        "Chuyển đổi số tỉnh Lào Cai năm 2023",
    ),
    (
        "KH09",
        "09-KH/BCĐCĐS",
        "dang",
        "Kế hoạch",
        ISSUER,
        date(2023, 3, 10),
        "Kế hoạch hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai năm 2023",
    ),
    (
        "KH13",
        "13-KH/BCĐCĐS",
        "dang",
        "Kế hoạch",
        ISSUER,
        date(2023, 4, 27),
        "Bổ sung nhiệm vụ chuyển đổi số trọng tâm năm 2023",
    ),
]

CHAIR = "Đặng Xuân Phong, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo"
ATTENDEES = (
    "Thành viên Ban Chỉ đạo; thành viên Tổ giúp việc; lãnh đạo các sở, ban, ngành; "
    "UBND các huyện, thị xã, thành phố (trực tuyến)"
)
MEETINGS = [  # code, title, kind, date, session, notice
    (
        "HN-Q1-2023",
        "Hội nghị Ban Chỉ đạo chuyển đổi số tỉnh quý I/2023",
        "quy",
        date(2023, 4, 6),
        "sáng",
        "21-TB/BCĐCĐS",
    ),
    (
        "HN-Q2-2023",
        "Hội nghị Ban Chỉ đạo chuyển đổi số tỉnh quý II/2023",
        "quy",
        date(2023, 7, 14),
        "chiều",
        "27-TB/BCĐCĐS",
    ),
    (
        "HN-Q3-2023",
        "Hội nghị Ban Chỉ đạo chuyển đổi số tỉnh quý III/2023",
        "quy",
        date(2023, 10, 12),
        "sáng",
        "33-TB/BCĐCĐS",
    ),
    (
        "HN-TK-2023",
        "Hội nghị tổng kết hoạt động năm 2023 và triển khai nhiệm vụ năm 2024",
        "tong_ket",
        date(2023, 12, 19),
        "sáng",
        "38-TB/BCĐCĐS",
    ),
]
AGENDA = {
    "quy": "Đánh giá kết quả thực hiện mục tiêu, nhiệm vụ quý trước; thống nhất nhiệm vụ trọng "
    "tâm quý tiếp theo; tháo gỡ khó khăn, vướng mắc.",
    "tong_ket": "Tổng kết hoạt động năm 2023; thảo luận kết quả, tồn tại; thống nhất 24 nhiệm vụ "
    "thuộc 6 nhóm nội dung năm 2024.",
}
