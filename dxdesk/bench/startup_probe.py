"""The real ``dxdesk`` command, watched: ``python -m dxdesk.bench.startup_probe DB [--measure]``
runs ``dxdesk --db DB gui --page tasks`` (``cli.main``, as the installed command does) and
prints, on stdout, when its window reaches two moments:

* ``FIRST rss_kb`` — the tasks list painted with its first rows (from the start-up preview);
* ``READY rss_kb`` — the register open (editing on), the whole list arrived (the page's
  ``loaded``) and the lane idle, its search texts folded: the list can be edited and searched.

With ``--measure`` it then times a search keystroke, a filter change, the first sort by text
and a reload, prints ``TIMES {json}``, and quits. The probe only watches: it wraps
``gui.app.start_window`` to reach the window and adds one event filter and one timer.
"""

from __future__ import annotations

import sys
import time
from typing import Any


def _rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _watch(window: Any, measure: bool) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    state = {"first": False, "loaded": False}

    def tasks_page() -> Any:
        pages = getattr(window, "pages", None)
        return pages.get("tasks") if pages is not None and "tasks" in pages else None

    # FIRST is printed at the first timer or queued call after the rows' paint: the event
    # loop has then finished that paint and put the window's pixels on screen. Printing from
    # a zero timer of its own came after the window's own after-paint work (opening the
    # register imports peewee and the models on the GUI thread), which the user does not
    # wait for to see the rows.
    after_paint = (QEvent.Type.Timer, QEvent.Type.MetaCall)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if state["first"]:
                return False
            if event.type() == QEvent.Type.Paint:
                page = tasks_page()
                if page is not None and watched is page.table.viewport() and page.model.rowCount():
                    state["painted"] = True
            elif state.get("painted") and event.type() in after_paint:
                state["first"] = True
                print("FIRST", _rss_kb(), flush=True)
            return False

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    page = tasks_page()
    if page is None:
        raise RuntimeError("the window did not open the tasks list")
    page.loaded.connect(lambda: state.update(loaded=True))

    def check_ready() -> None:
        ctx = window.ctx
        if (
            not state["first"]
            or not state["loaded"]
            or ctx is None
            or ctx.session is None
            or window.ops.pending()
        ):
            return
        timer.stop()
        app.removeEventFilter(watcher)
        page.table.viewport().repaint()
        print("READY", _rss_kb(), flush=True)
        if measure:
            import json

            print("TIMES", json.dumps(_interaction_times(window, page)), flush=True)
        window.close()
        app.quit()

    timer = QTimer(window)
    timer.timeout.connect(check_ready)
    timer.start(5)


def _interaction_times(window: Any, page: Any) -> dict[str, Any]:
    """Seconds to apply each search keystroke and each filter change, painted; the first
    sort by the tasks' text; a reloaded whole list painted."""
    from PySide6.QtCore import QCoreApplication

    def timed(action: Any) -> float:
        start = time.perf_counter()
        action()
        page.table.viewport().repaint()
        QCoreApplication.processEvents()
        return time.perf_counter() - start

    sort = timed(
        lambda: page.table.sortByColumn(1, page.table.horizontalHeader().sortIndicatorOrder())
    )
    typed = "chuyen doi so"
    keys = [timed(lambda t=typed[:i]: page.search.setText(t)) for i in range(1, len(typed) + 1)]
    keys += [
        timed(lambda t=typed[:i]: page.search.setText(t)) for i in range(len(typed) - 1, -1, -1)
    ]
    filters = [
        timed(lambda v=v: page.set_filter_value("status", v))
        for v in ("done", "in_progress", None, "not_started", None)
    ]
    return {
        "keystrokes": keys,
        "filters": filters,
        "first_sort_by_text": sort,
        "reload_paint": _reload_paint(window, page),
        "rows": page.model.rowCount(),
    }


def _reload_paint(window: Any, page: Any) -> float:
    """Seconds from a reloaded whole list reaching the page (after an as-of change) to the
    list painted."""
    from datetime import timedelta

    from PySide6.QtCore import QCoreApplication, QEventLoop

    arrived: list[float] = []
    page.loaded.connect(lambda: arrived.append(time.perf_counter()))
    state = window.ctx.state
    state.set_as_of(state.as_of - timedelta(days=1))
    while not arrived:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    page.table.viewport().repaint()
    QCoreApplication.processEvents()
    return time.perf_counter() - arrived[0]


def main(argv: list[str]) -> int:
    db, measure = argv[0], "--measure" in argv
    from dxdesk.gui import app

    start_window = app.start_window

    def watched(*args: Any, **kwargs: Any) -> Any:
        window = start_window(*args, **kwargs)
        _watch(window, measure)
        return window

    app.start_window = watched
    from dxdesk.cli.main import main as dxdesk

    return dxdesk(["--db", db, "gui", "--page", "tasks"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
