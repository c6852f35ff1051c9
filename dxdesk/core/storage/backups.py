"""Rotating backups with SQLite's online backup API, and restoring one.

Backups are whole, consistent copies taken while the register is open (never a file copy of
a live WAL database). They live in the per-user data directory, one folder per register,
named with their time and reason; the oldest automatic ones are dropped beyond ``keep``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dxdesk.core.errors import DxError
from dxdesk.core.paths import data_dir

DEFAULT_KEEP = int(os.environ.get("DXDESK_BACKUPS", "10"))
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    targets: int
    tasks: int
    meetings: int
    user_version: int


def backup_dir(db_path: Path) -> Path:
    """The folder of one register's backups (its name plus a hash of its full path)."""
    digest = hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{Path(db_path).stem}-{digest}"


class BackupFailed(DxError):
    """A backup that could not be written (full or read-only folder): the register is intact."""

    def __init__(self, message: str, folder: Path | None = None, full: bool = False):
        super().__init__(message)
        self.folder, self.full = folder, full

    def as_warning(self) -> str:
        """What to tell when the day's automatic backup failed: work goes on, without it."""
        if self.full:
            return (
                f"Ổ đĩa chứa bản sao lưu đã đầy nên hôm nay chưa có bản sao lưu tự động "
                f"(thư mục “{self.folder}”); sổ vẫn dùng bình thường. Hãy giải phóng dung lượng."
            )
        return (
            f"Không ghi được bản sao lưu tự động vào “{self.folder}” (thư mục chỉ đọc, không "
            "có quyền ghi hoặc không phải thư mục); sổ vẫn dùng bình thường nhưng hôm nay "
            "chưa có bản sao lưu."
        )


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while others use the source).

    The copy is written under ``<target>.tmp`` and renamed when whole; a copy that fails
    (a full or read-only folder) leaves no ``.tmp`` behind.
    """
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)  # the copy appears whole or not at all
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    finally:
        src.close()


def _failed(exc: BaseException, where: Path) -> BackupFailed:
    text = str(exc).lower()
    if "disk is full" in text or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
        return BackupFailed(
            f"Ổ đĩa chứa bản sao lưu đã đầy nên không ghi được bản sao vào "
            f"“{where}”; sổ dữ liệu không thay đổi. Hãy giải phóng dung lượng "
            "hoặc chọn nơi khác (--out).",
            where,
            full=True,
        )
    return BackupFailed(
        f"Không ghi được bản sao lưu vào “{where}” (thư mục chỉ đọc, không có "
        "quyền ghi hoặc không phải thư mục); sổ dữ liệu không thay đổi.",
        where,
    )


def take_backup(
    db_path: Path,
    *,
    reason: str = "theo-yeu-cau",
    out: Path | None = None,
    keep: int = DEFAULT_KEEP,
) -> Path:
    """Back the register up (to ``out`` or the rotating folder); return the copy's path."""
    db_path = Path(db_path)
    where = Path(out) if out is not None else backup_dir(db_path)
    try:
        if out is None:
            where.mkdir(parents=True, exist_ok=True)
            out = where / f"{db_path.stem}__{datetime.now().strftime(STAMP)}__{reason}.db"
        copy_database(db_path, Path(out))
    except (OSError, sqlite3.Error) as exc:
        raise _failed(exc, where) from exc
    if keep > 0:
        _rotate(backup_dir(db_path), keep)
    return Path(out)


def _rotate(folder: Path, keep: int) -> None:
    if not folder.exists():
        return
    copies = sorted(folder.glob("*.db"))
    for old in copies[:-keep]:
        try:
            old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder keeps its old copies; the new one is written


def latest_backup(db_path: Path) -> Path | None:
    folder = backup_dir(db_path)
    copies = sorted(folder.glob("*.db")) if folder.exists() else []
    return copies[-1] if copies else None


def daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """Take the day's automatic backup unless one was taken in the last 24 hours."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    last = latest_backup(db_path)
    now = now or datetime.now()
    if last is not None and now - datetime.fromtimestamp(last.stat().st_mtime) < timedelta(1):
        return None
    return take_backup(db_path, reason="hang-ngay")


def describe(path: Path) -> BackupInfo:
    """What a backup holds, read without changing it (ValueError if it is not a register)."""
    from dxdesk.core.storage.database import SQLITE_HEADER

    path = Path(path)
    with path.open("rb") as f:
        if f.read(16) != SQLITE_HEADER:
            raise ValueError(path)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise ValueError(path)
        count = lambda table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
        version = con.execute("PRAGMA user_version").fetchone()[0]
        last = con.execute("SELECT MAX(at) FROM change_set").fetchone()[0]
        return BackupInfo(
            path,
            _taken_at(path, last),
            _reason(path),
            count("target"),
            count("task"),
            count("meeting"),
            version,
        )
    except sqlite3.DatabaseError as exc:
        raise ValueError(path) from exc
    finally:
        con.close()


def _taken_at(path: Path, last_change: str | None) -> datetime:
    parts = path.stem.split("__")
    if len(parts) == 3:
        try:
            return datetime.strptime(parts[1], STAMP)
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime)


def _reason(path: Path) -> str:
    parts = path.stem.split("__")
    return parts[2] if len(parts) == 3 else ""


def restore(db_path: Path, backup: Path) -> Path:
    """Replace the register with a backup; the replaced file is kept beside it. Returns it."""
    db_path, backup = Path(db_path), Path(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}.truoc-khoi-phuc-{stamp}{db_path.suffix}")
    if db_path.exists():
        try:
            copy_database(db_path, kept)
        except sqlite3.DatabaseError:  # a damaged file cannot be read page by page: keep bytes
            shutil.copy2(db_path, kept)
    copy_database(backup, db_path.with_name(db_path.name + ".restoring"))
    _log_restore(db_path.with_name(db_path.name + ".restoring"), kept)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(db_path.with_name(db_path.name + ".restoring"), db_path)
    return kept


def _log_restore(path: Path, kept: Path) -> None:
    """Write the restore into the restored file's change log: undo then stops there with a
    sentence naming the kept file, instead of undoing a change made before the backup."""
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA foreign_keys = ON")  # the undone change sets take their rows
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"change_set", "change"} <= tables:
            return
        with con:
            con.execute("DELETE FROM change_set WHERE undone = 1")  # nothing left to redo
            cs = con.execute(
                "INSERT INTO change_set (at, who, action, undone) VALUES (?, '', ?, 0)",
                (str(datetime.now()), f"Khôi phục sổ từ bản sao lưu (tệp cũ giữ ở {kept.name})"),
            ).lastrowid
            con.execute(
                "INSERT INTO change (changeset_id, entity, entity_code, op, field) "
                "VALUES (?, 'restore', ?, 'state', '')",
                (cs, str(kept)),
            )
    finally:
        con.close()


def backup_open_register(reason: str) -> Path | None:
    """Back up the register that is open now (before an import or a merge); None if empty.

    A backup that cannot be written (full disk, no permission) must not block the import:
    the import itself is transactional, the backup is a second line of defence.
    """
    from dxdesk.core.storage.models import database_proxy

    path = getattr(database_proxy.obj, "dxdesk_path", None)
    if path is None or getattr(database_proxy.obj, "dxdesk_read_only", False):
        return None
    try:
        if not Path(path).exists() or Path(path).stat().st_size == 0:
            return None
        return take_backup(Path(path), reason=reason)
    except (OSError, sqlite3.Error, DxError):
        return None
