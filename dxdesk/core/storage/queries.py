"""Read paths: plain tuples and dicts out of SQL, never live model objects.

The task state at an as-of date is computed in SQL (``readsql.TASK_STATE_CODE_SQL``, the
rule's one SQL form) so that a summary of 50,000 tasks is one scan; it mirrors
``domain.rules.task_status_at`` and ``timeliness_of``, and a test checks they agree.

The summary reads through ``task_state_tally`` and ``target_band_rows`` (see their notes):
they ask SQLite only for what the figures need, and count 50,000 tasks in Python's hash
``Counter``, which is several times faster than SQLite's sort-based GROUP BY (docs/performance.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dxdesk.core.domain.rank_goal import percent_of
from dxdesk.core.domain.rollup import RolledUp, roll_up
from dxdesk.core.storage.models import database_proxy as db
from dxdesk.core.storage.pg import is_server
from dxdesk.core.storage.rank_queries import RankedTarget, ranked_targets
from dxdesk.core.storage.readsql import (
    TASK_EXISTS_SQL,
    TASK_STATE_CODE_SQL,
    TASK_STATE_SQL,
    leads_at,
)
from dxdesk.core.storage.readsql import TASK_STATES as TASK_STATES  # the summary's codes

# The programme the figures are read for (``only_programme``): None for all, NO_PROGRAMME for
# the tasks and targets that serve none. Set around a summary or a brief (one thread).
NO_PROGRAMME = "khong"
_PROGRAMME: ContextVar[str | None] = ContextVar("dxdesk_programme", default=None)


@contextmanager
def only_programme(code: str | None) -> Iterator[None]:
    """Inside this block the summary, task and target rows count one programme's work."""
    token = _PROGRAMME.set(code or None)
    try:
        yield
    finally:
        _PROGRAMME.reset(token)


def current_programme() -> str | None:
    return _PROGRAMME.get()


def in_programme(owner: str, alias: str) -> str:
    """The SQL condition (starting with AND) keeping ``alias`` rows of the chosen programme."""
    code = _PROGRAMME.get()
    if code is None:
        return ""
    if code == NO_PROGRAMME:
        return f"AND {alias}.id NOT IN (SELECT {owner}_id FROM {owner}_programme)"
    return (
        f"AND {alias}.id IN (SELECT l.{owner}_id FROM {owner}_programme l "
        f"JOIN programme p ON p.id = l.programme_id WHERE p.code = :programme)"
    )


def programme_params() -> dict[str, str]:
    code = _PROGRAMME.get()
    return {"programme": code} if code else {}


def _rows(sql: str, params: dict[str, Any] | tuple = ()) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def task_state_tally(as_of: date) -> Counter:
    """{(source_document_id, source_conclusion_id, lead_agency_id, state): number of tasks}
    for the tasks that exist at ``as_of``; ``state`` indexes ``TASK_STATES``.

    Counted in Python from one plain scan: for 50,000 tasks a Counter over the rows costs a
    third of SQLite's GROUP BY, which sorts every row in a temporary B-tree first.
    """
    sql = f"""
      SELECT t.source_document_id, t.source_conclusion_id, {_lead_sql("task", "t")},
             {TASK_STATE_CODE_SQL}
      FROM task t
      WHERE {TASK_EXISTS_SQL} {in_programme("task", "t")}
    """
    return Counter(db.execute_sql(sql, {"d": as_of.isoformat(), **programme_params()}))


def _lead_sql(owner: str, alias: str) -> str:
    """The lead agency id of ``alias`` at :d: its first handover's old agency after :d, when
    the register has handovers at all (most have none: then the plain column, no lookup)."""
    if not _rows(f"SELECT EXISTS (SELECT 1 FROM {owner}_handover)")[0][0]:
        return f"{alias}.lead_agency_id"
    return (
        f"COALESCE((SELECT h.from_agency_id FROM {owner}_handover h "
        f"WHERE h.{owner}_id = {alias}.id AND h.on_date > :d ORDER BY h.on_date LIMIT 1), "
        f"{alias}.lead_agency_id)"
    )


def lead_ids_at(owner: str, as_of: date) -> dict[int, int]:
    """{task or target id: its lead agency id at ``as_of``} for those handed over later."""
    return {row[0]: row[2] for row in leads_at(db.execute_sql, owner, as_of)}


def target_band_rows(as_of: date) -> list[tuple]:
    """What the bands of the targets assigned by ``as_of`` need, unordered: (pillar_id,
    source_document_id, source_meeting_id, direction, kind, target_value, milestone of the
    as-of year, latest value measured on or before ``as_of``). Same rows as ``target_rows``:
    the latest committee-level value, or the units' rolled-up one (``rolled_up_latest``); a
    target judged from an index rank reads as a yes/no target met or not (``domain.rank_goal``)."""
    rolled = rolled_up_latest(as_of)
    ranked = ranked_targets(as_of)
    sql = f"""
      SELECT t.pillar_id, t.source_document_id, t.source_meeting_id, t.direction, t.kind,
             t.target_value,
             (SELECT ms.value FROM milestone ms WHERE ms.target_id = t.id AND ms.year = :y),
             lm.value{", t.id" if rolled or ranked else ""}
      FROM target t
      LEFT JOIN measurement lm ON lm.id = (
          SELECT m.id FROM measurement m
          WHERE m.target_id = t.id AND m.unit_id IS NULL AND m.measured_on <= :d
          ORDER BY m.measured_on DESC, m.id DESC LIMIT 1)
      WHERE (t.assigned_on IS NULL OR t.assigned_on <= :d) {in_programme("target", "t")}
    """
    rows = _rows(sql, {"d": as_of.isoformat(), "y": as_of.year, **programme_params()})
    if not rolled and not ranked:
        return rows
    out = []
    for r in rows:
        if r[8] in ranked:
            percent = percent_of(ranked[r[8]].judgement)
            met = None if percent is None else float(percent > 0)
            out.append((*r[:4], "co_khong", 1.0, None, met))
        else:
            out.append((*r[:7], rolled[r[8]][0] if r[8] in rolled else r[7]))
    return out


def unit_value_rows(as_of: date, target_id: int | None = None) -> list[tuple]:
    """(target_id, rollup, unit_goal, direction, period, measured_on, value, unit_id) of every
    unit value measured by ``as_of`` of targets that roll units up (or of one target).

    CROSS JOIN keeps SQLite on the targets first, each one's unit values through their
    index: left to choose, it walked every measurement by date (3,3 s for 500,000 against
    0,7 ms; the summary went from ~0,4 to ~2,5 s)."""
    where = "t.rollup <> 'single'" if target_id is None else "t.id = :t"
    join = "JOIN" if is_server(db) else "CROSS JOIN"  # SQLite's way of fixing the order
    sql = f"""
      SELECT t.id, t.rollup, t.unit_goal, t.direction, m.period, m.measured_on, m.value,
             m.unit_id
      FROM target t {join} measurement m ON m.target_id = t.id
      WHERE {where} AND m.unit_id IS NOT NULL AND m.measured_on <= :d
      ORDER BY t.id, m.measured_on, m.id
    """
    return _rows(sql, {"d": as_of.isoformat(), "t": target_id})


def rolled_up_latest(as_of: date) -> dict[int, tuple[float | None, str, RolledUp]]:
    """target id → (value, period, roll-up) of the targets whose units roll up: the latest
    period any unit reported by ``as_of``, rolled up by the target's rule."""
    by_target: dict[int, list[tuple]] = {}
    for row in unit_value_rows(as_of):
        by_target.setdefault(row[0], []).append(row)
    out = {}
    for target_id, rows in by_target.items():
        latest = max(rows, key=lambda r: (r[5], r[4]))[4]  # period of the latest value
        _, rule, goal, direction, *_ = rows[0]
        values = [r[6] for r in rows if r[4] == latest]
        result = roll_up(rule, values, unit_goal=goal, lower_is_better=direction == "giam")
        out[target_id] = (result.value, latest, result)
    return out


def conclusion_items() -> list[tuple]:
    """(item id, meeting_id) of every conclusion item, by id."""
    return _rows("SELECT id, meeting_id FROM conclusion_item ORDER BY id")


def items_with_targets() -> set[int]:
    """Ids of the conclusion items some target came from (whatever its assignment date)."""
    sql = "SELECT DISTINCT source_conclusion_id FROM target WHERE source_conclusion_id IS NOT NULL"
    return {item for (item,) in _rows(sql)}


@dataclass(frozen=True)
class TargetRow:
    id: int
    code: str
    text: str
    pillar_id: int | None
    source_document_id: int | None
    source_meeting_id: int | None
    lead_agency_id: int | None
    unit: str
    direction: str
    kind: str
    baseline: float | None
    target_value: float | None
    milestone: float | None  # of the as-of year
    latest_value: float | None
    latest_period: str | None
    deadline: str | None
    source_conclusion_id: int | None
    rollup: str = "single"
    rank: RankedTarget | None = None  # judged from an index rank: its goal and verdict


def target_rows(as_of: date) -> list[TargetRow]:
    """Every target assigned by ``as_of`` with its milestone and latest measurement then."""
    sql = f"""
      SELECT t.id, t.code, t.text, t.pillar_id, t.source_document_id, t.source_meeting_id,
             t.lead_agency_id, t.unit, t.direction, t.kind, t.baseline, t.target_value,
             (SELECT ms.value FROM milestone ms WHERE ms.target_id = t.id AND ms.year = :y),
             lm.value, lm.period, t.deadline, t.source_conclusion_id, t.rollup
      FROM target t
      LEFT JOIN measurement lm ON lm.id = (
          SELECT m.id FROM measurement m
          WHERE m.target_id = t.id AND m.unit_id IS NULL AND m.measured_on <= :d
          ORDER BY m.measured_on DESC, m.id DESC LIMIT 1)
      WHERE (t.assigned_on IS NULL OR t.assigned_on <= :d) {in_programme("target", "t")}
      ORDER BY t.sort_order, t.code
    """
    params = {"d": as_of.isoformat(), "y": as_of.year, **programme_params()}
    rows = [TargetRow(*r) for r in _rows(sql, params)]
    leads = lead_ids_at("target", as_of)
    if leads:
        rows = [replace(r, lead_agency_id=leads.get(r.id, r.lead_agency_id)) for r in rows]
    rolled = rolled_up_latest(as_of)
    ranked = ranked_targets(as_of)
    if not rolled and not ranked:
        return rows
    return [
        _ranked_row(r, ranked[r.id])
        if r.id in ranked
        else replace(r, latest_value=rolled[r.id][0], latest_period=rolled[r.id][1])
        if r.id in rolled
        else r
        for r in rows
    ]


def _ranked_row(row: TargetRow, ranked: RankedTarget) -> TargetRow:
    """A target judged from a rank: its latest value is the rank used, its period the year."""
    judged = ranked.judgement
    if judged is None:
        return replace(row, latest_value=None, latest_period=None, rank=ranked)
    return replace(
        row, latest_value=float(judged.rank), latest_period=str(judged.year), rank=ranked
    )


def names(table: str, columns: str = "id, code, name") -> dict[int, tuple]:
    """id → (code, name …) for a small reference table (agencies, pillars)."""
    return {r[0]: r[1:] for r in _rows(f"SELECT {columns} FROM {table}")}


def agency_names_at(as_of: date) -> dict[int, tuple]:
    """id → (code, name) as a report at ``as_of`` names agencies: one that had ended by then
    and has a successor is named by its successor in force (followed along the chain), so a
    2026 brief names only living agencies; before the end, each agency its own name."""
    rows = names("agency", "id, code, name, valid_to")
    successor: dict[int, int] = {}
    for old, new in _rows("SELECT predecessor_id, successor_id FROM agency_succession ORDER BY id"):
        successor.setdefault(old, new)  # a split: the first successor named
    day, out = as_of.isoformat(), {}
    for agency_id, (code, name, _) in rows.items():
        current, seen = agency_id, {agency_id}
        while (
            rows[current][2] is not None
            and str(rows[current][2]) < day
            and successor.get(current) not in (None, *seen)
        ):
            current = successor[current]
            seen.add(current)
        out[agency_id] = rows[current][:2] if current != agency_id else (code, name)
    return out


def documents() -> dict[int, tuple]:
    """id → (code, symbol, doc_type, issue_date)."""
    return names("document", "id, code, symbol, doc_type, issue_date")


def meetings() -> dict[int, tuple]:
    """id → (code, title, meeting_date, kind)."""
    return names("meeting", "id, code, title, meeting_date, kind")


def conclusion_links(as_of: date, meeting_code: str | None = None) -> list[tuple]:
    """(meeting_id, item_id, item code, task status_at or None, target_id or None), of every
    item or of one meeting's (then only that meeting's tasks are read, through their index)."""
    where = (
        ""
        if meeting_code is None
        else ("WHERE ci.meeting_id IN (SELECT id FROM meeting WHERE code = :m)")
    )
    sql = f"""
      SELECT ci.meeting_id, ci.id, ci.code, st.status_at, NULL
      FROM conclusion_item ci LEFT JOIN ({TASK_STATE_SQL}) st ON st.source_conclusion_id = ci.id
      {where}
      UNION ALL
      SELECT ci.meeting_id, ci.id, ci.code, NULL, t.id
      FROM conclusion_item ci JOIN target t ON t.source_conclusion_id = ci.id
      {where}
    """
    return _rows(sql, {"d": as_of.isoformat(), "m": meeting_code})


def task_rows(as_of: date, where: str = "", params: dict[str, Any] | None = None) -> list[dict]:
    """Tasks with their state at ``as_of`` as dicts (for lists, briefs and plots)."""
    sql = f"""
      SELECT st.id, st.code, st.text, st."group", st.deadline, st.status, st.status_at,
             st.timeliness, st.completed_on, st.blocker, st.lead_agency_id,
             st.source_document_id, st.source_conclusion_id, st.pillar_id, st.assigned_on,
             ci.meeting_id
      FROM ({TASK_STATE_SQL}) st
      LEFT JOIN conclusion_item ci ON ci.id = st.source_conclusion_id
      {where or "WHERE TRUE"} {in_programme("task", "st")}
      ORDER BY st.sort_order, st.code
    """
    cursor = db.execute_sql(sql, {"d": as_of.isoformat(), **programme_params(), **(params or {})})
    columns = [c[0] for c in cursor.description]
    out = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    leads = lead_ids_at("task", as_of)
    for row in out if leads else ():
        row["lead_agency_id"] = leads.get(row["id"], row["lead_agency_id"])
    return out
