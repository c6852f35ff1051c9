"""What users read for the core's codes: enum labels (translatable) and cell formats.

The core's enums carry their Vietnamese labels; they are listed again here, literally, so
that ``pyside6-lupdate`` finds them and the English interface can translate them (a test
checks this list matches the enums).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from dxdesk.core.domain import enums, palette
from dxdesk.core.domain.formats import ROMAN, fmt_number, fmt_percent, period_parts

CONTEXT = "Labels"

ENUM_LABELS = [
    QT_TRANSLATE_NOOP("Labels", "UBND tỉnh"),
    QT_TRANSLATE_NOOP("Labels", "Sở, ban, ngành"),
    QT_TRANSLATE_NOOP("Labels", "UBND xã, thị trấn"),
    QT_TRANSLATE_NOOP("Labels", "UBND phường"),
    QT_TRANSLATE_NOOP("Labels", "UBND đặc khu"),
    QT_TRANSLATE_NOOP("Labels", "UBND huyện, thị xã, thành phố"),
    QT_TRANSLATE_NOOP("Labels", "Khác"),
    QT_TRANSLATE_NOOP("Labels", "Trưởng ban"),
    QT_TRANSLATE_NOOP("Labels", "Phó trưởng ban Thường trực"),
    QT_TRANSLATE_NOOP("Labels", "Phó trưởng ban"),
    QT_TRANSLATE_NOOP("Labels", "Thành viên"),
    QT_TRANSLATE_NOOP("Labels", "Thành viên Tổ giúp việc"),
    QT_TRANSLATE_NOOP("Labels", "Văn bản của Đảng"),
    QT_TRANSLATE_NOOP("Labels", "Văn bản hành chính nhà nước"),
    QT_TRANSLATE_NOOP("Labels", "Càng cao càng tốt"),
    QT_TRANSLATE_NOOP("Labels", "Càng thấp càng tốt"),
    QT_TRANSLATE_NOOP("Labels", "Số liệu"),
    QT_TRANSLATE_NOOP("Labels", "Có/Không"),
    QT_TRANSLATE_NOOP("Labels", "Hoàn thành và vượt kế hoạch giao"),
    QT_TRANSLATE_NOOP("Labels", "Đạt trên 70% kế hoạch"),
    QT_TRANSLATE_NOOP("Labels", "Đạt từ 50% đến 70% kế hoạch"),
    QT_TRANSLATE_NOOP("Labels", "Dưới 50% kế hoạch"),
    QT_TRANSLATE_NOOP("Labels", "Chưa có số liệu"),
    QT_TRANSLATE_NOOP("Labels", "Đã hoàn thành"),
    QT_TRANSLATE_NOOP("Labels", "Đang triển khai"),
    QT_TRANSLATE_NOOP("Labels", "Chưa triển khai"),
    QT_TRANSLATE_NOOP("Labels", "Không thực hiện nữa"),
    QT_TRANSLATE_NOOP("Labels", "Hoàn thành đúng hạn"),
    QT_TRANSLATE_NOOP("Labels", "Hoàn thành quá hạn"),
    QT_TRANSLATE_NOOP("Labels", "Đang thực hiện trong hạn"),
    QT_TRANSLATE_NOOP("Labels", "Quá hạn"),
    QT_TRANSLATE_NOOP("Labels", "Không có thời hạn"),
    QT_TRANSLATE_NOOP("Labels", "Hội nghị quý"),
    QT_TRANSLATE_NOOP("Labels", "Hội nghị tổng kết năm"),
    QT_TRANSLATE_NOOP("Labels", "Hội nghị sơ kết"),
    QT_TRANSLATE_NOOP("Labels", "Họp chuyên đề"),
    QT_TRANSLATE_NOOP("Labels", "Phiên họp Ban Thường vụ"),
    QT_TRANSLATE_NOOP("Labels", "Họp thường kỳ"),
    QT_TRANSLATE_NOOP("Labels", "Cuộc họp khác"),
    QT_TRANSLATE_NOOP("Labels", "Đang thực hiện"),
    QT_TRANSLATE_NOOP("Labels", "Chưa thực hiện"),
    QT_TRANSLATE_NOOP("Labels", "Chưa giao nhiệm vụ"),
    QT_TRANSLATE_NOOP("Labels", "Cấp tỉnh"),
    QT_TRANSLATE_NOOP("Labels", "Cấp huyện (đến 30/06/2025)"),
    QT_TRANSLATE_NOOP("Labels", "Xã, phường, đặc khu"),
    QT_TRANSLATE_NOOP("Labels", "Một giá trị chung"),
    QT_TRANSLATE_NOOP("Labels", "Tổng các đơn vị"),
    QT_TRANSLATE_NOOP("Labels", "Trung bình các đơn vị"),
    QT_TRANSLATE_NOOP("Labels", "Số đơn vị đạt chỉ tiêu đơn vị"),
    QT_TRANSLATE_NOOP("Labels", "Nhóm khá (một phần ba đầu)"),
    QT_TRANSLATE_NOOP("Labels", "Nhóm trung bình khá (nửa đầu)"),
    QT_TRANSLATE_NOOP("Labels", "Nhóm trung bình (hai phần ba đầu)"),
    QT_TRANSLATE_NOOP("Labels", "Chưa xử lý"),
    QT_TRANSLATE_NOOP("Labels", "Tiếp thu"),
    QT_TRANSLATE_NOOP("Labels", "Giải trình"),
    QT_TRANSLATE_NOOP("Labels", "Không tiếp thu"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_labels(cls: type[Enum]) -> dict[str, str]:
    """code → translated label of every member of a core enum."""
    return {m.value: tr(m.label) for m in cls}


def enum_label(cls: type[Enum], code: str | None) -> str:
    if not code:
        return ""
    try:
        return tr(cls(code).label)
    except ValueError:
        return str(code)


BAND_COLOURS = {b.value: c for b, c in palette.BAND_COLOURS.items()}
STATUS_COLOURS = {s.value: c for s, c in palette.STATUS_COLOURS.items()}
TIMELINESS_COLOURS = {t.value: c for t, c in palette.TIMELINESS_COLOURS.items()}
CONCLUSION_COLOURS = {
    "done": palette.STATUS_COLOURS[enums.TaskStatus.DONE],
    "in_progress": palette.STATUS_COLOURS[enums.TaskStatus.IN_PROGRESS],
    "not_started": palette.STATUS_COLOURS[enums.TaskStatus.NOT_STARTED],
    "not_assigned": palette.TIMELINESS_COLOURS[enums.Timeliness.OVERDUE],
}

_DOTS: dict[str, QIcon] = {}


def dot(colour: str) -> QIcon:
    """A small round badge of a palette colour (cached: one icon per colour)."""
    icon = _DOTS.get(colour)
    if icon is None:
        pix = QPixmap(12, 12)
        pix.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(QColor(colour).darker(130))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _DOTS[colour] = QIcon(pix)
    return icon


def iso_to_display(value: str | None) -> str:
    """'2023-03-10' → '10/03/2023' (cheap: list dates are ISO strings)."""
    if not value:
        return ""
    text = str(value)
    return f"{text[8:10]}/{text[5:7]}/{text[0:4]}" if len(text) >= 10 else text


def number(value: float | None) -> str:
    return "" if value is None else fmt_number(value)


def percent(value: float | None) -> str:
    """92,5 % with a non-breaking space (a line never starts with the sign)."""
    return "" if value is None else fmt_percent(value).replace(" %", "\u00a0%")


PERIODS = {  # the window's period labels, translatable ({q}: I–IV, {n}: 1–4 or the month)
    "year": QT_TRANSLATE_NOOP("Labels", "năm {year}"),
    "quarter": QT_TRANSLATE_NOOP("Labels", "quý {q}/{year}"),
    "half1": QT_TRANSLATE_NOOP("Labels", "6 tháng đầu năm {year}"),
    "half2": QT_TRANSLATE_NOOP("Labels", "6 tháng cuối năm {year}"),
    "month": QT_TRANSLATE_NOOP("Labels", "tháng {n}/{year}"),
}


def period(value: str | None) -> str:
    """'quý II/2023' in Vietnamese, 'Q2 2023' in English (from ``formats.period_parts``, as
    ``formats.period_label`` builds the documents' labels); a code that is no period as is."""
    if not value:
        return ""
    parts = period_parts(value)
    if parts is None:
        return value
    kind, year, n = parts
    key = f"half{n}" if kind == "half" else kind
    return tr(PERIODS[key]).format(year=year, q=ROMAN.get(n, ""), n=n)
