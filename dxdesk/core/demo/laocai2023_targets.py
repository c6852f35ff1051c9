"""Lào Cai 2023 demo: the 30 targets of the year and what they reached by 15/12/2023.

``reached`` is the % of plan the year-end figure gives (the official bands at 19/12/2023:
20 completed, 3 above 70 %, 3 from 50 % to 70 %, 4 below 50 %), kept clear of the band edges.
"""

# The data tables keep one record per line (`# fmt: skip`): each line reads against a row of
# the seed report's table, which the formatter's one-field-per-line layout would hide.

from __future__ import annotations

# code, text, pillar, lead, unit, direction, kind, baseline, 2023 goal, final goal, reached %
PLAN_TARGETS = [
    ("MT01", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "CQS", "VPUBND",
     "%", "tang", "so_lieu", 35.0, 50.0, 80.0, 112),
    ("MT02", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn "
     "trình", "CQS", "VPUBND", "%", "tang", "so_lieu", 70.0, 85.0, 100.0, 104),
    ("MT03", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (trừ văn bản mật)", "CQS",
     "STTTT", "%", "tang", "so_lieu", 92.0, 95.0, 100.0, 104),
    ("MT04", "Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", "CQS", "STTTT", "%",
     "tang", "so_lieu", 80.0, 90.0, 95.0, 106),
    ("MT05", "Tỷ lệ cơ sở dữ liệu dùng chung được kết nối, chia sẻ qua nền tảng LGSP", "CQS",
     "STTTT", "%", "tang", "so_lieu", 40.0, 60.0, 100.0, 78),
    ("MT06", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "CQS", "VPUBND", "%",
     "tang", "so_lieu", 20.0, 50.0, 100.0, 60),
    ("MT07", "Hoàn thành cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh", "CQS", "SNV",
     "có/không", "tang", "co_khong", 0.0, 1.0, 1.0, 100),
    ("MT08", "Thứ hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)", "CQS", "STTTT", "thứ hạng/63",
     "giam", "so_lieu", 25.0, 20.0, 15.0, 117),
    ("MT09", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "KTS", "SKHDT", "%", "tang", "so_lieu",
     2.8, 7.0, 10.0, 55),
    ("MT10", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "KTS", "SKHDT", "%", "tang",
     "so_lieu", 8.0, 30.0, 50.0, 40),
    ("MT11", "Tỷ lệ giao dịch thương mại điện tử trong tổng mức bán lẻ hàng hóa", "KTS", "SCT",
     "%", "tang", "so_lieu", 1.0, 5.0, 10.0, 30),
    ("MT12", "Số sản phẩm OCOP được đưa lên sàn thương mại điện tử", "KTS", "SCT", "sản phẩm",
     "tang", "so_lieu", 80.0, 120.0, 200.0, 108),
    ("MT13", "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "KTS", "CTHUE", "%", "tang",
     "so_lieu", 85.0, 100.0, 100.0, 92),
    ("MT14", "Tỷ lệ hộ sản xuất nông nghiệp tham gia sàn nông sản số", "KTS", "SNNPTNT", "%",
     "tang", "so_lieu", 5.0, 10.0, 30.0, 120),
    ("MT15", "Tỷ lệ thanh toán không dùng tiền mặt tại các bệnh viện công lập", "XHS", "SYT", "%",
     "tang", "so_lieu", 30.0, 50.0, 80.0, 130),
    ("MT16", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "XHS", "STTTT", "%", "tang",
     "so_lieu", 72.0, 80.0, 85.0, 103),
    ("MT17", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "XHS", "SYT", "%", "tang", "so_lieu",
     40.0, 70.0, 90.0, 115),
    ("MT18", "Tỷ lệ trường học triển khai học bạ số", "XHS", "SGDDT", "%", "tang", "so_lieu",
     30.0, 60.0, 100.0, 125),
    ("MT19", "Số người dân được cấp và kích hoạt tài khoản định danh điện tử mức độ 2", "XHS",
     "CAT", "người", "tang", "so_lieu", 150000.0, 350000.0, 500000.0, 110),
    ("MT20", "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", "HTS", "STTTT", "%",
     "tang", "so_lieu", 65.0, 75.0, 85.0, 102),
    ("MT21", "Tỷ lệ thôn, bản có sóng di động băng rộng 4G", "HTS", "STTTT", "%", "tang",
     "so_lieu", 93.0, 97.0, 100.0, 101.5),
    ("MT22", "Hoàn thành Trung tâm dữ liệu tỉnh đạt chuẩn Tier III", "HTS", "STTTT", "có/không",
     "tang", "co_khong", 0.0, 1.0, 1.0, 0),
    ("MT23", "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin", "HTS", "STTTT",
     "%", "tang", "so_lieu", 60.0, 90.0, 100.0, 105),
]  # fmt: skip

# The 7 targets added at the quý II/2023 meeting (conclusion KL-Q2-01).
ADDED_TARGETS = [
    ("MT24", "Tỷ lệ hồ sơ thủ tục hành chính được thanh toán phí, lệ phí trực tuyến", "CQS",
     "STC", "%", "tang", "so_lieu", 10.0, 30.0, 50.0, 110),
    ("MT25", "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "CQS", "SNV", "%",
     "tang", "so_lieu", 20.0, 50.0, 100.0, 104),
    ("MT26", "Số thôn, bản có tổ công nghệ số cộng đồng hoạt động", "XHS", "STTTT", "thôn, bản",
     "tang", "so_lieu", 0.0, 1500.0, 1500.0, 106),
    ("MT27", "Tỷ lệ điểm du lịch trọng điểm có dịch vụ thuyết minh số", "KTS", "SDL", "%",
     "tang", "so_lieu", 10.0, 40.0, 80.0, 65),
    ("MT28", "Tỷ lệ người hưởng chính sách an sinh xã hội nhận tiền qua tài khoản", "XHS",
     "SLDTBXH", "%", "tang", "so_lieu", 40.0, 60.0, 80.0, 85),
    ("MT29", "Tỷ lệ hồ sơ xuất nhập khẩu tại cửa khẩu Kim Thành được khai báo điện tử", "KTS",
     "BQLKKT", "%", "tang", "so_lieu", 50.0, 80.0, 100.0, 118),
    ("MT30", "Tỷ lệ người lao động tham gia bảo hiểm xã hội dùng ứng dụng VssID", "XHS", "BHXH",
     "%", "tang", "so_lieu", 25.0, 80.0, 90.0, 45),
]  # fmt: skip

METHOD = {
    "so_lieu": "Số liệu báo cáo định kỳ của cơ quan chủ trì, đối chiếu với hệ thống giám sát "
    "của Sở TT&TT",
    "co_khong": "Đạt khi có quyết định công nhận hoặc biên bản nghiệm thu đưa vào sử dụng",
}
