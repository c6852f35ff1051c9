"""The About box and the settings dialog (language, the officer's name)."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dxdesk import __version__
from dxdesk.gui import i18n
from dxdesk.gui.context import settings, settings_path
from dxdesk.gui.widgets.fields import nfc


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu dxdesk"))
        text = QLabel(
            f"<h2>dxdesk {html.escape(__version__)}</h2>"
            f"<p>"
            + html.escape(
                self.tr(
                    "Sổ theo dõi mục tiêu, nhiệm vụ, cuộc họp và kết luận của Ban Chỉ đạo chuyển đổi số."
                )
            )
            + "</p>"
            "<p>"
            + html.escape(self.tr("Giấy phép MIT."))
            + f" Qt {qVersion()}, PySide6 {pyside_version}.</p>"
            f"<p style='color:#666'>"
            + html.escape(self.tr("Tệp cài đặt"))
            + f": {html.escape(str(settings_path()))}</p>",
            self,
        )
        text.setWordWrap(True)
        self.version_label = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


class SettingsDialog(QDialog):
    """Language (applied by rebuilding the window) and the name written in the change log."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Cài đặt"))
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        store = settings()
        current = store.value("language", i18n.DEFAULT, str)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.officer = QLineEdit(store.value("officer", "", str), self)
        self.officer.setPlaceholderText(self.tr("ví dụ: Nguyễn Thị Hoa"))
        self.officer.setMinimumWidth(320)  # a whole name with its office reads in full
        form = QFormLayout()
        form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        form.addRow(self.tr("Tên người ghi sổ"), self.officer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        store = settings()
        old = store.value("language", i18n.DEFAULT, str)
        new = self.language.currentData()
        store.setValue("language", new)
        store.setValue("officer", nfc(self.officer.text()).strip())
        store.sync()
        self.accept()
        if new != old:
            from dxdesk.gui import app

            app.switch_language(self.window_, new)
