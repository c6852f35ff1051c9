"""The plots' Vietnamese words, in one place.

They pass through ``t()`` (``QCoreApplication.translate("Plots", …)``) so an English
interface can translate them. ``t`` is deliberately not named ``tr``: pyside6-lupdate would
then collect these strings and the translation test would fail until someone runs
dxdesk/resources/translations/update.sh and translates them (docs/plots.md, "Translations").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Plots"


def t(text: str) -> str:
    """The translated text (the Vietnamese source when no translation is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


# plot names (the panel's selector, the exported files' titles)
BANDS = "Mục tiêu theo trụ cột và mức đánh giá"
TASKS = "Nhiệm vụ theo trạng thái và tiến độ"
TREND = "Tỷ lệ hoàn thành trong kỳ"
AGENCIES = "Nhiệm vụ quá hạn, đang triển khai theo cơ quan chủ trì"
TRAJECTORY = "Lộ trình của một mục tiêu"

AS_OF = "tính đến ngày {day}"
ALL_PILLARS = "Tổng cộng"
NO_PILLAR = "Chưa phân trụ cột"
TARGETS_AXIS = "Số mục tiêu"
TASKS_AXIS = "Số nhiệm vụ"
PERCENT_AXIS = "Tỷ lệ (%)"
OVERDUE = "Quá hạn"
IN_PROGRESS = "Đang triển khai"
TARGETS_SHARE = "Mục tiêu đã hoàn thành"
TASKS_SHARE = "Nhiệm vụ đã hoàn thành"
MEETING = "Cuộc họp Ban Chỉ đạo"
YEAR = "Tháng, năm {year}"
LEFT_OUT = "và {n} cơ quan khác"
NOTHING = "Không có số liệu để vẽ"
THINNED = "nhiều cuộc họp: chỉ lấy các mốc cuối quý"

# trajectory
BASELINE = "Giá trị gốc"
MEASURED = "Kết quả đo"
MILESTONE = "Lộ trình năm"
TARGET_LINE = "Chỉ tiêu"
DEADLINE = "Hạn hoàn thành"
PICK_TARGET = "Mục tiêu:"
NO_TARGET = "Chưa có mục tiêu nào."
YES = "Đạt"
NO = "Chưa đạt"

# hover tips
TIP_BAND = "{pillar}\n{band}: {n} mục tiêu ({share} của trụ cột)\nNhấp để xem danh sách."
TIP_TASK = "{status} – {timeliness}: {n} nhiệm vụ ({share})\nNhấp để xem danh sách."
TIP_AGENCY = "{agency}\n{what}: {n} nhiệm vụ (tổng {total})\nNhấp để xem danh sách."
TIP_TREND = (
    "{label} ({day})\nMục tiêu hoàn thành: {t_done}/{t_total} ({t_share})\n"
    "Nhiệm vụ hoàn thành: {k_done}/{k_total} ({k_share})"
)
TIP_MEASURE = "{period} ({day}): {value} {unit}"
TIP_MILESTONE = "Lộ trình năm {year}: {value} {unit}"
TIP_TARGET = "Chỉ tiêu: {value} {unit}, hạn {day}"
TIP_BASELINE = "Giá trị gốc: {value} {unit}"

# context menu and export
SAVE_PNG = "Lưu ảnh PNG…"
SAVE_SVG = "Lưu ảnh SVG (vẽ lại được)…"
COPY = "Sao chép ảnh"
PNG_FILTER = "Ảnh PNG (*.png)"
SVG_FILTER = "Ảnh SVG (*.svg)"
SAVED = "Đã lưu biểu đồ vào {path}"
SAVE_FAILED = "Không lưu được biểu đồ"
LOADING = "Đang vẽ biểu đồ…"
