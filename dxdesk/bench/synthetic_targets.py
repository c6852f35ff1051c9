"""The synthetic province's targets: their sources (a document, a meeting or one of its
conclusions), yearly milestones for about a third, and a series of monthly measurements each."""

from __future__ import annotations

import calendar
import random
from datetime import date

from dxdesk.bench.synthetic_meetings import Meetings
from dxdesk.bench.synthetic_reference import Reference
from dxdesk.bench.synthetic_tables import (
    AS_OF,
    FIRST_MONTH,
    MEASUREMENTS_PER_TARGET,
    Table,
    day,
)
from dxdesk.bench.synthetic_words import PLACES, TARGET_TEXTS


def months(count: int) -> list[tuple[str, str]]:
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


def targets(
    t: dict[str, Table], rnd: random.Random, count: int, ref: Reference, mt: Meetings
) -> None:
    """Add ``count`` targets with their milestones and measurements to ``t``."""
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
    calendar_months = months(24 + MEASUREMENTS_PER_TARGET + 120)
    as_of_month = (AS_OF.year - FIRST_MONTH[0]) * 12 + AS_OF.month - FIRST_MONTH[1]
    note_sent = "Số liệu do cơ quan chủ trì báo cáo"
    for tid in range(1, count + 1):
        roll = rnd.random()
        lead = rnd.choice(ref.agency_ids) if rnd.random() < 0.95 else None
        src_doc = src_meeting = src_item = None
        if roll < 0.75:
            src_doc = rnd.choice(ref.doc_ids)
            assigned = date.fromisoformat(ref.doc_dates[src_doc])
        elif roll < 0.95 or not mt.items_of:
            src_meeting = rnd.randint(1, mt.count)
            assigned = date.fromisoformat(mt.dates[src_meeting - 1])
        else:
            src_item, held = mt.items_of[rnd.randrange(len(mt.items_of))]
            src_meeting, assigned = mt.item_meeting[src_item], held
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
                rnd.choice(ref.pillar_ids) if rnd.random() < 0.95 else None,
                src_doc,
                src_meeting,
                src_item,
                lead,
                unit,
                direction,
                kind,
                base,
                goal_value,
                day(date(rnd.choice((2025, 2025, 2026, 2030)), 12, 31)),
                day(assigned),
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
            period, measured_on = calendar_months[start + k]
            progress = k / (MEASUREMENTS_PER_TARGET - 1)
            if kind == "co_khong":
                value = 1.0 if k >= switch else 0.0
            elif direction == "giam":
                value = float(
                    max(1, round(base - (base - goal / reach) * progress + rnd.uniform(-1.5, 1.5)))
                )
            else:
                value = round(base + (goal * reach - base) * progress * rnd.uniform(0.97, 1.03), 2)
            note = note_sent if k == 0 else ""
            rows.append((first_id + k, tid, period, measured_on, value, lead, note))
