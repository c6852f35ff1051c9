"""The main window's register life: showing a register (its pages, the as-of bar, the
banner), attaching the session opened after the start-up preview, opening another file,
recent files, closing.

Mixed into :class:`~dxdesk.gui.main_window.MainWindow`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QWidget

from dxdesk.core.paths import is_server_target
from dxdesk.gui import icons
from dxdesk.gui.context import Context, remembered_page, settings
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.base import ListPage
from dxdesk.gui.views.loading import LoadsWhenShown
from dxdesk.gui.widgets.bars import AsOfBar
from dxdesk.gui.window_pages import PAGES, Pages, page_title

RECENT_MAX = 8


class WindowRegister:
    """Showing, attaching, opening and closing a register in the window."""

    # -- the register --------------------------------------------------------------------
    def set_context(
        self, ctx: Context, *, as_of: date | None = None, page: str | None = None
    ) -> None:
        """Show a register on ``page`` (else the remembered one): build the pages on its
        context. A context whose session is still opening (the start-up preview) shows its
        pages read-only until ``attach_session``."""
        self._drop_pages()
        self.ctx = ctx
        ctx.notify.connect(self._notify)
        ctx.state.changed.connect(self.attention_soon)
        ctx.state.as_of = as_of or self._default_as_of()
        self.pages = Pages(self._build_page)
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for action, key in zip(self.page_actions, PAGES, strict=True):
            QListWidgetItem(icons.icon(key), page_title(key), self.sidebar)
            action.setText(page_title(key).replace("&", "&&"))  # '&' is shown, not a key
        self.sidebar.blockSignals(False)
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(page_title(k)) for k in PAGES)
        self.sidebar.setFixedWidth(max(220, widest + 80))  # English names are not cut
        self.as_of_bar = AsOfBar(ctx.state, self)
        self.toolbar.clear()
        self.toolbar.addWidget(self.as_of_bar)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_new, self.act_undo, self.act_redo, self.act_find])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_import, self.act_export, self.act_brief])
        self.toolbar.show()
        self.sidebar.show()
        self.status_label.setText(self._place())
        remember_recent(ctx.target)
        from dxdesk.gui.server_open import remember

        remember(ctx)
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
        self.show_storage_warnings(list(getattr(ctx.session, "notes", [])))
        read_only = self.tr(" (chỉ đọc)") if ctx.read_only else ""
        self.setWindowTitle(f"{self._register_name()}{read_only} – dxdesk")
        self.act_restore.setEnabled(ctx.server_url is None)  # a server's: IT's pg_dump
        # after the page's first rows (asked for when the window shows): these only fill the
        # Edit menu and the period picker
        QTimer.singleShot(0, self._after_open)

    def _register_name(self) -> str:
        """The title's name: the file's, or the server database's with the account."""
        ctx = self.ctx
        if ctx.server_url is None:
            return ctx.path.name
        from dxdesk.core.services.server_link import ServerConnection

        conn = ServerConnection.from_url(ctx.server_url)
        return self.tr("{database} trên máy chủ {host} – tài khoản {account}").format(
            database=conn.database, host=conn.host, account=conn.user or ctx.session.who
        )

    def _place(self) -> str:
        """The status bar's register: the file, or the server and the account."""
        if self.ctx.server_url is None:
            return str(self.ctx.path)
        return self.tr("Máy chủ PostgreSQL: {place}").format(place=self.ctx.place)

    def start_daily_backup(self, path) -> None:
        """The day's backup on the lane; a backups folder that is full or cannot be written
        is said (the register is used on without it)."""
        from dxdesk.core.services import backups

        ctx = self.ctx

        def done(note: str | None) -> None:
            if note and ctx is self.ctx:  # (still the register it was taken for)
                self.show_storage_warnings([note])

        self.ops.run(lambda: backups.daily_backup_warning(path), done=done, label="")

    def show_storage_warnings(self, notes: list[str]) -> None:
        """What the file system told at open (read-only media, a -wal lost or damaged after a
        crash, no backup possible): once, in a message box that does not block, and in the
        status bar."""
        if not notes:
            return
        from PySide6.QtWidgets import QMessageBox

        shown = self.storage_box
        if shown is not None and shown.isVisible():  # one box for what one open told
            shown.setText(shown.text() + "\n\n" + "\n\n".join(notes))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cảnh báo về sổ dữ liệu"),
            "\n\n".join(notes),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        if self.storage_box is not None:
            self.storage_box.deleteLater()  # (the box of an earlier open, closed by now)
        box.show()
        self.storage_box = box
        # (the sentences are long: the status bar, one line, only points at the box)
        self.statusBar().showMessage(self.tr("Có cảnh báo về sổ dữ liệu: xem hộp thông báo."))

    def _after_open(self) -> None:
        if self.ctx is None or self.ctx.session is None:
            return
        from dxdesk.core.services import lists

        self._update_undo()
        self.ctx.ops.run(lists.data_years, done=self.as_of_bar.set_years, label="")
        self.ctx.ops.run(
            lambda: lists.choices("programme"), done=self.as_of_bar.set_programmes, label=""
        )
        self.count_attention()

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

    def _default_as_of(self) -> date:
        """Today; for a register nobody has touched in months (an archive, the demo), the day
        of its last activity, so the figures are the ones of that time."""
        from dxdesk.core.domain.rules import opening_as_of
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
        if path and app.open_register(self, Path(path)):
            self.ask_committee()

    def ask_committee(self) -> None:
        """A register whose committee has no name yet asks for it (skippable): its name
        prints on every document."""
        from dxdesk.core.services import committee

        if not self.ctx.read_only and not self.ctx.ops.call(committee.is_set):
            self.open_committee(first_run=True)

    def open_register_dialog(self) -> None:
        from dxdesk.gui import app
        from dxdesk.gui.file_actions import choose_open

        path = choose_open(self, self.tr("Mở sổ dữ liệu"), "dxdesk (*.db);;*")
        if path:
            app.open_register(self, Path(path))

    def connect_server(self):
        """File → Kết nối máy chủ…: the dialog (returned, already open)."""
        from dxdesk.gui.server_open import ask_connection

        return ask_connection(self)

    def _fill_recent(self) -> None:
        from dxdesk.gui import app

        self.recent_menu.clear()
        for path in recent_files():  # a file, or a server register's URL (no password)
            self.recent_menu.addAction(
                path, lambda p=path: app.open_register(self, p if is_server_target(p) else Path(p))
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)

    def drop_register(self) -> None:
        """Close the register and remove its pages (its preview could not be opened)."""
        self.close_register()
        self._drop_pages()
        self._set_enabled(False)

    def close_register(self) -> None:
        """Close the open register (the lane's connection, and the session if it is ours)."""
        if self.ctx is not None:
            watch = getattr(self.ctx, "server_watch", None)
            if watch is not None:
                watch.stop()
            self.ops.wait_idle()
            self.ctx.close()
            self.ctx = None


def recent_files() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if p]


def remember_recent(path: Path | str) -> None:
    current = recent_files()
    items = ([str(path)] + [p for p in current if p != str(path)])[:RECENT_MAX]
    if items != current[:RECENT_MAX]:  # the settings file is rewritten only for a change
        store = settings()
        store.setValue("recent", items)
        store.sync()
