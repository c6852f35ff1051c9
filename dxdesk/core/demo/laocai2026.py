"""The Lào Cai demo register continued through 2024–2026 (``dxdesk demo --through 2026``).

ILLUSTRATIVE DATA: the reorganisation is real (Sở TT&TT merged into Sở KH&CN on 01/03/2025;
Lào Cai and Yên Bái merged and the districts ended on 01/07/2025; NQ 57-NQ/TW of 22/12/2024),
but the 2024–2026 plans, tasks, targets, progress and the communes' work here are invented to
show how a register lives through it; every such record says "(minh họa)". Nothing here is
dated on or before 19/12/2023, so the 2023 figures stay exactly as the province published them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.demo.laocai2023_refs import DISTRICTS
from dxdesk.core.services.register import load
from dxdesk.core.services.succession import succeed

MARK = " (minh họa)"
MERGER = date(2025, 7, 1)  # NQ 202/2025/QH15: Lào Cai + Yên Bái; districts end
DEPARTMENTS = date(2025, 3, 1)  # Sở TT&TT into Sở KH&CN
THROUGH = date(2026, 6, 30)

# district → the commune or ward that takes its open work (one each: the demo keeps it simple)
COMMUNES = {
    "TPLC": ("PLAOCAI", "UBND phường Lào Cai", "phuong"),
    "TXSP": ("PSAPA", "UBND phường Sa Pa", "phuong"),
    "HBX": ("XBATXAT", "UBND xã Bát Xát", "xa"),
    "HMK": ("XMUONGKHUONG", "UBND xã Mường Khương", "xa"),
    "HSMC": ("XSIMACAI", "UBND xã Si Ma Cai", "xa"),
    "HBH": ("XBACHA", "UBND xã Bắc Hà", "xa"),
    "HBT": ("XBAOTHANG", "UBND xã Bảo Thắng", "xa"),
    "HBY": ("XBAOYEN", "UBND xã Bảo Yên", "xa"),
    "HVB": ("XVANBAN", "UBND xã Văn Bàn", "xa"),
}
YEN_BAI = [  # units of the former Yên Bái that join the new province's register
    ("PYENBAI", "UBND phường Yên Bái", "phuong"),
    ("PNGHIALO", "UBND phường Nghĩa Lộ", "phuong"),
    ("XLUCYEN", "UBND xã Lục Yên", "xa"),
]
PROGRAMMES = [
    ("NQ57", "Nghị quyết 57-NQ/TW về đột phá phát triển KHCN, ĐMST và CĐS quốc gia", 1),
    ("DA06", "Đề án 06/CP về dữ liệu dân cư, định danh và xác thực điện tử", 2),
]
DOCUMENTS = [
    (
        "KH2024",
        "15-KH/BCĐCĐS",
        "dang",
        "Kế hoạch",
        "Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai",
        date(2024, 2, 20),
        "Chuyển đổi số tỉnh Lào Cai năm 2024" + MARK,
    ),
    (
        "NQ57",
        "57-NQ/TW",
        "dang",
        "Nghị quyết",
        "Bộ Chính trị",
        date(2024, 12, 22),
        "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    ),
    (
        "CTHD57",
        "25-CTr/TU",
        "dang",
        "Chương trình",
        "Tỉnh ủy Lào Cai",
        date(2025, 2, 25),
        "Chương trình hành động thực hiện Nghị quyết 57-NQ/TW" + MARK,
    ),
]

NQ57_TASKS = [  # code, text, lead, deadline, (status, started, completed) at THROUGH
    (
        "NQ57-01",
        "Kiện toàn Ban Chỉ đạo về KHCN, ĐMST và CĐS của tỉnh",
        "VPUBND",
        date(2025, 4, 30),
        ("done", date(2025, 3, 5), date(2025, 4, 20)),
    ),
    (
        "NQ57-02",
        "Bố trí tối thiểu 3% tổng chi ngân sách cho KHCN, ĐMST và CĐS",
        "STC",
        date(2025, 12, 31),
        ("in_progress", date(2025, 3, 10), None),
    ),
    (
        "NQ57-03",
        "Cập nhật tiến độ nhiệm vụ NQ 57 lên hệ thống giám sát quốc gia",
        "SKHCN",
        date(2025, 6, 30),
        ("done", date(2025, 5, 2), date(2025, 6, 25)),
    ),
    (
        "NQ57-04",
        "Xây dựng trung tâm dữ liệu tỉnh sau hợp nhất",
        "SKHCN",
        date(2026, 12, 31),
        ("in_progress", date(2025, 8, 1), None),
    ),
    (
        "NQ57-05",
        "Đào tạo kỹ năng số cho cán bộ cấp xã sau sắp xếp",
        "SNV",
        date(2025, 12, 31),
        ("done", date(2025, 9, 1), date(2025, 12, 20)),
    ),
    (
        "NQ57-06",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã",
        "PYENBAI",
        date(2026, 3, 31),
        ("in_progress", date(2025, 9, 15), None),
    ),
    (
        "NQ57-07",
        "Triển khai nền tảng trợ lý ảo cho cán bộ xã",
        "XLUCYEN",
        date(2026, 6, 30),
        ("not_started", None, None),
    ),
    (
        "NQ57-08",
        "Hạ tầng số cho các xã vùng cao",
        "XBATXAT",
        date(2026, 9, 30),
        ("in_progress", date(2026, 1, 10), None),
    ),
]
NQ57_TARGETS = [  # code, text, lead, unit, goal, deadline, measured 2025
    (
        "NQ57-MT01",
        "Tỷ lệ chi ngân sách cho KHCN, ĐMST và CĐS",
        "STC",
        "%",
        3.0,
        date(2025, 12, 31),
        2.4,
    ),
    (
        "NQ57-MT02",
        "Tỷ lệ hồ sơ thủ tục hành chính cấp xã được số hóa",
        "SKHCN",
        "%",
        100.0,
        date(2026, 12, 31),
        78.0,
    ),
]


def _agencies() -> list[dict[str, Any]]:
    out = [{"code": "SKHCN", "name": "Sở Khoa học và Công nghệ", "kind": "so_nganh"}]
    for code, name, kind in [*COMMUNES.values(), *YEN_BAI]:
        out.append({"code": code, "name": name, "kind": kind, "valid_from": MERGER})
    return out


def _district_tasks() -> list[dict[str, Any]]:
    """Kế hoạch 2024: one task per district; half done before the districts end."""
    tasks = []
    for i, district in enumerate(DISTRICTS, start=1):
        done = i % 2 == 0
        tasks.append(
            {
                "code": f"KH24-{i:02d}",
                "text": "Vận hành nền tảng số dùng chung cấp huyện" + MARK,
                "group": "Chính quyền số cấp huyện",
                "pillar": "CQS",
                "source_document": "KH2024",
                "lead_agency": district,
                "coordinators": ["STTTT"],
                "assigned_on": date(2024, 3, 1),
                "deadline": date(2025, 12, 31),
                "status": "done" if done else "in_progress",
                "started_on": date(2024, 4, 1),
                "sort_order": 1000 + i,
                "completed_on": date(2025, 5, 15 + i) if done else None,
                "programmes": ["DA06"],
            }
        )
    return tasks


def _nq57_tasks() -> list[dict[str, Any]]:
    out = []
    for i, (code, text, lead, deadline, (status, started, completed)) in enumerate(NQ57_TASKS):
        assigned = (
            MERGER
            if lead in {c for c, _, _ in [*COMMUNES.values(), *YEN_BAI]}
            else (date(2025, 2, 25))
        )
        out.append(
            {
                "code": code,
                "text": text + MARK,
                "group": "Nghị quyết 57-NQ/TW",
                "source_document": "CTHD57",
                "lead_agency": lead,
                "assigned_on": assigned,
                "deadline": deadline,
                "status": status,
                "started_on": started,
                "completed_on": completed,
                "programmes": ["NQ57"],
                "sort_order": 2000 + i,
            }
        )
    return out


def _nq57_targets() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    targets, measurements = [], []
    for i, (code, text, lead, unit, goal, deadline, reached) in enumerate(NQ57_TARGETS):
        targets.append(
            {
                "code": code,
                "text": text + MARK,
                "lead_agency": lead,
                "unit": unit,
                "target_value": goal,
                "deadline": deadline,
                "source_document": "CTHD57",
                "assigned_on": date(2025, 2, 25),
                "programmes": ["NQ57"],
                "sort_order": 2000 + i,
            }
        )
        measurements.append(
            {
                "target": code,
                "period": "2025",
                "measured_on": date(2025, 12, 31),
                "value": reached,
                "agency": lead,
                "note": "Số liệu" + MARK,
            }
        )
    return targets, measurements


def _before_merger() -> dict[str, list[dict[str, Any]]]:
    return {
        "agency": _agencies(),
        "programme": [{"code": c, "name": n, "sort_order": o} for c, n, o in PROGRAMMES],
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
            for c, s, st, t, i, d, subj in DOCUMENTS
        ],
        "task": _district_tasks(),
    }


def _after_merger() -> dict[str, list[dict[str, Any]]]:
    targets, measurements = _nq57_targets()
    handed_done = [  # work the communes finished after taking it over
        {"code": "KH24-01", "status": "done", "completed_on": date(2026, 3, 20)},
        {"code": "KH24-03", "status": "done", "completed_on": date(2026, 4, 10)},
    ]
    return {"target": targets, "measurement": measurements, "task": [*_nq57_tasks(), *handed_done]}


def load_continued(who: str = "dxdesk demo") -> list[str]:
    """Continue the 2023 demo through 2026: each step its own change set; their messages."""
    done = []
    result = load(_before_merger(), action="Dữ liệu minh họa 2024–2025", who=who)
    done.append(f"Kế hoạch 2024, chương trình, xã phường mới: {result.description}")
    done.append(succeed(["STTTT"], ["SKHCN"], DEPARTMENTS, who=who).message)
    for district, (commune, _, _) in COMMUNES.items():
        done.append(succeed([district], [commune], MERGER, who=who).message)
    result = load(_after_merger(), action="Dữ liệu minh họa NQ 57 (2025–2026)", who=who)
    done.append(f"Nhiệm vụ, mục tiêu NQ 57: {result.description}")
    return done
