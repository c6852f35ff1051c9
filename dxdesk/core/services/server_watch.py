"""Hearing another officer's change on a server register (issue 20): every transaction that
logs a change set (a save, an import, an undo) notifies the channel ``dxdesk_changes``
(a statement trigger, migration step 17); a window listens on a connection of its own and
reloads its pages, as after its own change. PostgreSQL delivers a notice at the commit, so
what the window then reads is already there; a notice from the window's own connection (its
own save, already shown) is told apart by the sending backend's process id.
"""

from __future__ import annotations

from typing import Any

from dxdesk.core.storage.pgsql import CHANNEL

__all__ = ["CHANNEL", "ChangeWatch", "session_process"]


def session_process() -> int | None:
    """The server process of this thread's register connection (None for a file)."""
    from dxdesk.core.storage import models as m
    from dxdesk.core.storage.pg import is_server

    if not is_server(m.database_proxy):
        return None
    return m.database_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]


class ChangeWatch:
    """A connection that listens for the register's change notices."""

    def __init__(self, url: str):
        import psycopg2

        from dxdesk.core.storage.pg import connect_error

        try:
            self._con: Any = psycopg2.connect(url)
        except psycopg2.Error as exc:
            raise connect_error(exc, url) from exc
        self._con.autocommit = True
        self._con.cursor().execute(f"LISTEN {CHANNEL}")

    def process(self) -> int:
        """The server process this connection talks to."""
        return self._con.get_backend_pid()

    def fileno(self) -> int:
        """The socket to wait on (readable when a notice may have come)."""
        return self._con.fileno()

    def drain(self, ignore: int | None = None) -> int:
        """Read what came; the number of notices sent by others than process ``ignore``.
        Raises ``OSError`` when the connection is lost."""
        import psycopg2

        try:
            self._con.poll()
        except psycopg2.Error as exc:
            raise OSError(str(exc)) from exc
        notices, self._con.notifies[:] = list(self._con.notifies), []
        return sum(1 for n in notices if n.channel == CHANNEL and n.pid != ignore)

    def close(self) -> None:
        try:
            self._con.close()
        except Exception:
            pass
