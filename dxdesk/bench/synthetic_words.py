"""Word lists the synthetic province draws its names and texts from (Vietnamese, NFC)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def _nfc(words: Iterable[str]) -> list[str]:
    return [unicodedata.normalize("NFC", w) for w in words]


DEPARTMENTS = [
    ("STTTT", "Sở Thông tin và Truyền thông"),
    ("SKHCN", "Sở Khoa học và Công nghệ"),
    ("SNV", "Sở Nội vụ"),
    ("STC", "Sở Tài chính"),
    ("SKHDT", "Sở Kế hoạch và Đầu tư"),
    ("SYT", "Sở Y tế"),
    ("SGDDT", "Sở Giáo dục và Đào tạo"),
    ("SCT", "Sở Công Thương"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("STNMT", "Sở Tài nguyên và Môi trường"),
    ("SXD", "Sở Xây dựng"),
    ("SGTVT", "Sở Giao thông vận tải"),
    ("STP", "Sở Tư pháp"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("VPUBND", "Văn phòng UBND tỉnh"),
    ("CAT", "Công an tỉnh"),
    ("BHXH", "Bảo hiểm xã hội tỉnh"),
    ("CTHUE", "Cục Thuế tỉnh"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế"),
    ("NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh"),
    ("BDTINH", "Bưu điện tỉnh"),
    ("VNPT", "Viễn thông tỉnh"),
    ("VIETTEL", "Viettel tỉnh"),
]


DISTRICTS = [
    "Thành phố Hòa Bình Xanh",
    "Thị xã Sơn Hà",
    "Huyện Bắc Đồng",
    "Huyện Nam Giang",
    "Huyện Tây Sơn Thượng",
    "Huyện Đông Triều Hạ",
    "Huyện Mường Khương Mới",
    "Huyện Bảo Yên Hạ",
    "Huyện Văn Bàn Trung",
    "Huyện Si Ma Cai Mới",
]


COMMUNES = ["Xã Tả Phìn", "Xã Bản Mế", "Phường Cốc Lếu", "Xã Nậm Xé", "Thị trấn Phố Lu", "Xã Y Tý"]


PILLARS = [
    ("NT", "Hạ tầng và nền tảng số"),
    ("CQS", "Chính quyền số"),
    ("KTS", "Kinh tế số"),
    ("XHS", "Xã hội số"),
]


DOCUMENTS = [
    (
        "NQ09",
        "09-NQ/TU",
        "dang",
        "Nghị quyết",
        "Tỉnh ủy",
        "2021-08-20",
        "Về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030",
    ),
    (
        "KH586",
        "586/KH-UBND",
        "nha_nuoc",
        "Kế hoạch",
        "UBND tỉnh",
        "2021-10-05",
        "Thực hiện Nghị quyết số 09-NQ/TU về chuyển đổi số",
    ),
    (
        "QD1234",
        "1234/QĐ-UBND",
        "nha_nuoc",
        "Quyết định",
        "UBND tỉnh",
        "2022-03-14",
        "Phê duyệt Đề án phát triển chính quyền số",
    ),
    (
        "KH12",
        "12-KH/BCĐCĐS",
        "dang",
        "Kế hoạch",
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        "2023-01-10",
        "Chuyển đổi số năm 2023",
    ),
    (
        "KH45",
        "45/KH-BCĐCĐS",
        "nha_nuoc",
        "Kế hoạch",
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        "2023-06-02",
        "Triển khai Đề án 06 trên địa bàn tỉnh",
    ),
    (
        "KH03",
        "03-KH/BCĐCĐS",
        "dang",
        "Kế hoạch",
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        "2024-01-15",
        "Chuyển đổi số năm 2024",
    ),
    (
        "CT02",
        "02/CT-UBND",
        "nha_nuoc",
        "Chỉ thị",
        "UBND tỉnh",
        "2024-04-22",
        "Đẩy mạnh dịch vụ công trực tuyến toàn trình",
    ),
    (
        "KH07",
        "07-KH/BCĐCĐS",
        "dang",
        "Kế hoạch",
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        "2025-01-20",
        "Chuyển đổi số năm 2025",
    ),
]


MEETING_KINDS = [
    ("quy", "Hội nghị Ban Chỉ đạo quý"),
    ("so_ket", "Hội nghị sơ kết"),
    ("tong_ket", "Hội nghị tổng kết"),
    ("chuyen_de", "Họp chuyên đề"),
]


TOPICS = _nfc(
    [
        "dịch vụ công trực tuyến toàn trình",
        "kho dữ liệu dùng chung của tỉnh",
        "nền tảng tích hợp, chia sẻ dữ liệu (LGSP)",
        "hệ thống thông tin giải quyết thủ tục hành chính",
        "chữ ký số cho cán bộ, công chức",
        "thanh toán không dùng tiền mặt",
        "hồ sơ sức khỏe điện tử",
        "học bạ số",
        "sàn thương mại điện tử nông sản",
        "Trung tâm giám sát, điều hành thông minh",
        "mạng truyền số liệu chuyên dùng",
        "cơ sở dữ liệu đất đai",
        "camera giám sát an ninh trật tự",
        "Tổ công nghệ số cộng đồng",
        "định danh và xác thực điện tử (VNeID)",
        "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "hạ tầng cáp quang đến thôn, bản",
        "an toàn thông tin theo cấp độ",
        "bản đồ số du lịch",
        "hóa đơn điện tử",
    ]
)


VERBS = _nfc(
    [
        "Triển khai",
        "Xây dựng",
        "Hoàn thiện",
        "Nâng cấp",
        "Đánh giá",
        "Tuyên truyền về",
        "Rà soát",
        "Đôn đốc",
        "Tập huấn về",
        "Kết nối",
    ]
)


PLACES = _nfc(
    [
        "trên địa bàn tỉnh",
        "tại các sở, ngành",
        "tại cấp huyện",
        "tại cấp xã",
        "ở vùng sâu, vùng xa",
        "trong các cơ quan nhà nước",
    ]
)


TARGET_TEXTS = _nfc(
    [
        "Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình",
        "Tỷ lệ người dân có danh tính số",
        "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử",
        "Tỷ lệ hộ gia đình có cáp quang",
        "Tỷ lệ văn bản điện tử có ký số",
        "Số doanh nghiệp công nghệ số",
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
        "Tỷ trọng kinh tế số trong GRDP",
        "Tỷ lệ thôn, bản có sóng 4G",
        "Tỷ lệ hồ sơ bệnh án điện tử",
    ]
)


BLOCKERS = _nfc(
    [
        "Chưa có hướng dẫn của Bộ, ngành Trung ương",
        "Thiếu kinh phí triển khai",
        "Hạ tầng mạng tại xã chưa đáp ứng",
        "Chưa bố trí được nhân lực chuyên trách",
        "Phần mềm của nhà cung cấp chưa kết nối được",
    ]
)
