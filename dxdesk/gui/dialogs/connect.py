"""File → Kết nối máy chủ…: open the register kept on a PostgreSQL server (issue 20).

Host, port, database, account and TLS mode are saved in the settings (never the password);
the password is asked here, or kept in the system's credential store when the officer ticks
the box and the system has one (``services.server_link``). Connecting runs on the lane; a
refusal (wrong password, no such database, no server) is said under the fields and nothing
changes in the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from dxdesk.core.errors import DxError
from dxdesk.core.services import server_link
from dxdesk.core.services.server_link import ServerConnection
from dxdesk.gui.dialogs.record import ERROR_STYLE


class ConnectDialog(QDialog):
    """The server, the account and the password; Connect opens the register in ``window``."""

    def __init__(
        self,
        window,
        conn: ServerConnection | None = None,
        *,
        message: str = "",
        as_of=None,
    ):
        super().__init__(window)
        self.window_, self.as_of = window, as_of
        self.setWindowTitle(self.tr("Kết nối máy chủ"))
        self.setMinimumWidth(600)
        conn = conn or saved_connection()
        intro = QLabel(
            self.tr(
                "Sổ dữ liệu dùng chung của nhiều cán bộ được lưu trên máy chủ PostgreSQL do "
                "bộ phận công nghệ thông tin quản lý. Hãy hỏi bộ phận đó các thông tin dưới đây."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(conn.host if conn else "", self)
        self.host.setPlaceholderText(self.tr("ví dụ may-chu.sotttt.gov.vn"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(conn.port if conn else server_link.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(110)
        self.database = QLineEdit(conn.database if conn else "dxdesk", self)
        self.user = QLineEdit(conn.user if conn else "", self)
        self.user.setPlaceholderText(self.tr("ví dụ vanphong"))
        self.tls = QComboBox(self)  # (as wide as the field, not as its longest choice)
        self.tls.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tls.setMinimumContentsLength(24)
        for code, text in self.tls_modes():
            self.tls.addItem(text, code)
        self.tls.setCurrentIndex(max(self.tls.findData(conn.sslmode if conn else "prefer"), 0))
        self.options = conn.options if conn else ()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            self.tr("Ghi nhớ mật khẩu trong kho mật khẩu của hệ điều hành"), self
        )
        self.store_note = QLabel(self)
        self.store_note.setWordWrap(True)
        self.store_note.setStyleSheet("color:#666;")
        if server_link.password_store_available():
            kept = server_link.saved_password(conn) if conn else None
            self.password.setText(kept or "")
            self.remember.setChecked(kept is not None)
            self.store_note.hide()
        else:
            self.remember.setEnabled(False)
            self.store_note.setText(
                self.tr(
                    "Máy này không có kho mật khẩu của hệ điều hành: dxdesk không lưu mật "
                    "khẩu và sẽ hỏi lại mỗi lần kết nối."
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ"), self.host)
        form.addRow(self.tr("Cổng"), self.port)
        form.addRow(self.tr("Cơ sở dữ liệu"), self.database)
        form.addRow(self.tr("Tài khoản"), self.user)
        form.addRow(self.tr("Mã hóa (TLS)"), self.tls)
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow("", self.remember)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self.message.setText(message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Kết nối"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.connect_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.store_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        first = next((w for w in (self.host, self.user, self.password) if not w.text()), None)
        (first or self.password).setFocus()

    def tls_modes(self) -> list[tuple[str, str]]:
        """libpq's sslmode values with what each means for the officer."""
        return [
            ("prefer", self.tr("Mã hóa nếu máy chủ hỗ trợ (prefer)")),
            ("require", self.tr("Bắt buộc mã hóa (require)")),
            ("verify-ca", self.tr("Bắt buộc mã hóa, kiểm tra chứng chỉ (verify-ca)")),
            (
                "verify-full",
                self.tr("Bắt buộc mã hóa, kiểm tra chứng chỉ và tên máy chủ (verify-full)"),
            ),
            ("allow", self.tr("Chỉ mã hóa khi máy chủ đòi (allow)")),
            ("disable", self.tr("Không mã hóa (disable)")),
        ]

    def connection(self) -> ServerConnection:
        """What the fields say (``checked``: one sentence when something is missing)."""
        return ServerConnection(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=self.tls.currentData(),
            options=self.options,
        ).checked()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.show()

    def connect_server(self) -> None:
        """Open the register on the lane; on success the window shows it and this closes."""
        from dxdesk.gui import server_open

        try:
            conn = self.connection()
        except DxError as exc:
            self.say(str(exc))
            return
        password = self.password.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Đang kết nối {where}…").format(where=conn.label))
        self.message.setStyleSheet("color:#555;")
        self.message.show()

        def opened(_session) -> None:
            if self.remember.isEnabled():
                if self.remember.isChecked():
                    server_link.save_password(conn, password)
                else:
                    server_link.forget_password(conn)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.say(str(error))
            if isinstance(error, server_link.LoginRefused):
                self.password.setFocus()
                self.password.selectAll()

        url = server_open.with_password(conn.url(password or None))
        server_open.connect(self.window_, url, as_of=self.as_of, done=opened, failed=failed)


def saved_connection() -> ServerConnection | None:
    """The connection saved by the last successful one (without a password)."""
    from dxdesk.gui.context import settings

    url = settings().value("server/url", "", str)
    if not url:
        return None
    try:
        return ServerConnection.from_url(url)
    except DxError:
        return None
