"""The floors of the plots' bench, measured in its child process (``plots_child``): what
the overview's plots must cost at least — the summary and task tally they show, a bare
pyqtgraph plot of the band counts — and the plots panel and trend measured alone."""

from __future__ import annotations

import time
from datetime import date
from typing import Any


def _best(fn: Any, runs: int) -> float:
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append(time.perf_counter() - start)
    return min(values)


def data_floors(as_of: date, runs: int) -> dict[str, Any]:
    """What the plots' data costs at least: the summary and the task tally."""
    from dxdesk.core.services import series
    from dxdesk.core.services.summary import summarize
    from dxdesk.core.storage import queries

    summarize(as_of, with_checks=False)  # this thread's connection opens here, untimed
    return {
        "summary_s": _best(lambda: summarize(as_of, with_checks=False), runs),
        "tally_s": _best(lambda: queries.task_state_tally(as_of), runs),
        "bands": dict(series.band_series(as_of).totals),
    }


def trend(as_of: date, runs: int) -> dict[str, Any]:
    """The trend series and its plot, painted; floor: summarize at each of its dates."""
    from PySide6.QtCore import QCoreApplication

    from dxdesk.core.services import series
    from dxdesk.core.services.summary import summarize
    from dxdesk.gui.plots.trend import TrendPlot

    dates, _ = series.trend_dates(as_of)

    def draw() -> None:
        plot = TrendPlot()
        plot.resize(955, 250)
        plot.show()
        plot.set_series(series.trend_series(as_of))
        plot.repaint()
        QCoreApplication.processEvents()
        plot.close()
        plot.deleteLater()

    return {
        "trend_points": len(dates),
        "trend_s": _best(draw, runs),
        "trend_floor_s": _best(lambda: [summarize(d, with_checks=False) for d, *_ in dates], runs),
    }


def bare_plot(totals: dict[str, int]) -> float:
    """A bare pyqtgraph plot of the band counts, shown and painted."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication

    start = time.perf_counter()
    widget = pg.PlotWidget()
    widget.addItem(
        pg.BarGraphItem(x0=0, y=list(range(len(totals))), height=0.6, width=list(totals.values()))
    )
    widget.resize(955, 250)
    widget.show()
    widget.repaint()
    QCoreApplication.processEvents()
    seconds = time.perf_counter() - start
    widget.close()
    widget.deleteLater()
    return seconds


def panel_alone(as_of: date) -> float:
    """A container, ``install_plots``, ``refresh(as_of)`` computing its series at once (one
    summary, one task tally), the bands plot painted."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from dxdesk.gui.plots.panel import install_plots

    start = time.perf_counter()
    container = QWidget()
    container.setLayout(QVBoxLayout())
    container.resize(1125, 260)
    panel = install_plots(container, open_filtered=lambda _f: None)
    container.show()
    panel.refresh(as_of)
    panel.plot("bands")
    panel._draw("bands")
    container.repaint()
    QCoreApplication.processEvents()
    seconds = time.perf_counter() - start
    container.close()
    container.deleteLater()
    return seconds
