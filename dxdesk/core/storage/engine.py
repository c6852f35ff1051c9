"""What differs between a register file (SQLite) and a server register (PostgreSQL), in one
place: where the schema version is kept, how a new row's id is read, a table's columns.

On SQLite the version is ``PRAGMA user_version``; on PostgreSQL a one-row table
``dxdesk_schema`` (docs/server.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dxdesk.core.storage.pg import is_server

VERSION_TABLE = "dxdesk_schema"


def schema_version(db: Any) -> int:
    """The register's schema version (0: a new, empty register)."""
    if not is_server(db):
        return db.execute_sql("PRAGMA user_version").fetchone()[0]
    if not db.execute_sql("SELECT to_regclass(?) IS NOT NULL", (VERSION_TABLE,)).fetchone()[0]:
        return 0
    row = db.execute_sql(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return row[0] if row else 0


def set_schema_version(db: Any, version: int) -> None:
    """Record the schema version (inside the migration's transaction)."""
    if not is_server(db):
        db.execute_sql(f"PRAGMA user_version = {int(version)}")
        return
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version integer NOT NULL)")
    db.execute_sql(f"DELETE FROM {VERSION_TABLE}")
    db.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)", (int(version),))


def insert_id(db: Any, sql: str, params: Sequence[Any]) -> int:
    """Run an ``INSERT`` and return the new row's id (``RETURNING`` on a server)."""
    if is_server(db):
        return db.execute_sql(sql + " RETURNING id", params).fetchone()[0]
    return db.execute_sql(sql, params).lastrowid


def execute_many(db: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """One statement for many rows, on either engine."""
    if is_server(db):
        from psycopg2.extras import execute_batch

        from dxdesk.core.storage.pgsql import translate

        execute_batch(db.cursor(), translate(sql), list(rows), page_size=500)
    else:
        db.cursor().executemany(sql, rows)


def insert_many_ids(db: Any, sql: str, rows: list[Sequence[Any]]) -> list[int]:
    """Insert many rows (``INSERT INTO t (…) VALUES (?, …)``); their new ids, in order."""
    if not rows:
        return []
    if is_server(db):
        from psycopg2.extras import execute_values

        head = sql[: sql.upper().rindex("VALUES")] + "VALUES %s RETURNING id"
        got = execute_values(db.cursor(), head, rows, page_size=1000, fetch=True)
        return [r[0] for r in got]
    db.cursor().executemany(sql, rows)
    # one statement in one transaction: SQLite numbers the rows one after another
    last = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
    return list(range(last - len(rows) + 1, last + 1))


def column_names(db: Any, table: str) -> set[str]:
    """The columns a table has now."""
    return {c.name for c in db.get_columns(table)}
