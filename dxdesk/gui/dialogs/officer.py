"""The officer's name, asked at the first run: it signs every change and progress note.

Without it the change log would carry the computer's login ("admin", "user"), which tells a
committee nothing. The window asks once its register is open, while no name is set; "Để sau"
asks again at the next start. Settings → "Tên người ghi sổ" changes it later.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui.context import settings
from dxdesk.gui.widgets.fields import nfc

NAME_WIDTH = 320  # room for "Nguyễn Thị Thanh Hương – Văn phòng Sở TT&TT"


def officer_name() -> str:
    """The officer's name as set (empty when never asked or skipped)."""
    return settings().value("officer", "", str)


class OfficerDialog(QDialog):
    """Asks the officer's name; "Lưu" only with a name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Người ghi sổ"))
        intro = QLabel(
            self.tr(
                "Tên của anh/chị được ghi kèm mỗi thay đổi và mỗi lần ghi tiến độ, để Ban Chỉ "
                "đạo biết ai đã ghi. Có thể đổi sau trong Công cụ → Cài đặt."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(officer_name(), self)
        self.name.setPlaceholderText(self.tr("ví dụ: Nguyễn Thị Hoa"))
        self.name.setMinimumWidth(NAME_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("Họ và tên"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Để sau"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        self._check()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()))

    def save(self) -> None:
        name = nfc(self.name.text()).strip()
        if not name:
            return
        store = settings()
        store.setValue("officer", name)
        store.sync()
        self.accept()


def ask_when_open(window) -> None:
    """Once ``window``'s register is open, ask the officer's name if none is set."""

    def ask() -> None:
        window.register_opened.disconnect(ask)
        if not officer_name():
            window.officer_dialog = OfficerDialog(window)
            window.officer_dialog.open()

    window.register_opened.connect(ask)
