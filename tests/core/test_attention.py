"""Cần xử lý: the five groups of what needs the secretariat at a date (one core service)."""

from __future__ import annotations

from datetime import date

from dxdesk.core.services import attention, lists, register

AS_OF = date(2023, 12, 19)


def _load() -> None:
    register.load(
        {
            "agency": [
                {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"},
                {"code": "SYT", "name": "Sở Y tế", "kind": "so_nganh"},
            ],
            "meeting": [
                {
                    "code": "Q3",
                    "title": "Hội nghị quý III",
                    "kind": "quy",
                    "meeting_date": date(2023, 10, 12),
                },
                {
                    "code": "TK",
                    "title": "Hội nghị tổng kết",
                    "kind": "tong_ket",
                    "meeting_date": date(2023, 12, 28),
                },
            ],
            "conclusion": [
                {
                    "code": "KL1",
                    "meeting": "Q3",
                    "seq": 1,
                    "text": "Chưa giao",
                    "agencies": ["SYT"],
                },
                {"code": "KL2", "meeting": "Q3", "seq": 2, "text": "Đã giao", "agencies": ["SYT"]},
                {"code": "KL3", "meeting": "Q3", "seq": 3, "text": "Thành mục tiêu"},
                {"code": "KL4", "meeting": "TK", "seq": 1, "text": "Họp sau ngày tính"},
            ],
            "target": [
                {"code": "MT1", "text": "Chưa đo quý III", "lead_agency": "STTTT"},
                {"code": "MT2", "text": "Đã đo quý III", "lead_agency": "STTTT"},
                {"code": "MT3", "text": "Đo cả năm", "lead_agency": "STTTT"},
                {"code": "MT4", "text": "Hết hạn từ quý I", "deadline": date(2023, 3, 31)},
                {"code": "MT5", "text": "Giao sau quý III", "assigned_on": date(2023, 10, 12)},
                {"code": "MT6", "text": "Từ kết luận", "source_conclusion": "KL3"},
            ],
            "measurement": [
                {
                    "target": "MT1",
                    "period": "2023-Q2",
                    "measured_on": date(2023, 6, 30),
                    "value": 1,
                },
                {
                    "target": "MT2",
                    "period": "2023-Q3",
                    "measured_on": date(2023, 9, 30),
                    "value": 2,
                },
                {"target": "MT3", "period": "2023", "measured_on": date(2023, 12, 1), "value": 3},
                {
                    "target": "MT6",
                    "period": "2023-Q3",
                    "measured_on": date(2023, 9, 30),
                    "value": 1,
                },
            ],
            "task": [
                # overdue: 30 days and 1 day late
                {
                    "code": "NV1",
                    "text": "Quá hạn lâu",
                    "lead_agency": "SYT",
                    "deadline": date(2023, 11, 19),
                    "status": "in_progress",
                },
                {
                    "code": "NV2",
                    "text": "Quá hạn một ngày",
                    "lead_agency": "STTTT",
                    "deadline": date(2023, 12, 18),
                    "status": "not_started",
                },
                # done late: not overdue any more; done early: not due soon
                {
                    "code": "NV3",
                    "text": "Xong muộn",
                    "deadline": date(2023, 11, 1),
                    "status": "done",
                    "completed_on": date(2023, 12, 1),
                },
                {
                    "code": "NV4",
                    "text": "Xong sớm",
                    "deadline": date(2023, 12, 20),
                    "status": "done",
                    "completed_on": date(2023, 12, 10),
                },
                # due today, in 7 days (in), in 8 days (out)
                {"code": "NV5", "text": "Hạn hôm nay", "deadline": date(2023, 12, 19)},
                {"code": "NV6", "text": "Còn 7 ngày", "deadline": date(2023, 12, 26)},
                {"code": "NV7", "text": "Còn 8 ngày", "deadline": date(2023, 12, 27)},
                {
                    "code": "NV8",
                    "text": "Từ kết luận",
                    "source_conclusion": "KL2",
                    "assigned_on": date(2023, 10, 12),
                },
                # assigned after the date: not yet anyone's to do
                {
                    "code": "NV9",
                    "text": "Giao sau",
                    "deadline": date(2023, 12, 1),
                    "assigned_on": date(2023, 12, 28),
                },
            ],
        },
        action="Nạp dữ liệu kiểm thử",
        who="kiểm thử",
    )


def _keys(data: attention.Attention, group: str) -> list[str]:
    return [r.key for r in data.groups[group]]


def test_each_group_holds_exactly_what_needs_doing(session):
    _load()
    data = attention.attention(AS_OF)
    assert _keys(data, "overdue") == ["NV1", "NV2"]  # the longest late first
    assert [r.days for r in data.groups["overdue"]] == [30, 1]
    assert data.groups["overdue"][0].agency == "Sở Y tế"
    assert _keys(data, "due_soon") == ["NV5", "NV6"]
    assert [r.days for r in data.groups["due_soon"]] == [0, 7]
    assert _keys(data, "not_assigned") == ["KL1"]  # KL4's meeting is after the date
    assert data.groups["not_assigned"][0].agency_code == "SYT"
    assert data.last_period == "2023-Q3"
    assert _keys(data, "unmeasured") == ["MT1"]
    assert data.groups["unmeasured"][0].last_period == "2023-Q2"
    assert _keys(data, "conflicts") == []
    assert data.counts() == {
        "overdue": 2,
        "due_soon": 2,
        "not_assigned": 1,
        "unmeasured": 1,
        "conflicts": 0,
    }


def test_the_task_groups_are_the_task_lists_own_filters(session):
    """Overdue and due soon are what the tasks list shows under those filters."""
    _load()
    for day in (date(2023, 10, 1), AS_OF, date(2024, 1, 5)):
        data = attention.attention(day)
        table = lists.task_list(day)
        code, time, soon = (table.index(c) for c in ("code", "timeliness", "due_soon"))
        overdue = sorted(r[code] for r in table.rows if r[time] == "overdue")
        due = sorted(r[code] for r in table.rows if r[soon])
        assert sorted(_keys(data, "overdue")) == overdue
        assert sorted(_keys(data, "due_soon")) == due


def test_the_last_period_is_the_last_quarter_ended_by_the_date():
    assert attention.last_quarter(date(2023, 12, 19)) == "2023-Q3"
    assert attention.last_quarter(date(2023, 12, 31)) == "2023-Q4"
    assert attention.last_quarter(date(2024, 2, 15)) == "2023-Q4"
    assert attention.last_quarter(date(2023, 3, 31)) == "2023-Q1"


def test_a_result_recorded_takes_the_target_off_the_list(session):
    from dxdesk.core.services import targets

    _load()
    assert _keys(attention.attention(AS_OF), "unmeasured") == ["MT1"]
    targets.measure(
        "MT1", period="2023-Q3", value=5.0, measured_on=date(2023, 10, 5), who="kiểm thử"
    )
    assert _keys(attention.attention(AS_OF), "unmeasured") == []


def test_the_badges_counts_are_the_views_rows(session):
    """The sidebar counts without reading the task rows: the same numbers at every date."""
    _load()
    for day in (date(2023, 6, 30), date(2023, 10, 12), AS_OF, date(2024, 1, 5)):
        assert attention.counts(day) == attention.attention(day).counts(), day


def test_not_assigned_is_the_conclusions_lists_own_state(session):
    _load()
    for day in (date(2023, 10, 12), AS_OF, date(2024, 1, 5)):
        held = {"Q3"} | ({"TK"} if day >= date(2023, 12, 28) else set())
        expected = sorted(
            r["code"]
            for r in lists.conclusion_list(day).dicts()
            if r["state"] == "not_assigned" and r["meeting_code"] in held
        )
        assert sorted(_keys(attention.attention(day), "not_assigned")) == expected, day


def test_a_reminder_about_an_item_may_go_to_each_agency_it_names(session):
    _load()
    from dxdesk.core.services import entities

    item = lists.conclusion_list(AS_OF, "Q3").dicts()[0]
    assert item["code"] == "KL1"
    entities.save("conclusion", {"code": "KL1", "agencies": ["SYT", "STTTT"]})
    row = attention.attention(AS_OF).groups["not_assigned"][0]
    assert row.recipients() == [("SYT", "Sở Y tế"), ("STTTT", "Sở Thông tin và Truyền thông")]
    assert row.agency_code == "SYT"
    task = attention.attention(AS_OF).groups["overdue"][0]
    assert task.recipients() == [(task.agency_code, task.agency)]  # a task's lead alone
