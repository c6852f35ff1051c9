"""The About box and the settings dialog (language, the officer's name, the committee)."""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dxdesk import __version__
from dxdesk.gui import i18n
from dxdesk.gui.context import settings, settings_path
from dxdesk.gui.dialogs.record import ERROR_STYLE
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
    """Language (applied by rebuilding the window) and the name written in the change log
    ("Chung"); the committee's identity of the open register ("Ban Chỉ đạo", the same fields
    as ``dxdesk committee set``), saved only when changed, refused without a name."""

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
        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        form.addRow(self.tr("Tên người ghi sổ"), self.officer)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("Chung"))
        self.committee = self._committee_tab()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _committee_tab(self):
        """The committee's fields, when a register is open; read-only where it cannot be
        changed (a read-only file, a unit's register: the secretariat keeps it)."""
        from dxdesk.core.exchange.offline import agency_mode
        from dxdesk.core.services import committee as committee_service
        from dxdesk.gui.dialogs.committee import CommitteeFields

        ctx = getattr(self.window_, "ctx", None)
        if ctx is None or ctx.session is None:
            return None
        fields = CommitteeFields(ctx.ops.call(committee_service.committee), self)
        page = QWidget(self)
        box = QVBoxLayout(page)
        note = QLabel(
            self.tr("In trên mọi báo cáo, thông báo và gói dữ liệu gửi đơn vị của sổ này."), page
        )
        if ctx.read_only or ctx.ops.call(agency_mode) is not None:
            fields.setEnabled(False)
            note.setText(self.tr("Sổ này không sửa được thông tin Ban Chỉ đạo (chỉ đọc)."))
        note.setWordWrap(True)
        box.addWidget(note)
        box.addWidget(fields)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("Ban Chỉ đạo"))
        self.setMinimumWidth(720)  # a committee's long name reads whole
        return fields

    def show_committee(self) -> None:
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    def save(self) -> None:
        committee = self.committee
        if committee is not None and committee.isEnabled() and committee.changed():
            values = committee.values()
            if not values["name"]:
                self.tabs.setCurrentIndex(1)
                self.message.setText(self.tr("Hãy ghi tên Ban Chỉ đạo."))
                self.message.show()
                return
            self._save_committee(values)
            return
        self._save_settings()

    def _save_committee(self, values: dict) -> None:
        """The committee first (on the lane, undoable); the settings once it is saved."""
        from dxdesk.core.services import committee as committee_service
        from dxdesk.gui.ops import affected

        ctx = self.window_.ctx
        who = ctx.who
        self.buttons.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(str(error))
            self.message.show()

        ctx.ops.run(
            lambda: committee_service.set_committee(values, who),
            done=lambda _r: self._save_settings(),
            failed=failed,
            changes=affected("committee"),
            label=self.windowTitle(),
        )

    def _save_settings(self) -> None:
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
