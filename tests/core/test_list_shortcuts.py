"""The lists' fast paths read less but must say the same as the full reads they stand for."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.services import lists

DATES = [date(2023, 3, 31), date(2023, 7, 15), date(2023, 12, 19)]


@pytest.mark.parametrize("as_of", DATES)
def test_one_meetings_conclusions_are_its_rows_of_the_whole_list(demo_session, as_of):
    everything = lists.conclusion_list(as_of).dicts()
    meetings = sorted({r["meeting_code"] for r in everything})
    assert len(meetings) >= 2
    for code in meetings:
        alone = lists.conclusion_list(as_of, code).dicts()
        assert alone == [r for r in everything if r["meeting_code"] == code]
    # the states are not all alike, or the comparison would prove little
    assert len({r["state"] for r in everything}) >= 2


@pytest.mark.parametrize("as_of", DATES)
def test_first_tasks_are_the_head_of_the_whole_list(demo_session, as_of):
    whole = lists.task_list(as_of)
    first = lists.task_list(as_of, limit=12)
    assert first.columns == whole.columns
    assert first.rows == whole.rows[:12]
    assert any(r[whole.index("coordinators")] for r in first.rows)  # joined, not left empty


def test_overview_lists_what_remains_of_the_last_meeting_held(demo_session):
    data = lists.overview(date(2023, 12, 19))
    last = data["last_meeting"]
    items = lists.conclusion_list(date(2023, 12, 19), last["code"]).dicts()
    assert last["items"] == len(items)
    assert last["remaining"] == [r for r in items if r["state"] != "done"]
    assert last["remaining"]  # the demo's year-end still has open conclusions


def test_latest_activity_is_the_latest_date_of_any_record(demo_session):
    from dxdesk.core.storage.models import database_proxy as db

    dates = [
        db.execute_sql(f"SELECT MAX({column}) FROM {table}").fetchone()[0]
        for table, column in [
            ("meeting", "meeting_date"),
            ("measurement", "measured_on"),
            ("task", "completed_on"),
            ("task", "assigned_on"),
            ("document", "issue_date"),
        ]
    ]
    assert lists.latest_activity() == date.fromisoformat(max(d for d in dates if d)[:10])
