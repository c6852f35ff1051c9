"""The synthetic province's meetings of the committee and their conclusion items, each item
assigned to one or two agencies."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from dxdesk.bench.synthetic_reference import Reference
from dxdesk.bench.synthetic_tables import Table, day
from dxdesk.bench.synthetic_words import MEETING_KINDS, PLACES, TOPICS, VERBS


@dataclass
class Meetings:
    """What the targets and tasks draw from the meetings."""

    count: int
    dates: list[str]  # meeting id - 1 → its date (ISO)
    items_of: list[tuple[int, date]]  # (item id, meeting date), in item order
    item_meeting: dict[int, int]  # item id → meeting id


def meetings(t: dict[str, Table], rnd: random.Random, count: int, ref: Reference) -> Meetings:
    """Add ``count`` meetings between 2019 and 2025 with 1–5 conclusion items each to ``t``."""
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
    meeting_days = sorted(first_day + timedelta(rnd.randrange(span)) for _ in range(count))
    items_of: list[tuple[int, date]] = []  # (item id, meeting date)
    for mid, held in enumerate(meeting_days, start=1):
        kind, title = MEETING_KINDS[rnd.randrange(len(MEETING_KINDS))]
        meeting.rows.append(
            (
                mid,
                f"HN{mid:05d}",
                f"{title} số {mid}/{held.year}",
                kind,
                day(held),
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
            deadline = day(held + timedelta(rnd.randint(30, 180))) if rnd.random() < 0.7 else None
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
            for aid in rnd.sample(ref.agency_ids, rnd.randint(1, 2)):
                item_agency.rows.append((len(item_agency.rows) + 1, iid, aid))
            items_of.append((iid, held))
    return Meetings(
        count=count,
        dates=[r[4] for r in meeting.rows],
        items_of=items_of,
        item_meeting={r[0]: r[2] for r in item.rows},
    )
