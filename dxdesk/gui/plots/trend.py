"""The share of targets completed and of tasks done at each quarter end and meeting of the
period (each point is ``summarize`` at that date), as two lines in %."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dxdesk.core.domain.formats import fmt_date, fmt_number, fmt_percent, quarter_of
from dxdesk.core.services.series import TrendPoint, TrendSeries
from dxdesk.gui import labels
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots._pg import pg
from dxdesk.gui.plots.base import BasePlot, time_ticks
from dxdesk.gui.plots.hover import point_tip
from dxdesk.gui.plots.texts import t

TARGETS = style.ACCENT  # the palette's line colour
TASKS = style.BAND["completed"]  # green: "done"


def point_label(point: TrendPoint) -> str:
    """A trend point's name in the window's language: a quarter's end and the as-of date are
    built here from the day (the core's label is Vietnamese), a meeting keeps its title."""
    if point.kind == "quarter":
        return t(texts.QUARTER_END).format(period=labels.period(quarter_of(point.day)))
    if point.kind == "as_of":
        return t(texts.AS_OF_POINT)
    return point.label


class TrendPlot(BasePlot):
    key = "trend"
    name = texts.TREND

    def subtitle(self, series: TrendSeries) -> str:
        return t(texts.THINNED) if series.thinned else ""

    def draw(self, series: TrendSeries) -> None:
        points = series.points
        if not any(p.targets_total or p.tasks_total for p in points):
            self.show_empty()
            return
        xs = [p.day.toordinal() for p in points]
        tips = [
            t(texts.TIP_TREND).format(
                label=point_label(p),
                day=fmt_date(p.day),
                t_done=fmt_number(p.targets_done),
                t_total=fmt_number(p.targets_total),
                t_share=fmt_percent(p.targets_share),
                k_done=fmt_number(p.tasks_done),
                k_total=fmt_number(p.tasks_total),
                k_share=fmt_percent(p.tasks_share),
            )
            for p in points
        ]
        lines = (
            (TARGETS, "o", texts.TARGETS_SHARE, [p.targets_share for p in points]),
            (TASKS, "s", texts.TASKS_SHARE, [p.tasks_share for p in points]),
        )
        for colour, symbol, name, values in lines:
            if all(v is None for v in values):
                continue  # no targets (or no tasks) yet: no line
            ys = [v if v is not None else float("nan") for v in values]
            line = pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2.5),
                symbol=symbol,
                symbolSize=8,
                symbolBrush=colour,
                symbolPen="w",
                connect="finite",
            )
            self.plot.addItem(line)
            self.legend.addItem(line, t(name))
            hover = pg.ScatterPlotItem(
                xs,
                ys,
                size=18,
                brush=(0, 0, 0, 0),
                pen=None,
                hoverable=True,
                tip=point_tip,
                data=tips,
            )
            self.plot.addItem(hover)
        self._value_labels(points, xs, lines)
        self._axes(points, xs)

    def _value_labels(self, points, xs, lines) -> None:
        """The latest shares, written beside the last points (higher one above)."""
        a, b = lines[0][3][-1], lines[1][3][-1]
        for (colour, _s, _n, values), upper in (
            (lines[0], (a or 0) >= (b or 0)),
            (lines[1], (b or 0) > (a or 0)),
        ):
            if values[-1] is not None:
                self.add_label(
                    xs[-1],
                    values[-1],
                    f" {fmt_percent(values[-1])}",
                    colour=colour,
                    anchor=(0, 0.95) if upper else (0, 0.05),
                    bold=True,
                )

    def _axes(self, points, xs) -> None:
        first, last = points[0].day, points[-1].day
        self.plot.getAxis("bottom").setTicks(time_ticks(first, last))
        span = max(xs[-1] - xs[0], 1)
        self.plot.setXRange(xs[0] - span * 0.04, xs[-1] + span * 0.12, padding=0)
        self.plot.setYRange(0, 108, padding=0)
        if first.year == last.year:
            self.plot.setLabel(
                "bottom",
                t(texts.YEAR).format(year=first.year),
                color=style.INK,
                **{"font-size": "9pt"},
            )
        self.plot.getAxis("left").setTickSpacing(20, 10)
        self.plot.setLabel("left", t(texts.PERCENT_AXIS), color=style.INK, **{"font-size": "9pt"})
        self.plot.showGrid(x=False, y=True, alpha=0.18)
        pen = pg.mkPen(style.MUTED, width=1, style=Qt.PenStyle.DashLine)
        meetings = [x for p, x in zip(points, xs, strict=True) if p.kind == "meeting"]
        for x in meetings:
            self.plot.addItem(pg.InfiniteLine(x, angle=90, pen=pen))
        if meetings:
            self.legend.addItem(pg.PlotDataItem([0], [0], pen=pen), t(texts.MEETING))
