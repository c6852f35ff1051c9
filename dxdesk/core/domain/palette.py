"""The one colour palette of dxdesk: PDF charts, plots and table badges all use it.

Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; order and
meaning follow the official bands (green = reached, then blue, orange, vermillion).
"""

from __future__ import annotations

from dxdesk.core.domain.enums import Band, TaskStatus, Timeliness

# The bands keep the Okabe–Ito hues but not all their lightness: printed in black and white the
# originals gave two pairs of equal greys (sky blue 158 / orange 162, green 106 / vermillion
# 119, Rec. 601 luminance). These print as five greys at least 30 of 255 apart
# (70, 158, 191, 103, 228), checked by tests/reports/test_chart_grey.py.
BAND_COLOURS: dict[Band, str] = {
    Band.COMPLETED: "#00684A",
    Band.ABOVE_70: "#56B4E9",
    Band.FROM_50_TO_70: "#EDBE4A",
    Band.BELOW_50: "#C04E00",
    Band.NO_DATA: "#E4E4E4",
}

STATUS_COLOURS: dict[TaskStatus, str] = {
    TaskStatus.DONE: "#009E73",
    TaskStatus.IN_PROGRESS: "#56B4E9",
    TaskStatus.NOT_STARTED: "#999999",
    TaskStatus.DROPPED: "#DDDDDD",
}

TIMELINESS_COLOURS: dict[Timeliness, str] = {
    Timeliness.DONE_ON_TIME: "#009E73",
    Timeliness.DONE_LATE: "#CC79A7",
    Timeliness.ON_TRACK: "#56B4E9",
    Timeliness.OVERDUE: "#D55E00",
    Timeliness.NO_DEADLINE: "#999999",
}

INK = "#1A1A1A"  # text and axes
ACCENT = "#0072B2"  # lines (trend, target line)


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """'#009E73' → (0, 158, 115)."""
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
