"""Read paths of the desktop lists: one query per list, plain tuples out, never model objects.

Each ``*_list`` function returns a :class:`Table` (column names + row tuples) so a table
model can hold 50,000 rows without a query per row. Dates stay ISO strings
('2023-03-10': they sort as they are and format cheaply); enum values stay codes; the
state of tasks, targets and conclusions at the as-of date comes from the core's rules
(``TASK_STATE_SQL``, ``summary``), never from the GUI.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from dxdesk.core.domain import rules
from dxdesk.core.domain.formats import period_end
from dxdesk.core.services import summary
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries, readsql
from dxdesk.core.storage.models import database_proxy as db
from dxdesk.core.storage.readsql import TASK_STATE_SQL, Table, read_table


def _table(sql: str, params: dict[str, Any] | tuple = ()) -> Table:
    return read_table(db.execute_sql, sql, params)


def only_programme(code: str | None) -> AbstractContextManager[None]:
    """Inside this block the lists, the summary and the series count one programme's work
    (a code, "khong" for none, None for all): the window's programme filter."""
    return queries.only_programme(code)


def task_list(as_of: date, *, limit: int | None = None) -> Table:
    """Every task assigned by ``as_of`` (or the first ``limit``) with its status and
    timeliness then, and ``due_soon`` ("sắp đến hạn": on track, due within DUE_SOON_DAYS).
    Inside ``queries.only_programme(code)``: that programme's tasks only."""
    return readsql.task_table(
        db.execute_sql,
        as_of,
        limit=limit,
        where=queries.in_programme("task", "st"),
        params=queries.programme_params(),
    )


def target_list(as_of: date) -> Table:
    """Every target assigned by ``as_of`` with its latest measurement, % of plan and band."""
    pillars = queries.names("pillar", "id, code, name")
    agencies = queries.names("agency", "id, code, name")
    docs, meets = queries.documents(), queries.meetings()
    columns = (
        "code",
        "text",
        "pillar",
        "pillar_code",
        "source",
        "source_key",
        "lead_agency",
        "lead_code",
        "unit",
        "direction",
        "kind",
        "baseline",
        "target_value",
        "milestone",
        "goal",
        "latest_value",
        "latest_period",
        "percent",
        "band",
        "deadline",
    )
    rows = []
    for t in queries.target_rows(as_of):
        percent = summary.target_percent(t, as_of)
        pillar = pillars.get(t.pillar_id, ("", ""))
        lead = agencies.get(t.lead_agency_id, ("", ""))
        if t.source_document_id in docs:
            doc = docs[t.source_document_id]
            source, key = doc[1], f"document:{doc[0]}"
        elif t.source_meeting_id in meets:
            meet = meets[t.source_meeting_id]
            source, key = meet[1], f"meeting:{meet[0]}"
        else:
            source, key = "", ""
        rows.append(
            (
                t.code,
                t.text,
                pillar[1],
                pillar[0],
                source,
                key,
                lead[1],
                lead[0],
                t.unit,
                t.direction,
                t.kind,
                t.baseline,
                t.target_value,
                t.milestone,
                _goal(t),  # what % is of
                t.latest_value,
                t.latest_period,
                percent,
                rules.band_of(percent).value,
                t.deadline,
            )
        )
    return Table(columns, rows)


def _goal(t: queries.TargetRow) -> float | None:
    """What the % of plan is of: the milestone of the year, else the target value; for a
    target judged from an index rank, the worst rank meeting its goal for the N ranked."""
    judged = t.rank.judgement if t.rank is not None else None
    if judged is not None and judged.limit is not None:
        return float(judged.limit)
    return t.milestone if t.milestone is not None else t.target_value


def meeting_list(as_of: date) -> Table:
    """Meetings with how many conclusion items each has and what came of them at ``as_of``."""
    table = _table(
        """SELECT mt.code, mt.title, mt.kind, mt.meeting_date, mt.session, mt.place, mt.chair,
                  mt.notice_symbol, (SELECT COUNT(*) FROM conclusion_item ci
                                     WHERE ci.meeting_id = mt.id) AS items
           FROM meeting mt ORDER BY mt.meeting_date, mt.code"""
    )
    states = {c["meeting"]: c for c in summary.summarize_conclusions(as_of)}
    extra = ("done", "in_progress", "not_started", "not_assigned")
    rows = [(*r, *(states.get(r[0], {}).get(k, 0) for k in extra)) for r in table.rows]
    return Table((*table.columns, *extra), rows)


CONCLUSIONS_SQL = """
SELECT ci.code, mt.code AS meeting_code, mt.title AS meeting, ci.seq, ci.text, ci.deadline,
  (SELECT group_concat(x.name, '; ') FROM (SELECT a.name FROM conclusion_agency ca
     JOIN agency a ON a.id = ca.agency_id WHERE ca.item_id = ci.id ORDER BY ca.id) x) AS agencies,
  (SELECT group_concat(x.code, ',') FROM (SELECT a.code FROM conclusion_agency ca
     JOIN agency a ON a.id = ca.agency_id WHERE ca.item_id = ci.id ORDER BY ca.id) x)
     AS agency_codes,
  (SELECT group_concat(t.code, ', ') FROM task t WHERE t.source_conclusion_id = ci.id) AS tasks,
  (SELECT group_concat(t.code, ', ') FROM target t WHERE t.source_conclusion_id = ci.id)
     AS targets,
  ci.id
FROM conclusion_item ci JOIN meeting mt ON mt.id = ci.meeting_id
{where}
ORDER BY mt.meeting_date, mt.code, ci.seq, ci.code
"""


def conclusion_list(as_of: date, meeting_code: str | None = None) -> Table:
    """The conclusion items (of every meeting, or of one) with their tasks and their state
    at ``as_of``."""
    if meeting_code is None:
        table = _table(CONCLUSIONS_SQL.format(where=""))
    else:
        table = _table(CONCLUSIONS_SQL.format(where="WHERE mt.code = ?"), (meeting_code,))
    links: dict[int, list] = {}
    for _meeting, item_id, _code, status, target_id in queries.conclusion_links(
        as_of, meeting_code
    ):
        links.setdefault(item_id, []).append(status or ("target" if target_id else None))
    rows = [(*r[:-1], conclusion_state(links.get(r[-1], []))) for r in table.rows]
    return Table((*table.columns[:-1], "state"), rows)


def conclusion_state(states: list[str | None]) -> str:
    """What came of a conclusion item, from the states at the date of the tasks made from it
    ('target' for a target made from it): the domain rule ``rules.conclusion_state``."""
    tasks = [s for s in states if s not in (None, "target", "dropped")]
    return rules.conclusion_state(
        done=tasks.count("done"),
        in_progress=tasks.count("in_progress"),
        active=len(tasks),
        has_target="target" in states,
    ).value


def document_list() -> Table:
    """Documents with the number of targets and tasks they set."""
    return _table(
        """SELECT d.code, d.symbol, d.style, d.doc_type, d.issuer, d.issue_date, d.subject,
             (SELECT COUNT(*) FROM target t WHERE t.source_document_id = d.id) AS targets,
             (SELECT COUNT(*) FROM task t WHERE t.source_document_id = d.id) AS tasks
           FROM document d ORDER BY d.issue_date, d.code"""
    )


def agency_list(as_of: date) -> Table:
    """Agencies with the tasks they lead and how many of those are overdue at ``as_of``."""
    sql = f"""
      SELECT a.code, a.name, a.kind, pa.name AS parent, pa.code AS parent_code,
             a.valid_from, a.valid_to, COALESCE(c.tasks, 0) AS tasks,
             COALESCE(c.overdue, 0) AS overdue,
             (SELECT COUNT(*) FROM member mb WHERE mb.agency_id = a.id) AS members
      FROM agency a
      LEFT JOIN agency pa ON pa.id = a.parent_id
      LEFT JOIN (SELECT st.lead_agency_id AS id, COUNT(*) AS tasks,
                        SUM(st.timeliness = 'overdue') AS overdue
                 FROM ({TASK_STATE_SQL}) st GROUP BY st.lead_agency_id) c ON c.id = a.id
      ORDER BY a.kind, a.code
    """
    return _table(sql, {"d": as_of.isoformat()})


def member_list() -> Table:
    """Committee members with their agency."""
    return _table(
        """SELECT mb.code, mb.name, mb.position, mb.role, a.name AS agency, a.code AS agency_code,
                  mb.sort_order
           FROM member mb LEFT JOIN agency a ON a.id = mb.agency_id
           ORDER BY mb.sort_order, mb.code"""
    )


def note_list(task_code: str) -> Table:
    """The progress notes of one task, newest first."""
    return _table(
        """SELECT n.noted_on, n.text, n.author FROM progress_note n JOIN task t ON t.id = n.task_id
           WHERE t.code = ? ORDER BY n.noted_on DESC, n.id DESC""",
        (task_code,),
    )


def measurement_list(target_code: str, as_of: date | None = None) -> Table:
    """The measurements of one target (taken by ``as_of`` when given), newest first; ``unit``
    names the reporting unit a value is about (empty: the committee's own value)."""
    return _table(
        """SELECT ms.period, ms.measured_on, ms.value, a.name AS agency, ms.note,
                  COALESCE(u.name, '') AS unit
           FROM measurement ms JOIN target t ON t.id = ms.target_id
           LEFT JOIN agency a ON a.id = ms.agency_id
           LEFT JOIN agency u ON u.id = ms.unit_id
           WHERE t.code = ? AND ms.measured_on <= ?
           ORDER BY ms.measured_on DESC, ms.id DESC""",
        (target_code, (as_of or date.max).isoformat()),
    )


CHOICES_SQL = {
    "agency": "SELECT code, name, valid_from, valid_to FROM agency ORDER BY kind, code",
    "pillar": "SELECT code, name FROM pillar ORDER BY sort_order, code",
    "member": "SELECT code, name || COALESCE(', ' || NULLIF(position, ''), '') FROM member "
    "ORDER BY sort_order, code",
    "document": "SELECT code, symbol || ' – ' || COALESCE(NULLIF(subject, ''), doc_type) "
    "FROM document ORDER BY issue_date, code",
    "meeting": "SELECT code, title FROM meeting ORDER BY meeting_date, code",
    "conclusion": "SELECT ci.code, mt.title || ' – ' || ci.text FROM conclusion_item ci "
    "JOIN meeting mt ON mt.id = ci.meeting_id ORDER BY mt.meeting_date, ci.seq, ci.code",
    "task": "SELECT code, text FROM task ORDER BY sort_order, code",
    "target": "SELECT code, text FROM target ORDER BY sort_order, code",
    "programme": "SELECT code, name FROM programme ORDER BY sort_order, code",
}


def choices(entity: str) -> list[tuple]:
    """(code, label, …) of every record a picker may offer (agencies: with validity dates)."""
    return db.execute_sql(CHOICES_SQL[entity]).fetchall()


def overview(as_of: date) -> dict[str, Any]:
    """The overview page: the summary, the next meeting, and what remains of the conclusions
    of the last meeting (held by ``as_of``) that had any."""
    data = summary.summarize(as_of, with_checks=False)
    held = _table(
        "SELECT code, title, meeting_date FROM meeting mt WHERE meeting_date <= ? AND EXISTS "
        "(SELECT 1 FROM conclusion_item ci WHERE ci.meeting_id = mt.id) "
        "ORDER BY meeting_date DESC, code DESC LIMIT 1",
        (as_of.isoformat(),),
    ).rows
    upcoming = _table(
        "SELECT code, title, meeting_date, place FROM meeting WHERE meeting_date > ? "
        "ORDER BY meeting_date, code LIMIT 1",
        (as_of.isoformat(),),
    ).rows
    data["next_meeting"] = (
        dict(zip(("code", "title", "date", "place"), upcoming[0], strict=True))
        if (upcoming)
        else None
    )
    data["last_meeting"] = None
    if held:
        code, title, held_on = held[0]
        items = conclusion_list(as_of, code).dicts()
        data["last_meeting"] = {
            "code": code,
            "title": title,
            "date": held_on,
            "items": len(items),
            "remaining": [r for r in items if r["state"] != "done"],
        }
    return data


def undo_state(who: str = "") -> dict[str, str | None]:
    """The action Ctrl+Z would undo and the one Ctrl+Y would redo (None when there is none):
    ``who``'s own first (undo is per account, services/undo.py), else the register's latest,
    which undo reverses only once the officer confirms."""

    def first(undone: bool) -> str | None:
        query = m.ChangeSet.select(m.ChangeSet.action).where(m.ChangeSet.undone == undone)
        query = query.order_by(m.ChangeSet.id.asc() if undone else m.ChangeSet.id.desc())
        own = query.where((m.ChangeSet.who == who) | (m.ChangeSet.who == "")) if who else query
        row = own.first() or (query.first() if who else None)
        return row.action if row else None

    return {"undo": first(False), "redo": first(True)}


def latest_activity() -> date | None:
    """The latest date anything happened in the register (meetings, measurements, notes …)."""
    return readsql.latest_activity(db.execute_sql)


def data_years() -> list[int]:
    """Every year from the register's first date to its last (meetings, documents, tasks,
    targets' deadlines and milestones, measurements), oldest first: the period selector
    lists each year of the plans, also one that holds no meeting."""
    # each source's first and last date (indexes answer most of them): a DISTINCT over
    # every date and period took ~75 ms of the lane on the bench province (500,000
    # measurements), before a big list was ready to edit
    parts = [
        f"SELECT substr(MIN({column}), 1, 4), substr(MAX({column}), 1, 4) FROM {table}"
        for table, column in YEAR_SOURCES
    ]
    parts.append("SELECT CAST(MIN(year) AS TEXT), CAST(MAX(year) AS TEXT) FROM milestone")
    rows = db.execute_sql(" UNION ALL ".join(parts)).fetchall()
    years = [int(y) for row in rows for y in row if y is not None and str(y).isdigit()]
    return list(range(min(years), max(years) + 1)) if years else []


# The dates that make the years of the period selector (and milestones' years).
YEAR_SOURCES = (
    ("meeting", "meeting_date"),
    ("task", "deadline"),
    ("task", "assigned_on"),
    ("task", "completed_on"),
    ("target", "deadline"),
    ("target", "assigned_on"),
    ("measurement", "period"),
    ("document", "issue_date"),
)


def is_empty() -> bool:
    """Whether the register holds nothing yet (the welcome screen offers to fill it)."""
    return not any(
        model.select().exists() for model in (m.Agency, m.Target, m.Task, m.Meeting, m.Document)
    )


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of a period code ('2023-Q2' → 01/04/2023, 30/06/2023)."""
    end = period_end(period)
    code = period.strip().upper()
    if "-Q" in code:
        start = date(end.year, end.month - 2, 1)
    elif "-H" in code:
        start = date(end.year, end.month - 5, 1)
    elif "-" in code:
        start = date(end.year, end.month, 1)
    else:
        start = date(end.year, 1, 1)
    return start, end
