"""Trợ giúp → Hướng dẫn sử dụng: the short guide shipped with the app, read inside it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dxdesk.core.paths import resources_dir
from dxdesk.gui.i18n import translator_for

tr = translator_for("GuideDialog")


def guide_path(language: str):
    """The guide in ``language`` (vi or en; Vietnamese for any other)."""
    folder = resources_dir() / "guide"
    path = folder / f"guide_{language}.html"
    return path if path.exists() else folder / "guide_vi.html"


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Hướng dẫn sử dụng"))
        self.resize(760, 620)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_path(language).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
