"""Migrations bring an old register up to date, after taking a copy of it."""

import sqlite3

from dxdesk.core.session import Session
from dxdesk.core.storage import backups, migrations
from dxdesk.core.storage.database import make_database
from dxdesk.core.storage.models import database_proxy


def test_an_old_register_is_copied_then_migrated(tmp_path):
    path = tmp_path / "old.db"
    db = make_database(path)
    db.connect()
    database_proxy.initialize(db)
    migrations.migrate(db, 0)
    db.execute_sql("DROP INDEX task_order")  # as dxdesk 0.1 left it: no list-order index
    db.execute_sql("PRAGMA user_version = 1")
    db.execute_sql("INSERT INTO agency (code, name, kind) VALUES ('A', 'Sở A', 'so_nganh')")
    db.close()
    with Session(path, daily_backup=False):
        pass
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        indexes = {r[1] for r in con.execute("PRAGMA index_list(task)")}
    assert "task_order" in indexes
    copies = list(backups.backup_dir(path).glob("*truoc-nang-cap-v1.db"))
    assert len(copies) == 1 and backups.describe(copies[0]).user_version == 1
