"""A v5 register (before the 2025 reorganisation's tables) opens, migrates and keeps its data."""

from __future__ import annotations

import sqlite3

from dxdesk.core.session import Session
from dxdesk.core.storage import migrations
from dxdesk.core.storage.database import make_database
from dxdesk.core.storage.models import database_proxy

NEW_TABLES = {"agency_succession", "task_handover", "target_handover", "programme", "merge_origin"}


def _v5_register(path) -> None:
    db = make_database(path)
    db.connect()
    database_proxy.initialize(db)
    for version, step in enumerate(migrations.STEPS[:5]):
        step(db)
        db.execute_sql(f"PRAGMA user_version = {version + 1}")
    for table in NEW_TABLES | {"task_programme", "target_programme"}:
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")  # as dxdesk with schema v5 left it
    db.execute_sql(
        "INSERT INTO agency (code, name, kind) VALUES ('BX', 'UBND huyện Bát Xát', 'huyen')"
    )
    db.close()


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_v5_register_gains_the_tables_and_keeps_its_agencies(tmp_path):
    path = tmp_path / "v5.db"
    _v5_register(path)
    assert not NEW_TABLES & _tables(path)
    with Session(path, daily_backup=False):
        from dxdesk.core.services.succession import agency_history

        assert agency_history("BX")["name"] == "UBND huyện Bát Xát"
    assert _tables(path) >= NEW_TABLES
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST


def test_the_steps_of_2025_are_idempotent(tmp_path):
    with Session(tmp_path / "new.db", daily_backup=False) as s:
        for step in migrations.STEPS[5:]:
            step(s.db)  # a fresh register has the tables already: nothing fails, nothing lost
    assert _tables(tmp_path / "new.db") >= NEW_TABLES
