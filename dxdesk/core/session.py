"""A register session: the one object the CLI and the GUI hold while a file is open."""

from __future__ import annotations

import getpass
from pathlib import Path

from peewee import SqliteDatabase

from dxdesk.core.storage.database import open_database


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows setups)
        return ""


class Session:
    """An open register file and the officer working on it."""

    def __init__(self, path: str | Path, who: str | None = None):
        self.path = Path(path)
        self.who = who if who is not None else _current_user()
        self.db: SqliteDatabase = open_database(self.path)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
