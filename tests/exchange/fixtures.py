"""A small Lào Cai-like register for the exchange tests (used when the demo is not there)."""

from __future__ import annotations

from datetime import date

AGENCIES = [
    {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"},
    {"code": "SYT", "name": "Sở Y tế", "kind": "so_nganh"},
    {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"},
    {"code": "SP", "name": "UBND thị xã Sa Pa", "kind": "huyen"},
]


def batch() -> dict[str, list[dict]]:
    """Agencies, a plan, a meeting, targets and tasks led or coordinated by two districts."""
    tasks = [
        {
            "code": f"NV{i:02d}",
            "text": f"Nhiệm vụ thử số {i}",
            "status": "in_progress",
            "lead_agency": lead,
            "coordinators": coord,
            "source_document": "KH09",
            "assigned_on": date(2023, 3, 10),
            "deadline": date(2023, 12, 31),
            "started_on": date(2023, 4, 1),
            "pillar": "CQS",
        }
        for i, (lead, coord) in enumerate(
            [
                ("BX", []),
                ("BX", ["STTTT"]),
                ("BX", []),
                ("STTTT", ["BX"]),
                ("SP", []),
                ("STTTT", []),
                ("SYT", ["SP"]),
                ("BX", []),
            ],
            start=1,
        )
    ]
    return {
        "agency": AGENCIES,
        "pillar": [
            {"code": "CQS", "name": "Chính quyền số"},
            {"code": "KTS", "name": "Kinh tế số"},
        ],
        "document": [
            {
                "code": "KH09",
                "symbol": "09-KH/BCĐCĐS",
                "style": "dang",
                "doc_type": "Kế hoạch",
                "issuer": "BCĐ CĐS tỉnh Lào Cai",
                "issue_date": date(2023, 3, 10),
                "subject": "Chuyển đổi số năm 2023",
            }
        ],
        "meeting": [
            {
                "code": "Q2",
                "title": "Hội nghị BCĐ quý II/2023",
                "kind": "quy",
                "meeting_date": date(2023, 7, 14),
            }
        ],
        "conclusion": [
            {
                "code": "KL1",
                "meeting": "Q2",
                "text": "Số hóa hồ sơ một cửa",
                "deadline": date(2023, 12, 31),
                "agencies": ["BX", "SP"],
            }
        ],
        "target": [
            {
                "code": "MT01",
                "text": "Tỷ lệ hồ sơ trực tuyến toàn trình",
                "lead_agency": "STTTT",
                "unit": "%",
                "target_value": 80.0,
                "source_document": "KH09",
                "pillar": "CQS",
            },
            {
                "code": "MT05",
                "text": "Tỷ lệ xã có điểm phục vụ số",
                "lead_agency": "BX",
                "unit": "%",
                "target_value": 100.0,
                "source_document": "KH09",
                "pillar": "CQS",
            },
            {
                "code": "MT06",
                "text": "Tỷ lệ hộ dùng thanh toán số",
                "lead_agency": "SP",
                "unit": "%",
                "target_value": 50.0,
                "source_conclusion": "KL1",
                "source_meeting": "Q2",
                "pillar": "KTS",
            },
        ],
        "milestone": [{"target": "MT05", "year": 2023, "value": 60.0}],
        "measurement": [
            {
                "target": "MT05",
                "period": "2023-Q2",
                "measured_on": date(2023, 6, 30),
                "value": 40.0,
                "agency": "BX",
            }
        ],
        "task": tasks,
        "note": [
            {
                "task": "NV01",
                "noted_on": date(2023, 6, 1),
                "text": "Đã khảo sát",
                "author": "Văn phòng",
            }
        ],
    }
