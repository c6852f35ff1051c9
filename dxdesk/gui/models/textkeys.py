"""Fast Vietnamese search text and sort keys for 50,000-row lists.

``dxdesk.core.domain.text.fold`` and ``sort_key`` are the rules; they decompose every
character in Python, too slow to run over every cell of a big list on each fetch. These
functions give the same answers for NFC text (everything in the register is NFC) through
``str.translate`` tables built once from those very rules, so the two cannot drift apart
(a test compares them on the whole Vietnamese alphabet).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from dxdesk.core.domain import text as vn

_LATIN = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x1E00, 0x1F00)]


# The tables are built on first use (search: fold; sorting: the two sort tables), from the
# rules in ``core.domain.text``: ~10 ms of Python a start-up should not pay.
@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in _LATIN:
        folded = vn.fold(ch)
        if folded != ch:
            table[ord(ch)] = folded
    return table


def fold(value: str | None) -> str:
    """Accent- and case-blind form of an NFC text ('Đà Nẵng' → 'da nang')."""
    if not value:
        return ""
    return value.translate(_fold_table())


@cache
def _sort_tables() -> tuple[dict[int, str], dict[int, str]]:
    """(primary, tones): each character → one character whose code point orders it as
    Vietnamese letters do, and → its tone's rank. One pass over the rule's clusters."""
    primary: dict[int, str] = {}
    tones: dict[int, str] = {}
    for ch in _LATIN:
        clusters = vn._clusters(ch)
        if len(clusters) != 1:
            continue
        letter, tone = clusters[0]
        tones[ord(ch)] = chr(0x30 + tone)
        rank = vn._LETTER_RANK.get(letter)
        if rank is not None:
            primary[ord(ch)] = chr(0x100 + rank)  # letters after digits and punctuation
        elif letter != ch.casefold():
            primary[ord(ch)] = letter[0]
    return primary, tones


def sort_key(value: str | None) -> str:
    """A string whose plain order is Vietnamese dictionary order: letters, then tones, then
    case (same order as ``text.sort_key`` for NFC text)."""
    if not value:
        return "\x00\x00"
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    primary, tones = _sort_tables()
    return value.translate(primary) + "\x00" + value.translate(tones) + "\x00" + value


_SEP = "\x01"


def fold_many(values: list[str]) -> list[str]:
    """``fold`` of many texts in one pass (one translate over the joined texts)."""
    if not values:
        return []
    return fold(_SEP.join(v.replace(_SEP, " ") for v in values)).split(_SEP)


def sort_keys(values: list[str | None]) -> list[str]:
    """``sort_key`` of many texts, in two translate passes over the joined texts."""
    if not values:
        return []
    raw = [v.replace(_SEP, " ") if v else "" for v in values]  # register text is NFC
    joined = _SEP.join(raw)
    primary_table, tones_table = _sort_tables()
    primary = joined.translate(primary_table).split(_SEP)
    tones = joined.translate(tones_table).split(_SEP)
    return [f"{p}\x00{t}\x00{r}" for p, t, r in zip(primary, tones, raw, strict=True)]
