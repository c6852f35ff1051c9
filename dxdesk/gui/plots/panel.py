"""The overview's plots: pick one on the left, read it on the right; a click on a bar opens
the matching filtered list, a right click saves or copies the picture.

``install_plots(container, open_filtered=…)`` fills the overview's ``plots_area``;
``attach_to_overview(page, open_filtered=…)`` also wires it to the page (its database lane
and its summary, so the figures are computed once). This module imports no pyqtgraph:
the plot modules are imported when a plot is first shown. Series are computed by
``run(fn, done)``: the window's database lane when given, else at once (CLI, tests).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.services import series as core_series
from dxdesk.gui.plots import texts, warmup
from dxdesk.gui.plots.texts import t
from dxdesk.gui.qtcompat import emit

Runner = Callable[[Callable[[], Any], Callable[[Any], None]], Any]
OpenFiltered = Callable[[dict], None]

PAGES = [  # key, the selector's short name
    ("bands", texts.PAGE_BANDS),
    ("tasks", texts.PAGE_TASKS),
    ("trend", texts.PAGE_TREND),
    ("agencies", texts.PAGE_AGENCIES),
    ("trajectory", texts.PAGE_TRAJECTORY),
    ("index", texts.PAGE_INDEX),  # listed only when the register has the committee's ranks
]
MIN_HEIGHT = 250  # below this no plot reads well (a title, 4 bars, an axis)
SELECTOR_WIDTH = 180


def run_now(fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """The default runner: compute at once, in this thread."""
    done(fn())


class PlotsPanel(QWidget):
    """A selector of plots and the plot chosen; fed series only (see ``refresh``)."""

    filter_requested = Signal(dict)  # also passed to open_filtered

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_filtered: OpenFiltered | None = None,
        run: Runner | None = None,
    ):
        super().__init__(parent)
        self.open_filtered = open_filtered
        self.run: Runner = run or run_now
        self.as_of: date | None = None
        self.period_start: date | None = None
        self.target_code: str | None = None
        self.series: dict[str, Any] = {}  # key → the series drawn (or to draw)
        self.plots: dict[str, Any] = {}  # key → plot widget, built when first shown
        self._asked: set[str] = set()  # series asked for at this as-of date
        self._generation = 0
        self._choices: list[core_series.TargetChoice] | None = None
        self._pending_draw = False  # a first draw waiting for the page to paint
        self.setObjectName("plots_panel")
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._build()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.selector = QListWidget(self)
        self.selector.setObjectName("plots_selector")
        self.selector.setFixedWidth(SELECTOR_WIDTH)
        self.selector.setWordWrap(True)
        self.selector.setUniformItemSizes(False)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for key, short in PAGES:
            QListWidgetItem(t(short), self.selector).setSizeHint(QSize(SELECTOR_WIDTH - 8, 30))
            page = QWidget(self.stack)
            page.setLayout(QVBoxLayout())
            page.layout().setContentsMargins(0, 0, 0, 0)
            waiting = QLabel(t(texts.LOADING), page)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setStyleSheet("color:#999")
            page.layout().addWidget(waiting)
            self.stack.addWidget(page)
            self.pages[key] = page
        self.selector.item(len(PAGES) - 1).setHidden(True)  # the index, until ranks are known
        self.save_button = QToolButton(self)
        self.save_button.setText(t(texts.SAVE_CHART))
        self.save_button.setToolTip(t(texts.SAVE_CHART_TIP))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button.clicked.connect(self._save_menu)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.selector, 1)
        left.addWidget(self.save_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addLayout(left)
        row.addWidget(self.stack, 1)
        self.selector.currentRowChanged.connect(self._page_picked)
        self.selector.setCurrentRow(0)

    def current_key(self) -> str:
        row = self.selector.currentRow()
        return PAGES[row][0] if 0 <= row < len(PAGES) else PAGES[0][0]

    def select(self, key: str) -> None:
        """Show the plot ``key`` (bands, tasks, trend, agencies, trajectory, index); a plot not
        listed (the index, without the committee's ranks) is not shown."""
        row = [k for k, _ in PAGES].index(key)
        if not self.selector.item(row).isHidden():
            self.selector.setCurrentRow(row)

    def select_target(self, code: str) -> None:
        """Show the trajectory of target ``code``."""
        self.target_code = code
        self.series.pop("trajectory", None)
        self._asked.discard("trajectory")
        if self.current_key() == "trajectory":
            self._want("trajectory")
        else:
            self.select("trajectory")

    # -- data ------------------------------------------------------------------------------
    def refresh(self, as_of: date, data: Mapping[str, Any] | None = None) -> None:
        """Recompute the series at ``as_of`` (``data``: the summary at that date, if the
        caller has it) and redraw; the trend and trajectory are computed when shown."""
        self._reset(as_of)
        generation = self._generation
        self._ask(generation, "index", lambda: _own_index(as_of))
        if data is not None:  # bands and agencies need no query: draw them now
            self._got(generation, "bands", core_series.band_series_from(data))
            self._got(generation, "agencies", core_series.agency_series_from(data))
            self._ask(generation, "tasks", lambda: core_series.task_series(as_of))
        else:
            self._asked.update({"bands", "tasks", "agencies"})
            self.run(
                lambda: core_series.overview_series(as_of),
                lambda bundle: self._got_bundle(generation, bundle),
            )
        self._want(self.current_key())

    def show_summary(self, data: Mapping[str, Any]) -> None:
        """Redraw from a summary just computed (the overview page's): no second summary."""
        self.refresh(date.fromisoformat(str(data["as_of"])[:10]), data)

    def show_series(self, bundle: core_series.OverviewSeries) -> None:
        """Draw series computed elsewhere (tests, a caller with its own thread)."""
        self._reset(bundle.bands.as_of)
        self._got_bundle(self._generation, bundle)
        self._want(self.current_key())

    def _reset(self, as_of: date) -> None:
        self._generation += 1
        self.as_of = as_of
        self.series.clear()
        self._asked.clear()
        self._choices = None

    def _got_bundle(self, generation: int, bundle: core_series.OverviewSeries) -> None:
        for key in ("bands", "tasks", "agencies"):
            self._got(generation, key, getattr(bundle, key))

    def _ask(self, generation: int, key: str, fn: Callable[[], Any]) -> None:
        self._asked.add(key)
        self.run(fn, lambda result: self._got(generation, key, result))

    def _got(self, generation: int, key: str, value: Any) -> None:
        if generation != self._generation:
            return  # an older as-of date's answer, arriving late
        if key == "index":  # no ranks of the committee's own: no index plot, not an empty one
            self.selector.item(len(PAGES) - 1).setHidden(value is None)
            if value is None:
                if self.current_key() == "index":
                    self.select("bands")
                return
        self.series[key] = value
        # a hidden plot already built (the window's idle time) is drawn too: shown, it paints
        if key == self.current_key() and (self.isVisible() or key in self.plots):
            self._draw(key)

    def _want(self, key: str) -> None:
        """Make sure the series of ``key`` is computed (the trend and trajectory on demand)."""
        if self.as_of is None or key in self.series or key in self._asked:
            return
        as_of, generation = self.as_of, self._generation
        if key == "trend":
            start = self.period_start
            self._ask(generation, key, lambda: core_series.trend_series(as_of, start))
        elif key == "trajectory":
            self._asked.add(key)
            code = self.target_code
            self.run(
                lambda: _trajectory_or_choices(as_of, code, self._choices),
                lambda got: self._got_trajectory(generation, got),
            )

    def _got_trajectory(self, generation: int, got: tuple) -> None:
        choices, trajectory = got
        if generation != self._generation:
            return
        self._choices = choices
        if trajectory is not None:
            self.target_code = trajectory.code
        self._got(generation, "trajectory", trajectory)

    # -- showing ---------------------------------------------------------------------------
    def _page_picked(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        self.stack.setCurrentWidget(self.pages[key])
        self._want(key)
        if self.isVisible():
            self._draw(key)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        # Without its series the plot is built (pyqtgraph imported) when the series comes:
        # importing now would hold the GIL while the lane computes, and slow both down.
        if self.current_key() in self.series:
            self._draw(self.current_key())

    def draw_current(self) -> None:
        """Draw the current plot if its series is in (built if need be)."""
        self._draw(self.current_key())

    def plot(self, key: str) -> Any:
        """The plot widget of ``key``, built (and pyqtgraph imported) on first use."""
        widget = self.plots.get(key)
        if widget is None:
            from dxdesk.gui.plots.offscreen import plot_class

            page = self.pages[key]
            while page.layout().count():
                page.layout().takeAt(0).widget().deleteLater()
            if key == "trajectory":
                from dxdesk.gui.plots.picker import TrajectoryPage

                holder = TrajectoryPage(page)
                holder.picked.connect(self.select_target)
                page.layout().addWidget(holder)
                widget = holder.plot
            else:
                widget = plot_class(key)(page)
                page.layout().addWidget(widget)
            page.layout().activate()
            widget.resize(widget.size().expandedTo(page.size()))  # the agencies fit rows to it
            widget.bar_clicked.connect(self._bar_clicked)
            self.plots[key] = widget
        return widget

    def _draw(self, key: str) -> None:
        if key not in self.series:
            return
        if key not in self.plots and not warmup.pyqtgraph_loaded():
            # pyqtgraph is not in yet (the overview opened before the window's idle-time
            # import): the page paints first, the placeholder says the plot is coming
            self._draw_after_paint(key)
            return
        widget = self.plot(key)
        if key == "trajectory" and self._choices is not None:
            widget.parent().set_choices(self._choices, self.target_code)
        if widget.series is not self.series[key]:
            widget.set_series(self.series[key])

    def _draw_after_paint(self, key: str) -> None:
        if self._pending_draw:
            return
        self._pending_draw = True
        placeholder = self.pages[key].findChild(QLabel) or self

        def draw() -> None:
            self._pending_draw = False
            warmup.import_all()
            if self.isVisible():
                self._draw(self.current_key())

        if isinstance(placeholder, QLabel):
            placeholder.setText(t(texts.PREPARING))
        warmup.after_painted(placeholder, draw)

    def _bar_clicked(self, filters: dict) -> None:
        emit(self.filter_requested, filters)
        if self.open_filtered is not None:
            self.open_filtered(dict(filters))

    def _save_menu(self) -> None:
        from dxdesk.gui.plots.menu import build_menu

        key = self.current_key()
        if key in self.plots:
            menu = build_menu(self.plots[key])
            menu.exec(self.save_button.mapToGlobal(self.save_button.rect().bottomLeft()))


def _own_index(as_of: date) -> Any:
    from dxdesk.core.services.indices import own_index_series

    return own_index_series(as_of)


def _trajectory_or_choices(as_of: date, code: str | None, choices: list | None) -> tuple[list, Any]:
    """(the targets to pick from, the trajectory of ``code`` or of the first target that
    lags most: below 50 % of plan, else the first one)."""
    if choices is None:
        choices = core_series.target_choices(as_of)
    if not choices:
        return choices, None
    known = {c.code for c in choices}
    if code not in known:
        lagging = [c for c in choices if c.band == "below_50"]
        code = (lagging or choices)[0].code
    return choices, core_series.target_trajectory(code, as_of)


def install_plots(
    container: QWidget, *, open_filtered: OpenFiltered, run: Runner | None = None
) -> PlotsPanel:
    """Fill ``container`` (the overview's ``plots_area``) with the plots panel: its
    placeholder label goes, the panel takes its place. ``open_filtered(filter_dict)`` is
    called when a bar is clicked (docs/plots.md); ``run(fn, done)`` computes series off the
    GUI thread (default: at once). Call ``panel.refresh(as_of)`` to draw."""
    layout: QLayout | None = container.layout()
    if layout is None:
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
    placeholder = container.findChild(QLabel, "plots_placeholder")
    if placeholder is not None:
        layout.removeWidget(placeholder)
        placeholder.hide()
        placeholder.deleteLater()
    panel = PlotsPanel(container, open_filtered=open_filtered, run=run)
    layout.addWidget(panel)
    return panel


def lane_runner(
    ops: Any, label: str = "", scope: Callable[[Callable[[], Any]], Callable[[], Any]] | None = None
) -> Runner:
    """A runner on the window's database lane (``dxdesk.gui.ops.Ops``); ``scope`` wraps each
    computation (the window's programme filter: ``AppState.scoped``)."""

    def run(fn: Callable[[], Any], done: Callable[[Any], None]) -> Any:
        return ops.run(scope(fn) if scope else fn, done=done, label=label or t(texts.CHARTS))

    return run


def attach_to_overview(page: Any, *, open_filtered: OpenFiltered) -> PlotsPanel:
    """Install the plots in an ``OverviewPage`` and keep them in step with it: they draw
    from the summary the page has just loaded (``page.loaded``, ``page.data``) and compute
    what else they need on the page's database lane."""
    panel = install_plots(
        page.plots_area,
        open_filtered=open_filtered,
        run=lane_runner(page.ctx.ops, scope=page.ctx.state.scoped),
    )

    def loaded() -> None:
        if page.data is not None:
            panel.show_summary(page.data)

    page.loaded.connect(loaded)
    if getattr(page, "data", None) is not None:
        loaded()
    return panel
