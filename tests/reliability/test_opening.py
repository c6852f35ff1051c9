"""Opening a register: corrupt, locked, read-only, newer, full disk — a clear message and
no data changed, every time."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from datetime import date
from pathlib import Path

import pytest

from dxdesk.core.services import entities, register
from dxdesk.core.session import Session
from dxdesk.core.storage import backups, database
from dxdesk.core.storage import models as m


def _fill(path):
    with Session(path, who="Lan") as s:
        register.load(
            {
                "agency": [
                    {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"}
                ],
                "task": [
                    {
                        "code": f"NV{i:02d}",
                        "text": f"Nhiệm vụ số {i}",
                        "status": "in_progress",
                        "lead_agency": "STTTT",
                        "assigned_on": date(2023, 3, 10),
                    }
                    for i in range(1, 31)
                ],
            },
            action="Nạp",
            who=s.who,
        )


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "so.db"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a register")
    before = _digest(path)
    with pytest.raises(database.CorruptDatabase, match="bị hỏng"):
        Session(path)
    assert _digest(path) == before


def test_a_damaged_database_is_refused_with_the_offer_to_restore(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for offset in range(page_size * 2, min(len(data), page_size * 6)):  # wreck b-tree pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(database.CorruptDatabase, match="khôi phục"):
        Session(path)


def test_a_database_from_a_newer_dxdesk_is_refused_not_damaged(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA user_version = 99")
    before = _digest(path)
    with pytest.raises(database.NewerDatabase, match="phiên bản dxdesk mới hơn"):
        Session(path)
    assert _digest(path) == before


def test_full_disk_fails_the_write_cleanly_and_keeps_the_data(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    with Session(path) as s:
        pages = s.db.execute_sql("PRAGMA page_count").fetchone()[0]
        s.db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
        huge = "Nội dung rất dài " * 20000
        with pytest.raises(database.DiskFull, match="Ổ đĩa đã đầy"):
            entities.save("task", {"code": "NV01", "text": huge})
        assert entities.get("task", "NV01")["text"] == "Nhiệm vụ số 1"
        assert m.Task.select().count() == 30
        assert s.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


HOLDER = textwrap.dedent("""
    import sys, time
    from dxdesk.core.session import Session
    s = Session(sys.argv[1], who="Hùng", daily_backup=False)
    s.db.execute_sql("BEGIN IMMEDIATE")
    s.db.execute_sql("UPDATE task SET text = text WHERE code = 'NV01'")
    print("ready", flush=True)
    time.sleep(30)
""")


def test_a_register_being_written_by_another_dxdesk_names_who_holds_it(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with Session(path, busy_timeout_ms=300, daily_backup=False):
            with pytest.raises(database.LockedDatabase, match=r"dxdesk của .* trên máy") as err:
                entities.save("task", {"code": "NV02", "text": "Sửa trong lúc bị khóa"})
            assert "thử lại" in str(err.value)
            assert entities.get("task", "NV02")["text"] == "Nhiệm vụ số 2"
    finally:
        holder.kill()
        holder.wait()


def test_a_register_locked_by_another_program_is_waited_for_then_refused(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(database.LockedDatabase, match="một chương trình khác"):
            Session(path, busy_timeout_ms=200, daily_backup=False)
    finally:
        con.rollback()
        con.close()
    with Session(path):  # once released it opens normally
        assert m.Task.select().count() == 30


READ_ONLY = textwrap.dedent("""
    import os, sys
    os.environ["XDG_DATA_HOME"] = sys.argv[2]
    from dxdesk.core.services import entities
    from dxdesk.core.session import Session
    from dxdesk.core.errors import DxError
    if sys.argv[3] == "drop-root":  # root writes any file: run as 'nobody', after the imports
        os.setgid(65534); os.setuid(65534)
    s = Session(sys.argv[1])
    print("read_only", s.read_only, entities.get("task", "NV01")["text"])
    try:
        entities.save("task", {"code": "NV01", "text": "x"})
    except DxError as e:
        print("refused", e)
""")


def test_a_read_only_file_opens_read_only_and_refuses_writes(tmp_path_factory):
    """A file on a read-only share: as a user, the file and its folder cannot be written; as
    root (who may write anything) the check runs as 'nobody' in a child process."""
    folder = tmp_path_factory.mktemp("ro")
    path = folder / "so.db"
    _fill(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA journal_mode = DELETE")  # as a file copied to a read-only share
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    os.chmod(path, 0o444)
    if as_root:  # 'nobody' must reach the file, and must not write its folder
        os.chmod(folder, 0o755)
        for parent in folder.parents:
            if str(parent).startswith(tempfile.gettempdir()) and parent != Path(
                tempfile.gettempdir()
            ):
                os.chmod(parent, 0o755)
    else:
        os.chmod(folder, 0o555)
    before = _digest(path)
    try:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                READ_ONLY,
                str(path),
                str(folder / "x"),
                "drop-root" if as_root else "as-is",
            ],
            capture_output=True,
            text=True,
        )
    finally:
        os.chmod(folder, 0o755)
    assert out.returncode == 0, out.stderr
    assert "read_only True Nhiệm vụ số 1" in out.stdout
    assert "refused Tệp đang mở ở chế độ chỉ đọc" in out.stdout
    assert _digest(path) == before


def test_backup_and_restore_keep_the_replaced_file(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    with Session(path) as s:
        copy = s.backup()
        entities.delete("task", "NV01")
    info = backups.describe(copy)
    assert (info.tasks, info.reason) == (30, "theo-yeu-cau")
    kept = backups.restore(path, copy)
    with Session(path) as s:
        assert m.Task.select().count() == 30
    with Session(kept, daily_backup=False):
        assert m.Task.select().count() == 29


def test_backups_rotate(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)
    for _ in range(5):
        backups.take_backup(path, keep=3)
    assert len(list(backups.backup_dir(path).glob("*.db"))) == 3


def test_opening_takes_one_daily_backup(tmp_path):
    path = tmp_path / "so.db"
    _fill(path)  # the first open of an empty file has nothing to back up
    Session(path).close()
    Session(path).close()
    assert len(list(backups.backup_dir(path).glob("*hang-ngay.db"))) == 1


def test_an_import_is_preceded_by_a_backup(tmp_path):
    from dxdesk.core.exchange.workbook import export_workbook, import_workbook

    path = tmp_path / "so.db"
    _fill(path)
    with Session(path, daily_backup=False):
        export_workbook(tmp_path / "so.xlsx")
        import_workbook(tmp_path / "so.xlsx")
    copies = list(backups.backup_dir(path).glob("*truoc-nhap-excel.db"))
    assert len(copies) == 1 and backups.describe(copies[0]).tasks == 30


def test_large_files_are_fully_checked_daily_and_after_a_crash(tmp_path, monkeypatch):
    import json
    import socket

    path = tmp_path / "so.db"
    _fill(path)
    monkeypatch.setattr(database, "FULL_CHECK_BELOW_BYTES", 0)  # treat the file as large
    for copy in backups.backup_dir(path).glob("*.db"):
        copy.unlink()
    assert database.needs_full_check(path)  # never backed up today: check
    backups.take_backup(path)
    assert not database.needs_full_check(path)  # checked and backed up today: skip
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    note = {
        "user": "x",
        "host": socket.gethostname(),
        "pid": int(dead),
        "since": "2026-01-01T08:00:00",
    }
    (tmp_path / "so.db.owner").write_text(json.dumps(note))
    assert database.needs_full_check(path)  # left open by a process that died: check
