"""Number/symbol grammars of Vietnamese documents (số, ký hiệu).

Party style (Hướng dẫn 36-HD/VPTW): ``09-KH/BCĐCĐS`` = number-type/issuer, numbered per
type per term. State style (Nghị định 30/2020/NĐ-CP): ``586/KH-UBND`` = number/type-issuer,
numbered per year, and legal documents may carry the year: ``42/2014/QĐ-TTg``.
Symbols keep their Vietnamese letters, case and '&' exactly as written; a symbol is not an
identity (two provinces issue ``09-NQ/TU``): issuer + date + symbol is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dxdesk.core.domain.enums import DocumentStyle
from dxdesk.core.domain.text import clean

_WORD = r"[^\W\d_](?:[^\W_]|&)*"  # letters, then letters/digits/&: BCĐCĐS, BCVT&CĐS, TTg
_PARTY = re.compile(rf"^(\d+)-({_WORD})/({_WORD}(?:-{_WORD})*)$")
_STATE = re.compile(rf"^(\d+)/(?:(\d{{4}})/)?({_WORD})-({_WORD}(?:-{_WORD})*)$")
_PREFIX = re.compile(r"^s[ốô]\s*:?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentNumber:
    """A parsed number/symbol; ``text`` is exactly what was written (without 'Số:')."""

    text: str
    style: DocumentStyle
    number: int
    doc_type: str
    issuer: str
    year: int | None = None


def parse_document_number(raw: str) -> DocumentNumber:
    """Parse '09-KH/BCĐCĐS' or 'Số: 586/KH-UBND'; ValueError when it fits neither grammar."""
    text = _PREFIX.sub("", clean(raw)).replace(" ", "")
    m = _PARTY.match(text)
    if m:
        number, doc_type, issuer = m.groups()
        return DocumentNumber(text, DocumentStyle.PARTY, int(number), doc_type, issuer)
    m = _STATE.match(text)
    if m:
        number, year, doc_type, issuer = m.groups()
        return DocumentNumber(
            text, DocumentStyle.STATE, int(number), doc_type, issuer, int(year) if year else None
        )
    raise ValueError(raw)


def format_number_line(symbol: str, style: DocumentStyle) -> str:
    """The 'Số' line of a header: 'Số: 586/KH-UBND' (state) or 'Số 09-KH/BCĐCĐS' (party)."""
    return f"Số {symbol}" if style is DocumentStyle.PARTY else f"Số: {symbol}"
