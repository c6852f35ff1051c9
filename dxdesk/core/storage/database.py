"""Opening a register file: pragmas, Vietnamese search and order, migrations.

SQLite knows nothing of Vietnamese: ``vn_fold`` (accent- and case-blind search) and the
``VI`` collation (dictionary order) are registered on every connection.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from dxdesk.core.domain.text import collate, fold
from dxdesk.core.errors import DatabaseError
from dxdesk.core.storage import migrations
from dxdesk.core.storage.models import database_proxy

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -32000,
}


def make_database(path: str | Path) -> SqliteDatabase:
    """A peewee database for ``path`` with dxdesk's pragmas, functions and collation."""
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.register_function(fold, "vn_fold", 1, deterministic=True)
    db.register_collation(collate, "VI")
    return db


def backup_before_migration(path: Path, version: int) -> Path | None:
    """Copy the file aside before a migration changes it (None for a new, empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def open_database(path: str | Path) -> SqliteDatabase:
    """Open (creating if needed) and migrate a register; bind the models to it."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    db = make_database(path)
    try:
        db.connect(reuse_if_open=True)
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    except Exception as exc:  # sqlite3.DatabaseError: not a database, locked, …
        raise DatabaseError(f"Không mở được tệp dữ liệu {path}: {exc}") from exc
    if version > migrations.LATEST:
        db.close()
        raise DatabaseError(
            f"Tệp {path.name} được tạo bởi phiên bản dxdesk mới hơn; hãy cập nhật dxdesk."
        )
    database_proxy.initialize(db)
    if version < migrations.LATEST:
        if version > 0 and str(path) != ":memory:":
            backup_before_migration(path, version)
        migrations.migrate(db, version)
    return db
