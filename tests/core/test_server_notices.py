"""Open windows hear another officer's change (issue 20): a transaction that logs a change
on a server register notifies ``dxdesk_changes`` at its commit; a window's own connection's
notices are told apart (it already shows its own change)."""

from __future__ import annotations

import select
import threading

import psycopg2

from dxdesk.core.services import entities
from dxdesk.core.services.server_watch import ChangeWatch, session_process
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m


def _wait(watch: ChangeWatch, seconds: float = 5) -> None:
    select.select([watch.fileno()], [], [], seconds)


def _save_on_another_connection(code: str) -> None:
    """A save on another thread: peewee gives each thread its own connection."""
    try:
        entities.save("agency", {"code": code, "name": f"Sở {code}"}, who="Lan")
    finally:
        m.database_proxy.close()


def test_another_connections_change_is_heard_ours_is_told_apart(pg_url):
    with Session(pg_url, who="Minh"):
        ours = session_process()
        watch = ChangeWatch(pg_url)
        try:
            entities.save("agency", {"code": "SYT", "name": "Sở Y tế"}, who="Minh")
            _wait(watch)
            assert watch.drain(ignore=ours) == 0  # our own save: already shown
            other = threading.Thread(target=_save_on_another_connection, args=("STC",))
            other.start()
            other.join(30)
            _wait(watch)
            assert watch.drain(ignore=ours) == 1
        finally:
            watch.close()


def test_a_change_made_with_plain_sql_and_an_undo_are_heard(pg_url):
    with Session(pg_url, who="Minh"):
        entities.save("agency", {"code": "SYT", "name": "Sở Y tế"}, who="Minh")
        watch = ChangeWatch(pg_url)
        try:
            con = psycopg2.connect(pg_url)
            with con, con.cursor() as cur:  # the undo marks the change set undone
                cur.execute("UPDATE change_set SET undone = TRUE")
            con.close()
            _wait(watch)
            assert watch.drain() == 1
            assert watch.drain() == 0  # read once
        finally:
            watch.close()
