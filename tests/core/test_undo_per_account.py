"""Undo per account on a shared register (issue 20): an officer's undo reverses their own
latest change, past other officers' later ones, and never silently drops another officer's
later change to the same record: it refuses, naming who changed what, and writes nothing.
On a file and on a server."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.services import changes, entities, tasks
from dxdesk.core.services.undo import ChangedSince
from dxdesk.core.storage import models as m

DAY = date(2023, 12, 1)


def _task(code: str) -> m.Task:
    return m.Task.get(m.Task.code == code)


def test_an_officers_undo_reverses_their_own_change_not_the_later_one_of_another(
    demo_session,
):
    before = _task("NV01").blocker
    tasks.update_task("NV01", blocker="Chờ kinh phí", today=DAY, who="Lan")
    tasks.update_task("NV02", blocker="Chờ nhân lực", today=DAY, who="Minh")  # later
    assert changes.undo_last("Lan") == "Cập nhật nhiệm vụ NV01"
    assert _task("NV01").blocker == before
    assert _task("NV02").blocker == "Chờ nhân lực"  # Minh's later change stays
    assert changes.undo_last("Minh") == "Cập nhật nhiệm vụ NV02"


def test_undo_refuses_to_drop_anothers_later_change_of_the_same_field(demo_session):
    before = _task("NV01").blocker
    tasks.update_task("NV01", blocker="Chờ kinh phí", today=DAY, who="Lan")
    tasks.update_task("NV01", blocker="Chờ nhân lực", today=DAY, who="Minh")
    logged = m.ChangeSet.select().where(m.ChangeSet.undone == False).count()  # noqa: E712
    with pytest.raises(ChangedSince) as refused:
        changes.undo_last("Lan")
    said = str(refused.value)
    assert "Minh" in said and "blocker" in said and "NV01" in said and "Chưa có gì" in said
    assert _task("NV01").blocker == "Chờ nhân lực"  # nothing written
    assert m.ChangeSet.select().where(m.ChangeSet.undone == False).count() == logged  # noqa: E712
    # once Minh has undone his, Lan's undo goes through
    changes.undo_last("Minh")
    assert changes.undo_last("Lan") == "Cập nhật nhiệm vụ NV01"
    assert _task("NV01").blocker == before


def test_another_field_of_the_same_record_changed_later_does_not_stop_the_undo(demo_session):
    before = _task("NV01").blocker
    tasks.update_task("NV01", blocker="Chờ kinh phí", today=DAY, who="Lan")
    tasks.update_task("NV01", status=TaskStatus.DONE, today=DAY, who="Minh")
    changes.undo_last("Lan")
    assert (_task("NV01").blocker, _task("NV01").status) == (before, "done")


def test_undo_of_a_new_task_refuses_while_another_officers_note_hangs_on_it(demo_session):
    entities.save("task", {**entities.get("task", "NV01"), "code": "NV99"}, who="Lan")
    tasks.update_task("NV99", note="Đã họp triển khai", today=DAY, who="Minh")
    with pytest.raises(ChangedSince) as refused:
        changes.undo_last("Lan")
    assert "Minh" in str(refused.value) and "NV99" in str(refused.value)
    assert m.ProgressNote.select().join(m.Task).where(m.Task.code == "NV99").count() == 1


def test_redo_refuses_over_anothers_change_made_after_the_undo(demo_session):
    tasks.update_task("NV01", blocker="Chờ kinh phí", today=DAY, who="Lan")
    changes.undo_last("Lan")
    tasks.update_task("NV02", blocker="Chờ đất", today=DAY, who="Minh")  # another record
    tasks.update_task("NV01", blocker="Chờ nhân lực", today=DAY, who="Minh")
    with pytest.raises(ChangedSince):  # Minh's new changes did not take Lan's redo away
        changes.redo_last("Lan")
    assert _task("NV01").blocker == "Chờ nhân lực"
    changes.undo_last("Minh")  # his NV01 change: now Lan's redo overwrites nothing
    assert changes.redo_last("Lan") == "Cập nhật nhiệm vụ NV01"
    assert (_task("NV01").blocker, _task("NV02").blocker) == ("Chờ kinh phí", "Chờ đất")


def test_the_menu_names_the_change_the_officers_undo_will_reverse(demo_session):
    from dxdesk.core.services import lists

    tasks.update_task("NV01", blocker="Chờ kinh phí", today=DAY, who="Lan")
    tasks.update_task("NV02", blocker="Chờ đất", today=DAY, who="Minh")
    assert lists.undo_state("Lan")["undo"] == "Cập nhật nhiệm vụ NV01"
    assert lists.undo_state("Minh")["undo"] == "Cập nhật nhiệm vụ NV02"
    changes.undo_last("Lan")
    assert lists.undo_state("Lan")["redo"] == "Cập nhật nhiệm vụ NV01"
    # Minh has none of his own: the register's, which his redo reverses only once he confirms
    assert lists.undo_state("Minh") == {
        "undo": "Cập nhật nhiệm vụ NV02",
        "redo": "Cập nhật nhiệm vụ NV01",
    }
