"""pyqtgraph imported in idle time, so that the overview's first open does not pay for it.

pyqtgraph (with numpy) costs 0,3–0,5 s to import on an idle machine (0,9–1,3 s on a loaded
one), and the overview's plots need it. The window does not import it before its first
paint. Once the window has painted, its register is open and the database lane is idle
(importing while the lane works would slow both: they fight for the interpreter lock, see
docs/performance.md), numpy and pyqtgraph are imported on a background thread: they create
no Qt object at import, and the GUI thread, which hands the interpreter lock over every
millisecond, stays responsive. The plot modules of dxdesk (a few milliseconds; they build Qt
values at import) follow on the GUI thread while the lane stays idle, one module per turn of
the event loop. Meanwhile (when the background import starts) the overview page is built,
hidden, and its figures read on the lane; last its first plot is built and drawn, so that
the overview's first open only paints (an edit or another date meanwhile makes the figures
stale: they are read again when the page is shown). If the officer opens the overview
before all that, the page shows its cards and tables once read and the plots panel its
placeholder until the plots are ready (``PlotsPanel._draw``).
``dxdesk bench`` times both cases (``dxdesk/bench/idle_entries.py``).
"""

from __future__ import annotations

import importlib
import sys
import threading
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

# In import order. The first THREADED are imported on a background thread (most of the time).
MODULES = (
    "numpy",
    "pyqtgraph",
    "dxdesk.gui.plots._pg",
    "dxdesk.gui.plots.base",
    "dxdesk.gui.plots.offscreen",
    "dxdesk.gui.plots.bands",
    "dxdesk.gui.plots.tasks",
    "dxdesk.gui.plots.agencies",
    "dxdesk.gui.plots.trend",
)
THREADED = 2
IDLE_MS = 100  # how often an idle lane is looked for
PAINT_WAIT_MS = 300  # a placeholder never painted (hidden) does not hold the plot longer


def ready() -> bool:
    """Whether the plots can be built without importing anything."""
    return all(name in sys.modules for name in MODULES)


def overview_ready(window: Any) -> bool:
    """Whether the idle-time work is all done: the plot modules imported, the overview page
    built with its figures read and its first plot drawn (the first open only paints)."""
    pages = getattr(window, "pages", None)
    if not ready() or pages is None or not pages.built("overview"):
        return False
    page = pages["overview"]
    panel = getattr(page, "plots", None)
    if page.data is None or panel is None:
        return False
    plot = panel.plots.get(panel.current_key())
    return plot is not None and plot.series is not None


def pyqtgraph_loaded() -> bool:
    return "dxdesk.gui.plots._pg" in sys.modules


def import_next() -> bool:
    """Import the next plot module not loaded yet; False when there is none left."""
    for name in MODULES:
        if name not in sys.modules:
            importlib.import_module(name)
            return True
    return False


class _Painted(QObject):
    """Calls ``action`` once, on the next turn of the event loop after ``widget`` painted."""

    def __init__(self, widget: Any, action: Any):
        super().__init__(widget)
        self.widget, self.action, self.done = widget, action, False
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self._run)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.action()


def after_painted(widget: Any, action: Any) -> None:
    """Run ``action`` once ``widget`` has painted (or after PAINT_WAIT_MS at most)."""
    _Painted(widget, action)


def import_all() -> None:
    """Import what is left now (the officer is waiting for a plot)."""
    while import_next():
        pass


class Warmup:
    """Imports the plot modules after ``window``'s first paint (see the module's docstring)."""

    def __init__(self, window: Any):
        self.window = window
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self._check)
        self.thread: threading.Thread | None = None
        self.done = False

    def arm(self) -> None:
        if not self.done:
            self.timer.start()

    def _idle(self) -> bool:
        ctx = getattr(self.window, "ctx", None)
        ops = getattr(self.window, "ops", None)
        return (
            ctx is not None
            and getattr(ctx, "session", None) is not None
            and ops is not None
            and ops.pending() == 0
        )

    def _check(self) -> None:
        if self.done:
            return
        if not self._idle():
            self.timer.start()  # look again soon
            return
        if self.thread is None:
            heavy = [name for name in MODULES[:THREADED] if name not in sys.modules]
            self.thread = threading.Thread(
                target=_import_quietly, args=(heavy,), name="dxdesk-plots-import", daemon=True
            )
            self.thread.start()
            self._read_overview()
        if self.thread.is_alive():
            self.timer.start()
            return
        self._step()

    def _step(self) -> None:
        if not self._idle():  # work arrived: it goes first
            self.timer.start()
            return
        if import_next():
            QTimer.singleShot(0, self._step)
        else:
            self.done = True
            self._build_overview()

    def _overview(self) -> Any:
        """The overview page (built now if need be), or None when the window has none."""
        pages = getattr(self.window, "pages", None)
        if pages is None or not hasattr(pages, "built") or "overview" not in pages:
            return None
        return pages["overview"]

    def _read_overview(self) -> None:
        """While pyqtgraph is imported: the overview page built, hidden, and its figures
        read on the lane (an edit or another date later makes them stale: read again when
        shown)."""
        page = self._overview()
        if page is not None and not page.isVisible() and getattr(page, "data", 0) is None:
            page.refresh()

    def _build_overview(self) -> None:
        """The last idle step: the overview's first plot built, hidden, and drawn if the
        figures are in (else when they come), so that the first open only paints."""
        page = self._overview()
        panel = getattr(page, "plots", None)
        if panel is not None:
            panel.plot(panel.current_key())
            panel.draw_current()


def _import_quietly(names: list[str]) -> None:
    """The background import; a failure is met again (and reported) where a plot is built."""
    import PySide6.QtWidgets  # noqa: F401 - pyqtgraph binds to PySide6

    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            return


def warm_up_when_idle(window: Any) -> Warmup:
    """After ``window``'s first paint, import the plot modules (see the module's docstring)."""
    from dxdesk.gui.startup import after_first_paint

    warmup = Warmup(window)
    window._plots_warmup = warmup
    after_first_paint(window, warmup.arm)
    return warmup
