"""The summary's entry of ``dxdesk bench``: ``summarize`` beside hand-written SQL.

* **summary** — ``summarize(AS_OF, with_checks=False)`` on the big province. Floor: hand-written
  SQL on the same file computing the same aggregates: the band of every target (latest
  measurement on or before the date, milestone of the year, % of plan and band all in SQL)
  by pillar and source (GROUP BY); the tasks' status × timeliness by source and lead agency
  from one plain scan counted in Python (faster than SQLite's GROUP BY, as the summary
  knows), and from the same scan the state of every conclusion item by meeting. The bench checks that the floor's counts equal
  the summary's before it reports a ratio (``BenchMismatch`` otherwise).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.bench import synthetic
from dxdesk.bench.core_entries import ensure_province
from dxdesk.bench.timing import BenchMismatch, Entry, Goal, best_of, progress
from dxdesk.core.domain.rules import ABOVE_70_OVER, COMPLETED_FROM, MIDDLE_FROM, PERCENT_PLACES
from dxdesk.core.storage.readsql import (
    TASK_EXISTS_SQL,
    TASK_STATE_CODE_SQL,
    TASK_STATES,
    state_codes,
)

SUMMARY_GOAL = Goal(max_seconds=0.100, max_ratio=1.5)
BANDS = ("completed", "above_70", "from_50_to_70", "below_50", "no_data")
STATUSES = ("not_started", "in_progress", "done", "dropped")
TIMELINESS = ("done_on_time", "done_late", "on_track", "overdue", "no_deadline")


# The floor's SQL is written here by hand, apart from dxdesk.core.storage.queries: the targets'
# % of plan and band in SQL, the counts by GROUP BY. The task-state rule is the one SQL form of
# it (readsql.TASK_STATE_CODE_SQL): the floor counts tasks the way the best hand-written SQL
# would, with the same rule, and the count check compares the two aggregations.
FLOOR_TARGETS_SQL = f"""
WITH g AS MATERIALIZED (
  SELECT t.pillar_id, t.source_document_id, t.source_meeting_id, t.kind, t.direction,
    COALESCE((SELECT ms.value FROM milestone ms WHERE ms.target_id = t.id AND ms.year = :y),
             t.target_value) AS goal,
    (SELECT m.value FROM measurement m WHERE m.target_id = t.id AND m.measured_on <= :d
     ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) AS latest
  FROM target t
  WHERE t.assigned_on IS NULL OR t.assigned_on <= :d
), p AS MATERIALIZED (
  SELECT pillar_id, source_document_id, source_meeting_id, round(CASE
      WHEN latest IS NULL THEN NULL
      WHEN kind = 'co_khong' THEN CASE WHEN latest <> 0 THEN 100.0 ELSE 0.0 END
      WHEN goal IS NULL THEN NULL
      WHEN direction = 'giam' THEN CASE WHEN latest > 0 THEN goal * 100.0 / latest
                                        WHEN goal >= latest THEN 100.0 ELSE 0.0 END
      WHEN goal = 0 THEN CASE WHEN latest >= 0 THEN 100.0 ELSE 0.0 END
      ELSE latest * 100.0 / goal
    END, {PERCENT_PLACES}) AS pct
  FROM g
)
SELECT pillar_id, source_document_id, source_meeting_id,
  CASE WHEN pct IS NULL THEN 'no_data' WHEN pct >= {COMPLETED_FROM} THEN 'completed'
       WHEN pct > {ABOVE_70_OVER} THEN 'above_70' WHEN pct >= {MIDDLE_FROM} THEN 'from_50_to_70'
       ELSE 'below_50' END AS band,
  COUNT(*)
FROM p
GROUP BY band, pillar_id, source_document_id, source_meeting_id
"""

# The tasks in one plain scan, each with its state by the rule's one CASE, counted in Python:
# for 50,000 tasks that is about half of SQLite's GROUP BY, which sorts every row first (the
# summary counts the same way; a GROUP BY floor came out slower than dxdesk, not a floor).
FLOOR_TASK_SCAN_SQL = f"""
SELECT t.source_document_id, t.source_conclusion_id, t.lead_agency_id,
  {TASK_STATE_CODE_SQL}
FROM task t
WHERE {TASK_EXISTS_SQL}
"""
FLOOR_ITEMS_SQL = """
SELECT ci.id, ci.meeting_id, mt.meeting_date <= :d
FROM conclusion_item ci JOIN meeting mt ON mt.id = ci.meeting_id
"""
FLOOR_ITEMS_WITH_TARGETS_SQL = """
SELECT DISTINCT source_conclusion_id FROM target WHERE source_conclusion_id IS NOT NULL
"""
DONE = {int(c) for c in state_codes("done").split(", ")}
IN_PROGRESS = {int(c) for c in state_codes("in_progress").split(", ")}
DROPPED = {int(c) for c in state_codes("dropped").split(", ")}


def _item_state(done: int, in_progress: int, active: int, has_target: bool) -> str:
    if active == 0 and not has_target:
        return "not_assigned"
    if active > 0 and done == active:
        return "done"
    if done + in_progress > 0 or has_target:
        return "in_progress"
    return "not_started"


def floor_summary(con: sqlite3.Connection, as_of: date) -> dict[str, list[tuple]]:
    """The floor of the summary: the targets' bands by hand-written SQL (GROUP BY); the tasks
    by one plain scan counted in Python, which also gives each conclusion item its state."""
    params = {"d": as_of.isoformat(), "y": as_of.year}
    targets = con.execute(FLOOR_TARGETS_SQL, params).fetchall()  # 5,000 rows: GROUP BY is fine
    tally = Counter(con.execute(FLOOR_TASK_SCAN_SQL, params))
    items = con.execute(FLOOR_ITEMS_SQL, params).fetchall()
    with_targets = {i for (i,) in con.execute(FLOOR_ITEMS_WITH_TARGETS_SQL)}
    meeting_of = {item: meeting for item, meeting, _ in items}
    tasks: Counter = Counter()
    per_item: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # done, in progress, active
    for (doc_id, item, agency_id, state), n in tally.items():
        tasks[(state, doc_id, meeting_of.get(item), agency_id)] += n
        if item is not None:
            counts = per_item[item]
            counts[0] += n if state in DONE else 0
            counts[1] += n if state in IN_PROGRESS else 0
            counts[2] += 0 if state in DROPPED else n
    conclusions: Counter = Counter()
    for item, meeting_id, held in items:
        if held:
            state = _item_state(*per_item.get(item, (0, 0, 0)), item in with_targets)
            conclusions[(meeting_id, state)] += 1
    return {
        "targets": targets,
        "tasks": [(*k, n) for k, n in tasks.items()],
        "conclusions": [(*k, n) for k, n in conclusions.items()],
    }


def floor_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the register, with dxdesk's page cache size."""
    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    con.execute("PRAGMA cache_size=-32000")
    return con


def floor_counts(con: sqlite3.Connection, raw: dict[str, list[tuple]]) -> dict[str, Any]:
    """The floor's rows in the shape of :func:`summary_counts` (codes instead of ids)."""
    code = {
        t: dict(con.execute(f'SELECT id, code FROM "{t}"').fetchall())
        for t in ("pillar", "agency", "document", "meeting")
    }

    def source(doc_id: int | None, meeting_id: int | None) -> str:
        if doc_id:
            return f"document:{code['document'][doc_id]}"
        return f"meeting:{code['meeting'][meeting_id]}" if meeting_id else "none:"

    by_band = dict.fromkeys(BANDS, 0)
    by_pillar: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(BANDS, 0))
    target_sources: dict[str, int] = defaultdict(int)
    for pillar_id, doc_id, meeting_id, band, n in raw["targets"]:
        by_band[band] += n
        by_pillar[code["pillar"].get(pillar_id, "")][band] += n
        target_sources[source(doc_id, meeting_id)] += n
    by_status, by_time = dict.fromkeys(STATUSES, 0), dict.fromkeys(TIMELINESS, 0)
    task_sources: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys((*STATUSES, "overdue", "total"), 0)
    )
    agencies: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(("overdue", "in_progress", "total"), 0)
    )
    for state, doc_id, meeting_id, agency_id, n in raw["tasks"]:
        status, timeliness = TASK_STATES[state]
        by_status[status] += n
        if timeliness:
            by_time[timeliness] += n
        entry = task_sources[source(doc_id, meeting_id)]
        agency = agencies[code["agency"].get(agency_id, "")]
        for counts in (entry, agency):
            counts["total"] += n
            if status in counts:
                counts[status] += n
            if timeliness == "overdue":
                counts["overdue"] += n
    conclusions: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(("items", "done", "in_progress", "not_started", "not_assigned"), 0)
    )
    for meeting_id, state, n in raw["conclusions"]:
        entry = conclusions[code["meeting"][meeting_id]]
        entry["items"] += n
        entry[state] += n
    return {
        "targets.by_band": by_band,
        "targets.by_pillar": dict(by_pillar),
        "targets.by_source": dict(target_sources),
        "tasks.by_status": by_status,
        "tasks.by_timeliness": by_time,
        "tasks.by_source": dict(task_sources),
        "tasks.by_agency": {k: v for k, v in agencies.items() if v["overdue"] or v["in_progress"]},
        "conclusions": dict(conclusions),
    }


def summary_counts(summary: dict[str, Any]) -> dict[str, Any]:
    """The counts of a ``summarize`` result, in a shape both paths can be compared in."""
    targets, tasks = summary["targets"], summary["tasks"]
    return {
        "targets.by_band": dict(targets["by_band"]),
        "targets.by_pillar": {p["code"]: {b: p[b] for b in BANDS} for p in targets["by_pillar"]},
        "targets.by_source": {f"{e['kind']}:{e['code']}": e["total"] for e in targets["by_source"]},
        "tasks.by_status": dict(tasks["by_status"]),
        "tasks.by_timeliness": dict(tasks["by_timeliness"]),
        "tasks.by_source": {
            f"{e['kind']}:{e['code']}": {k: e[k] for k in (*STATUSES, "overdue", "total")}
            for e in tasks["by_source"]
        },
        "tasks.by_agency": {
            e["code"]: {k: e[k] for k in ("overdue", "in_progress", "total")}
            for e in tasks["overdue_by_agency"]
        },
        "conclusions": {
            c["meeting"]: {
                k: c[k] for k in ("items", "done", "in_progress", "not_started", "not_assigned")
            }
            for c in summary["conclusions"]
        },
    }


def count_differences(a: dict[str, Any], b: dict[str, Any], limit: int = 5) -> list[str]:
    """Where two count structures differ ('tasks.by_status: …'), at most ``limit`` lines."""
    out = []
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        if isinstance(x, dict) and isinstance(y, dict):
            for k in sorted(set(x) | set(y), key=str):
                if x.get(k) != y.get(k):
                    out.append(f"{key}[{k}]: {x.get(k)} ≠ {y.get(k)}")
        else:
            out.append(f"{key}: {x} ≠ {y}")
    return out[:limit]


def check_summary_against_floor(path: Path, as_of: date) -> dict[str, Any]:
    """Summary and floor counts at ``as_of`` on the register at ``path`` (raises if they
    differ); opens its own session. Returns the compared counts."""
    from dxdesk.core.services.summary import summarize
    from dxdesk.core.session import Session

    with Session(path, who="dxdesk bench", daily_backup=False):
        data = summarize(as_of, with_checks=False)
    con = floor_connection(path)
    try:
        floor = floor_counts(con, floor_summary(con, as_of))
    finally:
        con.close()
    _compare(summary_counts(data), floor, as_of)
    return floor


def _compare(measured: dict[str, Any], floor: dict[str, Any], as_of: date) -> None:
    diff = count_differences(measured, floor)
    if diff:
        raise BenchMismatch(
            f"Tổng hợp tại {as_of.isoformat()}: số liệu của mức sàn SQL khác "
            "số liệu của dxdesk (dxdesk ≠ sàn): " + "; ".join(diff)
        )


def bench_summary(workdir: Path, quick: bool) -> list[Entry]:
    from dxdesk.core.domain.formats import fmt_date
    from dxdesk.core.services.summary import summarize
    from dxdesk.core.session import Session

    path = ensure_province(workdir, quick)
    as_of = synthetic.AS_OF
    repeat = 3 if quick else 9
    progress(f"Đo: tổng hợp tại {fmt_date(as_of)} (summarize)…")
    with Session(path, who="dxdesk bench", daily_backup=False):
        seconds, data = best_of(lambda: summarize(as_of, with_checks=False), repeat=repeat)
    progress("Đo mức sàn: cùng các tổng bằng SQL viết tay (sqlite3)…")
    con = floor_connection(path)
    try:
        floor_seconds, raw = best_of(lambda: floor_summary(con, as_of), repeat=repeat)
        floor = floor_counts(con, raw)
    finally:
        con.close()
    _compare(summary_counts(data), floor, as_of)
    label = (
        f"Tổng hợp tại {fmt_date(as_of)} ({_n(data['targets']['total'])} mục tiêu, "
        f"{_n(data['tasks']['total'])} nhiệm vụ)"
    )
    floor = (
        "SQL viết tay (sqlite3) tính cùng các tổng: mức của từng mục tiêu bằng GROUP BY; "
        "nhiệm vụ bằng một lần quét với quy tắc CASE, đếm bằng Counter (nhanh hơn GROUP "
        "BY), kết luận theo cuộc họp từ cùng lần quét"
    )
    return [
        Entry.measured("summary", seconds, floor_seconds, SUMMARY_GOAL, label=label, floor=floor)
    ]


def _n(value: int) -> str:
    from dxdesk.core.domain.formats import fmt_number

    return fmt_number(value)
