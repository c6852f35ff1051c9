"""Backups as the window uses them: the day's automatic copy, the latest copy, restoring one.

The copies themselves are made in ``storage.backups`` (SQLite's online backup API).
"""

from __future__ import annotations

from pathlib import Path

from dxdesk.core.storage import backups
from dxdesk.core.storage.backups import BackupInfo


def daily_backup(db_path: Path) -> Path | None:
    """The day's automatic backup of the register (at most one a day)."""
    return backups.daily_backup(db_path)


def daily_backup_warning(db_path: Path) -> str | None:
    """The day's automatic backup; what to tell when it cannot be written (a full or
    read-only backups folder), else None: the register is used on without it."""
    try:
        backups.daily_backup(db_path)
    except backups.BackupFailed as exc:
        return exc.as_warning()
    return None


def latest_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of the register with what it holds, or None when there is none."""
    latest = backups.latest_backup(db_path)
    return backups.describe(latest) if latest is not None else None


def restore(db_path: Path, backup: BackupInfo) -> Path:
    """Put ``backup`` in place of the register; the replaced file is kept beside it (its path
    is returned)."""
    return backups.restore(db_path, backup.path)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of the register, newest first, each with what it holds."""
    folder = backups.backup_dir(Path(db_path))
    copies = sorted(folder.glob("*.db"), reverse=True) if folder.exists() else []
    return [backups.describe(path) for path in copies]
