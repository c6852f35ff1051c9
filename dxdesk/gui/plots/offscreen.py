"""Plots without a window: ``dxdesk plot`` and the context menu's exports draw here.

``render(kind, as_of, out)`` computes the series with the core services, builds the plot at
``EXPORT_SIZE`` on a widget that is never shown on screen, and exports it. Without a display
Qt needs the ``offscreen`` platform (set here when no display is known); the ``minimal``
platform draws every glyph as a box (STACK-NOTES.md).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.core.errors import ValidationError

KINDS = {
    "bands": ("dxdesk.gui.plots.bands", "BandsPlot"),
    "tasks": ("dxdesk.gui.plots.tasks", "TasksPlot"),
    "trend": ("dxdesk.gui.plots.trend", "TrendPlot"),
    "agencies": ("dxdesk.gui.plots.agencies", "AgenciesPlot"),
    "trajectory": ("dxdesk.gui.plots.trajectory", "TrajectoryPlot"),
    "index": ("dxdesk.gui.plots.index", "IndexPlot"),
}
EXPORT_SIZE = (1000, 600)


def needs_offscreen() -> bool:
    """No display to draw on (a server, a CI job, an SSH session)."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_app() -> Any:
    """The QApplication (offscreen when there is no display), with a Vietnamese font."""
    if "QT_QPA_PLATFORM" not in os.environ and needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        from dxdesk.gui.plots import style

        app.setFont(style.font(10))
    return app


def plot_class(kind: str) -> type:
    if kind not in KINDS:
        raise ValidationError(f"Không có biểu đồ “{kind}”: chọn {', '.join(KINDS)}.")
    module, name = KINDS[kind]
    return getattr(importlib.import_module(module), name)


def series_for(
    kind: str,
    as_of: date,
    *,
    target: str | None = None,
    period_start: date | None = None,
    family: str = "DTI",
) -> Any:
    """The core series the plot ``kind`` draws (needs an open register)."""
    from dxdesk.core.services import series

    if kind == "bands":
        return series.band_series(as_of)
    if kind == "tasks":
        return series.task_series(as_of)
    if kind == "trend":
        return series.trend_series(as_of, period_start)
    if kind == "agencies":
        return series.agency_series(as_of)
    if kind == "trajectory":
        if not target:
            raise ValidationError("Biểu đồ lộ trình cần mã mục tiêu: --target MT01.")
        return series.target_trajectory(target, as_of)
    if kind == "index":
        from dxdesk.core.services.indices import index_series

        return index_series(family, as_of)
    plot_class(kind)  # raises the message listing the kinds
    return None


@contextmanager
def render_widget(
    cls: type, series: Any, size: tuple[int, int] = EXPORT_SIZE, **options: Any
) -> Iterator[Any]:
    """A plot of ``series`` laid out at ``size`` but never shown on screen."""
    from PySide6.QtCore import QCoreApplication, Qt

    ensure_app()
    widget = cls(**options)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.set_series(series)
    widget.show()
    QCoreApplication.processEvents()
    try:
        yield widget
    finally:
        from PySide6.QtCore import QEvent

        widget.close()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def render(
    kind: str,
    as_of: date,
    out: Path | str,
    *,
    size: tuple[int, int] = EXPORT_SIZE,
    target: str | None = None,
    family: str = "DTI",
) -> Path:
    """Write the plot ``kind`` at ``as_of`` to ``out`` (.png or .svg); return the path."""
    out = Path(out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise ValidationError(f"Tệp “{out.name}” phải có đuôi .png hoặc .svg.")
    cls = plot_class(kind)
    data = series_for(kind, as_of, target=target, family=family)
    with render_widget(cls, data, size) as widget:
        return widget.export(out)
