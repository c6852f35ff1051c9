"""Vietnamese text: NFC normalisation, accent-blind folding and alphabetical order.

Every text enters the register through :func:`clean` so that equal-looking strings are equal
(ReportLab also misplaces the accents of decomposed text). SQLite knows nothing of Vietnamese,
so storage registers :func:`fold` for search and :func:`sort_key` as a collation.
"""

from __future__ import annotations

import unicodedata

# Vowel modifiers change the letter (a, ă, â are three letters); tone marks do not.
_MODIFIERS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_ALPHABET = [
    "a",
    "a\u0306",
    "a\u0302",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "e\u0302",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "o\u0302",
    "o\u031b",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "u\u031b",
    "v",
    "w",
    "x",
    "y",
    "z",
]
_LETTER_RANK = {letter: 100 + i for i, letter in enumerate(_ALPHABET)}


def clean(text: str | None) -> str:
    """NFC-normalise and trim a text typed or imported by a user (None becomes '')."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text)).strip()


def fold(text: str | None) -> str:
    """Lower-case and strip every diacritic (đ → d): 'Đà Nẵng' → 'da nang'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def matches(haystack: str | None, needle: str | None) -> bool:
    """True when every word of ``needle`` occurs in ``haystack``, ignoring accents and case."""
    folded = fold(haystack)
    return all(word in folded for word in fold(needle).split())


def _clusters(text: str) -> list[tuple[str, int]]:
    """Split decomposed text into (letter with its modifiers, tone) clusters."""
    out: list[tuple[str, int]] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if ch in _MODIFIERS and out:
            letter, tone = out[-1]
            out[-1] = (letter + ch, tone)
        elif ch in _TONES and out:
            letter, _ = out[-1]
            out[-1] = (letter, _TONES[ch])
        elif unicodedata.combining(ch):
            continue
        else:
            out.append((ch, 0))
    return out


def sort_key(text: str | None) -> tuple:
    """A key that sorts in Vietnamese dictionary order: letters first, then tones, then case."""
    clusters = _clusters(text or "")
    primary = tuple(_LETTER_RANK.get(letter, ord(letter[0])) for letter, _ in clusters)
    tones = tuple(tone for _, tone in clusters)
    return (primary, tones, text or "")


def collate(left: str | None, right: str | None) -> int:
    """A SQLite collation callback: -1, 0 or 1 in Vietnamese order."""
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)
