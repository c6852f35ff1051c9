"""The synthetic province's reference tables: the committee, its agencies (departments,
districts, communes; two districts end with the 2025 reform), pillars and documents. They draw
no random numbers: the same for every seed."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from dxdesk.bench.synthetic_tables import Table
from dxdesk.bench.synthetic_words import COMMUNES, DEPARTMENTS, DISTRICTS, DOCUMENTS, PILLARS


@dataclass
class Reference:
    """What the meetings, targets and tasks draw from the reference tables."""

    agency_ids: list[int]
    ended: dict[int, date]  # agency id → the day it ended
    pillar_ids: list[int]
    doc_dates: dict[int, str]  # document id → its issue date (ISO)
    doc_ids: list[int]

    def in_force(self, aid: int | None, on: date) -> int | None:
        """An agency that ended before ``on`` gives its work to the next district."""
        return aid + 1 if aid in self.ended and on > self.ended[aid] else aid


def reference_tables(t: dict[str, Table]) -> Reference:
    """Add the committee, agency, pillar and document tables to ``t``."""
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

    pillar = t["pillar"] = Table(("id", "code", "name", "sort_order"))
    for i, (code, name) in enumerate(PILLARS, start=1):
        pillar.rows.append((i, code, name, i))

    document = t["document"] = Table(
        ("id", "code", "symbol", "style", "doc_type", "issuer", "issue_date", "subject")
    )
    for i, row in enumerate(DOCUMENTS, start=1):
        document.rows.append((i, *(unicodedata.normalize("NFC", v) for v in row)))

    return Reference(
        agency_ids=[r[0] for r in agency.rows],
        ended={r[0]: date.fromisoformat(r[6]) for r in agency.rows if r[6]},
        pillar_ids=[r[0] for r in pillar.rows],
        doc_dates={r[0]: r[6] for r in document.rows},
        doc_ids=[r[0] for r in document.rows],
    )
