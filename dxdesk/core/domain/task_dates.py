"""A task's status and its dates never contradict: the one rule every writer applies.

The state a list shows at an as-of date is read from the dates (``rules.task_status_at``):
a task saved as "Đã hoàn thành" with no completion date would still read "Đang triển khai"
there. So whoever sets a status (the task form, the row menu, ``dxdesk task update``, a
workbook import, an agency's report) settles the dates with :func:`settle_dates`:

* "Đã hoàn thành" / "Không thực hiện nữa": a completion date is recorded; when none is
  given, the working date (the one the officer was asked for, by default the day of work);
  a start date after it moves back to it.
* "Đang triển khai" (also reopening a finished task): no completion date.
* "Chưa triển khai": neither a start nor a completion date.

A whole record written at once (the task form, an import) only gets the missing completion
date (:func:`with_completion_date`); any other disagreement is reported to the officer
(:func:`contradiction`), never fixed by dropping a date they typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.domain.formats import fmt_date

CLOSED = (TaskStatus.DONE, TaskStatus.DROPPED)


class DatesContradict(ValueError):
    """The dates asked for cannot go with the status (one Vietnamese sentence)."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


def settle_dates(
    status: TaskStatus | str,
    *,
    started_on: date | None,
    completed_on: date | None,
    assigned_on: date | None,
    working_date: date,
) -> dict[str, Any]:
    """The ``started_on`` and ``completed_on`` that go with ``status`` (see the module).

    Raises DatesContradict when a completion date comes before the assignment date."""
    status = TaskStatus(status)
    if status is TaskStatus.NOT_STARTED:
        return {"started_on": None, "completed_on": None}
    if status is TaskStatus.IN_PROGRESS:
        return {"started_on": started_on, "completed_on": None}
    done_on = completed_on or (max(working_date, assigned_on) if assigned_on else working_date)
    if assigned_on and done_on < assigned_on:
        raise DatesContradict(
            "completed_on",
            f"Ngày hoàn thành {fmt_date(done_on)} trước ngày giao nhiệm vụ {fmt_date(assigned_on)}.",
        )
    if started_on and started_on > done_on:
        started_on = done_on  # it cannot have started after it ended
    return {"started_on": started_on, "completed_on": done_on}


def with_completion_date(record: dict[str, Any], working_date: date) -> dict[str, Any]:
    """A task record (as storage/records.py writes it) that is finished but has no completion
    date gets the working date (never before its assignment); other records are returned as
    they are: a remaining contradiction is the writer's to report (:func:`contradiction`)."""
    status = TaskStatus(record.get("status") or TaskStatus.NOT_STARTED.value)
    if status not in CLOSED or record.get("completed_on") is not None:
        return record
    assigned = record.get("assigned_on")
    done_on = max(working_date, assigned) if assigned else working_date
    return {**record, "completed_on": done_on}


def contradiction(record: dict[str, Any]) -> tuple[str, str] | None:
    """(the field at fault, why in one sentence) when a task record's status and dates
    disagree, else None."""
    status = TaskStatus(record.get("status") or TaskStatus.NOT_STARTED.value)
    if status in CLOSED and record.get("completed_on") is None:
        return "completed_on", f"Nhiệm vụ “{status.label}” cần có ngày hoàn thành."
    if status not in CLOSED and record.get("completed_on") is not None:
        return "completed_on", (
            f"Nhiệm vụ “{status.label}” không có ngày hoàn thành (chỉ ghi "
            "khi đã hoàn thành hoặc không thực hiện nữa)."
        )
    if status is TaskStatus.NOT_STARTED and record.get("started_on") is not None:
        return "started_on", f"Nhiệm vụ “{status.label}” không có ngày bắt đầu."
    return None
