"""Who signs changes and progress notes: one rule for the window and the command line.

The officer's name, in this order:

1. the name given for this run (the command line's ``--officer TÊN``);
2. the ``DXDESK_OFFICER`` environment variable (a script, a shared account);
3. the name the window asked for at the first run (Công cụ → Cài đặt → "Tên người ghi
   sổ"), kept in the window's settings file (``paths.settings_path``, key ``officer``);
4. none: the session signs with the computer's login (a file) or the server account (a
   register on a PostgreSQL server), as ``Session`` always did.

The settings file is Qt's INI format (QSettings). The core never imports Qt, so the one
value it needs is read here by a small reader of that format (quoted values, backslash
escapes, a leading ``@`` doubled).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from dxdesk.core.paths import settings_path

ENV = "DXDESK_OFFICER"
SETTINGS_KEY = "officer"
SOURCES = ("option", "env", "settings")


@dataclass(frozen=True)
class Officer:
    """A name and where it came from (one of ``SOURCES``)."""

    name: str
    source: str


def chosen_officer(given: str | None = None, *, stored: str | None = None) -> Officer | None:
    """The officer's name by the rule above; None when none is set (the session's login or
    server account then signs). ``stored``: the settings' name when the caller has read it
    already (the window, through Qt); else the settings file is read here."""
    if given is not None and given.strip():
        return Officer(_clean(given), "option")
    env = os.environ.get(ENV, "")
    if env.strip():
        return Officer(_clean(env), "env")
    if stored is None:
        stored = stored_officer()
    if stored and stored.strip():
        return Officer(_clean(stored), "settings")
    return None


def _clean(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", " ".join(name.split()))


def stored_officer(path: Path | None = None) -> str:
    """The officer's name the window keeps in its settings file ("" when none, or when the
    file is missing or unreadable: the name is a convenience, never a reason to stop)."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and "=" in line:
            key, value = line.split("=", 1)
            if key.strip() == SETTINGS_KEY:
                return qt_ini_value(value)
    return ""


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_HEX = re.compile(r"x([0-9a-fA-F]{1,4})")
_OCT = re.compile(r"([0-7]{1,3})")


def qt_ini_value(raw: str) -> str:
    """A string value as QSettings writes it in an INI file: quoted when it holds ``,`` ``;``
    or edge spaces, backslash escapes inside, a leading ``@`` written ``@@``; unquoted
    whitespace around it dropped. A list (an unquoted comma) gives its first item."""
    out: list[str] = []
    i, quoted = 0, False
    raw = raw.strip()
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(raw):
            i += 1
            nxt = raw[i]
            match = _HEX.match(raw, i) if nxt == "x" else _OCT.match(raw, i)
            if match:
                out.append(chr(int(match.group(1), 16 if nxt == "x" else 8)))
                i = match.end()
                continue
            out.append(_ESCAPES.get(nxt, nxt))
        elif ch == "," and not quoted:
            break
        elif ch.isspace() and not quoted and not out:
            pass
        else:
            out.append(ch)
        i += 1
    value = "".join(out)
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@"):  # @Invalid(), @Variant(…): not a name
        return ""
    return value
