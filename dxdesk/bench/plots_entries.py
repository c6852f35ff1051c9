"""The plots' entries of ``dxdesk bench``: the overview page with its plots, on the large
synthetic province (``dxdesk.bench.synthetic``).

``bench_plots(workdir, quick)`` returns ``{name, seconds, floor_seconds, ratio[, goal]}`` dicts.
Everything is measured in a fresh child process (``QT_QPA_PLATFORM=offscreen``), so that the
first figure pays for importing pyqtgraph as a user's first look at the overview does:

* **overview page + plots, first open** — from asking the window for the overview page to the
  page painted with its cards, tables and the first plot drawn (pyqtgraph imported meanwhile).
* **overview page + plots, as-of date changed** — the same page recomputed and repainted.
* **plots panel alone** — ``install_plots`` + ``refresh(as_of)`` computing its own series
  (one summary, one task tally) + paint.
* **trend** — the trend series (``summarize`` at each quarter end / meeting) and its plot.

Floors, measured in the same child: the page's floor is ``summarize`` (what the page must
compute) plus a bare pyqtgraph ``PlotWidget`` with one ``BarGraphItem`` of the band counts,
painted; the panel's floor adds the task tally; the trend's is ``summarize`` at each of its
dates. ``python -m dxdesk.bench.plots_entries WORKDIR [--quick]`` prints the lines alone.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.bench.synthetic import AS_OF, build_province
from dxdesk.bench.timing import Goal

PAGE_GOAL_S = 0.300
PLOTS_SHARE_GOAL_S = 0.100  # the plots' part of the page's 300 ms
QUICK_SCALE = 0.1  # 500 targets, 5,000 tasks
RUNS = 3


def _goal(max_seconds: float) -> Goal:
    return Goal(max_seconds=max_seconds)


def province(workdir: Path, quick: bool) -> Path:
    """The synthetic province (built once per scale in ``workdir``)."""
    scale = QUICK_SCALE if quick else 1.0
    path = Path(workdir) / f"plots-province-{scale:g}.db"
    if not path.exists():
        build_province(path, scale)
    return path


def bench_plots(workdir: Path, quick: bool) -> list[dict[str, Any]]:
    """Time the overview's plots on the synthetic province (a tenth of it when ``quick``)."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = province(workdir, quick)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DXDESK_SETTINGS=str(workdir / "plots-bench-settings.ini"),
    )
    cmd = [
        sys.executable,
        "-m",
        "dxdesk.bench.plots_entries",
        "child",
        str(db),
        AS_OF.isoformat(),
        str(1 if quick else RUNS),
    ]
    subprocess.run([*cmd, "--warm-only"], env=env, check=True, capture_output=True)  # OS cache
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    got = json.loads(next(line[6:] for line in out.splitlines() if line.startswith("TIMES ")))
    return _entries(got, quick)


def _entries(got: dict[str, Any], quick: bool) -> list[dict[str, Any]]:
    scale = "1/10 tỉnh giả lập" if quick else "tỉnh giả lập lớn"
    page_floor = got["summary_s"] + got["bare_plot_s"]
    panel_floor = page_floor + got["tally_s"]

    def entry(
        name: str, seconds: float, floor: float | None, floor_text: str, goal: Any = None
    ) -> dict[str, Any]:
        return {
            "name": name,
            "seconds": seconds,
            "floor_seconds": floor,
            "ratio": seconds / floor if floor else None,
            "goal": goal,
            "floor": floor_text,
        }

    page = (
        "summarize (số liệu trang phải tính) + một PlotWidget pyqtgraph trần với một "
        "BarGraphItem số mục tiêu theo mức, vẽ xong; không tính nạp pyqtgraph"
    )
    bare = "một PlotWidget pyqtgraph trần với một BarGraphItem số mục tiêu theo mức, vẽ xong"
    return [
        entry(
            f"Biểu đồ: mở trang Tổng quan lần đầu, có biểu đồ ({scale}; gồm nạp pyqtgraph "
            f"{got['import_s'] * 1000:.0f} ms)",
            got["page_cold_s"],
            page_floor,
            page,
            _goal(PAGE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: trang Tổng quan tính lại khi đổi ngày ({scale})",
            got["page_warm_s"],
            page_floor,
            page,
            _goal(PAGE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: quay lại trang Tổng quan sau khi dữ liệu đổi ({scale})",
            got["page_reopen_s"],
            page_floor,
            page,
            _goal(PAGE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: phần của biểu đồ sau khi trang có số liệu, đổi ngày ({scale})",
            got["plots_share_s"],
            got["bare_plot_s"],
            bare,
            _goal(PLOTS_SHARE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: khung biểu đồ tự tính số liệu, dựng + vẽ ({scale})",
            got["panel_s"],
            panel_floor,
            page + " + đếm nhiệm vụ theo tình trạng (task_state_tally)",
        ),
        entry(
            f"Biểu đồ: xu hướng, {got['trend_points']} mốc ({scale})",
            got["trend_s"],
            got["trend_floor_s"],
            "summarize tại mỗi mốc của xu hướng",
        ),
    ]


# -- the child process -----------------------------------------------------------------------
def _child(db: str, as_of_text: str, runs: int, warm_only: bool) -> None:
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
    times.update(_data_floors(as_of, runs))
    bands = times.pop("bands")
    times["bare_plot_s"] = statistics.median(_bare_plot(bands) for _ in range(runs))
    times["panel_s"] = statistics.median(_panel_alone(as_of) for _ in range(runs))
    times.update(_trend(as_of, runs))
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


def _best(fn: Any, runs: int) -> float:
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append(time.perf_counter() - start)
    return min(values)


def _data_floors(as_of: date, runs: int) -> dict[str, Any]:
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


def _trend(as_of: date, runs: int) -> dict[str, Any]:
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


def _bare_plot(totals: dict[str, int]) -> float:
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


def _panel_alone(as_of: date) -> float:
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


def _main(argv: list[str]) -> int:
    if argv[:1] == ["child"]:
        _child(argv[1], argv[2], int(argv[3]), "--warm-only" in argv)
        return 0
    workdir = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "dxdesk-plots-bench"
    for row in bench_plots(workdir, quick="--quick" in argv):
        goal = row.get("goal")
        row = {**row, "goal": goal.text() if hasattr(goal, "text") else goal}
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
