"""What the brief, the notice and the reminder share: the header, the signer, appendix titles
and the shortening of long texts (in full in an appendix), in either official style.

State style follows Nghị định 30/2020/NĐ-CP; Party style follows Hướng dẫn 36-HD/VPTW
(see docs/brief.md for each rule and its source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dxdesk.core.domain.docnumber import format_number_line
from dxdesk.core.domain.enums import DocumentStyle
from dxdesk.core.domain.formats import fmt_long_date
from dxdesk.core.errors import ValidationError
from dxdesk.core.reports.blocks import Header, Para

STYLES = ("state", "party")
BLANK_NUMBER = "\u00a0" * 8  # the number is written in when the document is registered
# ND 30 (Phụ lục I, mục II.7b): "TM.", "KT.", "TL.", "TUQ."; HD 36 (mục 7): "T/M", "K/T", "T/L"
AUTHORITY = {
    "state": {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ."},
    "party": {"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "T/U"},
}


def committee_signer(committee, fallback: Signer) -> Signer:
    """The committee's usual signer (``dxdesk committee``), else ``fallback``."""
    if committee.signer_authority or committee.signer_title:
        return Signer(committee.signer_authority, committee.signer_title, committee.signer_name)
    return fallback


def check_style(style: str) -> str:
    if style not in STYLES:
        raise ValidationError(f"Thể thức “{style}” không có: chọn state hoặc party.")
    return style


_KIND = {
    "TM": "TM",
    "T/M": "TM",
    "KT": "KT",
    "K/T": "KT",
    "TL": "TL",
    "T/L": "TL",
    "TUQ": "TUQ",
    "T/U": "TUQ",
}
_AUTHORITY = re.compile(r"^(TUQ|T/U|TM|T/M|KT|K/T|TL|T/L)\.?\s+(.+)$")


@dataclass(frozen=True)
class Signer:
    """Who signs: the authority as typed ('KT. TRƯỞNG BAN', 'TM. BAN CHỈ ĐẠO', or '' to sign
    in one's own name), the title and the name; the authority is written in the style's form."""

    authority: str = "KT. TRƯỞNG BAN"
    title: str = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"
    name: str = ""

    def authority_in(self, style: str) -> str:
        text = " ".join(self.authority.split()).upper()
        m = _AUTHORITY.match(text)
        if not m:
            return text
        return f"{AUTHORITY[style][_KIND[m.group(1)]]} {m.group(2)}"


def header_for(committee, day: date, style: str, symbol: str) -> Header:
    """The header of a document of the committee dated ``day``."""
    doc_style = DocumentStyle.PARTY if style == "party" else DocumentStyle.STATE
    place = committee.place or ""
    place_date = f"{place}, {fmt_long_date(day)}" if place else fmt_long_date(day).capitalize()
    return Header(
        issuer=committee.name,
        number_line=format_number_line(symbol, doc_style),
        place_date=place_date,
        party=style == "party",
    )


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def appendix_title(k: int, title: str, attached_to: str) -> list[Para]:
    """'Phụ lục I', its title and '(Kèm theo Báo cáo số …/BC-… ngày … của …)' (ND 30)."""
    return [
        Para(f"Phụ lục {ROMAN[k - 1]}", "title"),
        Para(title.upper(), "subtitle_bold"),
        Para(f"({attached_to})", "attached"),
    ]


# A cell's text keeps at most this many line breaks: 300 characters that are mostly line breaks
# would otherwise make a row taller than the page, which ReportLab cannot split.
MAX_CELL_LINES = 8


def first_lines(value: str, count: int = MAX_CELL_LINES) -> str:
    """``value`` up to its ``count``-th line break (all of it when it has fewer)."""
    lines = value.split("\n")
    return "\n".join(lines[:count])


@dataclass
class Clips:
    """Texts shortened in the body with "…", listed in full in an appendix."""

    limit: int = 300
    full: list[tuple[str, str]] = field(default_factory=list)  # (where, the whole text)

    def cut(self, value: str, where: str, limit: int | None = None) -> str:
        n = limit or self.limit
        if len(value) <= n and value.count("\n") < MAX_CELL_LINES:
            return value
        cut = first_lines(value[:n])
        space = cut.rfind(" ")
        if space > n * 0.6:
            cut = cut[:space]
        if all(w != where for w, _ in self.full):
            self.full.append((where, value))
        return cut.rstrip() + "…"
