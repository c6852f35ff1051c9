"""The first-run screen: open the demo province, create an empty committee, or import."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dxdesk import __version__


class WelcomePage(QWidget):
    """Three ways to start, and where the register will be kept."""

    def __init__(self, window, target: Path):
        super().__init__(window)
        self.window_, self.target = window, Path(target)
        title = QLabel(
            "<h1>" + self.tr("Chào mừng đến với dxdesk") + "</h1>"
            "<p>"
            + html.escape(
                self.tr(
                    "Sổ theo dõi mục tiêu, nhiệm vụ, cuộc họp và kết luận của Ban Chỉ đạo chuyển đổi số."
                )
            )
            + "</p>",
            self,
        )
        title.setWordWrap(True)
        self.demo = self._button(
            self.tr("Mở dữ liệu mẫu: tỉnh Lào Cai năm 2023"),
            self.tr("30 mục tiêu, 75 nhiệm vụ, 4 hội nghị – để xem thử"),
        )
        self.empty = self._button(
            self.tr("Tạo sổ trống cho Ban Chỉ đạo của tôi"),
            self.tr("Lưu tại {path}").format(path=self.target),
        )
        self.excel = self._button(
            self.tr("Nhập từ tệp Excel…"),
            self.tr("Tệp theo mẫu của dxdesk (Tệp ▸ Tạo mẫu Excel trống)"),
        )
        self.demo.clicked.connect(self.open_demo)
        self.empty.clicked.connect(self.create_empty)
        self.excel.clicked.connect(self.import_excel)
        version = QLabel(f"<span style='color:#888'>dxdesk {__version__}</span>", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 40)
        layout.setSpacing(14)
        layout.addWidget(title)
        for button in (self.demo, self.empty, self.excel):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(version, 0, Qt.AlignmentFlag.AlignRight)

    def _button(self, text: str, detail: str) -> QPushButton:
        button = QPushButton(f"{text}\n{detail}", self)
        button.setMinimumHeight(64)
        button.setMaximumWidth(620)
        button.setStyleSheet("text-align: left; padding: 8px 16px; font-size: 11pt;")
        return button

    def _done(self) -> None:
        self.window_.stack.removeWidget(self)
        self.deleteLater()

    def open_demo(self) -> None:
        from dxdesk.gui import app

        if app.open_demo(self.window_):
            self._done()

    def create_empty(self) -> None:
        from dxdesk.gui import app

        if app.open_register(self.window_, self.target):
            self._done()
            self.window_.ask_committee()  # its name prints on every document

    def import_excel(self) -> None:
        from dxdesk.gui import app
        from dxdesk.gui.file_actions import EXCEL, choose_open

        path = choose_open(self, self.tr("Nhập từ tệp Excel"), EXCEL)
        if path and app.open_register(self.window_, self.target):
            self._done()
            self.window_.files.import_workbook(path)
