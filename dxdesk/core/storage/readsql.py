"""The read SQL that needs no ORM: a task's state at a date, the task list, the latest activity.

Each reader takes ``execute(sql, params) -> cursor``: peewee's ``database.execute_sql`` in a
session, or a plain ``sqlite3`` connection's ``execute`` in the start-up preview
(:mod:`dxdesk.core.storage.preview`), which paints the first rows before peewee and the
models are even imported. Nothing here imports peewee: keep it that way (a test checks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dxdesk.core.domain.rules import DUE_SOON_DAYS

Execute = Callable[[str, Any], Any]  # (sql, params) -> a DB-API cursor

# The schema version these queries are written for: migrations.LATEST (a test checks). The
# preview reads only a file already at this version; any other goes through the migrations.
SCHEMA_VERSION = 17

# A big list first reads this many rows, to paint at once (more than any screen shows).
FIRST_ROWS = 300


@dataclass(frozen=True)
class Table:
    """A list as the GUI shows it: column names and rows (tuples in that column order)."""

    columns: tuple[str, ...]
    rows: list[tuple]

    def index(self, column: str) -> int:
        return self.columns.index(column)

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


def read_table(execute: Execute, sql: str, params: dict[str, Any] | tuple = ()) -> Table:
    cursor = execute(sql, params)
    return Table(tuple(c[0] for c in cursor.description), cursor.fetchall())


# -- the task-state rule, written once -------------------------------------------------------
# A task's (status, timeliness) at the as-of date ``:d`` — ``rules.task_status_at`` and
# ``rules.timeliness_of`` — as one small integer, an index into TASK_STATES. This CASE is the
# rule's only SQL: the lists' status_at and timeliness columns (TASK_STATE_SQL), the
# summary's tally (``queries.task_state_tally``) and the bench's floors are built from it. The
# Python rules are its mirror: a test gives random tasks to every form and checks they agree
# (tests/core/test_sql_mirrors_rules.py).
TASK_STATES: tuple[tuple[str, str | None], ...] = (
    ("not_started", "on_track"),
    ("not_started", "overdue"),
    ("not_started", "no_deadline"),
    ("in_progress", "on_track"),
    ("in_progress", "overdue"),
    ("in_progress", "no_deadline"),
    ("done", "done_on_time"),
    ("done", "done_late"),
    ("dropped", None),
)
TASK_STATE_CODE_SQL = """CASE
  WHEN t.status = 'done' AND t.completed_on IS NOT NULL AND t.completed_on <= :d
    THEN CASE WHEN t.deadline IS NULL OR t.completed_on <= t.deadline THEN 6 ELSE 7 END
  WHEN t.status = 'dropped' AND (t.completed_on IS NULL OR t.completed_on <= :d) THEN 8
  ELSE CASE WHEN t.started_on IS NOT NULL THEN CASE WHEN t.started_on <= :d THEN 3 ELSE 0 END
            WHEN t.status IN ('in_progress', 'done', 'dropped') THEN 3
            ELSE 0 END
     + CASE WHEN t.deadline IS NULL THEN 2 WHEN :d > t.deadline THEN 1 ELSE 0 END
END"""
# A task counts from its assignment date (``rules.task_exists``).
TASK_EXISTS_SQL = "(t.assigned_on IS NULL OR t.assigned_on <= :d)"


def state_codes(status: str) -> str:
    """The codes of TASK_STATES with this status, for SQL's ``IN (…)``: 'done' → '6, 7'."""
    return ", ".join(str(i) for i, (s, _) in enumerate(TASK_STATES) if s == status)


def _by_state(part: int) -> str:
    """``CASE s.state WHEN 0 THEN 'not_started' …`` : one half of TASK_STATES, by code."""
    whens = " ".join(
        f"WHEN {i} THEN '{state[part]}'"
        for i, state in enumerate(TASK_STATES)
        if state[part] is not None
    )
    return f"CASE s.state {whens} END"


# Columns: the task's own + state (the code) + status_at + timeliness at :d.
TASK_STATE_SQL = f"""
SELECT s.*, {_by_state(0)} AS status_at, {_by_state(1)} AS timeliness
FROM (SELECT t.*, {TASK_STATE_CODE_SQL} AS state FROM task t WHERE {TASK_EXISTS_SQL}) s
"""


# Tasks handed over after :d, with the agency that led each at :d (its first handover's old
# agency): the task list shows the lead of its date (docs/agencies.md).
LEADS_BEFORE_SQL = """
SELECT h.task_id, h.from_agency_id FROM task_handover h
WHERE h.on_date > :d AND NOT EXISTS (
  SELECT 1 FROM task_handover e
  WHERE e.task_id = h.task_id AND e.on_date > :d AND e.on_date < h.on_date)"""

TASKS_SQL = f"""
SELECT st.code, st.text, st."group" AS task_group, p.name AS pillar, p.code AS pillar_code,
  CASE WHEN d.id IS NOT NULL THEN d.symbol
       WHEN mt.id IS NOT NULL THEN 'KL ' || ci.code || ' – ' || mt.title ELSE '' END AS source,
  CASE WHEN d.id IS NOT NULL THEN 'document:' || d.code
       WHEN mt.id IS NOT NULL THEN 'meeting:' || mt.code ELSE '' END AS source_key,
  ci.code AS conclusion_code, la.name AS lead_agency, la.code AS lead_code,
  co.names AS coordinators, co.codes AS coordinator_codes,
  st.deadline, st.assigned_on, st.status, st.status_at, st.timeliness,
  st.started_on, st.completed_on, st.blocker,
  (SELECT MAX(n.noted_on) FROM progress_note n WHERE n.task_id = st.id) AS last_note_on
FROM ({TASK_STATE_SQL}) st
LEFT JOIN pillar p ON p.id = st.pillar_id
LEFT JOIN document d ON d.id = st.source_document_id
LEFT JOIN conclusion_item ci ON ci.id = st.source_conclusion_id
LEFT JOIN meeting mt ON mt.id = ci.meeting_id
LEFT JOIN ({LEADS_BEFORE_SQL}) hl ON hl.task_id = st.id
LEFT JOIN agency la ON la.id = COALESCE(hl.from_agency_id, st.lead_agency_id)
LEFT JOIN (
  SELECT x.task_id, group_concat(x.name, '; ') AS names, group_concat(x.code, ',') AS codes
  FROM (SELECT ta.task_id, a.name, a.code FROM task_agency ta
        JOIN agency a ON a.id = ta.agency_id {{only_first_ta}} ORDER BY ta.task_id, ta.id) x
  GROUP BY x.task_id
) co ON co.task_id = st.id
{{only_first_st}}
ORDER BY st.sort_order, st.code
"""
FIRST_TASKS = "(SELECT id FROM task ORDER BY sort_order, code LIMIT {limit})"


# Tasks and targets handed over after a date: who led each at that date (the agency it was
# handed from by its first handover after the date). Empty in most registers: then nothing
# else is asked (docs/agencies.md).
def leads_at_sql(owner: str) -> str:
    """SQL of (owner id, owner code, lead agency id, code, name) at :d, for the rows of
    ``owner`` ("task" or "target") handed over after :d."""
    return f"""
SELECT h.{owner}_id, o.code, a.id, a.code, a.name
FROM {owner}_handover h JOIN {owner} o ON o.id = h.{owner}_id
JOIN agency a ON a.id = h.from_agency_id
WHERE h.on_date > :d AND NOT EXISTS (
  SELECT 1 FROM {owner}_handover e
  WHERE e.{owner}_id = h.{owner}_id AND e.on_date > :d AND e.on_date < h.on_date)"""


def leads_at(execute: Execute, owner: str, as_of: date) -> list[tuple]:
    """(owner id, owner code, agency id, agency code, agency name) of each task or target
    whose lead at ``as_of`` is not its lead today (it was handed over later)."""
    return execute(leads_at_sql(owner), {"d": as_of.isoformat()}).fetchall()


def task_table(
    execute: Execute,
    as_of: date,
    *,
    limit: int | None = None,
    where: str = "",
    params: dict[str, Any] | None = None,
) -> Table:
    """Every task assigned by ``as_of`` (or the first ``limit``) with its status and
    timeliness then, and ``due_soon`` ("sắp đến hạn": on track, due within DUE_SOON_DAYS).
    ``where``: a condition on ``st`` starting with AND (one programme's tasks), ``params``
    its parameters."""
    if limit is None:
        sql = TASKS_SQL.format(
            only_first_ta="", only_first_st=f"WHERE 1 = 1 {where}" if where else ""
        )
    else:  # the first rows only: pick them on the task table's order index, then join
        first = FIRST_TASKS.format(limit=int(limit))
        sql = TASKS_SQL.format(
            only_first_ta=f"WHERE ta.task_id IN {first}",
            only_first_st=f"WHERE st.id IN {first} {where}",
        )
    table = read_table(execute, sql, {"d": as_of.isoformat(), **(params or {})})
    soon = (as_of + timedelta(days=DUE_SOON_DAYS)).isoformat()
    i_deadline, i_time = table.index("deadline"), table.index("timeliness")
    # names, dates and codes repeat across 50,000 rows: keep one string object of each
    shared: dict[str, str] = {}
    keep = shared.setdefault
    unique = {table.index("code"), table.index("text")}
    rows = [
        (
            *(v if i in unique or v.__class__ is not str else keep(v, v) for i, v in enumerate(r)),
            r[i_time] == "on_track" and r[i_deadline] is not None and r[i_deadline] <= soon,
        )
        for r in table.rows
    ]
    return Table((*table.columns, "due_soon"), rows)


LATEST_ACTIVITY_SQL = """SELECT MAX(d) FROM (
  SELECT MAX(meeting_date) AS d FROM meeting UNION ALL
  SELECT MAX(measured_on) FROM measurement UNION ALL
  SELECT MAX(completed_on) FROM task UNION ALL
  SELECT MAX(assigned_on) FROM task WHERE assigned_on IS NOT NULL UNION ALL
  SELECT MAX(noted_on) FROM progress_note UNION ALL
  SELECT MAX(issue_date) FROM document) AS latest"""


def latest_activity(execute: Execute) -> date | None:
    """The latest date anything happened in the register (meetings, measurements, notes …)."""
    row = execute(LATEST_ACTIVITY_SQL, ()).fetchone()
    return date.fromisoformat(row[0][:10]) if row and row[0] else None
