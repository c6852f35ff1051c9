"""File → Khôi phục từ bản sao lưu…: pick one of the register's backups and put it in place.

The register is closed first; the file replaced is kept beside it (core ``backups.restore``),
and the restore itself is logged there, so nothing is lost by choosing the wrong copy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui.i18n import translator_for

tr = translator_for("RestoreDialog")


def describe(info: Any) -> str:
    return tr(
        "{when} – {targets} mục tiêu, {tasks} nhiệm vụ, {meetings} cuộc họp ({reason})"
    ).format(
        when=info.taken_at.strftime("%H:%M %d/%m/%Y"),
        targets=info.targets,
        tasks=info.tasks,
        meetings=info.meetings,
        reason=info.reason,
    )


class RestoreDialog(QDialog):
    """The register's backups, newest first; OK restores the one picked."""

    def __init__(self, infos: list[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.infos = infos
        self.setWindowTitle(tr("Khôi phục từ bản sao lưu"))
        self.setMinimumWidth(620)
        self.list = QListWidget(self)
        for info in infos:
            QListWidgetItem(describe(info), self.list)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Khôi phục"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Chọn bản sao lưu. Sổ hiện tại được giữ lại bên cạnh, không mất gì."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> Any:
        row = self.list.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None


def choose_backup(window: QWidget, infos: list[Any]) -> Any:
    dialog = RestoreDialog(infos, window)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore_from_backup(window: Any) -> bool:
    """Ask which backup, confirm, close the register, restore, open it again."""
    from dxdesk.core.services import backups
    from dxdesk.gui import app
    from dxdesk.gui.dialogs import common

    if window.ctx is None:
        return False
    path = window.ctx.path
    infos = window.ops.call(backups.list_backups, path)
    if not infos:
        common.show_error(
            window,
            tr("Khôi phục từ bản sao lưu"),
            tr("Sổ này chưa có bản sao lưu nào (Tệp → Sao lưu…)."),
        )
        return False
    info = choose_backup(window, infos)
    if info is None:
        return False
    question = tr(
        "Khôi phục sổ từ bản sao lưu {what}?\n\nSổ hiện tại được giữ lại bên cạnh."
    ).format(what=describe(info))
    if not common.ask(window, tr("Khôi phục từ bản sao lưu"), question):
        return False
    window.close_register()
    kept = backups.restore(path, info)
    opened = app.open_register(window, path)
    window.statusBar().showMessage(
        tr("Đã khôi phục sổ từ bản sao lưu; sổ trước đó được giữ tại {kept}.").format(kept=kept),
        15000,
    )
    return bool(opened)
