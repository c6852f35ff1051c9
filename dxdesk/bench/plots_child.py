"""The child process of the plots' bench (``python -m dxdesk.bench.plots_entries child DB
AS_OF RUNS``): the main window on the province, the overview page opened, recomputed and
reopened, each until painted with its plot drawn; then the floors (``plots_floors``). Prints
one line ``TIMES {json}`` for the parent (``plots_entries.bench_plots``)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.bench.plots_floors import bare_plot, data_floors, panel_alone, trend


def child(db: str, as_of_text: str, runs: int, warm_only: bool) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from dxdesk.gui.app import create_app

    app = create_app()
    as_of = date.fromisoformat(as_of_text)
    if warm_only:  # read the file once: the OS cache is then as warm for every figure
        from dxdesk.core.services.summary import summarize
        from dxdesk.core.session import Session

        with Session(db, daily_backup=False):
            summarize(as_of, with_checks=False)
        return
    window, page_cold = _open_window(db, as_of)
    times: dict[str, Any] = {
        "page_cold_s": page_cold,
        "import_s": _import_cost(),
        "plots_cold_share_s": window._bench_cold_share,
    }
    _settle(window)  # the first open's task tally is not part of what follows
    again = [_page_again(window, as_of) for _ in range(runs)]
    times["page_warm_s"] = statistics.median(a for a, _ in again)
    times["plots_share_s"] = statistics.median(b for _, b in again)
    times["page_reopen_s"] = statistics.median(_page_reopen(window) for _ in range(runs))
    # from here the GUI thread reads through its own connection (peewee: one per thread)
    times.update(data_floors(as_of, runs))
    bands = times.pop("bands")
    times["bare_plot_s"] = statistics.median(bare_plot(bands) for _ in range(runs))
    times["panel_s"] = statistics.median(panel_alone(as_of) for _ in range(runs))
    times.update(trend(as_of, runs))
    window.close()
    window.ops.shutdown()
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print("TIMES " + json.dumps(times), flush=True)


def _import_cost() -> float:
    """pyqtgraph's import time, measured in a fresh interpreter (it is cached here)."""
    code = (
        "import time, PySide6.QtWidgets; t = time.perf_counter(); import pyqtgraph; "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _open_window(db: str, as_of: date) -> tuple[Any, float]:
    """The main window on the register, on a light page; then the timed first overview."""
    from PySide6.QtCore import QCoreApplication

    from dxdesk.gui.app import open_register
    from dxdesk.gui.context import settings
    from dxdesk.gui.main_window import MainWindow

    settings().setValue("window/page", "documents")
    window = MainWindow()
    window.resize(1366, 768)
    open_register(window, Path(db), as_of=as_of)
    window.show()
    _settle(window)
    start = time.perf_counter()
    page = window.pages["overview"]  # built now
    panel = _panel_of(page, window)
    window.show_page("overview")
    _wait_drawn(window, page, panel, None)
    QCoreApplication.processEvents()
    end = time.perf_counter()
    window._bench_cold_share = end - (window._bench_loaded or [start])[-1]
    return window, end - start


def _panel_of(page: Any, window: Any) -> Any:
    """The page's plots panel: the window's own if it installs one, else attached here."""
    from dxdesk.gui.plots.panel import PlotsPanel, attach_to_overview

    window._bench_loaded = []
    page.loaded.connect(lambda: window._bench_loaded.append(time.perf_counter()))  # first
    panel = page.findChild(PlotsPanel)
    if panel is None:
        panel = attach_to_overview(page, open_filtered=lambda _f: None)
    window._bench_panel = panel
    return panel


def _wait_drawn(window: Any, page: Any, panel: Any, previous: Any) -> None:
    """Until the page shows fresh data and the current plot has drawn it, painted."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    key = panel.current_key()
    deadline = time.perf_counter() + 120
    tick = QTimer()  # wakes the wait below now and then; it never polls the lane
    tick.start(50)
    while True:
        plot = panel.plots.get(key)
        if (
            page.data is not None
            and page.data is not previous
            and plot is not None
            and plot.series is not None
            and plot.series is panel.series.get(key)
        ):
            break
        if time.perf_counter() > deadline:
            raise RuntimeError("the overview's plots were not drawn within 120 s")
        # wait as the window's event loop does, the GIL free for the lane: a busy loop here
        # would slow the lane's summary down and count that against the page
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    tick.stop()
    window.repaint()
    QCoreApplication.processEvents()


def _page_again(window: Any, as_of: date) -> tuple[float, float]:
    """(seconds from the as-of change to the page and its plot painted, seconds of that
    spent after the page had its summary: the plots' own share)."""
    from datetime import timedelta

    page = window.pages["overview"]
    panel = window._bench_panel
    previous = page.data
    day = as_of - timedelta(days=1)
    window._bench_loaded.clear()
    start = time.perf_counter()
    window.ctx.state.set_as_of(day if window.ctx.state.as_of != day else as_of)
    _wait_drawn(window, page, panel, previous)
    end = time.perf_counter()
    loaded = window._bench_loaded[-1] if window._bench_loaded else start
    _settle(window)  # the task tally still running on the lane: not part of the first paint
    return end - start, end - loaded


def _page_reopen(window: Any) -> float:
    """Seconds from going back to the overview, after a change elsewhere made its figures
    stale, to the page and its plot painted with the new figures."""
    page, panel = window.pages["overview"], window._bench_panel
    window.show_page("documents")
    _settle(window)
    previous = page.data
    page.mark_stale()  # what an edit on another page does (ops.changed)
    start = time.perf_counter()
    window.show_page("overview")
    _wait_drawn(window, page, panel, previous)
    seconds = time.perf_counter() - start
    _settle(window)
    return seconds


def _settle(window: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        window.ops.wait_idle(120000)
        QCoreApplication.processEvents()
