"""Since the last meeting: each task's change between two dates, from its stored dates."""

from __future__ import annotations

from datetime import date

from dxdesk.core.services import lists, register, since

MEETING = date(2023, 10, 12)
AS_OF = date(2023, 12, 19)


def _load() -> None:
    register.load(
        {
            "meeting": [
                {"code": "Q2", "title": "Quý II", "kind": "quy", "meeting_date": date(2023, 7, 14)},
                {"code": "Q3", "title": "Quý III", "kind": "quy", "meeting_date": MEETING},
                {"code": "TK", "title": "Tổng kết", "kind": "tong_ket", "meeting_date": AS_OF},
            ],
            "task": [
                {
                    "code": "NV1",
                    "text": "Xong sau họp",
                    "deadline": date(2023, 12, 31),
                    "status": "done",
                    "started_on": date(2023, 9, 1),
                    "completed_on": date(2023, 11, 2),
                },
                {
                    "code": "NV2",
                    "text": "Xong trước họp",
                    "deadline": date(2023, 12, 31),
                    "status": "done",
                    "completed_on": date(2023, 10, 1),
                },
                {
                    "code": "NV3",
                    "text": "Mới quá hạn",
                    "deadline": date(2023, 11, 30),
                    "status": "in_progress",
                    "started_on": date(2023, 9, 1),
                },
                {"code": "NV4", "text": "Quá hạn từ trước", "deadline": date(2023, 9, 30)},
                {"code": "NV5", "text": "Giao sau họp", "assigned_on": date(2023, 11, 1)},
                {
                    "code": "NV6",
                    "text": "Bắt đầu sau họp",
                    "status": "in_progress",
                    "started_on": date(2023, 11, 15),
                },
                {
                    "code": "NV7",
                    "text": "Dừng sau họp",
                    "status": "dropped",
                    "completed_on": date(2023, 12, 1),
                },
                {"code": "NV8", "text": "Giao sau ngày tính", "assigned_on": date(2024, 1, 5)},
            ],
        },
        action="Nạp dữ liệu kiểm thử",
        who="kiểm thử",
    )


def test_each_tasks_change_since_the_last_meeting(session):
    _load()
    data = since.changes_since(None, AS_OF)
    # the last meeting held before the date (not the one on it)
    assert data.since == MEETING and data.meeting == "Quý III"
    assert data.by_task == {
        "NV1": ("done",),
        "NV3": ("overdue",),
        "NV5": ("new",),
        "NV6": ("started",),
        "NV7": ("dropped",),
    }
    assert data.counts == {"done": 1, "overdue": 1, "new": 1, "started": 1, "dropped": 1}


def test_the_counts_are_the_difference_of_the_two_dates_lists(session):
    _load()
    for start, end in ((MEETING, AS_OF), (date(2023, 7, 1), AS_OF), (MEETING, date(2024, 2, 1))):
        data = since.changes_since(start, end)
        before = {r["code"]: r for r in lists.task_list(start).dicts()}
        after = lists.task_list(end).dicts()
        done = [
            r["code"]
            for r in after
            if r["status_at"] == "done" and before.get(r["code"], {}).get("status_at") != "done"
        ]
        overdue = [
            r["code"]
            for r in after
            if r["timeliness"] == "overdue"
            and before.get(r["code"], {}).get("timeliness") != "overdue"
        ]
        new = [r["code"] for r in after if r["code"] not in before]
        assert data.counts["done"] == len(done)
        assert data.counts["overdue"] == len(overdue)
        assert data.counts["new"] == len(new)
        assert sorted(c for c, k in data.by_task.items() if "done" in k) == sorted(done)


def test_a_chosen_date_and_no_meeting_before(session):
    _load()
    assert since.changes_since(None, date(2023, 7, 14)) is None  # no meeting before it
    assert since.changes_since(AS_OF, AS_OF) is None
    data = since.changes_since(date(2023, 11, 1), AS_OF)
    assert data.meeting == "" and data.by_task["NV7"] == ("dropped",)
    assert data.by_task["NV1"] == ("done",)  # done on 02/11, after the chosen day
    assert "NV5" not in data.by_task  # assigned on the chosen day itself: not new since
