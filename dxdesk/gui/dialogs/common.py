"""Small shared pieces of the dialogs: a yes/no question and an error message box.

They are module functions so that tests can answer them (monkeypatch) instead of a person.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong (non-blocking)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title or "dxdesk", text, QMessageBox.StandardButton.Ok, parent
    )
    box.setModal(True)
    box.open()
