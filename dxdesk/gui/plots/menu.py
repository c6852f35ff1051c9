"""The plots' context menu: save as PNG or SVG, copy the picture.

Files are drawn from a fresh copy of the plot at ``EXPORT_SIZE`` (1000×600, what ``dxdesk
plot`` writes), not at the size the overview happens to give it, so what officers paste into
Word looks the same whichever way they made it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from dxdesk.gui.plots import texts
from dxdesk.gui.plots.texts import t


def show_menu(plot: Any, at: QPoint) -> None:
    menu = build_menu(plot)
    menu.exec(at)


def build_menu(plot: Any) -> QMenu:
    """The menu of ``plot`` (built on each right click: it follows the series shown)."""
    menu = QMenu(plot)
    has_data = plot.series is not None
    for text, action in (
        (texts.SAVE_PNG, lambda: save_dialog(plot, ".png")),
        (texts.SAVE_SVG, lambda: save_dialog(plot, ".svg")),
        (texts.COPY, lambda: copy_image(plot)),
    ):
        act = menu.addAction(t(text), action)
        act.setEnabled(has_data)
    return menu


def export_copy(plot: Any, path: Path | str) -> Path:
    """Write ``plot``'s series, redrawn at the export size, to ``path`` (.png or .svg)."""
    from dxdesk.gui.plots.offscreen import render_widget

    with render_widget(type(plot), plot.series, **plot.copy_options()) as twin:
        return twin.export(path)


def save_dialog(plot: Any, suffix: str, parent: QWidget | None = None) -> Path | None:
    """Ask where to save, then save; the path written, or None when cancelled."""
    filters = t(texts.PNG_FILTER) if suffix == ".png" else t(texts.SVG_FILTER)
    start = str(Path.home() / f"{plot.default_file_name()}{suffix}")
    name, _ = QFileDialog.getSaveFileName(
        parent or plot,
        t(texts.SAVE_PNG if suffix == ".png" else texts.SAVE_SVG).rstrip("…"),
        start,
        filters,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        export_copy(plot, path)
    except Exception as exc:  # a full disk or a read-only folder: say so, do not crash
        QMessageBox.warning(parent or plot, t(texts.SAVE_FAILED), str(exc))
        return None
    window = plot.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(t(texts.SAVED).format(path=path), 5000)
    return path


def copy_image(plot: Any) -> None:
    """Put the picture (at the export size) on the clipboard, for pasting into Word."""
    from dxdesk.gui.plots.export import plot_image
    from dxdesk.gui.plots.offscreen import render_widget

    with render_widget(type(plot), plot.series, **plot.copy_options()) as twin:
        QGuiApplication.clipboard().setImage(plot_image(twin))
