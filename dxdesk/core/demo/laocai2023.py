"""The Lào Cai 2023 demo register as a batch of records (see storage/records.py).

At 19/12/2023 it reproduces the province's published figures: 30 targets (23 from Kế hoạch
09-KH/BCĐCĐS + 7 added at the quý II meeting) in bands 20 / 3 / 3 / 4, and 75 tasks (23 + 22 +
30) of which 50 done, 19 in progress, 6 not started. Dates are spread deterministically so
that earlier as-of dates give the smaller figures of that moment.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dxdesk.core.demo import laocai2023_refs as refs
from dxdesk.core.demo.laocai2023_targets import ADDED_TARGETS, METHOD, PLAN_TARGETS
from dxdesk.core.demo.laocai2023_tasks import (
    BLOCKERS,
    CONCLUSIONS,
    KH09_TASKS,
    KH13_TASKS,
    YEAR_END_CONCLUSIONS,
)

AS_OF = date(2023, 12, 19)
CUT_OFF = date(2023, 12, 15)  # the year-end figures were reported by this date
QUARTER_ENDS = {
    "2023-Q1": date(2023, 3, 31),
    "2023-Q2": date(2023, 6, 30),
    "2023-Q3": date(2023, 9, 30),
    "2023-Q4": CUT_OFF,
}
MEETING_DATE = {code: day for code, _, _, day, _, _ in refs.MEETINGS}
Batch = dict[str, list[dict[str, Any]]]


def _reference_records() -> Batch:
    return {
        "pillar": [{"code": c, "name": n, "sort_order": o} for c, n, o in refs.PILLARS],
        "agency": [{"code": c, "name": n, "kind": k} for c, n, k in refs.AGENCIES],
        "member": [
            {"code": c, "name": n, "position": p, "role": r, "agency": a, "sort_order": i}
            for i, (c, n, p, r, a) in enumerate(refs.MEMBERS)
        ],
        "document": [
            {
                "code": c,
                "symbol": s,
                "style": st,
                "doc_type": t,
                "issuer": i,
                "issue_date": d,
                "subject": subj,
            }
            for c, s, st, t, i, d, subj in refs.DOCUMENTS
        ],
        "meeting": [
            {
                "code": c,
                "title": t,
                "kind": k,
                "meeting_date": d,
                "session": s,
                "place": "Trụ sở Tỉnh ủy Lào Cai",
                "chair": refs.CHAIR,
                "attendees": refs.ATTENDEES,
                "agenda": refs.AGENDA[k],
                "notice_symbol": n,
            }
            for c, t, k, d, s, n in refs.MEETINGS
        ],
    }


def _target_records() -> tuple[list, list, list]:
    targets, milestones, measurements = [], [], []
    rows = [(t, "KH09", None) for t in PLAN_TARGETS] + [
        (t, None, "HN-Q2-2023") for t in ADDED_TARGETS
    ]
    for order, (row, document, meeting) in enumerate(rows):
        code, text, pillar, lead, unit, direction, kind, base, goal, final, reached = row
        assigned = MEETING_DATE[meeting] if meeting else date(2023, 3, 10)
        deadline = date(2023, 12, 31) if goal == final else date(2025, 12, 31)
        targets.append(
            {
                "code": code,
                "text": text,
                "pillar": pillar,
                "source_document": document,
                "source_meeting": meeting,
                "source_conclusion": "KL-Q2-01" if meeting else None,
                "lead_agency": lead,
                "unit": unit,
                "direction": direction,
                "kind": kind,
                "baseline": base,
                "target_value": final,
                "deadline": deadline,
                "assigned_on": assigned,
                "method": METHOD[kind],
                "sort_order": order,
            }
        )
        if deadline.year == 2025:
            step = (final - goal) / 2
            for year, value in ((2023, goal), (2024, goal + step), (2025, final)):
                milestones.append({"target": code, "year": year, "value": round(value, 2)})
        measurements += _measurements(
            code, lead, unit, kind, direction, base, goal, reached, assigned
        )
    return targets, milestones, measurements


COUNTED = {"sản phẩm", "người", "thôn, bản"}


def _measurements(code, lead, unit, kind, direction, base, goal, reached, assigned) -> list[dict]:
    """Quarterly figures rising from the baseline to the year-end value."""
    if kind == "co_khong":
        year_end = 1.0 if reached >= 100 else 0.0
    elif direction == "giam":
        year_end = round(goal * 100 / reached)  # a rank: 20 / 17 = 117,6 %
    else:
        year_end = round(goal * reached / 100, 2)
        year_end = float(round(year_end)) if unit in COUNTED else year_end
    out = []
    periods = [p for p, end in QUARTER_ENDS.items() if end > assigned]
    for i, period in enumerate(periods, start=1):
        share = i / len(periods)
        if kind == "co_khong":
            value = year_end if i == len(periods) else 0.0
        else:
            value = round(base + (year_end - base) * share, 2)
            if direction == "giam" or unit in COUNTED:  # ranks and counts are whole numbers
                value = float(round(value))
        out.append(
            {
                "target": code,
                "period": period,
                "measured_on": QUARTER_ENDS[period],
                "value": value,
                "agency": lead,
                "note": "Số liệu báo cáo của cơ quan chủ trì",
            }
        )
    return out


def _task(
    code,
    text,
    group,
    pillar,
    lead,
    coordinators,
    deadline,
    outcome,
    assigned,
    rng: random.Random,
    *,
    document=None,
    conclusion=None,
) -> dict:
    started = completed = None
    if outcome in "DP":
        started = assigned + timedelta(days=rng.randint(7, 45))
    if outcome == "D":
        latest = min(
            CUT_OFF, (deadline or CUT_OFF) + timedelta(days=rng.choice([-40, -20, -5, 12]))
        )
        completed = max(started + timedelta(days=15), latest)
        completed = min(completed, CUT_OFF)
    return {
        "code": code,
        "text": text,
        "group": group,
        "pillar": pillar,
        "lead_agency": lead,
        "coordinators": coordinators,
        "deadline": deadline,
        "assigned_on": assigned,
        "status": {"D": "done", "P": "in_progress", "N": "not_started"}[outcome],
        "started_on": started,
        "completed_on": completed,
        "blocker": BLOCKERS.get(text, ""),
        "source_document": document,
        "source_conclusion": conclusion,
    }


def _task_records(rng: random.Random) -> tuple[list, list]:
    tasks, items = [], []
    plans = [("KH09", date(2023, 3, 10), KH09_TASKS), ("KH13", date(2023, 4, 27), KH13_TASKS)]
    for document, issued, rows in plans:
        for row in rows:
            code = f"NV{len(tasks) + 1:02d}"
            tasks.append(_task(code, *row, issued, rng, document=document))
    seq_in_meeting: dict[str, int] = {}
    for item, meeting, text, agencies, deadline, created in CONCLUSIONS:
        seq = seq_in_meeting[meeting] = seq_in_meeting.get(meeting, 0) + 1  # numbered per notice
        items.append(
            {
                "code": item,
                "meeting": meeting,
                "seq": seq,
                "text": text,
                "deadline": deadline,
                "agencies": agencies,
            }
        )
        for task_text, pillar, outcome in created:
            code = f"NV{len(tasks) + 1:02d}"
            lead, others = agencies[0], agencies[1:]
            tasks.append(
                _task(
                    code,
                    task_text,
                    "Kết luận của Ban Chỉ đạo",
                    pillar,
                    lead,
                    others,
                    deadline,
                    outcome,
                    MEETING_DATE[meeting],
                    rng,
                    conclusion=item,
                )
            )
    for seq, (item, text, agencies, deadline) in enumerate(YEAR_END_CONCLUSIONS, 1):
        items.append(
            {
                "code": item,
                "meeting": "HN-TK-2023",
                "seq": seq,
                "text": text,
                "deadline": deadline,
                "agencies": agencies,
            }
        )
    return tasks, items


def _notes(tasks: list[dict], rng: random.Random) -> list[dict]:
    notes = []
    for task in tasks[::3]:
        if task["started_on"] is None:
            continue
        day = task["completed_on"] or min(task["started_on"] + timedelta(days=60), CUT_OFF)
        text = (
            "Đã hoàn thành, gửi báo cáo kết quả về Tổ giúp việc"
            if task["completed_on"]
            else "Đang triển khai, dự kiến hoàn thành đúng tiến độ"
        )
        notes.append(
            {
                "task": task["code"],
                "noted_on": day,
                "text": text,
                "author": rng.choice(["Bùi Văn Khánh", "Nguyễn Thị Mai"]),
            }
        )
    return notes


PUBLISHED = [  # metric, value, denominator, percent, printed text
    ("targets.total", 30, None, None, "30 mục tiêu"),
    ("targets.by_band.completed", 20, 30, 66.7, "Hoàn thành và vượt kế hoạch giao: 20 mục tiêu"),
    (
        "targets.by_band.above_70",
        3,
        None,
        None,
        "Thực hiện đạt trên 70% kế hoạch giao: 03 mục tiêu",
    ),
    ("targets.by_band.from_50_to_70", 3, None, None, "Thực hiện đạt 50% -70% kế hoạch giao: 03"),
    ("targets.by_band.below_50", 4, None, None, "Thực hiện dưới 50% kế hoạch giao: 04 mục tiêu"),
    ("tasks.total", 75, None, None, "75 nhiệm vụ trọng tâm"),
    ("tasks.by_status.done", 50, None, None, "Số nhiệm vụ đã hoàn thành: 50 nhiệm vụ"),
    ("tasks.by_status.in_progress", 19, None, None, "Số nhiệm vụ đang thực hiện: 19 nhiệm vụ"),
    ("tasks.by_status.not_started", 6, None, None, "Số nhiệm vụ chưa thực hiện: 06 nhiệm vụ"),
]


def build_batch() -> Batch:
    """The whole demo register as records, deterministic."""
    rng = random.Random(2023)
    batch = _reference_records()
    batch["target"], batch["milestone"], batch["measurement"] = _target_records()
    batch["task"], batch["conclusion"] = _task_records(rng)
    batch["note"] = _notes(batch["task"], rng)
    batch["figure"] = [
        {
            "code": f"TK2023-{i:02d}",
            "metric": metric,
            "as_of": AS_OF,
            "value": value,
            "denominator": denominator,
            "percent": percent,
            "percent_places": 1,
            "printed_text": text,
            "source": "Báo cáo tổng kết năm 2023 của BCĐ CĐS tỉnh Lào Cai",
        }
        for i, (metric, value, denominator, percent, text) in enumerate(PUBLISHED, 1)
    ]
    return batch
