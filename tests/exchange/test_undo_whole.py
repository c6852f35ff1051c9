"""Undo reverses a use case whole: nothing it changed outside the records stays behind."""

from __future__ import annotations

import pytest

from dxdesk.core.services import changes, meetings
from dxdesk.core.storage import backups
from dxdesk.core.storage import models as m
from tests.exchange.conftest import open_db
from tests.exchange.test_conflicts import _task, crossed  # noqa: F401 - a fixture


@pytest.mark.parametrize("keep", ["don-vi", "secretariat"])
def test_undo_of_a_conflict_decision_reopens_the_conflict(crossed, cli, keep):  # noqa: F811
    sec, _, report = crossed
    cli("--db", sec, "exchange", "merge", report)
    cli("--db", sec, "exchange", "resolve", "1", "--keep", keep)
    assert "Giải quyết xung đột số 1" in cli("--db", sec, "undo")
    assert _task(sec, "NV01").status == "dropped"
    assert "Xung đột số 1: nhiệm vụ NV01" in cli("--db", sec, "exchange", "conflicts")
    assert _task(sec, "NV02").blocker == "Thiếu kinh phí"  # the merge itself still stands
    cli("--db", sec, "exchange", "resolve", "1", "--keep", "don-vi")
    assert _task(sec, "NV01").status == "done"
    cli("--db", sec, "undo")
    cli("--db", sec, "undo", "--redo")  # redo decides it again
    assert _task(sec, "NV01").status == "done"
    assert "Không có xung đột nào" in cli("--db", sec, "exchange", "conflicts")


def test_undo_of_a_merge_that_applied_nothing_voids_that_merge_only(crossed, tmp_path, cli):  # noqa: F811
    sec, _, _ = crossed
    cli("--db", sec, "task", "update", "NV02", "--blocker", "Văn phòng ghi")
    cli("--db", sec, "task", "update", "NV03", "--status", "done")
    out = cli("--db", sec, "exchange", "merge", tmp_path / "bc1.dxgoi")
    assert "áp dụng 0 thay đổi, giữ lại 2 xung đột" in out
    assert "Hợp nhất báo cáo số 1" in cli("--db", sec, "undo")
    assert _task(sec, "NV03").status == "done"  # the edit before the merge stays
    assert "Không có xung đột nào" in cli("--db", sec, "exchange", "conflicts")
    cli("--db", sec, "task", "update", "NV04", "--blocker", "Chờ")  # drops the redo
    out = cli("--db", sec, "exchange", "merge", tmp_path / "bc1.dxgoi")
    assert "giữ lại 2 xung đột" in out
    listing = cli("--db", sec, "exchange", "conflicts")
    assert listing.count("Xung đột số") == 2


def test_undo_of_an_assigned_task_lets_it_be_assigned_again(secretariat):
    with open_db(secretariat):
        task = meetings.assign_task("KL1", who="Lan")
        assert meetings.tasks_of_item("KL1") == [task["code"]]
        changes.undo_last()
        assert meetings.tasks_of_item("KL1") == []
        assert meetings.assign_task("KL1", who="Lan")["code"] == task["code"]


@pytest.mark.sqlite_only("restoring a backup file replaces a register file")
def test_undo_after_a_restore_stops_there_and_names_the_kept_file(secretariat, cli):
    with open_db(secretariat):
        copy = backups.take_backup(secretariat)
    cli("--db", secretariat, "task", "update", "NV01", "--status", "done")
    out = cli("--db", secretariat, "restore", copy, "--yes")
    assert _task(secretariat, "NV01").status == "in_progress"
    refused = cli("--db", secretariat, "undo", ok=False)
    assert "khôi phục sổ từ bản sao" in refused and "truoc-khoi-phuc" in refused
    with open_db(secretariat):  # the import before the backup is still there, not undone
        assert m.Task.select().count() == 8
    assert "Tệp cũ được giữ" in out
