"""The main window: a sidebar of views, the as-of bar, menus, shortcuts and the status bar.

The window holds the database lane (``Ops``) for its whole life and a :class:`Context` per
open register; opening another register builds the pages anew on the new context.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui import icons, style
from dxdesk.gui.context import Context, remembered_page, settings
from dxdesk.gui.ops import ALL, Ops
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.base import ListPage
from dxdesk.gui.views.loading import LoadsWhenShown
from dxdesk.gui.widgets.bars import AsOfBar, JobBar

if TYPE_CHECKING:  # (each PySide6 class costs ~0,5-4 ms the first time it is imported)
    from PySide6.QtGui import QCloseEvent

    from dxdesk.gui.exchange_actions import ExchangeActions
    from dxdesk.gui.file_actions import FileActions

PAGES = ["overview", "targets", "tasks", "meetings", "documents", "agencies"]
PAGE_CLASSES = {
    "overview": ("dxdesk.gui.views.overview", "OverviewPage"),
    "targets": ("dxdesk.gui.views.targets", "TargetsPage"),
    "tasks": ("dxdesk.gui.views.tasks", "TasksPage"),
    "meetings": ("dxdesk.gui.views.meetings", "MeetingsPage"),
    "documents": ("dxdesk.gui.views.simple", "DocumentsPage"),
    "agencies": ("dxdesk.gui.views.simple", "AgenciesMembersPage"),
}
RECENT_MAX = 8


class MainWindow(QMainWindow):
    """The window a secretariat officer works in all day."""

    register_opened = Signal()

    def __init__(self, ops: Ops | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops or Ops()  # not a child: it outlives a window rebuilt for a language
        self.ctx: Context | None = None
        self.pages = Pages(None)
        self.setWindowTitle("dxdesk")
        self.setMinimumSize(QSize(1000, 640))
        self._files: FileActions | None = None
        self._exchange: ExchangeActions | None = None
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("#banner { background: #FFF4D6; color: #5A4500; padding: 6px; "
                                  "border-bottom: 1px solid #E6C36B; }")  # fmt: skip
        self.banner.hide()
        self.job_bar = JobBar(self)
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

    # -- actions and menus ---------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # The File and Exchange menus' handlers (and the dialogs they use) load on first use.
    @property
    def files(self) -> FileActions:
        if self._files is None:
            from dxdesk.gui.file_actions import FileActions

            self._files = FileActions(self)
        return self._files

    @property
    def exchange(self) -> ExchangeActions:
        if self._exchange is None:
            from dxdesk.gui.exchange_actions import ExchangeActions

            self._exchange = ExchangeActions(self)
        return self._exchange

    def _build_actions(self) -> None:
        k = QKeySequence.StandardKey
        self.act_new_register = self._action(self.tr("Tạo sổ mới…"), self.new_register)
        self.act_open = self._action(
            self.tr("Mở sổ dữ liệu khác…"), self.open_register_dialog, k.Open
        )
        self.act_import = self._action(
            self.tr("Nhập từ Excel…"), lambda: self.files.import_workbook(), None, "import"
        )
        self.act_export = self._action(
            self.tr("Xuất ra Excel…"), lambda: self.files.export_workbook(), None, "export"
        )
        self.act_template = self._action(
            self.tr("Tạo mẫu Excel trống…"), lambda: self.files.write_template()
        )
        self.act_brief = self._action(
            self.tr("In báo cáo tóm tắt…"), lambda: self.files.print_brief(), k.Print, "print"
        )
        self.act_backup = self._action(self.tr("Sao lưu…"), lambda: self.files.backup())
        self.act_issue = self._action(
            self.tr("Giao dữ liệu cho đơn vị…"), lambda: self.exchange.issue_slice()
        )
        self.act_merge = self._action(
            self.tr("Nhận báo cáo của đơn vị…"), lambda: self.exchange.merge_report()
        )
        self.act_conflicts = self._action(
            self.tr("Xung đột chờ giải quyết…"), lambda: self.exchange.show_conflicts()
        )
        self.act_report = self._action(self.tr("Gửi báo cáo…"), lambda: self.exchange.send_report())
        self.act_quit = self._action(self.tr("Thoát"), self.close, k.Quit)
        self.act_undo = self._action(self.tr("Hoàn tác"), self.undo, k.Undo, "undo")
        self.act_redo = self._action(
            self.tr("Làm lại"), self.redo, [QKeySequence("Ctrl+Y"), QKeySequence(k.Redo)], "redo"
        )
        self.act_new = self._action(self.tr("Thêm mới…"), self.new_record, k.New, "new")
        self.act_edit = self._action(self.tr("Sửa…"), self.edit_record, QKeySequence("Ctrl+E"))
        self.act_delete = self._action(self.tr("Xóa…"), self.delete_record, k.Delete)
        self.act_history = self._action(
            self.tr("Lịch sử thay đổi…"), self.show_history, QKeySequence("Ctrl+H")
        )
        self.act_find = self._action(self.tr("Tìm"), self.find, k.Find, "find")
        self.act_next = self._action(
            self.tr("Trang sau"),
            lambda: self.step_page(1),
            [QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")],
        )
        self.act_prev = self._action(
            self.tr("Trang trước"),
            lambda: self.step_page(-1),
            [QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")],
        )
        self.act_refresh = self._action(self.tr("Làm mới"), self.refresh_all, k.Refresh)
        self.act_settings = self._action(self.tr("Cài đặt…"), self.open_settings)
        self.act_about = self._action(self.tr("Giới thiệu dxdesk"), self.about)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action, short in (
            (self.act_new, self.tr("Thêm")),
            (self.act_undo, self.tr("Hoàn tác")),
            (self.act_redo, self.tr("Làm lại")),
            (self.act_import, self.tr("Nhập Excel")),
            (self.act_export, self.tr("Xuất Excel")),
            (self.act_brief, self.tr("In báo cáo")),
        ):
            action.setIconText(short)
        self.page_actions = []
        for i in range(len(PAGES)):
            self.page_actions.append(
                self._action(
                    "", lambda i=i: self.show_page(PAGES[i]), QKeySequence(f"Ctrl+{i + 1}")
                )
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Tệp"))
        m.addActions([self.act_new_register, self.act_open])
        self.recent_menu = m.addMenu(self.tr("Mở gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.act_import, self.act_export, self.act_template])
        m.addSeparator()
        m.addActions([self.act_brief, self.act_backup])
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Sửa"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_new, self.act_edit, self.act_delete, self.act_history])
        m.addSeparator()
        m.addAction(self.act_find)
        self.view_menu = bar.addMenu(self.tr("&Xem"))
        self.view_menu.addActions(self.page_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_next, self.act_prev, self.act_refresh])
        m = bar.addMenu(self.tr("T&rao đổi"))
        m.addActions([self.act_issue, self.act_merge, self.act_conflicts])
        m.addSeparator()
        m.addAction(self.act_report)
        m = bar.addMenu(self.tr("&Công cụ"))
        m.addAction(self.act_settings)
        m = bar.addMenu(self.tr("Trợ &giúp"))
        m.addAction(self.act_about)

    def _set_enabled(self, on: bool) -> None:
        for action in (
            self.act_import,
            self.act_export,
            self.act_brief,
            self.act_backup,
            self.act_issue,
            self.act_merge,
            self.act_conflicts,
            self.act_report,
            self.act_undo,
            self.act_redo,
            self.act_new,
            self.act_edit,
            self.act_delete,
            self.act_history,
            self.act_find,
            self.act_next,
            self.act_prev,
            self.act_refresh,
            *self.page_actions,
        ):
            action.setEnabled(on)

    # -- the register --------------------------------------------------------------------
    def set_context(self, ctx: Context, *, as_of: date | None = None,
                    page: str | None = None) -> None:  # fmt: skip
        """Show a register on ``page`` (else the remembered one): build the pages on its
        context. A context whose session is still opening (the start-up preview) shows its
        pages read-only until ``attach_session``."""
        self._drop_pages()
        self.ctx = ctx
        ctx.notify.connect(self._notify)
        ctx.state.as_of = as_of or self._default_as_of()
        self.pages = Pages(self._build_page)
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for action, key in zip(self.page_actions, PAGES, strict=True):
            QListWidgetItem(icons.icon(key), page_title(key), self.sidebar)
            action.setText(page_title(key))
        self.sidebar.blockSignals(False)
        self.as_of_bar = AsOfBar(ctx.state, self)
        self.toolbar.clear()
        self.toolbar.addWidget(self.as_of_bar)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_new, self.act_undo, self.act_redo, self.act_find])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_import, self.act_export, self.act_brief])
        self.toolbar.show()
        self.sidebar.show()
        self.status_label.setText(str(ctx.path))
        remember_recent(ctx.path)
        if ctx.session is not None:
            self._session_ready()
        else:
            self._set_enabled(False)
            self.setWindowTitle(f"{ctx.path.name} – dxdesk")
        self.show_page(page or remembered_page())
        if ctx.session is not None:
            emit(self.register_opened)

    def attach_session(self, session) -> None:
        """The register previewed at start-up is open: edits are allowed, and every page
        reads from it (the shown one at once)."""
        if self.ctx is None:
            return
        self.ctx.session = session
        self._session_ready()
        for page in self.stack.findChildren(QWidget):  # the lists inside pages too
            if isinstance(page, ListPage):
                page.set_editable(True)
            if isinstance(page, LoadsWhenShown):
                page.mark_stale()
        emit(self.register_opened)

    def _session_ready(self) -> None:
        ctx = self.ctx
        self._set_enabled(True)
        self._show_banner()
        read_only = self.tr(" (chỉ đọc)") if ctx.read_only else ""
        self.setWindowTitle(f"{ctx.path.name}{read_only} – dxdesk")
        # after the page's first rows (asked for when the window shows): these only fill the
        # Edit menu and the period picker
        QTimer.singleShot(0, self._after_open)

    def _after_open(self) -> None:
        if self.ctx is None or self.ctx.session is None:
            return
        from dxdesk.core.services import lists

        self._update_undo()
        self.ctx.ops.run(lists.data_years, done=self.as_of_bar.set_years, label="")

    def _show_banner(self) -> None:
        """Read-only files and agency-mode registers say so above every page."""
        from dxdesk.core.exchange.offline import agency_mode

        mode = self.ctx.ops.call(agency_mode)
        texts = []
        if self.ctx.read_only:
            texts.append(self.tr("Tệp đang mở ở chế độ chỉ đọc: mọi thay đổi sẽ không được lưu."))
        if mode is not None:
            texts.append(mode.banner)
        self.banner.setText("   ".join(texts))
        self.banner.setVisible(bool(texts))
        in_agency = mode is not None
        for action in (self.act_issue, self.act_merge, self.act_conflicts):
            action.setVisible(not in_agency)
        self.act_report.setVisible(in_agency)

    def _build_page(self, key: str) -> QWidget:
        """Pages are built (and their modules imported) when first shown: the window paints
        sooner."""
        page = page_class(key)(self.ctx, self.stack)
        self.stack.addWidget(page)
        if key == "overview":
            from dxdesk.gui.plots.panel import attach_to_overview

            page.open_tasks.connect(self._open_tasks_filtered)
            page.plots = attach_to_overview(page, open_filtered=self.open_filtered)
        return page

    def _default_as_of(self) -> date:
        """Today; for a register nobody has touched in months (an archive, the demo), the day
        of its last activity, so the figures are the ones of that time."""
        from dxdesk.core.domain.dates import opening_as_of
        from dxdesk.core.services import lists

        return opening_as_of(self.ops.call(lists.latest_activity), date.today())

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = Pages(None)

    def show_welcome(self, target: Path) -> None:
        """The first-run screen (no register, or an empty one)."""
        from dxdesk.gui.welcome import WelcomePage

        self.welcome = WelcomePage(self, target)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.sidebar.hide()
        self.toolbar.hide()

    def new_register(self) -> None:
        from dxdesk.gui import app

        path = app.choose_new_register(self)
        if path:
            app.open_register(self, Path(path))

    def open_register_dialog(self) -> None:
        from dxdesk.gui import app
        from dxdesk.gui.file_actions import choose_open

        path = choose_open(self, self.tr("Mở sổ dữ liệu"), "dxdesk (*.db);;*")
        if path:
            app.open_register(self, Path(path))

    def _fill_recent(self) -> None:
        from dxdesk.gui import app

        self.recent_menu.clear()
        for path in recent_files():
            self.recent_menu.addAction(path, lambda p=path: app.open_register(self, Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)

    # -- pages ---------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        if key not in self.pages:
            key = "overview"
        self.sidebar.setCurrentRow(list(self.pages).index(key))

    def _page_picked(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            key = PAGES[row]
            self.stack.setCurrentWidget(self.pages[key])
            store = settings()
            if store.value("window/page", "", str) != key:  # a change rewrites the file
                store.setValue("window/page", key)

    def step_page(self, step: int) -> None:
        if self.pages:
            self.sidebar.setCurrentRow((self.sidebar.currentRow() + step) % len(self.pages))

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return list(self.pages)[row] if 0 <= row < len(self.pages) else ""

    def current_list(self) -> ListPage | None:
        page = self.stack.currentWidget()
        if hasattr(page, "current"):
            page = page.current()
        return page if isinstance(page, ListPage) else None

    def _open_tasks_filtered(self, filters: dict) -> None:
        self.open_filtered({"view": "tasks", **filters})

    def open_filtered(self, filters: dict) -> None:
        """Show a list with exactly these filters (a bar of a plot, a row of the overview):
        every other filter of that page goes back to 'all', so the list matches the bar."""
        filters = dict(filters)
        key = filters.pop("view", "tasks")
        self.show_page(key)
        page = self.pages[key]

        def apply() -> None:
            for name in page.filter_names():
                page.set_filter_value(name, filters.get(name))

        if page.model.rowCount():
            apply()
        else:
            page.loaded.connect(apply, Qt.ConnectionType.SingleShotConnection)

    # -- record actions ------------------------------------------------------------------
    def new_record(self) -> None:
        page = self.current_list() or self.pages.get("tasks")
        if isinstance(page, ListPage):
            page.new_record()

    def edit_record(self) -> None:
        page = self.current_list()
        if page is not None:
            page._edit_selected()

    def delete_record(self) -> None:
        page = self.current_list()
        if page is not None and page.table.hasFocus():
            page._delete_selected()

    def show_history(self) -> None:
        page = self.current_list()
        if page is not None:
            page.show_history()

    def find(self) -> None:
        page = self.current_list()
        if page is None:
            self.show_page("tasks")
            page = self.pages["tasks"]
        page.focus_search()

    def refresh_all(self) -> None:
        if self.ctx is not None:
            emit(self.ops.changed, ALL)

    # -- undo ----------------------------------------------------------------------------
    def undo(self) -> None:
        if self.ctx is None:
            return
        from dxdesk.core.services import changes

        who = self.ctx.who
        self.ops.run(
            lambda: changes.undo_last(who),
            done=lambda a: self._undone(a, self.tr("Đã hoàn tác: {a}")),
            changes=ALL,
            label=self.tr("Hoàn tác"),
        )

    def redo(self) -> None:
        if self.ctx is None:
            return
        from dxdesk.core.services import changes

        who = self.ctx.who
        self.ops.run(
            lambda: changes.redo_last(who),
            done=lambda a: self._undone(a, self.tr("Đã làm lại: {a}")),
            changes=ALL,
            label=self.tr("Làm lại"),
        )

    def _undone(self, action: str | None, text: str) -> None:
        message = (
            text.format(a=action) if action else self.tr("Không còn gì để hoàn tác hay làm lại.")
        )
        self.statusBar().showMessage(message, 8000)

    def _on_changed(self, _entities: frozenset[str]) -> None:
        self._update_undo()

    def _update_undo(self) -> None:
        if self.ctx is None or self.ctx.session is None:
            return

        def show(state: dict) -> None:
            undo, redo = state.get("undo"), state.get("redo")
            self.act_undo.setText(
                self.tr("Hoàn tác: {a}").format(a=undo) if undo else self.tr("Hoàn tác")
            )
            self.act_redo.setText(
                self.tr("Làm lại: {a}").format(a=redo) if redo else self.tr("Làm lại")
            )
            self.act_undo.setIconText(self.tr("Hoàn tác"))
            self.act_redo.setIconText(self.tr("Làm lại"))
            self.act_undo.setToolTip(self.act_undo.text() + " (Ctrl+Z)")
            self.act_redo.setToolTip(self.act_redo.text() + " (Ctrl+Y)")
            self.act_undo.setEnabled(bool(undo))
            self.act_redo.setEnabled(bool(redo))

        from dxdesk.core.services import lists

        self.ops.run(lists.undo_state, done=show, label="")

    # -- settings, about, errors ---------------------------------------------------------
    def open_settings(self) -> None:
        from dxdesk.gui.dialogs.about import SettingsDialog

        SettingsDialog(self).open()

    def about(self) -> None:
        from dxdesk.gui.dialogs.about import AboutDialog

        AboutDialog(self).open()

    def _notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _show_error(self, title: str, message: str) -> None:
        from dxdesk.gui.dialogs import common

        common.show_error(self, title or "dxdesk", message)

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

    def list_pages(self) -> list[ListPage]:
        out: list[ListPage] = []
        for page in self.pages.values():
            out += [w for w in page.findChildren(ListPage)] + (
                [page] if isinstance(page, ListPage) else []
            )
        return out

    def drop_register(self) -> None:
        """Close the register and remove its pages (its preview could not be opened)."""
        self.close_register()
        self._drop_pages()
        self._set_enabled(False)

    def close_register(self) -> None:
        """Close the open register (the lane's connection, and the session if it is ours)."""
        if self.ctx is not None:
            self.ops.wait_idle()
            self.ctx.close()
            self.ctx = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.close_register()
        super().closeEvent(event)
        QTimer.singleShot(0, lambda: None)


def page_class(key: str) -> type:
    """The class of page ``key`` (its module is imported now)."""
    import importlib

    module, name = PAGE_CLASSES[key]
    return getattr(importlib.import_module(module), name)


def page_title(key: str) -> str:
    titles = {
        "overview": QCoreApplication.translate("MainWindow", "Tổng quan"),
        "targets": QCoreApplication.translate("MainWindow", "Mục tiêu"),
        "tasks": QCoreApplication.translate("MainWindow", "Nhiệm vụ"),
        "meetings": QCoreApplication.translate("MainWindow", "Cuộc họp & Kết luận"),
        "documents": QCoreApplication.translate("MainWindow", "Văn bản"),
        "agencies": QCoreApplication.translate("MainWindow", "Cơ quan & Thành viên"),
    }
    return titles[key]


class Pages:
    """The pages of a register by key, each built on first use (``values()``: the built)."""

    def __init__(self, build):
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if self._build is None or key not in PAGES:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def get(self, key: str, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return self._build is not None and key in PAGES

    def __iter__(self):
        return iter(PAGES if self._build is not None else [])

    def __len__(self) -> int:
        return len(PAGES) if self._build is not None else 0

    def values(self) -> list[QWidget]:
        return list(self._built.values())


def recent_files() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if p]


def remember_recent(path: Path) -> None:
    current = recent_files()
    items = ([str(path)] + [p for p in current if p != str(path)])[:RECENT_MAX]
    if items != current[:RECENT_MAX]:  # the settings file is rewritten only for a change
        store = settings()
        store.setValue("recent", items)
        store.sync()
