"""PDF checks shared by the packaging tests and the bundle's smoke test."""

from __future__ import annotations

from pathlib import Path


def fonts_not_embedded(pdf: Path) -> list[str]:
    """The fonts the PDF uses without embedding them (empty: every font is embedded)."""
    from pypdf import PdfReader

    missing: list[str] = []
    seen = 0
    for page in PdfReader(str(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            seen += 1
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(str(font.get("/BaseFont")))
    return missing if seen else ["(no font at all)"]
