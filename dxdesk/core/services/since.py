"""Since the last meeting: what changed in the tasks between a chosen date and the as-of date.

"+12 hoàn thành, 3 mới quá hạn kể từ 12/10/2023": each task's state at both dates comes from
its stored dates through the one task-state rule (``readsql.TASK_STATE_CODE_SQL``, which the
lists and the summary use), so a change counted here is exactly the difference between the
two dates' lists. The default date is the last meeting held before the as-of date.

A task's changes (several may hold at once; the counts count each):

* ``new`` — assigned after the date (it did not exist then);
* ``done`` / ``dropped`` — done (or no longer carried out) now, not then;
* ``overdue`` — overdue now and not then (its deadline passed in between, still open);
* ``started`` — in progress now, not started then.

A change a person undid (a task reopened) leaves no date behind, so it is not counted: the
change log (history) has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dxdesk.core.storage.models import database_proxy as db
from dxdesk.core.storage.readsql import TASK_EXISTS_SQL, TASK_STATE_CODE_SQL, TASK_STATES

KINDS = ("done", "overdue", "new", "started", "dropped")

# The tasks whose existence or state differs between the two dates (a few dozen of 50,000:
# filtered by SQLite, not row by row in Python).
_SQL = f"""
SELECT code, was, s0, s1 FROM (
  SELECT t.code,
    {TASK_EXISTS_SQL.replace(":d", ":d0")} AS was,
    {TASK_STATE_CODE_SQL.replace(":d", ":d0")} AS s0,
    {TASK_STATE_CODE_SQL.replace(":d", ":d1")} AS s1
  FROM task t WHERE {TASK_EXISTS_SQL.replace(":d", ":d1")}
) AS c WHERE NOT c.was OR c.s0 <> c.s1
"""


@dataclass
class Since:
    """The changes between ``since`` and ``as_of`` (``meeting``: the meeting held on
    ``since`` when the date is the default one)."""

    since: date
    as_of: date
    meeting: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    by_task: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "as_of": self.as_of.isoformat(),
            "meeting": self.meeting,
            "counts": dict(self.counts),
            "tasks": {code: list(kinds) for code, kinds in sorted(self.by_task.items())},
        }


def last_meeting(as_of: date) -> tuple[date, str] | None:
    """The date and title of the last meeting held before ``as_of`` (not on it)."""
    row = db.execute_sql(
        "SELECT meeting_date, title FROM meeting WHERE meeting_date < ? "
        "ORDER BY meeting_date DESC, code DESC LIMIT 1",
        (as_of.isoformat(),),
    ).fetchone()
    return (date.fromisoformat(str(row[0])[:10]), row[1] or "") if row else None


def change_of(was: bool, before: int | None, now: int) -> tuple[str, ...]:
    """The changes of one task from its state code then (``was``: it existed) to now."""
    status1, time1 = TASK_STATES[now]
    status0, time0 = TASK_STATES[before] if was and before is not None else (None, None)
    out = []
    if status1 == "done" and status0 != "done":
        out.append("done")
    if time1 == "overdue" and time0 != "overdue":
        out.append("overdue")
    if not was:
        out.append("new")
    if status1 == "in_progress" and status0 == "not_started":
        out.append("started")
    if status1 == "dropped" and status0 != "dropped":
        out.append("dropped")
    return tuple(out)


def changes_since(since: date | None, as_of: date) -> Since | None:
    """The tasks' changes from ``since`` (None: the last meeting before ``as_of``) to
    ``as_of``; None when there is no such meeting or the date is not before ``as_of``."""
    meeting = ""
    if since is None:
        held = last_meeting(as_of)
        if held is None:
            return None
        since, meeting = held
    if since >= as_of:
        return None
    params = {"d0": since.isoformat(), "d1": as_of.isoformat()}
    by_task: dict[str, tuple[str, ...]] = {}
    counts = dict.fromkeys(KINDS, 0)
    for code, was, before, now in db.execute_sql(_SQL, params).fetchall():
        if was and before == now:
            continue
        kinds = change_of(bool(was), before, now)
        if kinds:
            by_task[code] = kinds
            for kind in kinds:
                counts[kind] += 1
    return Since(since, as_of, meeting, counts, by_task)
