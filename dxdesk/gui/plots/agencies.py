"""Overdue and in-progress tasks by lead agency: two bars per agency (they overlap as sets,
an in-progress task may be overdue, so they are side by side, not stacked), most overdue
first, as in the brief's table. Only as many agencies as the height can name are drawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from dxdesk.core.domain import agency_roles
from dxdesk.core.domain.formats import fmt_number
from dxdesk.core.services.series import AgencySeries
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots.base import BasePlot, count_ticks
from dxdesk.gui.plots.hover import Bar
from dxdesk.gui.plots.texts import t

HEIGHT = 0.36
ROW_PX = 30  # the height one agency needs to be read (two bars and a wrapped name)
OVERDUE = style.TIMELINESS["overdue"]
IN_PROGRESS = style.STATUS["in_progress"]


class AgenciesPlot(BasePlot):
    key = "agencies"
    name = texts.AGENCIES

    def __init__(self, parent: QWidget | None = None, *, max_rows: int | None = None):
        super().__init__(parent)
        self.max_rows = max_rows  # None: as many as the height allows (at least 3)
        self._fitted_rows = 0

    def copy_options(self) -> dict[str, Any]:
        return {"max_rows": self.max_rows}

    def rows_that_fit(self) -> int:
        if self.max_rows is not None:
            return self.max_rows
        return max(3, int((self.height() - 70) / ROW_PX))

    def subtitle(self, series: AgencySeries) -> str:
        hidden = series.left_out + max(0, len(series.rows) - self.rows_that_fit())
        return t(texts.LEFT_OUT).format(n=fmt_number(hidden)) if hidden else ""

    def draw(self, series: AgencySeries) -> None:
        rows = series.rows[: self.rows_that_fit()]
        self._fitted_rows = self.rows_that_fit()
        if not rows:
            self.show_empty()
            return
        overdue, in_progress = [], []
        for i, row in enumerate(rows):
            for bars, n, what, offset, where in (
                (overdue, row.overdue, texts.OVERDUE, -HEIGHT / 2, {"timeliness": "overdue"}),
                (
                    in_progress,
                    row.in_progress,
                    texts.IN_PROGRESS,
                    HEIGHT / 2,
                    {"status": "in_progress"},
                ),
            ):
                tip = t(texts.TIP_AGENCY).format(
                    agency=row.label, what=t(what), n=fmt_number(n), total=fmt_number(row.total)
                )
                bars.append(
                    Bar(
                        0,
                        i + offset - HEIGHT / 2,
                        n,
                        HEIGHT,
                        tip,
                        {
                            "view": "tasks",
                            "agency": row.code or agency_roles.NO_LEAD,
                            "role": agency_roles.FIGURES_ROLE,
                            **where,
                        },
                    )
                )
                if n:
                    self.add_label(n, i + offset, f" {fmt_number(n)}", anchor=(0, 0.5))
        self.add_bars(overdue, OVERDUE, t(texts.OVERDUE))
        self.add_bars(in_progress, IN_PROGRESS, t(texts.IN_PROGRESS))
        widest = max(max(r.overdue, r.in_progress) for r in rows) or 1
        row_px = (self.height() - 90) / max(len(rows), 1)
        self.set_categories(
            "left", [r.label for r in rows], wrap_px=250, max_lines=2 if row_px >= 30 else 1
        )
        self.plot.invertY(True)
        self.plot.setYRange(-0.5, len(rows) - 0.5, padding=0)
        self.plot.setXRange(-widest * 0.004, widest * 1.1, padding=0)
        self.plot.setLabel("bottom", t(texts.TASKS_AXIS), color=style.INK, **{"font-size": "9pt"})
        self.plot.showGrid(x=True, y=False, alpha=0.18)
        count_ticks(self.plot.getAxis("bottom"), widest)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if (
            getattr(self, "series", None) is not None
            and self.max_rows is None
            and self.rows_that_fit() != self._fitted_rows
        ):
            QTimer.singleShot(0, self._refit)  # not inside the layout pass

    def _refit(self) -> None:
        if self.series is not None and self.rows_that_fit() != self._fitted_rows:
            self.set_series(self.series)  # more or fewer agencies fit now
