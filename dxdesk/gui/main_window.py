"""The main window: a sidebar of views, the as-of bar, menus, shortcuts and the status bar.

The window holds the database lane (``Ops``) for its whole life and a :class:`Context` per
open register; opening another register builds the pages anew on the new context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui import style
from dxdesk.gui.context import Context, settings
from dxdesk.gui.ops import Ops
from dxdesk.gui.widgets.bars import JobBar
from dxdesk.gui.window_actions import WindowActions
from dxdesk.gui.window_pages import (
    PAGE_CLASSES,
    PAGES,
    Pages,
    WindowPages,
    page_class,
    page_title,
)
from dxdesk.gui.window_register import RECENT_MAX, WindowRegister, recent_files, remember_recent

if TYPE_CHECKING:  # (each PySide6 class costs ~0,5-4 ms the first time it is imported)
    from PySide6.QtGui import QCloseEvent

__all__ = [
    "PAGES",
    "PAGE_CLASSES",
    "RECENT_MAX",
    "MainWindow",
    "Pages",
    "page_class",
    "page_title",
    "recent_files",
    "remember_recent",
]


class MainWindow(WindowActions, WindowPages, WindowRegister, QMainWindow):
    """The window a secretariat officer works in all day: its actions and menus
    (``WindowActions``), its pages (``WindowPages``) and the register shown
    (``WindowRegister``) each live in their own module."""

    register_opened = Signal()

    def __init__(self, ops: Ops | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops or Ops()  # not a child: it outlives a window rebuilt for a language
        self.ctx: Context | None = None
        self.pages = Pages(None)
        self.setWindowTitle("dxdesk")
        self.setMinimumSize(QSize(1000, 640))
        self._files = None
        self._exchange = None
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "#banner { background: #FFF4D6; color: #5A4500; padding: 6px; "
            "border-bottom: 1px solid #E6C36B; }"
        )
        self.banner.hide()
        self.job_bar = JobBar(self)
        self.storage_box = None  # the last storage warning shown (window_register)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.job_bar)
        self.statusBar().addPermanentWidget(self.status_label)
        self.ops.error.connect(self._show_error)
        self.ops.changed.connect(self._on_changed)
        self._build_actions()
        self._build_menus()
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(style.SIDEBAR)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(220)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.currentRowChanged.connect(self._page_picked)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.toolbar = QToolBar(self.tr("Thanh công cụ"), self)
        self.toolbar.setObjectName("mainToolbar")
        style.toolbar(self.toolbar)
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self._restore_geometry()
        self._set_enabled(False)

    def _restore_geometry(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        for page in self.list_pages():
            page.save_layout()
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.close_register()
        super().closeEvent(event)
        QTimer.singleShot(0, lambda: None)
