"""A register session: the one object the CLI and the GUI hold while a file is open."""

from __future__ import annotations

import getpass
from pathlib import Path

from peewee import SqliteDatabase

from dxdesk.core.exchange.offline import permissions
from dxdesk.core.services import agency_life, changes
from dxdesk.core.storage import backups
from dxdesk.core.storage.database import BUSY_TIMEOUT_MS, close_database, open_database
from dxdesk.core.storage.pg import is_server_url, shown_url


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows setups)
        return ""


class Session:
    """An open register and the officer working on it: a file, or a database on a
    PostgreSQL server when ``path`` is a ``postgresql://`` URL (docs/server.md).

    Opening a file takes the day's automatic backup (at most one a day) before any write;
    a server's backups are its IT's (pg_dump), or ``dxdesk backup`` into a file.
    """

    def __init__(
        self,
        path: str | Path,
        who: str | None = None,
        *,
        read_only: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        daily_backup: bool = True,
        create: bool = True,
    ):
        # the rules every write obeys, registered before any write
        changes.register_guard(permissions.guard)  # agency mode: an agency's own records
        changes.register_guard(agency_life.check_write)  # no ended agency chosen anew
        self.who = who if who is not None else _current_user()
        self.url: str | None = str(path) if is_server_url(str(path)) else None
        if self.url is not None:
            from dxdesk.core.storage.server_open import open_server_database

            self.path: Path | None = None
            self.db = open_server_database(self.url, read_only=read_only)
            daily_backup = False
            if who is None:  # the change log names the server account, not the PC's login
                self.who = self.db.execute_sql("SELECT session_user").fetchone()[0]
        else:
            self.path = Path(path)
            self.db: SqliteDatabase = open_database(
                self.path, read_only=read_only, busy_timeout_ms=busy_timeout_ms, create=create
            )
        self.read_only: bool = self.db.dxdesk_read_only
        # what the user must be told at open: read-only media, a lost or damaged -wal
        self.notes: list[str] = list(getattr(self.db, "dxdesk_notes", []))
        if daily_backup and not self.read_only:
            try:
                backups.daily_backup(self.path)
            except backups.BackupFailed as exc:  # it must not stop the day's work
                self.notes.append(exc.as_warning())

    @property
    def target(self) -> str:
        """What ``--db`` takes to open this register again (a path or the URL)."""
        return self.url if self.url is not None else str(self.path)

    @property
    def location(self) -> str:
        """Where the register is, as the user reads it (a file, or the server without the
        password)."""
        return shown_url(self.url) if self.url is not None else str(self.path)

    def backup(self, out: Path | None = None, reason: str = "theo-yeu-cau") -> Path:
        """A consistent copy of the register, now (of a server register: a register file)."""
        if self.url is not None:
            from dxdesk.core.storage.transfer import backup_server

            return backup_server(self.url, reason=reason, out=out)
        return backups.take_backup(self.path, reason=reason, out=out)

    def close(self) -> None:
        if self.url is not None:
            self.db.close()
            return
        close_database(self.db)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
