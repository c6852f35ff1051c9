"""Liberation Serif, shipped in ``dxdesk/resources/fonts`` and embedded (subset) in every PDF.

Times New Roman is what Nghị định 30/2020 asks for; Liberation Serif has the same metrics and
every Vietnamese letter, and its licence (SIL OFL 1.1) lets dxdesk ship it. Fonts are looked up
only in the application's resources, never in the system's font folders, so that a brief
prints the same on every machine.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dxdesk.core.errors import DxError
from dxdesk.core.paths import resources_dir

FAMILY = "LiberationSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the four faces once per process (with <b>/<i> mapping); return the family."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise DxError(f"Thiếu phông chữ {filename} trong {folder}: hãy cài lại dxdesk.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    return FAMILY
