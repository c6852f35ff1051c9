"""The core entries of ``dxdesk bench``: bulk load, summary, workbook import.

Each entry times a dxdesk path and, in the same run on the same data, its *floor*:

* **bulk load** — writing the synthetic province through ``Session`` (checks, migrations,
  ``executemany`` on peewee's connection, one transaction, close). Floor: the same rows with
  plain ``sqlite3`` ``executemany`` into the same schema (the DDL copied from the register) in
  a second file, with the same pragmas, also closed. Both files must hold the same counts.
* **summary** — ``summarize(AS_OF, with_checks=False)`` on the big province. Floor: hand-written
  SQL on the same file computing the same aggregates: the band of every target (latest
  measurement on or before the date, milestone of the year, % of plan and band all in SQL)
  by pillar and source, the tasks' status × timeliness by source and lead agency, and the
  state of every conclusion item by meeting. The bench checks that the floor's counts equal
  the summary's before it reports a ratio (``BenchMismatch`` otherwise).
* **workbook import** — ``import_workbook`` of a 1,000-task workbook (and the agencies and
  pillars it references) into a fresh register. Floor: ``openpyxl.load_workbook(read_only=True)``
  reading every cell of the same file. The floor must see as many task rows as were imported.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import defaultdict
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

from dxdesk.bench import synthetic
from dxdesk.bench.timing import BenchMismatch, Entry, Goal, best_of, progress

QUICK_SCALE = 0.002  # 10 targets, 100 tasks, 1,000 measurements, 4 meetings
WORKBOOK_ROWS = 1_000
QUICK_WORKBOOK_ROWS = 50
SUMMARY_GOAL = Goal(max_seconds=0.100, max_ratio=1.5)
IMPORT_GOAL = Goal(max_seconds=2.0)
FLOOR_PRAGMAS = ("PRAGMA journal_mode=wal", "PRAGMA synchronous=full", "PRAGMA foreign_keys=1",
                 "PRAGMA cache_size=-32000")  # those of dxdesk.core.storage.database  # fmt: skip
BANDS = ("completed", "above_70", "from_50_to_70", "below_50", "no_data")
STATUSES = ("not_started", "in_progress", "done", "dropped")
TIMELINESS = ("done_on_time", "done_late", "on_track", "overdue", "no_deadline")


def province_file(workdir: Path, quick: bool) -> Path:
    """Where the bench keeps its synthetic province (built by the bulk-load entry)."""
    return Path(workdir) / ("province-quick" if quick else "province") / "province.db"


def ensure_province(workdir: Path, quick: bool) -> Path:
    """The province file, built now (untimed) when the bulk-load entry did not run."""
    path = province_file(workdir, quick)
    if not path.exists():
        progress("Đang tạo tỉnh giả lập cho phép đo (không tính giờ)…")
        path.parent.mkdir(parents=True, exist_ok=True)
        synthetic.build_province(path, QUICK_SCALE if quick else 1.0)
    return path


def _fmt_counts(counts: dict[str, int]) -> str:
    from dxdesk.core.domain.formats import fmt_number

    keys = ("target", "measurement", "task", "meeting", "conclusion_item")
    return ", ".join(f"{k} {fmt_number(counts.get(k, 0))}" for k in keys)


# -- bulk load ---------------------------------------------------------------------------------
def _schema(path: Path) -> list[str]:
    """The DDL of a register (tables before their indexes), to build the floor's file."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY rowid").fetchall()  # fmt: skip
        version = con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()
    return [sql for (sql,) in rows] + [f"PRAGMA user_version = {version}"]


def floor_load(path: Path, ddl: list[str], province: synthetic.Province) -> None:
    """The same rows, plain sqlite3: same pragmas, schema and transaction, closed at the end."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in FLOOR_PRAGMAS:
            con.execute(pragma)
        con.execute("BEGIN")
        for statement in ddl:
            con.execute(statement)
        synthetic.insert_all(province, con.executemany)
        con.execute("COMMIT")
    finally:
        con.close()


def table_counts(path: Path, tables: list[str]) -> dict[str, int]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def bench_bulk_load(workdir: Path, quick: bool) -> list[Entry]:
    workdir = Path(workdir)
    scale = QUICK_SCALE if quick else 1.0
    progress("Đang sinh dữ liệu tỉnh giả lập…")
    province = synthetic.generate(scale)
    expected = province.counts()
    progress(f"  {_fmt_counts(expected)}")
    runs = 1 if quick else 2
    numbers = count(1)

    def fresh(prefix: str) -> Path:
        folder = workdir / f"{prefix}-{next(numbers)}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return folder / "province.db"

    measured_files: list[Path] = []

    def measured_setup() -> Path:
        path = fresh("bulk")
        measured_files.append(path)
        return path

    progress("Đo: nạp hàng loạt qua Session (peewee)…")
    seconds, counts = best_of(lambda p: synthetic.load_province(p, province), repeat=runs,
                              warmup=False, setup=measured_setup)  # fmt: skip
    ddl = _schema(measured_files[-1])
    floor_files: list[Path] = []

    def floor_setup() -> Path:
        path = fresh("bulk-floor")
        floor_files.append(path)
        return path

    progress("Đo mức sàn: cùng các dòng bằng sqlite3 executemany…")
    floor_seconds, _ = best_of(lambda p: floor_load(p, ddl, province), repeat=runs,
                               warmup=False, setup=floor_setup)  # fmt: skip
    tables = list(expected)
    got, floor_got = table_counts(measured_files[-1], tables), table_counts(floor_files[-1], tables)
    if not (counts == expected == got == floor_got):
        raise BenchMismatch(f"Nạp hàng loạt: số dòng không khớp (dxdesk {got}, sàn {floor_got}, "
                            f"cần {expected}).")  # fmt: skip
    keep = province_file(workdir, quick)
    shutil.rmtree(keep.parent, ignore_errors=True)
    measured_files[-1].parent.rename(keep.parent)
    for path in measured_files[:-1] + floor_files:
        shutil.rmtree(path.parent, ignore_errors=True)
    label = f"Nạp hàng loạt tỉnh giả lập ({_rows(expected)} dòng)"
    return [Entry.measured("bulk load", seconds, floor_seconds, label=label)]


def _rows(counts: dict[str, int]) -> str:
    from dxdesk.core.domain.formats import fmt_number

    return fmt_number(sum(counts.values()))


# -- summary -----------------------------------------------------------------------------------
# The floor's SQL is written here by hand, apart from dxdesk.core.storage.queries, so that the
# count check compares two independent derivations of the same rules (docs/decisions.md).
FLOOR_TARGETS_SQL = """
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
    END, 6) AS pct
  FROM g
)
SELECT pillar_id, source_document_id, source_meeting_id,
  CASE WHEN pct IS NULL THEN 'no_data' WHEN pct >= 100 THEN 'completed'
       WHEN pct > 70 THEN 'above_70' WHEN pct >= 50 THEN 'from_50_to_70'
       ELSE 'below_50' END AS band,
  COUNT(*)
FROM p
GROUP BY band, pillar_id, source_document_id, source_meeting_id
"""

FLOOR_TASKS_SQL = """
SELECT
  CASE
    WHEN t.status = 'done' AND t.completed_on <= :d THEN
      CASE WHEN t.deadline IS NULL OR t.completed_on <= t.deadline
           THEN 'done/done_on_time' ELSE 'done/done_late' END
    WHEN t.status = 'dropped' AND (t.completed_on IS NULL OR t.completed_on <= :d)
      THEN 'dropped/'
    WHEN t.started_on <= :d OR (t.started_on IS NULL AND t.status <> 'not_started') THEN
      CASE WHEN t.deadline IS NULL THEN 'in_progress/no_deadline'
           WHEN t.deadline < :d THEN 'in_progress/overdue' ELSE 'in_progress/on_track' END
    ELSE
      CASE WHEN t.deadline IS NULL THEN 'not_started/no_deadline'
           WHEN t.deadline < :d THEN 'not_started/overdue' ELSE 'not_started/on_track' END
  END AS state,
  t.source_document_id, ci.meeting_id, t.lead_agency_id, COUNT(*)
FROM task t
LEFT JOIN conclusion_item ci ON ci.id = t.source_conclusion_id
WHERE t.assigned_on IS NULL OR t.assigned_on <= :d
GROUP BY state, t.source_document_id, ci.meeting_id, t.lead_agency_id
"""

FLOOR_CONCLUSIONS_SQL = """
WITH item_tasks AS (
  SELECT item, SUM(st = 'done') AS done, SUM(st = 'in_progress') AS in_progress,
         SUM(st <> 'dropped') AS active
  FROM (
    SELECT t.source_conclusion_id AS item,
      CASE
        WHEN t.status = 'done' AND t.completed_on <= :d THEN 'done'
        WHEN t.status = 'dropped' AND (t.completed_on IS NULL OR t.completed_on <= :d)
          THEN 'dropped'
        WHEN t.started_on <= :d OR (t.started_on IS NULL AND t.status <> 'not_started')
          THEN 'in_progress'
        ELSE 'not_started'
      END AS st
    FROM task t
    WHERE t.source_conclusion_id IS NOT NULL AND (t.assigned_on IS NULL OR t.assigned_on <= :d)
  )
  GROUP BY item
), item_targets AS (
  SELECT source_conclusion_id AS item FROM target
  WHERE source_conclusion_id IS NOT NULL GROUP BY source_conclusion_id
)
SELECT ci.meeting_id,
  CASE WHEN COALESCE(it.active, 0) = 0 AND tg.item IS NULL THEN 'not_assigned'
       WHEN it.active > 0 AND it.done = it.active THEN 'done'
       WHEN it.done + it.in_progress > 0 OR tg.item IS NOT NULL THEN 'in_progress'
       ELSE 'not_started' END AS state,
  COUNT(*)
FROM conclusion_item ci
JOIN meeting mt ON mt.id = ci.meeting_id
LEFT JOIN item_tasks it ON it.item = ci.id
LEFT JOIN item_targets tg ON tg.item = ci.id
WHERE mt.meeting_date <= :d
GROUP BY ci.meeting_id, state
"""


def floor_summary(con: sqlite3.Connection, as_of: date) -> dict[str, list[tuple]]:
    """The floor of the summary: its aggregates by hand-written SQL (three statements)."""
    params = {"d": as_of.isoformat(), "y": as_of.year}
    return {
        "targets": con.execute(FLOOR_TARGETS_SQL, params).fetchall(),
        "tasks": con.execute(FLOOR_TASKS_SQL, params).fetchall(),
        "conclusions": con.execute(FLOOR_CONCLUSIONS_SQL, params).fetchall(),
    }


def floor_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the register, with dxdesk's page cache size."""
    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    con.execute("PRAGMA cache_size=-32000")
    return con


def floor_counts(con: sqlite3.Connection, raw: dict[str, list[tuple]]) -> dict[str, Any]:
    """The floor's rows in the shape of :func:`summary_counts` (codes instead of ids)."""
    code = {t: dict(con.execute(f'SELECT id, code FROM "{t}"').fetchall())
            for t in ("pillar", "agency", "document", "meeting")}  # fmt: skip

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
    task_sources: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        (*STATUSES, "overdue", "total"), 0))  # fmt: skip
    agencies: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        ("overdue", "in_progress", "total"), 0))  # fmt: skip
    for state, doc_id, meeting_id, agency_id, n in raw["tasks"]:
        status, timeliness = state.split("/")
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
    conclusions: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        ("items", "done", "in_progress", "not_started", "not_assigned"), 0))  # fmt: skip
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
        raise BenchMismatch(f"Tổng hợp tại {as_of.isoformat()}: số liệu của mức sàn SQL khác "
                            "số liệu của dxdesk (dxdesk ≠ sàn): " + "; ".join(diff))  # fmt: skip


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
    label = (f"Tổng hợp tại {fmt_date(as_of)} ({_n(data['targets']['total'])} mục tiêu, "
             f"{_n(data['tasks']['total'])} nhiệm vụ)")  # fmt: skip
    return [Entry.measured("summary", seconds, floor_seconds, SUMMARY_GOAL, label=label)]


def _n(value: int) -> str:
    from dxdesk.core.domain.formats import fmt_number

    return fmt_number(value)


# -- workbook import ---------------------------------------------------------------------------
def workbook_batch(rows: int) -> dict[str, list[dict[str, Any]]]:
    """``rows`` tasks of the synthetic province as workbook records, with the agencies
    (and their parents) and pillars they reference; no documents or conclusions."""
    province = synthetic.generate(rows / synthetic.TASKS)
    agencies = {r[0]: r for r in province.tables["agency"].rows}
    pillars = {r[0]: r for r in province.tables["pillar"].rows}
    tasks = province.tables["task"].rows[:rows]
    coordinators: dict[int, list[str]] = defaultdict(list)
    for _, task_id, agency_id in province.tables["task_agency"].rows:
        coordinators[task_id].append(agencies[agency_id][1])
    day = lambda text: date.fromisoformat(text) if text else None  # noqa: E731
    used_agencies: set[int] = set()
    used_pillars: set[int] = set()
    records = []
    for (tid, code, text, group, pillar_id, _doc, _item, lead_id, deadline, assigned, status,
         started, completed, blocker, order) in tasks:  # fmt: skip
        used_pillars.add(pillar_id)
        used_agencies.add(lead_id)
        used_agencies.update(a[0] for a in agencies.values() if a[1] in coordinators[tid])
        records.append({
            "code": code, "text": text, "group": group,
            "pillar": pillars[pillar_id][1] if pillar_id else None,
            "lead_agency": agencies[lead_id][1] if lead_id else None,
            "coordinators": coordinators[tid], "deadline": day(deadline),
            "assigned_on": day(assigned), "status": status, "started_on": day(started),
            "completed_on": day(completed), "blocker": blocker, "sort_order": order,
        })  # fmt: skip
    used_agencies.update(agencies[a][4] for a in list(used_agencies) if a and agencies[a][4])
    agency_records = [{"code": a[1], "name": a[2], "kind": a[3],
                       "parent": agencies[a[4]][1] if a[4] else None,
                       "valid_from": day(a[5]), "valid_to": day(a[6])}
                      for aid, a in agencies.items() if aid in used_agencies]  # fmt: skip
    pillar_records = [{"code": p[1], "name": p[2], "sort_order": p[3]}
                      for pid, p in pillars.items() if pid in used_pillars]  # fmt: skip
    return {"pillar": pillar_records, "agency": agency_records, "task": records}


def floor_read_workbook(path: Path) -> dict[str, int]:
    """Read every cell of the workbook with openpyxl's read-only reader: {sheet: rows with a
    value in the first column, header excluded}."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows: dict[str, int] = {}
        for ws in wb.worksheets:
            n = 0
            for i, row in enumerate(ws.iter_rows(values_only=True)):
                if i and row and row[0] not in (None, ""):
                    n += 1
                for _ in row:
                    pass
            rows[ws.title] = n
        return rows
    finally:
        wb.close()


def bench_workbook_import(workdir: Path, quick: bool) -> list[Entry]:
    from dxdesk.bench import ProviderSkipped

    try:
        from dxdesk.core.exchange.workbook import import_workbook, write_workbook
        from dxdesk.core.exchange.workbook_format import sheet_name
    except ImportError as exc:
        raise ProviderSkipped("workbook import", f"chưa có mô-đun nhập Excel ({exc})") from exc
    from dxdesk.core.domain.formats import fmt_number
    from dxdesk.core.session import Session

    workdir = Path(workdir)
    rows = QUICK_WORKBOOK_ROWS if quick else WORKBOOK_ROWS
    folder = workdir / "workbook"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    book = folder / f"nhiem-vu-{rows}.xlsx"
    progress(f"Đang ghi tệp Excel {fmt_number(rows)} nhiệm vụ (write_workbook)…")
    write_workbook(book, workbook_batch(rows))
    numbers = count(1)
    sessions: dict[Path, Session] = {}

    def fresh_register() -> Path:
        path = folder / f"nhap-{next(numbers)}" / "register.db"
        path.parent.mkdir(parents=True)
        sessions[path] = Session(path, who="dxdesk bench", daily_backup=False)
        return path

    def close(path: Path) -> None:
        sessions.pop(path).close()
        shutil.rmtree(path.parent, ignore_errors=True)

    progress(f"Đo: nhập tệp Excel {fmt_number(rows)} nhiệm vụ vào sổ mới (import_workbook)…")
    repeat = 1 if quick else 3
    seconds, result = best_of(lambda _p: import_workbook(book, who="dxdesk bench"),
                              repeat=repeat, warmup=not quick, setup=fresh_register,
                              teardown=close)  # fmt: skip
    progress("Đo mức sàn: openpyxl đọc mọi ô ở chế độ chỉ đọc…")
    floor_seconds, seen = best_of(lambda: floor_read_workbook(book), repeat=repeat,
                                  warmup=not quick)  # fmt: skip
    imported = result.created.get("task", 0) + result.updated.get("task", 0)
    read = seen.get(sheet_name("task"), 0)
    if not imported == read == rows:
        raise BenchMismatch(f"Nhập Excel: dxdesk nhập {imported} nhiệm vụ, openpyxl đọc {read} "
                            f"dòng, tệp có {rows}.")  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)
    name = f"workbook import {rows:,} rows"
    label = f"Nhập tệp Excel {fmt_number(rows)} nhiệm vụ vào sổ mới"
    return [Entry.measured(name, seconds, floor_seconds, IMPORT_GOAL, label=label)]
