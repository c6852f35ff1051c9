"""Tasks by status × timeliness: one horizontal bar per status at the as-of date, stacked by
timeliness (on time, late, on track, overdue, no deadline) in the palette's colours."""

from __future__ import annotations

from dxdesk.core.domain.formats import fmt_number, fmt_percent, percent_of
from dxdesk.core.services.series import TaskSeries
from dxdesk.core.services.summary import STATUS_KEYS, TIMELINESS_KEYS
from dxdesk.gui import labels
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots.base import BasePlot, count_ticks
from dxdesk.gui.plots.hover import Bar
from dxdesk.gui.plots.texts import t

HEIGHT = 0.62


class TasksPlot(BasePlot):
    key = "tasks"
    name = texts.TASKS

    def subtitle(self, series: TaskSeries) -> str:
        return t(texts.N_TASKS).format(n=fmt_number(series.total))

    def draw(self, series: TaskSeries) -> None:
        by_status = series.by_status
        statuses = [s for s in STATUS_KEYS if s != "dropped" or by_status[s]]
        if not series.total:
            self.show_empty()
            return
        names = [
            f"{labels.tr(style.STATUS_LABELS[s])} ({fmt_number(by_status[s])})" for s in statuses
        ]
        lefts = dict.fromkeys(statuses, 0)
        for timeliness in [*TIMELINESS_KEYS, None]:
            bars = []
            for i, status in enumerate(statuses):
                n = series.cell(status, timeliness)
                if not n:
                    continue
                what = (
                    labels.tr(style.TIMELINESS_LABELS[timeliness])
                    if timeliness
                    else labels.tr(style.STATUS_LABELS[status])
                )
                tip = t(texts.TIP_TASK).format(
                    status=labels.tr(style.STATUS_LABELS[status]),
                    timeliness=what,
                    n=fmt_number(n),
                    share=fmt_percent(percent_of(n, series.total)),
                )
                where = {"view": "tasks", "status": status}
                if timeliness:
                    where["timeliness"] = timeliness
                bars.append(Bar(lefts[status], i - HEIGHT / 2, n, HEIGHT, tip, where))
                colour = style.TIMELINESS[timeliness] if timeliness else style.STATUS["dropped"]
                self.add_label(
                    lefts[status] + n / 2, i, fmt_number(n), fit=n, colour=style.text_on(colour)
                )
                lefts[status] += n
            if timeliness is None and not bars:
                continue
            colour = style.TIMELINESS[timeliness] if timeliness else style.STATUS["dropped"]
            total = series.by_timeliness[timeliness] if timeliness else by_status["dropped"]
            legend = labels.tr(
                style.TIMELINESS_LABELS[timeliness]
                if timeliness
                else style.STATUS_LABELS["dropped"]
            )
            self.add_bars(bars, colour, f"{legend}: {fmt_number(total)}")
        widest = max(by_status[s] for s in statuses) or 1
        self.set_categories("left", names)
        self.plot.invertY(True)
        self.plot.setYRange(-0.5, len(statuses) - 0.5, padding=0)
        self.plot.setXRange(-widest * 0.004, widest * 1.04, padding=0)
        self.plot.setLabel("bottom", t(texts.TASKS_AXIS), color=style.INK, **{"font-size": "9pt"})
        self.plot.showGrid(x=True, y=False, alpha=0.18)
        count_ticks(self.plot.getAxis("bottom"), widest)
