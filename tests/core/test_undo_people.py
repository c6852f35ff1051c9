"""Undo across people and processes: it waits for the lock and reverses one's own changes."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from dxdesk.cli.main import main
from dxdesk.core.services import changes, entities, register, undo
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from dxdesk.core.storage.database import LockedDatabase


def _register(path):
    with Session(path, who="Lan", daily_backup=False):
        register.load(
            {
                "agency": [
                    {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"}
                ]
            },
            action="Nạp",
            who="Lan",
        )
        entities.save("agency", {"code": "STTTT", "name": "Sở TT&TT"}, who="Lan")


def _hold_write_lock(path, seconds: float) -> threading.Thread:
    """Another process writing: a connection that holds the write lock for a while."""
    con = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE agency SET name = name")

    def release():
        con.execute("COMMIT")
        con.close()

    timer = threading.Timer(seconds, release)
    timer.start()
    return timer


def test_undo_waits_for_another_process_writing(tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    with Session(path, who="Lan", daily_backup=False):
        m.Agency.get()  # a read first, as the window has done long before
        timer = _hold_write_lock(path, 0.8)
        assert changes.undo_last("Lan") == "Lưu cơ quan STTTT"
        timer.join()
        assert m.Agency.get().name == "Sở Thông tin và Truyền thông"


def test_undo_locked_too_long_says_so_in_vietnamese(tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    with Session(path, who="Lan", daily_backup=False, busy_timeout_ms=200):
        timer = _hold_write_lock(path, 1.5)
        with pytest.raises(LockedDatabase) as err:
            changes.undo_last("Lan")
        timer.join()
    assert "đang bị" in str(err.value) and "khóa" in str(err.value)


def test_undo_reverses_only_ones_own_change_and_says_whose_it_is(tmp_path, capsys, monkeypatch):
    path = tmp_path / "so.db"
    _register(path)
    with Session(path, who="Minh", daily_backup=False):
        with pytest.raises(undo.NotYourChange) as err:
            changes.undo_last("Minh")
        assert "của Lan" in str(err.value) and "Lưu cơ quan STTTT" in str(err.value)
        assert m.Agency.get().name == "Sở TT&TT"  # nothing undone
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "Minh")
    assert main(["--db", str(path), "undo"]) != 0
    out = capsys.readouterr()
    assert "của Lan" in out.err + out.out and "--anyone" in out.err + out.out
    assert main(["--db", str(path), "undo", "--anyone"]) == 0
    with Session(path, who="Lan", daily_backup=False):
        assert m.Agency.get().name == "Sở Thông tin và Truyền thông"
