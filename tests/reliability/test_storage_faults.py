"""Storage faults (issue 13, item 12): a full disk says so, read-only media opens read-only
and says so, a -wal lost or damaged after a crash is warned about."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import peewee

from dxdesk.core.services import tasks
from dxdesk.core.session import Session
from dxdesk.core.storage import database, owner
from dxdesk.core.storage.database import DiskFull, translate_error


def _register(path) -> None:
    with Session(path, who="kiểm thử", daily_backup=False):
        from dxdesk.core.services import register

        register.load({"task": [{"code": "NV01", "text": "Nhiệm vụ số 1"}]}, action="nạp")


def test_a_full_disk_at_commit_is_the_disk_full_sentence_not_cannot_rollback():
    """SQLite rolls back by itself when the commit finds the disk full; the rollback peewee
    asks for then fails with "cannot rollback", which used to hide the cause."""
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:  # as peewee's rollback fails: the first is context
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as exc:
        assert isinstance(translate_error(exc), DiskFull)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _crash_note(path) -> None:
    owner.claim(path)
    note = path.with_name(path.name + ".owner")
    info = note.read_text(encoding="utf-8").replace(
        f'"pid": {os.getpid()}', f'"pid": {_dead_pid()}'
    )
    note.write_text(info, encoding="utf-8")
    assert owner.left_by_crash(path)


def test_a_wal_lost_after_a_crash_is_warned_about(tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    _crash_note(path)
    assert not path.with_name("so.db-wal").exists()  # closed cleanly, then the -wal "lost"
    with Session(path, daily_backup=False) as session:
        assert any("không còn" in note and "so.db-wal" in note for note in session.notes)
    with Session(path, daily_backup=False) as session:  # the note was this crash's: said once
        assert session.notes == []


def test_a_damaged_wal_is_warned_about(tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    path.with_name("so.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\xff" * 4000)
    with Session(path, daily_backup=False) as session:
        assert any("bị hỏng" in note for note in session.notes)
        assert tasks  # the register still opens and reads


def test_a_sound_wal_is_not_warned_about(tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    writer = Session(path, daily_backup=False)  # keeps a -wal with frames while open
    try:
        from dxdesk.core.services import entities

        entities.save("task", {"code": "NV02", "text": "Nhiệm vụ số 2"})
        assert path.with_name("so.db-wal").stat().st_size > 0
        assert not database.wal.wal_damaged(path.with_name("so.db-wal"))
        assert database.wal.notes_before_open(path, immutable=False) == []
    finally:
        writer.close()


READ_ONLY_MEDIA = textwrap.dedent("""
    import os, sys
    os.environ["XDG_DATA_HOME"] = sys.argv[2]
    import shutil
    from dxdesk.cli.main import main
    if sys.argv[3] == "drop-root":  # first import what the commands use, on a writable copy
        copy = sys.argv[2] + ".db"
        shutil.copy(sys.argv[1], copy)
        main(["--db", copy, "summary", "--json"]), main(["--db", copy, "task", "update", "NV01"])
        main(["--db", copy, "exchange", "status"])
    if sys.argv[3] == "drop-root":  # root writes anything: run as 'nobody', after the imports
        os.setgid(65534); os.setuid(65534)
    code = main(["--db", sys.argv[1], "summary", "--json"])
    print("summary", code)
    code = main(["--db", sys.argv[1], "task", "update", "NV01", "--note", "x"])
    print("update", code)
""")


def test_a_wal_register_on_read_only_media_opens_read_only_and_says_so():
    """The register as dxdesk leaves it (WAL mode, no -wal/-shm) in a folder no one may
    write: SQLite cannot make its -shm, so it used to refuse even to read."""
    # Not under pytest's basetemp: a pytest session starting meanwhile sets
    # /tmp/pytest-of-<user> back to 0700, and the child running as 'nobody' then
    # cannot reach the register (the test failed so once under parallel runs).
    folder = Path(
        tempfile.mkdtemp(prefix="dxdesk-read-only-", dir="/tmp" if os.path.isdir("/tmp") else None)
    )
    path = folder / "so.db"
    _register(path)
    assert database.wal.in_wal_mode(path)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    os.chmod(path, 0o444)
    os.chmod(folder, 0o755 if as_root else 0o555)
    try:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                READ_ONLY_MEDIA,
                str(path),
                str(folder / "x"),
                "drop-root" if as_root else "as-is",
            ],
            capture_output=True,
            text=True,
        )
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
    try:
        _assert_read_only_run(out, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _assert_read_only_run(out: subprocess.CompletedProcess, path: Path) -> None:
    assert "summary 0" in out.stdout, out.stderr
    assert "chế độ chỉ đọc" in out.stderr
    assert "update 1" in out.stdout
    assert "không mong đợi" not in out.stderr
    assert not path.with_name("so.db-shm").exists()
