"""Cần xử lý: what needs the secretariat's attention at a date, in five groups.

One service for the window's "Cần xử lý" view and ``dxdesk attention``, so both show the same
rows (a test checks). Each group reuses the rule the rest of the register already follows:

* ``overdue`` — tasks overdue at the date: the tasks list's "Quá hạn" (``TASK_STATE_SQL``);
* ``due_soon`` — tasks on track due within ``DUE_SOON_DAYS`` days: the list's "Sắp đến hạn";
* ``not_assigned`` — conclusion items of meetings held by the date that no task (nor target)
  came from yet: the conclusions' "Chưa giao nhiệm vụ" (``rules.conclusion_state``);
* ``unmeasured`` — targets with no result for the last quarter ended by the date (the
  committee meets and reports quarterly); a target whose deadline ended before that quarter,
  or assigned after it, is not asked for one;
* ``conflicts`` — exchange conflicts waiting for a person (``offline.list_conflicts``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dxdesk.core.domain.formats import period_end
from dxdesk.core.domain.rules import DUE_SOON_DAYS
from dxdesk.core.storage import readsql
from dxdesk.core.storage.models import database_proxy as db

GROUPS = ("overdue", "due_soon", "not_assigned", "unmeasured", "conflicts")

# The one action each group's rows offer (the window's buttons, the CLI's hints).
ACTIONS = {
    "overdue": ("note", "done"),
    "due_soon": ("note", "done"),
    "not_assigned": ("assign",),
    "unmeasured": ("measure",),
    "conflicts": ("resolve",),
}


@dataclass
class AttentionRow:
    """One thing to do. ``key`` names the record the action works on (a task, conclusion
    item or target code; a conflict's number); ``day`` is the date the row is about (a
    task's deadline, a meeting's date, a conflict's detection), ``days`` how many days late
    (overdue) or left (due soon), ``period`` the result expected (unmeasured targets)."""

    group: str
    key: str
    text: str
    agency: str = ""
    agency_code: str = ""
    day: str | None = None
    days: int | None = None
    period: str = ""
    last_period: str = ""
    meeting: str = ""
    meeting_on: str | None = None  # a conclusion item's meeting day
    unit: str = ""  # a target's unit, for the result's form
    # every agency a conclusion item names, as named (empty for the other rows: their one
    # agency is ``agency_code``, the lead at the date); see ``recipients``
    agency_codes: list[str] = field(default_factory=list)
    agency_names: list[str] = field(default_factory=list)  # their names, in that order

    def recipients(self) -> list[tuple[str, str]]:
        """(code, name) of the agencies a reminder letter about this row may go to: the lead
        of a task or target; every agency of a conclusion item not given yet (asked which)."""
        if self.agency_codes:
            return list(zip(self.agency_codes, self.agency_names, strict=True))
        return [(self.agency_code, self.agency)] if self.agency_code else []

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Attention:
    as_of: date
    last_period: str
    groups: dict[str, list[AttentionRow]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {g: len(self.groups.get(g, [])) for g in GROUPS}

    def total(self) -> int:
        return sum(self.counts().values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "last_period": self.last_period,
            "counts": self.counts(),
            "groups": {g: [r.as_dict() for r in self.groups.get(g, [])] for g in GROUPS},
        }


def last_quarter(as_of: date) -> str:
    """The last quarter ended by ``as_of`` (its last day included): 19/12/2023 → 2023-Q3,
    31/12/2023 → 2023-Q4, 15/02/2024 → 2023-Q4."""
    year, quarter = as_of.year, (as_of.month - 1) // 3 + 1
    code = f"{year}-Q{quarter}"
    if period_end(code) <= as_of:
        return code
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


# Overdue tasks and tasks on track due by :soon, with the agency that led each at :d: the
# tasks list's own state rule (``TASK_STATE_CODE_SQL``) and lead at the date, reading only
# what the rows show (the whole list's SQL read 15,000 overdue rows of 20 columns for this).
_ON_TRACK = ", ".join(str(i) for i, (_s, t) in enumerate(readsql.TASK_STATES) if t == "on_track")
_OVERDUE = ", ".join(str(i) for i, (_s, t) in enumerate(readsql.TASK_STATES) if t == "overdue")
TASK_ROWS_SQL = f"""
SELECT st.code, st.text, st.deadline, st.state IN ({_OVERDUE}) AS late, la.name, la.code
FROM (SELECT t.id, t.code, t.text, t.deadline, t.lead_agency_id,
             {readsql.TASK_STATE_CODE_SQL} AS state
      FROM task t WHERE {readsql.TASK_EXISTS_SQL}) st
LEFT JOIN ({readsql.LEADS_BEFORE_SQL}) hl ON hl.task_id = st.id
LEFT JOIN agency la ON la.id = COALESCE(hl.from_agency_id, st.lead_agency_id)
WHERE st.state IN ({_OVERDUE})
   OR (st.state IN ({_ON_TRACK}) AND st.deadline IS NOT NULL AND st.deadline <= :soon)
"""


def _task_rows(as_of: date) -> tuple[list[AttentionRow], list[AttentionRow]]:
    """Overdue and due-soon tasks, by the tasks list's state rule and due-soon rule."""
    soon = (as_of + timedelta(days=DUE_SOON_DAYS)).isoformat()
    found = db.execute_sql(TASK_ROWS_SQL, {"d": as_of.isoformat(), "soon": soon}).fetchall()
    overdue, due_soon = [], []
    for code, text, deadline_text, late, lead, lead_code in found:
        deadline = date.fromisoformat(str(deadline_text)[:10]) if deadline_text else None
        row = AttentionRow(
            "overdue" if late else "due_soon",
            code,
            text or "",
            lead or "",
            lead_code or "",
            deadline.isoformat() if deadline else None,
        )
        if late:
            row.days = (as_of - deadline).days if deadline else None
            overdue.append(row)
        else:
            row.days = (deadline - as_of).days if deadline else None
            due_soon.append(row)
    overdue.sort(key=lambda x: (-(x.days or 0), x.key))
    due_soon.sort(key=lambda x: (x.days or 0, x.key))
    return overdue, due_soon


# Items of meetings held by :d from which no task existing at :d that is not dropped (state
# 8) and no target came: ``rules.conclusion_state`` == NOT_ASSIGNED (a test checks they agree
# with the conclusions list).
NOT_ASSIGNED_SQL = f"""
SELECT ci.code, ci.text, ci.deadline, mt.title, mt.meeting_date,
  (SELECT group_concat(x.name, '; ') FROM (SELECT a.name FROM conclusion_agency ca
     JOIN agency a ON a.id = ca.agency_id WHERE ca.item_id = ci.id ORDER BY ca.id) x),
  (SELECT group_concat(x.code, ',') FROM (SELECT a.code FROM conclusion_agency ca
     JOIN agency a ON a.id = ca.agency_id WHERE ca.item_id = ci.id ORDER BY ca.id) x)
FROM conclusion_item ci JOIN meeting mt ON mt.id = ci.meeting_id
WHERE mt.meeting_date <= :d
  AND NOT EXISTS (SELECT 1 FROM target g WHERE g.source_conclusion_id = ci.id)
  AND NOT EXISTS (SELECT 1 FROM task t WHERE t.source_conclusion_id = ci.id
                  AND {readsql.TASK_EXISTS_SQL} AND ({readsql.TASK_STATE_CODE_SQL}) != 8)
ORDER BY mt.meeting_date, mt.code, ci.seq, ci.code
"""


def _not_assigned(as_of: date) -> list[AttentionRow]:
    from dxdesk.core.storage import queries

    rows = db.execute_sql(NOT_ASSIGNED_SQL, {"d": as_of.isoformat()}).fetchall()
    names = {code: name for code, name in queries.names("agency").values()}
    out = []
    for code, text, deadline, title, held, agencies, codes in rows:
        named = [c for c in (codes or "").split(",") if c]
        out.append(
            AttentionRow(
                "not_assigned",
                code,
                text or "",
                agencies or "",
                named[0] if named else "",  # the first named leads when the task is given
                str(deadline)[:10] if deadline else None,
                meeting=title or "",
                meeting_on=str(held)[:10],
                agency_codes=named,
                agency_names=[names.get(c, c) for c in named],
            )
        )
    return out


def _unmeasured(as_of: date, quarter: str) -> list[AttentionRow]:
    from dxdesk.core.services import lists
    from dxdesk.core.storage import queries

    start, end = lists.period_bounds(quarter)
    agencies = queries.names("agency", "id, code, name")
    out = []
    for t in queries.target_rows(as_of):
        if t.deadline and str(t.deadline)[:10] < start.isoformat():
            continue  # its deadline ended before the quarter: no result is asked for it
        latest = t.latest_period or ""
        try:
            measured = bool(latest) and period_end(latest) >= end
        except ValueError:
            measured = False
        if not measured:
            lead = agencies.get(t.lead_agency_id, ("", ""))
            out.append(
                AttentionRow(
                    "unmeasured",
                    t.code,
                    t.text or "",
                    lead[1] or "",
                    lead[0] or "",
                    period=quarter,
                    last_period=latest,
                    unit=t.unit or "",
                )
            )
    # targets assigned after the quarter ended were not asked for its result
    late = {
        code
        for (code,) in db.execute_sql(
            "SELECT code FROM target WHERE assigned_on > ?", (end.isoformat(),)
        ).fetchall()
    }
    return [r for r in out if r.key not in late]


def _conflicts() -> list[AttentionRow]:
    from dxdesk.core.exchange.offline.conflicts import list_conflicts

    return [
        AttentionRow(
            "conflicts",
            str(c.id),
            f"{c.what} ({c.unit_label})",
            c.agency,
            c.agency,
            c.detected_at.date().isoformat() if c.detected_at else None,
        )
        for c in list_conflicts()
    ]


def attention(as_of: date) -> Attention:
    """Everything that needs the secretariat at ``as_of``, by group (see the module doc)."""
    quarter = last_quarter(as_of)
    overdue, due_soon = _task_rows(as_of)
    return Attention(
        as_of,
        quarter,
        {
            "overdue": overdue,
            "due_soon": due_soon,
            "not_assigned": _not_assigned(as_of),
            "unmeasured": _unmeasured(as_of, quarter),
            "conflicts": _conflicts(),
        },
    )


def counts(as_of: date) -> dict[str, int]:
    """How many rows each group of ``attention(as_of)`` has (the sidebar's badge), without
    reading the rows of the task groups (a test checks both agree)."""
    soon = (as_of + timedelta(days=DUE_SOON_DAYS)).isoformat()
    overdue, due_soon = db.execute_sql(
        f"""SELECT COALESCE(SUM(CASE WHEN st.timeliness = 'overdue' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN st.timeliness = 'on_track' AND st.deadline IS NOT NULL
                                AND st.deadline <= :soon THEN 1 ELSE 0 END), 0)
            FROM ({readsql.TASK_STATE_SQL}) st""",
        {"d": as_of.isoformat(), "soon": soon},
    ).fetchone()
    (not_assigned,) = db.execute_sql(
        f"SELECT COUNT(*) FROM ({NOT_ASSIGNED_SQL}) na", {"d": as_of.isoformat()}
    ).fetchone()
    return {
        "overdue": int(overdue),
        "due_soon": int(due_soon),
        "not_assigned": int(not_assigned),
        "unmeasured": len(_unmeasured(as_of, last_quarter(as_of))),
        "conflicts": len(_conflicts()),
    }
