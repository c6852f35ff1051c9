"""The core entries of ``dxdesk bench``: bulk load and workbook import (the summary's entry
is in ``summary_entries``).

Each entry times a dxdesk path and, in the same run on the same data, its *floor*:

* **bulk load** — writing the synthetic province through ``Session`` (checks, migrations,
  ``executemany`` on peewee's connection, one transaction, close). Floor: the same rows with
  plain ``sqlite3`` ``executemany`` into the same schema (the DDL copied from the register) in
  a second file, with the same pragmas, also closed. Both files must hold the same counts.
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
IMPORT_GOAL = Goal(max_seconds=2.0)
FLOOR_PRAGMAS = (
    "PRAGMA journal_mode=wal",
    "PRAGMA synchronous=full",
    "PRAGMA foreign_keys=1",
    "PRAGMA cache_size=-32000",
)  # those of dxdesk.core.storage.database


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
        rows = con.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT "
            "LIKE 'sqlite_%' ORDER BY rowid"
        ).fetchall()
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
    seconds, counts = best_of(
        lambda p: synthetic.load_province(p, province),
        repeat=runs,
        warmup=False,
        setup=measured_setup,
    )
    ddl = _schema(measured_files[-1])
    floor_files: list[Path] = []

    def floor_setup() -> Path:
        path = fresh("bulk-floor")
        floor_files.append(path)
        return path

    progress("Đo mức sàn: cùng các dòng bằng sqlite3 executemany…")
    floor_seconds, _ = best_of(
        lambda p: floor_load(p, ddl, province), repeat=runs, warmup=False, setup=floor_setup
    )
    tables = list(expected)
    got, floor_got = table_counts(measured_files[-1], tables), table_counts(floor_files[-1], tables)
    if not (counts == expected == got == floor_got):
        raise BenchMismatch(
            f"Nạp hàng loạt: số dòng không khớp (dxdesk {got}, sàn {floor_got}, cần {expected})."
        )
    keep = province_file(workdir, quick)
    shutil.rmtree(keep.parent, ignore_errors=True)
    measured_files[-1].parent.rename(keep.parent)
    for path in measured_files[:-1] + floor_files:
        shutil.rmtree(path.parent, ignore_errors=True)
    label = f"Nạp hàng loạt tỉnh giả lập ({_rows(expected)} dòng)"
    floor = (
        "cùng các dòng bằng sqlite3 executemany vào cùng lược đồ, cùng pragma, một giao "
        "dịch, đóng tệp"
    )
    return [Entry.measured("bulk load", seconds, floor_seconds, label=label, floor=floor)]


def _rows(counts: dict[str, int]) -> str:
    from dxdesk.core.domain.formats import fmt_number

    return fmt_number(sum(counts.values()))


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
    for (
        tid,
        code,
        text,
        group,
        pillar_id,
        _doc,
        _item,
        lead_id,
        deadline,
        assigned,
        status,
        started,
        completed,
        blocker,
        order,
    ) in tasks:
        used_pillars.add(pillar_id)
        used_agencies.add(lead_id)
        used_agencies.update(a[0] for a in agencies.values() if a[1] in coordinators[tid])
        records.append(
            {
                "code": code,
                "text": text,
                "group": group,
                "pillar": pillars[pillar_id][1] if pillar_id else None,
                "lead_agency": agencies[lead_id][1] if lead_id else None,
                "coordinators": coordinators[tid],
                "deadline": day(deadline),
                "assigned_on": day(assigned),
                "status": status,
                "started_on": day(started),
                "completed_on": day(completed),
                "blocker": blocker,
                "sort_order": order,
            }
        )
    used_agencies.update(agencies[a][4] for a in list(used_agencies) if a and agencies[a][4])
    agency_records = [
        {
            "code": a[1],
            "name": a[2],
            "kind": a[3],
            "parent": agencies[a[4]][1] if a[4] else None,
            "valid_from": day(a[5]),
            "valid_to": day(a[6]),
        }
        for aid, a in agencies.items()
        if aid in used_agencies
    ]
    pillar_records = [
        {"code": p[1], "name": p[2], "sort_order": p[3]}
        for pid, p in pillars.items()
        if pid in used_pillars
    ]
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
    seconds, result = best_of(
        lambda _p: import_workbook(book, who="dxdesk bench"),
        repeat=repeat,
        warmup=not quick,
        setup=fresh_register,
        teardown=close,
    )
    progress("Đo mức sàn: openpyxl đọc mọi ô ở chế độ chỉ đọc…")
    floor_seconds, seen = best_of(
        lambda: floor_read_workbook(book), repeat=repeat, warmup=not quick
    )
    imported = result.created.get("task", 0) + result.updated.get("task", 0)
    read = seen.get(sheet_name("task"), 0)
    if not imported == read == rows:
        raise BenchMismatch(
            f"Nhập Excel: dxdesk nhập {imported} nhiệm vụ, openpyxl đọc {read} dòng, tệp có {rows}."
        )
    shutil.rmtree(folder, ignore_errors=True)
    name = f"workbook import {rows:,} rows"
    label = f"Nhập tệp Excel {fmt_number(rows)} nhiệm vụ vào sổ mới"
    floor = "openpyxl.load_workbook(read_only=True) đọc mọi ô của cùng tệp"
    return [Entry.measured(name, seconds, floor_seconds, IMPORT_GOAL, label=label, floor=floor)]
