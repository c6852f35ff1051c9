"""The synthetic province's tasks: consistent dates (assigned ≤ started ≤ completed, nothing
after the register's day), deadlines, states, blockers and coordinating agencies; work of an
agency that ended passes to its successor."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dxdesk.bench.synthetic_meetings import Meetings
from dxdesk.bench.synthetic_reference import Reference
from dxdesk.bench.synthetic_tables import Table, day
from dxdesk.bench.synthetic_words import BLOCKERS, PLACES, TOPICS, VERBS

REGISTER_TODAY = date(2026, 3, 31)  # dates past it have not happened yet


def tasks(
    t: dict[str, Table], rnd: random.Random, count: int, ref: Reference, mt: Meetings
) -> None:
    """Add ``count`` tasks and their coordinating agencies to ``t``."""
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
    for tid in range(1, count + 1):
        roll = rnd.random()
        src_doc = src_item = None
        group = ""
        if roll < 0.60:
            src_doc = rnd.choice(ref.doc_ids)
            assigned = date.fromisoformat(ref.doc_dates[src_doc]) + timedelta(rnd.randint(0, 20))
            group = f"Nhóm nhiệm vụ {rnd.randint(1, 8)}"
        elif roll < 0.95 and mt.items_of:
            src_item, held = mt.items_of[rnd.randrange(len(mt.items_of))]
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
        if started and started > REGISTER_TODAY:
            started = completed = None
            status = "not_started"
        if completed and completed > REGISTER_TODAY:
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
                rnd.choice(ref.pillar_ids) if rnd.random() < 0.9 else None,
                src_doc,
                src_item,
                ref.in_force(rnd.choice(ref.agency_ids) if rnd.random() < 0.97 else None, assigned),
                day(deadline) if deadline else None,
                day(assigned),
                status,
                day(started) if started else None,
                day(completed) if completed else None,
                blocker,
                tid,
            )
        )
        if rnd.random() < 0.3:
            chosen = rnd.sample(ref.agency_ids, rnd.randint(1, 3))
            for aid in dict.fromkeys(ref.in_force(a, assigned) for a in chosen):
                task_agency.rows.append((len(task_agency.rows) + 1, tid, aid))
