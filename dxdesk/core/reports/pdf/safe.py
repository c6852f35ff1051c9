"""Any text a user typed, made printable with the brief's font (never an error, never silent).

* NFC first (ReportLab misplaces the accents of decomposed text);
* control characters (other than line breaks and tabs) and lone surrogates become "□";
* a character the bundled font has no glyph for (emoji, CJK, Arabic, …) is replaced by a
  visible "□", so a reader sees that something was there;
* right-to-left runs (Hebrew, which the font has) are put in visual order, since ReportLab
  draws characters left to right in the order given (digits inside a run keep their order);
* :func:`clip` shortens a text for a table cell with "…" (the full text goes to an appendix).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from dxdesk.core.reports.common_doc import MAX_CELL_LINES, first_lines
from dxdesk.core.reports.pdf import fonts

REPLACEMENT = "\u25a1"  # □: the usual sign of a missing glyph, and the font has it
ELLIPSIS = "…"
_SURROGATE = re.compile("[\ud800-\udfff]")
_KEEP = {"\n", "\t"}
_RTL = {"R", "AL"}
_NEUTRAL_IN_RTL = {"WS", "ON", "CS", "ES", "ET", "NSM", "BN", "EN", "AN"}


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points every face of the brief's font can draw."""
    fonts.register_fonts()
    sets = [
        set(pdfmetrics.getFont(name).face.charToGlyph)
        for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC)
    ]
    return frozenset(set.intersection(*sets))


def _visual_rtl(s: str) -> str:
    """Reverse each right-to-left run (strong RTL letters and what lies between them)."""
    bidi = [unicodedata.bidirectional(c) for c in s]
    if not any(b in _RTL for b in bidi):
        return s
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        if bidi[i] not in _RTL:
            out.append(s[i])
            i += 1
            continue
        j = last = i
        while j < n and (bidi[j] in _RTL or bidi[j] in _NEUTRAL_IN_RTL):
            if bidi[j] in _RTL:
                last = j
            j += 1
        run = s[i : last + 1]
        # digits keep their left-to-right order inside the reversed run
        parts = re.findall(r"\d+|\D", run)
        out.append("".join(reversed(parts)))
        i = last + 1
    return "".join(out)


def printable(value: object) -> str:
    """The text as the brief's font can draw it (see the module's docstring)."""
    s = "" if value is None else str(value)
    if not s:
        return s
    s = _SURROGATE.sub(REPLACEMENT, s)
    s = unicodedata.normalize("NFC", s)
    ok = covered()
    chars = []
    for c in s:
        if c in _KEEP or c == " ":
            chars.append(c)
        elif ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or ord(c) not in ok:
            if unicodedata.category(c) in ("Mn", "Me", "Cf") and ord(c) not in ok:
                continue  # a mark or format character the font lacks: nothing to show
            chars.append(REPLACEMENT)
        else:
            chars.append(c)
    return "\n".join(_visual_rtl(line) for line in "".join(chars).split("\n"))


def clip(value: str, limit: int) -> tuple[str, bool]:
    """``value`` cut to about ``limit`` characters at a word boundary with "…"; and whether it was."""
    if len(value) <= limit and value.count("\n") < MAX_CELL_LINES:
        return value, False
    cut = first_lines(value[:limit])
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS, True
