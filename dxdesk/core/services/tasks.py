"""Everyday edits of tasks: status, completion date, progress notes, blockers."""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.domain.task_dates import CLOSED, DatesContradict, settle_dates
from dxdesk.core.domain.text import clean
from dxdesk.core.errors import ValidationError
from dxdesk.core.services.changes import recording, require
from dxdesk.core.services.versions import check_unchanged, locked
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS


def update_task(
    code: str,
    *,
    status: TaskStatus | None = None,
    note: str | None = None,
    done_on: date | None = None,
    blocker: str | None = None,
    today: date | None = None,
    who: str = "",
    opened: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Change a task's status (dating its start and completion) and/or add a progress note.

    ``opened``: the task as the form read it; a field this save changes that someone else
    changed since is refused with both values (``versions.ChangedMeanwhile``)."""
    today = today or date.today()
    with recording(f"Cập nhật nhiệm vụ {code}", who) as rec:
        task = locked("task", code) or require("task", code)  # or the sentence it is not there
        current = records.to_record(SPECS["task"], task)  # read once, under the row's lock
        change: dict[str, Any] = {"code": code}
        if done_on is not None and status is None:
            status = TaskStatus.DONE
        if status is not None:
            status = TaskStatus(status)
            change.update(_status_change(current, status, done_on or today, today))
        if blocker is not None:
            change["blocker"] = clean(blocker)
        check_unchanged("task", code, opened, change, current)
        rec.write("task", change)
        if note:
            rec.write("note", {"task": code, "noted_on": today, "text": note, "author": who})
        return records.to_record(SPECS["task"], require("task", code))


def _status_change(
    current: dict[str, Any], status: TaskStatus, done_on: date, today: date
) -> dict[str, Any]:
    if status in CLOSED and done_on > today:
        raise ValidationError(f"Ngày hoàn thành {fmt_date(done_on)} chưa đến.")
    started = current.get("started_on")
    if status is TaskStatus.IN_PROGRESS and started is None:
        assigned = current.get("assigned_on")
        started = max(today, assigned) if assigned else today
    try:
        dates = settle_dates(
            status,
            started_on=started,
            completed_on=done_on,
            assigned_on=current.get("assigned_on"),
            working_date=today,
        )
    except DatesContradict as exc:
        raise ValidationError(str(exc)) from None
    return {"status": status.value, **dates}
