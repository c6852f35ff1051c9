"""Pages of a PDF as RGB images, for the window's print preview (issue 15).

PySide6-Essentials (the pinned wheel) has no QtPdf, so pages are rendered with pypdfium2
(PDFium's bindings, a wheel from PyPI) in-process: no external program is run. The images are
plain bytes (RGB, 3 bytes a pixel), so this module needs no Qt and runs on the database lane.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row
    rgb: bytes


def page_count(path: str | Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_page(path: str | Path, index: int, dpi: float = 70) -> PageImage:
    """Page ``index`` (0-based) of the PDF at ``dpi`` dots per inch."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[max(0, min(index, len(pdf) - 1))]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
        image = PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        bitmap.close()
        page.close()
        return image
    finally:
        pdf.close()
