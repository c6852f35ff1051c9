"""A first look at a register before it is opened: its as-of date and a list's first rows.

Opening a register costs about 0,1 s before its first row can be read: importing peewee and
the models, the migrations check, the owner note, the daily integrity check. At start-up the
window paints the remembered list's first rows from this preview instead, read through a
plain read-only ``sqlite3`` connection, and opens the register right after that paint.

The preview reads nothing it is not sure of. A file that is missing, is not SQLite, is at
another schema version, or fails to read gives ``None``: the window then waits for the real
open, which reports the problem (and offers a backup for a damaged file) as before.
Nothing here imports peewee or the models (a test checks).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dxdesk.core.domain.rules import opening_as_of
from dxdesk.core.storage import readsql
from dxdesk.core.storage.readsql import Execute, Table

SQLITE_HEADER = b"SQLite format 3\x00"

# The lists a preview can read, by page key: (execute, as_of, limit) -> first rows.
LISTS: dict[str, Callable[[Execute, date, int], Table]] = {
    "tasks": lambda execute, as_of, limit: readsql.task_table(execute, as_of, limit=limit),
}


@dataclass(frozen=True)
class Preview:
    """What the window shows before the register is open."""

    as_of: date  # the date the register opens at (``dates.opening_as_of``)
    table: Table | None  # the first rows of the asked list, None when it has no preview


def read_preview(
    path: str | Path,
    page: str | None,
    *,
    limit: int,
    as_of: date | None = None,
    today: date | None = None,
) -> Preview | None:
    """The opening date and the first ``limit`` rows of list ``page`` (when it has a
    preview), or None when the file cannot be previewed safely."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            if f.read(16) != SQLITE_HEADER:
                return None
        # read-only and without a journal write: the preview never changes the file
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        if con.execute("PRAGMA user_version").fetchone()[0] != readsql.SCHEMA_VERSION:
            return None
        if as_of is None:
            as_of = opening_as_of(readsql.latest_activity(con.execute), today or date.today())
        read = LISTS.get(page or "")
        table = read(con.execute, as_of, limit) if read is not None else None
        return Preview(as_of, table)
    except Exception:  # anything odd in the file: no preview; the real open reports it
        return None
    finally:
        con.close()
