"""Opening a register file safely: pragmas, checks, Vietnamese search and order, migrations.

SQLite knows nothing of Vietnamese: ``vn_fold`` (accent- and case-blind search) and the
``VI`` collation (dictionary order) are registered on every connection.

Opening never damages a file: a file that is not a database or fails SQLite's quick check is
refused (``CorruptDatabase``); one written by a newer dxdesk is refused before anything is
written; a file the user cannot write opens read-only; a file locked by another program is
waited for briefly, then refused with the name of whoever holds it (see ``owner.py``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from dxdesk.core.domain.text import collate, fold
from dxdesk.core.errors import CorruptDatabase, DatabaseError
from dxdesk.core.storage import migrations, owner, wal
from dxdesk.core.storage.models import database_proxy
from dxdesk.core.storage.register_path import (  # noqa: F401 (re-exported)
    MissingDatabase,
    check_register_path,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",  # a power cut must not lose what dxdesk reported as saved
    "cache_size": -32000,
}


__all__ = ["CorruptDatabase"]  # defined in core.errors, beside the other errors users see


class LockedDatabase(DatabaseError):
    pass


class ReadOnlyDatabase(DatabaseError):
    pass


class DiskFull(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass


def translate_error(exc: BaseException, path: Path | str = "") -> DatabaseError | None:
    """The user-facing error for an SQLite failure, or None when it is not one we know.

    The chain of causes is read too: on a full disk SQLite rolls the transaction back itself,
    and the rollback peewee then asks for fails with "cannot rollback", which hid the cause.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _translate_one(current, path)
        if found is not None:
            return found
        current = current.__cause__ or current.__context__
    return None


def _disk_nearly_full(path: Path | str) -> bool:
    try:
        return shutil.disk_usage(Path(path).resolve().parent).free < 1024 * 1024
    except OSError:
        return False


def _translate_one(exc: BaseException, path: Path | str) -> DatabaseError | None:
    text = str(exc).lower()
    if path and "disk i/o error" in text and _disk_nearly_full(path):
        text = "disk is full"  # WAL's -shm could not grow: the disk is full
    name = Path(path).name if path else "dữ liệu"
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            "Ổ đĩa đã đầy nên không ghi được; dữ liệu đã lưu trước đó vẫn nguyên "
            "vẹn. Hãy giải phóng dung lượng rồi thử lại."
        )
    if "locked" in text or "busy" in text:
        return LockedDatabase(
            f"Tệp {name} đang bị {owner.describe_holder(path)} khóa; hãy "
            "đóng chương trình đó rồi thử lại."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(f"Tệp {name} đang mở ở chế độ chỉ đọc: không thể ghi thay đổi.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptDatabase(
            f"Tệp {name} bị hỏng, không đọc được. Hãy khôi phục từ bản sao "
            "lưu gần nhất (dxdesk restore)."
        )
    return None


def make_database(
    path: str | Path,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    immutable: bool = False,
) -> SqliteDatabase:
    """A peewee database for ``path`` with dxdesk's pragmas, functions and collation.

    ``immutable``: read-only media (a CD, a write-protected stick), where SQLite cannot make
    the -shm file a WAL register needs even to be read; nothing can change the file there.
    """
    pragmas = {**PRAGMAS, "busy_timeout": busy_timeout_ms}
    if read_only:
        pragmas.pop("journal_mode")
        uri = Path(path).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        db = SqliteDatabase(uri, pragmas=pragmas, uri=True)
    else:
        db = SqliteDatabase(str(path), pragmas=pragmas)
    db.register_function(fold, "vn_fold", 1, deterministic=True)
    db.register_collation(collate, "VI")
    return db


def backup_before_migration(path: Path, version: int) -> Path | None:
    """Copy the file aside before a migration changes it (None for a new, empty file)."""
    from dxdesk.core.storage.backups import take_backup

    if not path.exists() or path.stat().st_size == 0:
        return None
    return take_backup(path, reason=f"truoc-nang-cap-v{version}")


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        if f.read(16) != SQLITE_HEADER:
            raise CorruptDatabase(
                f"Tệp {path.name} không phải là sổ dữ liệu dxdesk hoặc đã "
                "bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất."
            )


def is_writable(path: Path) -> bool:
    """Whether dxdesk may write this file (and its -wal/-shm beside it)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    return os.access(folder, os.W_OK)


def open_database(
    path: str | Path,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    create: bool = True,
) -> SqliteDatabase:
    """Open (creating if needed and ``create``), check and migrate a register; bind the models."""
    path = Path(path)
    check_register_path(path, create=create)
    _check_header(path)
    asked_read_only = read_only
    read_only = read_only or not is_writable(path)
    immutable = read_only and _needs_immutable(path)
    notes = wal.notes_before_open(path, immutable=immutable)
    if read_only and not asked_read_only and path.exists():
        notes.insert(
            0,
            f"Tệp {path.name} ở nơi không cho ghi (đĩa CD, USB chống ghi, thư mục "
            "chỉ đọc): sổ được mở ở chế độ chỉ đọc, mọi thay đổi sẽ bị từ chối.",
        )
    if read_only and not path.exists():
        raise ReadOnlyDatabase(f"Không tạo được tệp {path}: thư mục không cho phép ghi.")
    db = make_database(
        path, read_only=read_only, busy_timeout_ms=busy_timeout_ms, immutable=immutable
    )
    try:
        db.connect(reuse_if_open=True)
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        if needs_full_check(path):
            _quick_check(db, path)
        if version > migrations.LATEST:
            raise NewerDatabase(
                f"Tệp {path.name} được tạo bởi phiên bản dxdesk mới hơn; "
                "hãy cập nhật dxdesk để mở tệp này."
            )
        database_proxy.initialize(db)
        if version < migrations.LATEST:
            if read_only:
                raise ReadOnlyDatabase(
                    f"Tệp {path.name} cần được nâng cấp nhưng đang ở chế độ chỉ đọc."
                )
            if version > 0:
                backup_before_migration(path, version)
            migrations.migrate(db, version)
    except DatabaseError:
        db.close()
        raise
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise translate_error(exc, path) or DatabaseError(
            f"Không mở được tệp {path.name}: {exc}"
        ) from exc
    db.dxdesk_read_only = read_only
    db.dxdesk_notes = notes
    db.dxdesk_path = path
    if not read_only:
        owner.claim(path)
    return db


def _needs_immutable(path: Path) -> bool:
    """A WAL register in a folder no one can write, without its -shm beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    shm = path.with_name(path.name + "-shm")
    return wal.in_wal_mode(path) and not os.access(folder, os.W_OK) and not shm.exists()


FULL_CHECK_BELOW_BYTES = 32 * 1024 * 1024


def needs_full_check(path: Path) -> bool:
    """Check every page at open for small files, after a crash, and once a day otherwise.

    ``PRAGMA quick_check`` reads the whole file (0,3 s for the 75 MB synthetic province);
    between checks SQLite still reports any damaged page it reads, as CorruptDatabase.
    """
    from dxdesk.core.storage.backups import latest_backup

    if not path.exists() or path.stat().st_size < FULL_CHECK_BELOW_BYTES:
        return True
    if owner.left_by_crash(path):
        return True
    last = latest_backup(path)  # the daily backup is taken right after a successful open
    return last is None or time.time() - last.stat().st_mtime > 24 * 3600


def _quick_check(db: SqliteDatabase, path: Path) -> None:
    result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise CorruptDatabase(
            f"Tệp {path.name} bị hỏng ({result}). Hãy khôi phục từ bản sao "
            "lưu gần nhất (dxdesk restore)."
        )


def close_database(db: SqliteDatabase) -> None:
    """Close the connection and release the owner note."""
    path = getattr(db, "dxdesk_path", None)
    if not db.is_closed():
        db.close()
    if path is not None and not getattr(db, "dxdesk_read_only", False):
        owner.release(path)
