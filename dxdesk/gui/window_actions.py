"""The main window's actions: menus, toolbar entries, shortcuts, and what they do.

Mixed into :class:`~dxdesk.gui.main_window.MainWindow`, which provides ``ops``, ``ctx``,
``pages`` and the page routing (:mod:`dxdesk.gui.window_pages`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from dxdesk.gui import icons
from dxdesk.gui.ops import ALL
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.base import ListPage
from dxdesk.gui.window_pages import PAGES


def ask_anyway(parent, title: str, question: str, button: str) -> bool:
    """Ask before undoing another officer's change (module function: tests replace it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    yes = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("WindowActions", "Hủy")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


if TYPE_CHECKING:
    from dxdesk.gui.exchange_actions import ExchangeActions
    from dxdesk.gui.file_actions import FileActions
    from dxdesk.gui.merge_actions import MergeActions


class WindowActions:
    """The window's actions (``act_*``), its menus, and the slots they call."""

    _files: FileActions | None = None
    _exchange: ExchangeActions | None = None

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

    @property
    def merges(self) -> MergeActions:
        if getattr(self, "_merges", None) is None:
            from dxdesk.gui.merge_actions import MergeActions

            self._merges = MergeActions(self)
        return self._merges

    def _build_actions(self) -> None:
        k = QKeySequence.StandardKey
        self.act_new_register = self._action(self.tr("Tạo sổ mới…"), self.new_register)
        self.act_open = self._action(
            self.tr("Mở sổ dữ liệu khác…"), self.open_register_dialog, k.Open
        )
        self.act_connect = self._action(self.tr("Kết nối máy chủ…"), self.connect_server)
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
            self.tr("In báo cáo…"), lambda: self.files.print_dialog(), k.Print, "print"
        )
        self.act_backup = self._action(self.tr("Sao lưu…"), lambda: self.files.backup())
        self.act_merge_register = self._action(
            self.tr("Gộp sổ…"), lambda: self.merges.merge_register()
        )
        self.act_restore = self._action(self.tr("Khôi phục từ bản sao lưu…"), self.restore_backup)
        self.act_guide = self._action(
            self.tr("Hướng dẫn sử dụng"), self.show_guide, QKeySequence("F1")
        )
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
        self.act_succeed = self._action(
            self.tr("Kế tục cơ quan…"), lambda: self.merges.succeed_agency()
        )
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
        self.act_committee = self._action(
            self.tr("Thông tin Ban Chỉ đạo…"), lambda: self.open_committee()
        )
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
        m.addActions([self.act_new_register, self.act_open, self.act_connect])
        self.recent_menu = m.addMenu(self.tr("Mở gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.act_import, self.act_export, self.act_template, self.act_merge_register])
        m.addSeparator()
        m.addActions([self.act_brief, self.act_backup, self.act_restore])
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Sửa"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_new, self.act_edit, self.act_delete, self.act_history])
        m.addSeparator()
        m.addAction(self.act_succeed)
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
        m.addActions([self.act_settings, self.act_committee])
        m = bar.addMenu(self.tr("Trợ &giúp"))
        m.addActions([self.act_guide, self.act_about])

    def _set_enabled(self, on: bool) -> None:
        for action in (
            self.act_import,
            self.act_export,
            self.act_brief,
            self.act_backup,
            self.act_restore,
            self.act_issue,
            self.act_merge,
            self.act_conflicts,
            self.act_report,
            self.act_committee,
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
    def undo(self, *, anyone: bool = False) -> None:
        """Undo one's own last change; another officer's only after saying whose it is
        and when, and being asked (as ``dxdesk undo --anyone``)."""
        if self.ctx is None:
            return
        from dxdesk.core.services import changes

        who = self.ctx.who
        self.ops.run(
            lambda: changes.undo_last(who, anyone=anyone),
            done=lambda a: self._undone(a, self.tr("Đã hoàn tác: {a}")),
            failed=lambda error: self._not_yours(error, self.undo),
            changes=ALL,
            label=self.tr("Hoàn tác"),
        )

    def redo(self, *, anyone: bool = False) -> None:
        if self.ctx is None:
            return
        from dxdesk.core.services import changes

        who = self.ctx.who
        self.ops.run(
            lambda: changes.redo_last(who, anyone=anyone),
            done=lambda a: self._undone(a, self.tr("Đã làm lại: {a}")),
            failed=lambda error: self._not_yours(error, self.redo),
            changes=ALL,
            label=self.tr("Làm lại"),
        )

    def _not_yours(self, error: BaseException, again) -> None:
        """Another officer's change: name who and when, and do it only if confirmed."""
        undoing = again == self.undo
        if type(error).__name__ != "NotYourChange":
            self.ops.report_error(self.tr("Hoàn tác") if undoing else self.tr("Làm lại"), error)
            return
        when = error.at.strftime("%H:%M %d/%m/%Y") if error.at else ""
        question = (
            self.tr(
                "Thay đổi gần nhất là của {who}: “{action}”, lúc {when}, không phải của bạn.\n\n"
                "Vẫn hoàn tác thay đổi của người khác?"
            )
            if undoing
            else self.tr(
                "Thay đổi cần làm lại là của {who}: “{action}”, lúc {when}, không phải của "
                "bạn.\n\nVẫn làm lại thay đổi của người khác?"
            )
        ).format(who=error.who, action=error.action, when=when)
        title = self.tr("Hoàn tác") if undoing else self.tr("Làm lại")
        button = self.tr("Vẫn hoàn tác") if undoing else self.tr("Vẫn làm lại")
        if ask_anyway(self, title, question, button):
            again(anyone=True)
        else:
            self.statusBar().showMessage(self.tr("Không thay đổi gì."), 8000)

    def _undone(self, action: str | None, text: str) -> None:
        message = (
            text.format(a=action) if action else self.tr("Không còn gì để hoàn tác hay làm lại.")
        )
        self.statusBar().showMessage(message, 8000)

    def _on_changed(self, _entities: frozenset[str]) -> None:
        self._update_undo()
        self.attention_soon()

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

        self.ops.run(lambda who=self.ctx.who: lists.undo_state(who), done=show, label="")

    # -- settings, about, errors ---------------------------------------------------------
    def open_settings(self, *, committee: bool = False):
        from dxdesk.gui.dialogs.about import SettingsDialog

        dialog = SettingsDialog(self)
        if committee and dialog.committee is not None:
            dialog.show_committee()
        dialog.open()
        return dialog

    def open_committee(self, *, first_run: bool = False):
        """The settings' "Ban Chỉ đạo" tab, or a new register's question (``first_run``)."""
        from dxdesk.gui.dialogs.committee import CommitteeDialog

        if self.ctx is None or self.ctx.session is None:
            return None
        if not first_run:
            return self.open_settings(committee=True)
        dialog = CommitteeDialog(self.ctx, self, first_run=True)
        dialog.open()
        return dialog

    def restore_backup(self) -> bool:
        from dxdesk.gui.dialogs.restore import restore_from_backup

        return restore_from_backup(self)

    def show_guide(self):
        from PySide6.QtCore import QLocale

        from dxdesk.gui.dialogs.guide import GuideDialog

        english = QLocale().language() == QLocale.Language.English
        dialog = GuideDialog("en" if english else "vi", self)
        dialog.open()
        return dialog

    def about(self) -> None:
        from dxdesk.gui.dialogs.about import AboutDialog

        AboutDialog(self).open()

    def _notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _show_error(self, title: str, message: str) -> None:
        from dxdesk.gui.dialogs import common

        common.show_error(self, title or "dxdesk", message)
