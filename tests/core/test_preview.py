"""The start-up preview reads a register's first rows without opening it, and must show
exactly what the open register would, or nothing at all."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dxdesk.core.domain.rules import opening_as_of
from dxdesk.core.services import lists
from dxdesk.core.storage import migrations, readsql
from dxdesk.core.storage.preview import read_preview

# the preview reads a register file with plain sqlite3; a server register has none: the
# window opens it directly (docs/server.md)
pytestmark = pytest.mark.sqlite_only("the start-up preview reads a file")


def _copy(source, target) -> None:
    """A consistent copy of a register (its latest writes may still be in the -wal file)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def test_the_preview_reads_the_rows_the_open_register_lists(demo_session):
    for as_of in (date(2023, 6, 30), date(2023, 12, 19)):
        seen = read_preview(demo_session.path, "tasks", limit=15, as_of=as_of)
        assert seen is not None and seen.as_of == as_of
        assert seen.table == lists.task_list(as_of, limit=15)
        assert len(seen.table.rows) == 15


def test_the_preview_opens_at_the_date_the_window_would(demo_session):
    latest = lists.latest_activity()
    for today in (latest, date(2030, 1, 1)):  # fresh, then untouched for years
        seen = read_preview(demo_session.path, None, limit=10, today=today)
        assert seen is not None
        assert seen.as_of == opening_as_of(latest, today)
        assert seen.table is None  # no list asked for
    assert read_preview(demo_session.path, None, limit=10, today=date(2030, 1, 1)).as_of == latest


def test_a_list_without_a_preview_gives_only_the_date(demo_session):
    seen = read_preview(demo_session.path, "overview", limit=300, as_of=date(2023, 12, 19))
    assert seen is not None and seen.table is None


@pytest.mark.parametrize("damage", ["missing", "empty", "not sqlite", "old schema"])
def test_a_file_it_cannot_be_sure_of_gives_no_preview(tmp_path, demo_session, damage):
    path = tmp_path / "other.db"
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "not sqlite":
        path.write_bytes("Bảng tính, không phải sổ dữ liệu".encode() * 100)
    elif damage == "old schema":
        _copy(demo_session.path, path)
        assert read_preview(path, "tasks", limit=10) is not None  # the copy itself reads
        with sqlite3.connect(path) as con:
            con.execute(f"PRAGMA user_version = {readsql.SCHEMA_VERSION - 1}")
    assert read_preview(path, "tasks", limit=10) is None
    assert not path.exists() or damage != "missing"  # the preview never creates the file


def test_the_preview_knows_the_schema_the_migrations_make():
    assert readsql.SCHEMA_VERSION == migrations.LATEST


def test_odd_data_gives_no_preview_rather_than_an_error(tmp_path, demo_session):
    path = tmp_path / "odd.db"
    _copy(demo_session.path, path)
    assert read_preview(path, "tasks", limit=10) is not None
    with sqlite3.connect(path) as con:  # a date column holding bytes (a TypeError to read)
        con.execute("UPDATE meeting SET meeting_date = x'0102'")
    assert read_preview(path, "tasks", limit=10) is None
