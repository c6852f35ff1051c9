"""Vector charts of the brief (reportlab.graphics), in the one palette of dxdesk."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from dxdesk.core.domain.enums import Band
from dxdesk.core.domain.palette import BAND_COLOURS, INK
from dxdesk.core.reports.pdf import fonts

BANDS = (Band.COMPLETED, Band.ABOVE_70, Band.FROM_50_TO_70, Band.BELOW_50, Band.NO_DATA)


def band_chart(by_pillar: Sequence[dict], width: float) -> Drawing:
    """Stacked horizontal bars: the targets of each pillar by band, with a legend below."""
    fonts.register_fonts()
    pillars = [p for p in by_pillar if p.get("total")] or list(by_pillar)
    n = max(len(pillars), 1)
    bar_h = 18
    label_w = min(150.0, width * 0.33)
    legend_rows = 3
    plot_h = n * (bar_h + 8) + 10
    legend_h = legend_rows * 14 + 6
    height = plot_h + legend_h + 38
    d = Drawing(width, height)
    d.initialFontName = fonts.REGULAR  # renderPDF's first setFont: never Helvetica
    chart = HorizontalBarChart()
    chart.x = label_w + 6
    chart.y = legend_h + 30
    chart.width = width - chart.x - 12
    chart.height = plot_h
    # ReportLab draws the first category at the bottom: reverse to read top-down.
    ordered = list(reversed(pillars))
    chart.data = [[p.get(b.value, 0) for p in ordered] for b in BANDS] if pillars else [[0]]
    chart.categoryAxis.categoryNames = ["" for _ in ordered] or [""]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.barLabels.fontName = fonts.REGULAR
    chart.categoryAxis.strokeColor = colors.HexColor(INK)
    chart.valueAxis.valueMin = 0
    most = max((p.get("total", 0) for p in pillars), default=1) or 1
    step = 1 if most <= 10 else 2 if most <= 20 else 5 if most <= 50 else None
    if step:
        chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = most if not step else ((most + step - 1) // step) * step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.strokeColor = colors.HexColor(INK)
    chart.barWidth = bar_h
    chart.groupSpacing = 8
    for i, band in enumerate(BANDS):
        chart.bars[i].fillColor = colors.HexColor(BAND_COLOURS[band])
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.5
    d.add(chart)
    slot = plot_h / n
    _segment_counts(d, chart, ordered, slot)
    # pillar names, wrapped, right-aligned beside their bars
    for i, p in enumerate(ordered):
        lines = simpleSplit(str(p.get("label") or p.get("code") or ""), fonts.REGULAR, 10, label_w)[
            :2
        ]
        cy = chart.y + slot * (i + 0.5)
        top = cy + (len(lines) - 1) * 6 - 3.5
        for k, line in enumerate(lines):
            d.add(
                String(
                    label_w,
                    top - k * 12,
                    line,
                    fontName=fonts.REGULAR,
                    fontSize=10,
                    textAnchor="end",
                    fillColor=colors.HexColor(INK),
                )
            )
    d.add(
        String(
            chart.x + chart.width / 2,
            legend_h + 4,
            "Số mục tiêu",
            fontName=fonts.ITALIC,
            fontSize=9,
            textAnchor="middle",
        )
    )
    legend = Legend()
    legend.x = 10
    legend.y = legend_h
    legend.alignment = "right"
    legend.fontName = fonts.REGULAR
    legend.fontSize = 9.5
    legend.columnMaximum = legend_rows
    legend.deltax = width / 2
    legend.dxTextSpace = 5
    legend.dx = legend.dy = 9
    legend.deltay = 14
    legend.colorNamePairs = [(colors.HexColor(BAND_COLOURS[b]), b.label) for b in BANDS]
    d.add(legend)
    return d


DARK = {Band.COMPLETED, Band.BELOW_50}  # white figures read better on these two colours


def _segment_counts(d: Drawing, chart: HorizontalBarChart, ordered: list, slot: float) -> None:
    """Each segment carries its count: the bars read in black and white and without colour."""
    scale = chart.width / (chart.valueAxis.valueMax or 1)
    for i, p in enumerate(ordered):
        cy = chart.y + slot * (i + 0.5) - 3.5
        start = 0
        for band in BANDS:
            value = p.get(band.value, 0) or 0
            if value and value * scale >= 12:
                x = chart.x + (start + value / 2) * scale
                ink = "#FFFFFF" if band in DARK else INK
                d.add(
                    String(
                        x,
                        cy,
                        str(value),
                        fontName=fonts.BOLD,
                        fontSize=10,
                        textAnchor="middle",
                        fillColor=colors.HexColor(ink),
                    )
                )
            start += value
