"""A large synthetic province for the bench: deterministic, written straight into a register.

At scale 1 the province has 40 agencies, 4 pillars, 8 documents, 2,000 meetings with about
6,000 conclusion items, 5,000 targets (a third with yearly milestones) measured every month
for 100 months (500,000 measurements) and 50,000 tasks with consistent dates (assigned ≤
started ≤ completed), deadlines (many already past), coordinating agencies and Vietnamese
texts. The reference as-of date of the bench is :data:`AS_OF`; some records start after it
(targets assigned later, measurements and meetings still to come), so "at a date" matters.

``generate`` builds the rows in memory (seeded ``random.Random``: the same seed always gives
the same province); ``load_province`` writes them into a register opened with ``Session``, as
plain tuples through ``executemany`` on peewee's own connection inside one transaction (the
bulk path of STACK-NOTES.md, never model instances). ``build_province`` does both.
"""

from __future__ import annotations

import calendar
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dxdesk.bench.synthetic_words import (
    BLOCKERS,
    COMMUNES,
    DEPARTMENTS,
    DISTRICTS,
    DOCUMENTS,
    MEETING_KINDS,
    PILLARS,
    PLACES,
    TARGET_TEXTS,
    TOPICS,
    VERBS,
)

AS_OF = date(2025, 6, 30)  # the bench's summary date: the end of Q2 2025
SEED = 20250630
TARGETS = 5_000
TASKS = 50_000
MEETINGS = 2_000
MEASUREMENTS_PER_TARGET = 100
FIRST_MONTH = (2017, 1)  # measurement series start within 24 months of this month


@dataclass
class Table:
    columns: tuple[str, ...]
    rows: list[tuple] = field(default_factory=list)

    def insert_sql(self, name: str) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" * len(self.columns))
        return f'INSERT INTO "{name}" ({cols}) VALUES ({marks})'


@dataclass
class Province:
    """The rows of every table, in an order that satisfies the foreign keys."""

    scale: float
    seed: int
    tables: dict[str, Table]

    def counts(self) -> dict[str, int]:
        return {name: len(t.rows) for name, t in self.tables.items()}


def _scaled(full: int, scale: float) -> int:
    return max(1, round(full * scale))


def _day(d: date) -> str:
    return d.isoformat()


def _months(count: int) -> list[tuple[str, str]]:
    """(period 'YYYY-MM', last day of that month) from FIRST_MONTH on, ``count`` months."""
    year, month = FIRST_MONTH
    out = []
    for _ in range(count):
        last = calendar.monthrange(year, month)[1]
        out.append((f"{year}-{month:02d}", date(year, month, last).isoformat()))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


def generate(scale: float = 1.0, seed: int = SEED) -> Province:
    """Every row of the synthetic province (the same for the same scale and seed)."""
    rnd = random.Random(seed)
    t: dict[str, Table] = {}

    t["committee"] = Table(
        ("id", "name", "short_name", "level", "province", "place", "standing_agency")
    )
    t["committee"].rows.append(
        (
            1,
            "Ban Chỉ đạo chuyển đổi số tỉnh Hòa Bình Xanh",
            "BCĐCĐS",
            "tinh",
            "Hòa Bình Xanh",
            "Hòa Bình Xanh",
            "Sở Thông tin và Truyền thông",
        )
    )

    agency = t["agency"] = Table(
        ("id", "code", "name", "kind", "parent_id", "valid_from", "valid_to")
    )
    for code, name in DEPARTMENTS:
        agency.rows.append(
            (
                len(agency.rows) + 1,
                code,
                unicodedata.normalize("NFC", name),
                "so_nganh",
                None,
                None,
                None,
            )
        )
    first_district = len(agency.rows) + 1
    for i, name in enumerate(DISTRICTS, start=1):
        merged = "2025-06-30" if i in (4, 7) else None  # two districts end with the reform
        agency.rows.append(
            (len(agency.rows) + 1, f"UBND_H{i:02d}", f"UBND {name}", "huyen", None, None, merged)
        )
    for i, name in enumerate(COMMUNES, start=1):
        parent = first_district + (i - 1) % len(DISTRICTS)
        agency.rows.append(
            (len(agency.rows) + 1, f"UBND_X{i:02d}", f"UBND {name}", "xa", parent, None, None)
        )
    agency_ids = [r[0] for r in agency.rows]
    ended = {r[0]: date.fromisoformat(r[6]) for r in agency.rows if r[6]}

    def in_force(aid: int | None, on: date) -> int | None:
        """An agency that ended before ``on`` gives its work to the next district."""
        return aid + 1 if aid in ended and on > ended[aid] else aid

    pillar = t["pillar"] = Table(("id", "code", "name", "sort_order"))
    for i, (code, name) in enumerate(PILLARS, start=1):
        pillar.rows.append((i, code, name, i))
    pillar_ids = [r[0] for r in pillar.rows]

    document = t["document"] = Table(
        ("id", "code", "symbol", "style", "doc_type", "issuer", "issue_date", "subject")
    )
    for i, row in enumerate(DOCUMENTS, start=1):
        document.rows.append((i, *(unicodedata.normalize("NFC", v) for v in row)))
    doc_dates = {r[0]: r[6] for r in document.rows}
    doc_ids = list(doc_dates)

    meeting = t["meeting"] = Table(
        (
            "id",
            "code",
            "title",
            "kind",
            "meeting_date",
            "session",
            "place",
            "chair",
            "attendees",
            "agenda",
            "notice_symbol",
        )
    )
    item = t["conclusion_item"] = Table(("id", "code", "meeting_id", "seq", "text", "deadline"))
    item_agency = t["conclusion_agency"] = Table(("id", "item_id", "agency_id"))
    first_day, span = date(2019, 1, 1), (date(2025, 12, 31) - date(2019, 1, 1)).days
    n_meetings = _scaled(MEETINGS, scale)
    meeting_days = sorted(first_day + timedelta(rnd.randrange(span)) for _ in range(n_meetings))
    items_of: list[tuple[int, date]] = []  # (item id, meeting date)
    for mid, held in enumerate(meeting_days, start=1):
        kind, title = MEETING_KINDS[rnd.randrange(len(MEETING_KINDS))]
        meeting.rows.append(
            (
                mid,
                f"HN{mid:05d}",
                f"{title} số {mid}/{held.year}",
                kind,
                _day(held),
                rnd.choice(("sáng", "chiều")),
                "Hội trường UBND tỉnh, kết nối trực tuyến đến cấp xã",
                "Chủ tịch UBND tỉnh, Trưởng ban",
                "Thành viên Ban Chỉ đạo; Tổ giúp việc",
                f"Đánh giá kết quả chuyển đổi số; {rnd.choice(TOPICS)}",
                f"{mid}/TB-VPUBND",
            )
        )
        for seq in range(1, rnd.randint(1, 5) + 1):
            iid = len(item.rows) + 1
            deadline = _day(held + timedelta(rnd.randint(30, 180))) if rnd.random() < 0.7 else None
            item.rows.append(
                (
                    iid,
                    f"KL{mid:05d}-{seq}",
                    mid,
                    seq,
                    f"{rnd.choice(VERBS)} {rnd.choice(TOPICS)} {rnd.choice(PLACES)}",
                    deadline,
                )
            )
            for aid in rnd.sample(agency_ids, rnd.randint(1, 2)):
                item_agency.rows.append((len(item_agency.rows) + 1, iid, aid))
            items_of.append((iid, held))
    item_meeting = {r[0]: r[2] for r in item.rows}

    target = t["target"] = Table(
        (
            "id",
            "code",
            "text",
            "pillar_id",
            "source_document_id",
            "source_meeting_id",
            "source_conclusion_id",
            "lead_agency_id",
            "unit",
            "direction",
            "kind",
            "baseline",
            "target_value",
            "deadline",
            "assigned_on",
            "method",
            "sort_order",
        )
    )
    milestone = t["milestone"] = Table(("id", "target_id", "year", "value"))
    measurement = t["measurement"] = Table(
        ("id", "target_id", "period", "measured_on", "value", "agency_id", "note")
    )
    months = _months(24 + MEASUREMENTS_PER_TARGET + 120)
    as_of_month = (AS_OF.year - FIRST_MONTH[0]) * 12 + AS_OF.month - FIRST_MONTH[1]
    note_sent = "Số liệu do cơ quan chủ trì báo cáo"
    n_targets = _scaled(TARGETS, scale)
    for tid in range(1, n_targets + 1):
        roll = rnd.random()
        lead = rnd.choice(agency_ids) if rnd.random() < 0.95 else None
        src_doc = src_meeting = src_item = None
        if roll < 0.75:
            src_doc = rnd.choice(doc_ids)
            assigned = date.fromisoformat(doc_dates[src_doc])
        elif roll < 0.95 or not items_of:
            src_meeting = rnd.randint(1, n_meetings)
            assigned = date.fromisoformat(meeting.rows[src_meeting - 1][4])
        else:
            src_item, held = items_of[rnd.randrange(len(items_of))]
            src_meeting, assigned = item_meeting[src_item], held
        shape = rnd.random()
        if shape < 0.10:  # a yes/no target: "build the data centre"
            kind, direction, unit, goal, base = "co_khong", "tang", "", 1.0, 0.0
        elif shape < 0.20:  # a rank: lower is better
            kind, direction, unit = "so_lieu", "giam", "hạng"
            goal, base = float(rnd.randint(5, 30)), float(rnd.randint(30, 63))
        else:
            kind, direction = "so_lieu", "tang"
            unit = rnd.choice(("%", "%", "hồ sơ", "doanh nghiệp"))
            goal = 100.0 if unit == "%" else float(rnd.randint(50, 5000))
            base = round(goal * rnd.uniform(0.0, 0.4), 1)
        # 2 %: a target without a figure yet (no data, whatever is measured)
        goal_value = None if rnd.random() < 0.02 else goal
        target.rows.append(
            (
                tid,
                f"MT{tid:05d}",
                f"{rnd.choice(TARGET_TEXTS)} {rnd.choice(PLACES)} (chỉ tiêu {tid})",
                rnd.choice(pillar_ids) if rnd.random() < 0.95 else None,
                src_doc,
                src_meeting,
                src_item,
                lead,
                unit,
                direction,
                kind,
                base,
                goal_value,
                _day(date(rnd.choice((2025, 2025, 2026, 2030)), 12, 31)),
                _day(assigned),
                "Theo số liệu báo cáo định kỳ của cơ quan chủ trì",
                tid,
            )
        )
        if goal_value is not None and rnd.random() < 0.3:
            for k, year in enumerate(range(2023, 2027), start=1):
                if direction == "giam":
                    value = round(base - (base - goal) * k / 4)
                elif kind == "co_khong":
                    value = 1.0 if year >= 2025 else 0.0
                else:
                    value = round(base + (goal - base) * k / 4, 1)
                milestone.rows.append((len(milestone.rows) + 1, tid, year, value))
        # 100 monthly measurements; about 1 % of the series start after the as-of date.
        start = as_of_month + 1 if rnd.random() < 0.01 else rnd.randrange(24)
        reach = rnd.uniform(0.25, 1.25)  # how far towards the goal the series gets
        switch = rnd.randrange(MEASUREMENTS_PER_TARGET)
        first_id = len(measurement.rows) + 1
        rows = measurement.rows
        for k in range(MEASUREMENTS_PER_TARGET):
            period, day = months[start + k]
            progress = k / (MEASUREMENTS_PER_TARGET - 1)
            if kind == "co_khong":
                value = 1.0 if k >= switch else 0.0
            elif direction == "giam":
                value = float(
                    max(1, round(base - (base - goal / reach) * progress + rnd.uniform(-1.5, 1.5)))
                )
            else:
                value = round(base + (goal * reach - base) * progress * rnd.uniform(0.97, 1.03), 2)
            rows.append((first_id + k, tid, period, day, value, lead, note_sent if k == 0 else ""))

    task = t["task"] = Table(
        (
            "id",
            "code",
            "text",
            "group",
            "pillar_id",
            "source_document_id",
            "source_conclusion_id",
            "lead_agency_id",
            "deadline",
            "assigned_on",
            "status",
            "started_on",
            "completed_on",
            "blocker",
            "sort_order",
        )
    )
    task_agency = t["task_agency"] = Table(("id", "task_id", "agency_id"))
    register_today = date(2026, 3, 31)  # dates past it have not happened yet
    n_tasks = _scaled(TASKS, scale)
    for tid in range(1, n_tasks + 1):
        roll = rnd.random()
        src_doc = src_item = None
        group = ""
        if roll < 0.60:
            src_doc = rnd.choice(doc_ids)
            assigned = date.fromisoformat(doc_dates[src_doc]) + timedelta(rnd.randint(0, 20))
            group = f"Nhóm nhiệm vụ {rnd.randint(1, 8)}"
        elif roll < 0.95 and items_of:
            src_item, held = items_of[rnd.randrange(len(items_of))]
            assigned = held + timedelta(rnd.randint(0, 10))
        else:
            assigned = date(2021, 1, 1) + timedelta(rnd.randrange(1900))
        deadline = assigned + timedelta(rnd.randint(30, 730)) if rnd.random() < 0.85 else None
        started = completed = None
        fate = rnd.random()
        if fate < 0.03:  # dropped: sometimes with the date it was dropped
            status = "dropped"
            if rnd.random() < 0.7:
                completed = assigned + timedelta(rnd.randint(30, 400))
        elif fate < 0.15:
            status = "not_started"
        else:
            started = assigned + timedelta(rnd.randint(0, 120))
            status = "in_progress"
            if fate < 0.70:
                completed = started + timedelta(rnd.randint(10, 600))
                status = "done"
                if rnd.random() < 0.05:
                    started = None  # done, start date never recorded
        if started and started > register_today:
            started = completed = None
            status = "not_started"
        if completed and completed > register_today:
            completed = None
            status = "in_progress" if started else "not_started"
        blocker = rnd.choice(BLOCKERS) if status == "in_progress" and rnd.random() < 0.1 else ""
        task.rows.append(
            (
                tid,
                f"NV{tid:06d}",
                # unique, as real task texts are: sorting and search must not profit from
                # 1,200 texts repeated across 50,000 tasks
                f"{rnd.choice(VERBS)} {rnd.choice(TOPICS)} {rnd.choice(PLACES)}, đợt {tid}",
                group,
                rnd.choice(pillar_ids) if rnd.random() < 0.9 else None,
                src_doc,
                src_item,
                in_force(rnd.choice(agency_ids) if rnd.random() < 0.97 else None, assigned),
                _day(deadline) if deadline else None,
                _day(assigned),
                status,
                _day(started) if started else None,
                _day(completed) if completed else None,
                blocker,
                tid,
            )
        )
        if rnd.random() < 0.3:
            chosen = rnd.sample(agency_ids, rnd.randint(1, 3))
            for aid in dict.fromkeys(in_force(a, assigned) for a in chosen):
                task_agency.rows.append((len(task_agency.rows) + 1, tid, aid))
    return Province(scale, seed, t)


def insert_all(province: Province, executemany: Callable[[str, list[tuple]], object]) -> None:
    """Insert every table's rows with ``executemany(sql, rows)`` (any DB-API connection)."""
    for name, table in province.tables.items():
        if table.rows:
            executemany(table.insert_sql(name), table.rows)


def load_province(path: str | Path, province: Province) -> dict[str, int]:
    """Write ``province`` into the register at ``path`` (created if needed) in one transaction.

    The register is opened with ``Session`` (checks, migrations); rows go through
    ``executemany`` on peewee's own connection. Returns the number of rows per table.
    """
    from dxdesk.core.session import Session

    with Session(path, who="dxdesk bench", daily_backup=False) as session:
        db = session.db
        with db.atomic():
            insert_all(province, db.connection().executemany)
    return province.counts()


def build_province(path: str | Path, scale: float = 1.0, seed: int = SEED) -> dict[str, int]:
    """Generate the synthetic province at ``scale`` and write it to ``path``; row counts."""
    return load_province(path, generate(scale, seed))
