"""Every write is logged; undo and redo restore records with their links and children."""

from datetime import date

import pytest

from dxdesk.core.errors import ImportFailed
from dxdesk.core.services import changes, entities, meetings, register, targets, tasks
from dxdesk.core.storage import models as m


@pytest.fixture
def small(session):
    register.load(
        {
            "agency": [
                {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"},
                {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"},
            ],
            "pillar": [{"code": "CQS", "name": "Chính quyền số"}],
            "meeting": [
                {
                    "code": "Q2",
                    "title": "Hội nghị BCĐ quý II/2023",
                    "kind": "quy",
                    "meeting_date": date(2023, 7, 14),
                }
            ],
            "conclusion": [
                {
                    "code": "KL1",
                    "meeting": "Q2",
                    "text": "Xây dựng kho dữ liệu",
                    "deadline": date(2023, 12, 31),
                    "agencies": ["STTTT", "BX"],
                }
            ],
            "target": [
                {
                    "code": "MT1",
                    "text": "Tỷ lệ hồ sơ trực tuyến",
                    "direction": "tang",
                    "kind": "so_lieu",
                    "target_value": 80.0,
                    "lead_agency": "STTTT",
                }
            ],
            "task": [
                {
                    "code": "NV1",
                    "text": "Triển khai nền tảng",
                    "status": "in_progress",
                    "lead_agency": "STTTT",
                    "coordinators": ["BX"],
                    "assigned_on": date(2023, 3, 10),
                }
            ],
        },
        action="Nạp thử",
        who="kiểm thử",
    )
    return session


def test_every_write_is_logged_with_who_and_what(small):
    tasks.update_task(
        "NV1",
        status=tasks.TaskStatus.DONE,
        done_on=date(2023, 9, 1),
        today=date(2023, 12, 1),
        who="Lan",
    )
    log = changes.history("task", "NV1")
    assert log[0]["op"] == "insert"
    updates = {c["field"]: (c["old"], c["new"]) for c in log if c["op"] == "update"}
    assert updates["status"] == ("in_progress", "done")
    assert updates["completed_on"] == (None, date(2023, 9, 1))
    assert log[-1]["who"] == "Lan"


def test_undo_of_a_delete_restores_the_record_with_its_links(small):
    tasks.update_task("NV1", note="Đã họp triển khai", today=date(2023, 8, 1))
    entities.delete("task", "NV1")
    assert m.Task.select().count() == 0 and m.ProgressNote.select().count() == 0
    changes.undo_last()
    task = entities.get("task", "NV1")
    assert task["coordinators"] == ["BX"] and task["lead_agency"] == "STTTT"
    assert [n.text for n in m.ProgressNote.select()] == ["Đã họp triển khai"]


def test_undo_of_a_target_delete_restores_its_measurements(small):
    targets.measure("MT1", period="2023-Q2", value=55, today=date(2023, 12, 1))
    entities.delete("target", "MT1")
    changes.undo_last()
    assert [(x.period, x.value) for x in m.Measurement.select()] == [("2023-Q2", 55.0)]


def test_redo_replays_an_undone_change_and_a_new_change_drops_redo(small):
    entities.save("task", {"code": "NV1", "text": "Nội dung mới"})
    changes.undo_last()
    assert entities.get("task", "NV1")["text"] == "Triển khai nền tảng"
    changes.redo_last()
    assert entities.get("task", "NV1")["text"] == "Nội dung mới"
    changes.undo_last()
    entities.save("task", {"code": "NV1", "blocker": "Chưa có kinh phí"})
    assert changes.redo_last() is None


def test_a_rename_keeps_links_and_undoes(small):
    entities.save(
        "agency",
        {"code": "SKHCN", "name": "Sở Thông tin và Truyền thông"},
        original_key={"code": "STTTT"},
    )
    assert entities.get("task", "NV1")["lead_agency"] == "SKHCN"
    changes.undo_last()
    assert entities.get("task", "NV1")["lead_agency"] == "STTTT"


def test_field_errors_name_the_field(small):
    with pytest.raises(entities.FieldError) as err:
        entities.save("task", {"code": "NV2", "text": "x", "lead_agency": "KHONGCO"})
    assert err.value.field == "lead_agency" and "KHONGCO" in str(err.value)
    with pytest.raises(entities.FieldError) as err:
        entities.save("task", {"code": "NV2", "text": "", "lead_agency": "BX"})
    assert err.value.field == "text"


def test_text_is_stored_nfc(small):
    import unicodedata

    entities.save("task", {"code": "NV2", "text": unicodedata.normalize("NFD", "Số hoá")})
    assert entities.get("task", "NV2")["text"] == "Số hoá"


def test_assigning_a_conclusion_item_creates_a_linked_task(small):
    task = meetings.assign_task("KL1")
    assert task["code"] == "NV2"
    assert (task["source_conclusion"], task["lead_agency"], task["coordinators"]) == (
        "KL1",
        "STTTT",
        ["BX"],
    )
    assert task["deadline"] == date(2023, 12, 31) and task["assigned_on"] == date(2023, 7, 14)
    assert meetings.tasks_of_item("KL1") == ["NV2"]


def test_a_bad_batch_writes_nothing(small):
    before = (m.Task.select().count(), m.Change.select().count())
    with pytest.raises(ImportFailed) as err:
        register.load(
            {
                "task": [
                    {
                        "code": "NV9",
                        "text": "x",
                        "status": "done",
                        "lead_agency": "KHONGCO",
                        "_row": 4,
                    }
                ]
            },
            action="x",
        )
    assert err.value.errors[0].row == 4
    assert (m.Task.select().count(), m.Change.select().count()) == before


def test_a_failing_use_case_leaves_nothing_half_written(small):
    with pytest.raises(RuntimeError), changes.recording("hỏng") as rec:
        rec.write("task", {"code": "NV1", "text": "Sửa dở"})
        raise RuntimeError("mất điện giữa chừng")
    assert entities.get("task", "NV1")["text"] == "Triển khai nền tảng"
    assert not m.ChangeSet.select().where(m.ChangeSet.action == "hỏng").exists()
