"""The plots' Vietnamese words, in one place.

Each is marked with ``QT_TRANSLATE_NOOP("Plots", …)`` (so pyside6-lupdate collects it into
dxdesk_en.ts, and the test that every string is translated covers it) and shown through
``t()`` (``QCoreApplication.translate("Plots", …)``): English stays English in the plots.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Plots"


def t(text: str) -> str:
    """The translated text (the Vietnamese source when no translation is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


# plot names (the panel's selector, the exported files' titles)
BANDS = QT_TRANSLATE_NOOP("Plots", "Mục tiêu theo trụ cột và mức đánh giá")
TASKS = QT_TRANSLATE_NOOP("Plots", "Nhiệm vụ theo trạng thái và tiến độ")
TREND = QT_TRANSLATE_NOOP("Plots", "Tỷ lệ đã hoàn thành trên tổng số, theo thời gian")
AGENCIES = QT_TRANSLATE_NOOP("Plots", "Nhiệm vụ quá hạn, đang triển khai theo cơ quan chủ trì")
TRAJECTORY = QT_TRANSLATE_NOOP("Plots", "Lộ trình của một mục tiêu")

AS_OF = QT_TRANSLATE_NOOP("Plots", "tính đến ngày {day}")
ALL_PILLARS = QT_TRANSLATE_NOOP("Plots", "Tổng cộng")
NO_PILLAR = QT_TRANSLATE_NOOP("Plots", "Chưa phân trụ cột")
TARGETS_AXIS = QT_TRANSLATE_NOOP("Plots", "Số mục tiêu")
TASKS_AXIS = QT_TRANSLATE_NOOP("Plots", "Số nhiệm vụ")
PERCENT_AXIS = QT_TRANSLATE_NOOP("Plots", "Tỷ lệ (%)")
OVERDUE = QT_TRANSLATE_NOOP("Plots", "Quá hạn")
IN_PROGRESS = QT_TRANSLATE_NOOP("Plots", "Đang triển khai")
TARGETS_SHARE = QT_TRANSLATE_NOOP("Plots", "Mục tiêu đã hoàn thành")
TASKS_SHARE = QT_TRANSLATE_NOOP("Plots", "Nhiệm vụ đã hoàn thành")
MEETING = QT_TRANSLATE_NOOP("Plots", "Cuộc họp Ban Chỉ đạo")
YEAR = QT_TRANSLATE_NOOP("Plots", "Tháng, năm {year}")
LEFT_OUT = QT_TRANSLATE_NOOP("Plots", "và {n} cơ quan khác")
NOTHING = QT_TRANSLATE_NOOP("Plots", "Không có số liệu để vẽ")
INDEX = QT_TRANSLATE_NOOP("Plots", "Thứ hạng {family} qua các năm")
RANK_AXIS = QT_TRANSLATE_NOOP("Plots", "Thứ hạng (1 là cao nhất)")
THINNED = QT_TRANSLATE_NOOP("Plots", "nhiều cuộc họp: chỉ lấy các mốc cuối quý")

# trajectory
BASELINE = QT_TRANSLATE_NOOP("Plots", "Giá trị gốc")
MEASURED = QT_TRANSLATE_NOOP("Plots", "Kết quả đo")
MILESTONE = QT_TRANSLATE_NOOP("Plots", "Lộ trình năm")
TARGET_LINE = QT_TRANSLATE_NOOP("Plots", "Chỉ tiêu")
DEADLINE = QT_TRANSLATE_NOOP("Plots", "Hạn hoàn thành")
PICK_TARGET = QT_TRANSLATE_NOOP("Plots", "Mục tiêu:")
NO_TARGET = QT_TRANSLATE_NOOP("Plots", "Chưa có mục tiêu nào.")
YES = QT_TRANSLATE_NOOP("Plots", "Đạt")
NO = QT_TRANSLATE_NOOP("Plots", "Chưa đạt")

# hover tips
TIP_BAND = QT_TRANSLATE_NOOP(
    "Plots", "{pillar}\n{band}: {n} mục tiêu ({share} của trụ cột)\nNhấp để xem danh sách."
)
TIP_TASK = QT_TRANSLATE_NOOP(
    "Plots", "{status} – {timeliness}: {n} nhiệm vụ ({share})\nNhấp để xem danh sách."
)
TIP_AGENCY = QT_TRANSLATE_NOOP(
    "Plots", "{agency}\n{what}: {n} nhiệm vụ (tổng {total})\nNhấp để xem danh sách."
)
TIP_TREND = QT_TRANSLATE_NOOP(
    "Plots",
    "{label} ({day})\nMục tiêu hoàn thành: {t_done}/{t_total} ({t_share})\nNhiệm vụ hoàn thành: {k_done}/{k_total} ({k_share})",
)
TIP_MEASURE = QT_TRANSLATE_NOOP("Plots", "{period} ({day}): {value} {unit}")
TIP_MILESTONE = QT_TRANSLATE_NOOP("Plots", "Lộ trình năm {year}: {value} {unit}")
TIP_TARGET = QT_TRANSLATE_NOOP("Plots", "Chỉ tiêu: {value} {unit}, hạn {day}")
TIP_BASELINE = QT_TRANSLATE_NOOP("Plots", "Giá trị gốc: {value} {unit}")

# context menu and export
SAVE_PNG = QT_TRANSLATE_NOOP("Plots", "Lưu ảnh PNG…")
SAVE_SVG = QT_TRANSLATE_NOOP("Plots", "Lưu ảnh SVG (vẽ lại được)…")
COPY = QT_TRANSLATE_NOOP("Plots", "Sao chép ảnh")
PNG_FILTER = QT_TRANSLATE_NOOP("Plots", "Ảnh PNG (*.png)")
SVG_FILTER = QT_TRANSLATE_NOOP("Plots", "Ảnh SVG (*.svg)")
SAVED = QT_TRANSLATE_NOOP("Plots", "Đã lưu biểu đồ vào {path}")
SAVE_FAILED = QT_TRANSLATE_NOOP("Plots", "Không lưu được biểu đồ")
LOADING = QT_TRANSLATE_NOOP("Plots", "Đang vẽ biểu đồ…")
PREPARING = QT_TRANSLATE_NOOP("Plots", "Đang chuẩn bị biểu đồ…")

# the panel
PAGE_BANDS = QT_TRANSLATE_NOOP("Plots", "Mục tiêu theo trụ cột")
PAGE_TASKS = QT_TRANSLATE_NOOP("Plots", "Nhiệm vụ theo trạng thái")
PAGE_TREND = QT_TRANSLATE_NOOP("Plots", "Tỷ lệ trên tổng số")
PAGE_AGENCIES = QT_TRANSLATE_NOOP("Plots", "Theo cơ quan chủ trì")
PAGE_TRAJECTORY = QT_TRANSLATE_NOOP("Plots", "Lộ trình mục tiêu")
PAGE_INDEX = QT_TRANSLATE_NOOP("Plots", "Thứ hạng chỉ số")
QUARTER_END = QT_TRANSLATE_NOOP("Plots", "Hết {period}")  # a trend point: "Hết quý II/2023"
AS_OF_POINT = QT_TRANSLATE_NOOP("Plots", "Ngày tính số liệu")
SAVE_CHART = QT_TRANSLATE_NOOP("Plots", "Lưu biểu đồ…")
SAVE_CHART_TIP = QT_TRANSLATE_NOOP("Plots", "Lưu hoặc sao chép biểu đồ đang xem (PNG, SVG)")
CHARTS = QT_TRANSLATE_NOOP("Plots", "Biểu đồ tiến độ")
N_TARGETS = QT_TRANSLATE_NOOP("Plots", "{n} mục tiêu")
N_TASKS = QT_TRANSLATE_NOOP("Plots", "{n} nhiệm vụ")
REACHED = QT_TRANSLATE_NOOP("Plots", "{percent} kế hoạch – {band}")
LOWER_IS_BETTER = QT_TRANSLATE_NOOP("Plots", "{unit} (càng thấp càng tốt)")
