"""PNG and SVG files of a plot, drawn by pyqtgraph's exporters (they work offscreen).

A plot is exported as a whole scene: title, axes, legend and bars. ``export_plot`` picks the
format from the file's suffix. Officers paste these into Word: PNG at the plot's size, SVG
when the picture must stay sharp when enlarged.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from dxdesk.core.errors import ValidationError
from dxdesk.gui.plots._pg import pg

FORMATS = (".png", ".svg")


def _exporters() -> Any:
    import pyqtgraph.exporters  # noqa: F401 - a sub-package pyqtgraph does not load itself

    return pg.exporters


def export_png(plot: Any, path: Path | str, *, width: int | None = None) -> Path:
    """Write ``plot`` (a plot widget) as a PNG; ``width`` in pixels (default: its own)."""
    exporter = _exporters().ImageExporter(plot.scene())
    if width:
        exporter.parameters()["width"] = int(width)
    path = Path(path)
    exporter.export(str(path))
    return path


def export_svg(plot: Any, path: Path | str) -> Path:
    """Write ``plot`` as an SVG file (text stays text: Word and browsers open it)."""
    path = Path(path)
    exporter = _exporters().SVGExporter(plot.scene())
    with _closed_paths_understood():
        exporter.export(str(path))
    return path


@contextmanager
def _closed_paths_understood() -> Iterator[None]:
    """Work around pyqtgraph 0.14's SVG exporter, which cannot read the closed paths ("… Z")
    Qt 6 writes (pyqtgraph issue #3495): each "Z" becomes a line back to the subpath's start
    before pyqtgraph reads the path. Undone on exit."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for element in node.getElementsByTagName("path"):
            element.setAttribute("d", _without_close(element.getAttribute("d")))
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def _without_close(d: str) -> str:
    """'M0,0 L5,0 L5,5 Z' → 'M0,0 L5,0 L5,5 L0,0' (pyqtgraph reads only x,y pairs)."""
    if "Z" not in d.upper():
        return d
    out: list[str] = []
    start = ""
    for token in d.split():
        closes = token[-1] in "Zz"
        token = token[:-1] if closes else token
        if token:
            if token[0] == "M":
                start = token[1:]
            out.append(token)
        if closes and start:
            out.append(f"L{start}")
    return " ".join(out)


def export_plot(plot: Any, path: Path | str) -> Path:
    """PNG or SVG by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"Tệp “{path.name}” phải có đuôi .png hoặc .svg.")
    path.parent.mkdir(parents=True, exist_ok=True)
    return export_png(plot, path) if suffix == ".png" else export_svg(plot, path)


def plot_image(plot: Any) -> QImage:
    """The plot as an image (for the clipboard)."""
    exporter = _exporters().ImageExporter(plot.scene())
    exporter.export(toBytes=True)
    return exporter.png
