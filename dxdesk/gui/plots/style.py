"""Fonts, colours and label wrapping shared by the plots (Qt only, no pyqtgraph).

Colours come from ``dxdesk.core.domain.palette``, the palette of the PDF charts too.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF

from dxdesk.core.domain import palette
from dxdesk.core.domain.enums import Band, TaskStatus, Timeliness

FAMILIES = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Liberation Sans")  # as gui/app.py
INK = palette.INK
ACCENT = palette.ACCENT
GRID = "#D8DDE3"
MUTED = "#666666"
BAND = {b.value: c for b, c in palette.BAND_COLOURS.items()}
STATUS = {s.value: c for s, c in palette.STATUS_COLOURS.items()}
TIMELINESS = {t.value: c for t, c in palette.TIMELINESS_COLOURS.items()}
BAND_LABELS = {b.value: b.label for b in Band}
STATUS_LABELS = {s.value: s.label for s in TaskStatus}
TIMELINESS_LABELS = {t.value: t.label for t in Timeliness}


@lru_cache(maxsize=1)
def family() -> str:
    """A font family that draws Vietnamese (the window's choice, see gui/app.py)."""
    families = set(QFontDatabase.families())
    return next((f for f in FAMILIES if f in families), QFont().family())


def font(points: float = 9.0, *, bold: bool = False) -> QFont:
    f = QFont(family())
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def colour(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


def text_on(hex_colour: str) -> str:
    """Ink or white, whichever reads better on a bar of that colour."""
    r, g, b = palette.hex_to_rgb(hex_colour)
    return INK if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#FFFFFF"


def wrap(text: str, max_px: float, points: float = 9.0, max_lines: int = 2) -> str:
    """Break a label into at most ``max_lines`` lines no wider than ``max_px`` (two lines
    are balanced; what still does not fit is elided with "…")."""
    metrics = QFontMetricsF(font(points))
    width = metrics.horizontalAdvance
    words = text.split()
    if width(text) <= max_px or len(words) < 2 or max_lines < 2:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_px)
    if max_lines == 2:
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        fitting = [p for p in splits if max(width(p[0]), width(p[1])) <= max_px]
        if fitting:
            return "\n".join(min(fitting, key=lambda p: max(width(p[0]), width(p[1]))))
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and width(trial) > max_px:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], rest]
    return "\n".join(
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, max_px) for line in lines
    )


def text_width(text: str, points: float = 9.0) -> float:
    metrics = QFontMetricsF(font(points))
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)
