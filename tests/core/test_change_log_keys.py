"""The change log stores keys as structure: a '|' in a code or a note cannot mislead undo."""

import sqlite3
from datetime import date

from dxdesk.core.services import changes, entities, register, tasks
from dxdesk.core.session import Session
from dxdesk.core.storage import migrations
from dxdesk.core.storage import models as m


def _load(code: str = "NV|1") -> None:
    register.load(
        {
            "agency": [
                {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"}
            ],
            "task": [
                {
                    "code": code,
                    "text": "Triển khai nền tảng",
                    "status": "in_progress",
                    "lead_agency": "STTTT",
                    "assigned_on": date(2023, 3, 10),
                }
            ],
        },
        action="Nạp thử",
        who="kiểm thử",
    )


def test_undo_of_an_edit_to_a_code_with_a_bar_restores_it_and_creates_nothing(session):
    _load("NV|1")
    entities.save("task", {"code": "NV|1", "text": "Nội dung mới"})
    changes.undo_last()
    assert [(t.code, t.text) for t in m.Task.select()] == [("NV|1", "Triển khai nền tảng")]
    changes.redo_last()
    assert [(t.code, t.text) for t in m.Task.select()] == [("NV|1", "Nội dung mới")]


def test_a_note_with_bars_in_its_text_undoes_and_later_undos_still_work(session):
    _load("NV1")
    tasks.update_task("NV1", note="Đã họp | chờ kinh phí | tháng 8", today=date(2023, 8, 1))
    note = {"task": "NV1", "noted_on": date(2023, 8, 1), "text": "Đã họp | chờ kinh phí | tháng 8"}
    entities.save("note", {**note, "author": "Lan"})
    changes.undo_last()  # the author edit
    assert [(n.text, n.author) for n in m.ProgressNote.select()] == [(note["text"], "")]
    changes.undo_last()  # the note itself
    assert m.ProgressNote.select().count() == 0
    assert changes.undo_last() == "Nạp thử"  # and the undo before it
    assert m.Task.select().count() == 0


def test_history_of_a_record_with_a_bar_in_its_key_is_its_own(session):
    _load("NV|1")
    entities.save("task", {"code": "NV|1", "blocker": "Chưa có kinh phí"})
    log = changes.history("task", "NV|1")
    assert [c["op"] for c in log] == ["insert", "update"]


def test_an_old_change_log_is_migrated_to_structured_keys(tmp_path):
    path = tmp_path / "v5.db"
    with Session(path, daily_backup=False):
        _load("NV|1")
        tasks.update_task("NV|1", note="a | b", today=date(2023, 8, 1))
        entities.save(
            "note", {"task": "NV|1", "noted_on": date(2023, 8, 1), "text": "a | b", "author": "Lan"}
        )
        entities.save("task", {"code": "NV|1", "text": "Nội dung mới"})
    with sqlite3.connect(path) as con:  # as a v5 register left it: no structured key
        con.execute("DROP INDEX change_entity_key")
        con.execute("ALTER TABLE change DROP COLUMN entity_key")
        con.execute("PRAGMA user_version = 5")
    with Session(path, daily_backup=False):
        assert migrations.LATEST > 5
        for _ in range(3):
            changes.undo_last()
        assert [(t.code, t.text) for t in m.Task.select()] == [("NV|1", "Triển khai nền tảng")]
        assert m.ProgressNote.select().count() == 0
