"""A small register for the GUI tests (independent of the demo data, so tests stay fast)."""

from __future__ import annotations

from datetime import date

from dxdesk.core.services import register

AGENCIES = [
    {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"},
    {"code": "SYT", "name": "Sở Y tế", "kind": "so_nganh"},
    {"code": "SGDDT", "name": "Sở Giáo dục và Đào tạo", "kind": "so_nganh"},
    {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"},
    {"code": "DN", "name": "Sở Du lịch Đà Nẵng", "kind": "khac"},
]


def load_sample() -> None:
    """Agencies, two pillars, a plan, two meetings with conclusions, targets and tasks."""
    register.load(
        {
            "agency": AGENCIES,
            "member": [
                {
                    "code": "TV01",
                    "name": "Trịnh Xuân Trường",
                    "position": "Bí thư Tỉnh ủy",
                    "role": "truong_ban",
                    "agency": "STTTT",
                    "sort_order": 1,
                },
            ],
            "pillar": [
                {"code": "CQS", "name": "Chính quyền số", "sort_order": 1},
                {"code": "KTS", "name": "Kinh tế số", "sort_order": 2},
            ],
            "document": [
                {
                    "code": "KH09",
                    "symbol": "09-KH/BCĐCĐS",
                    "style": "dang",
                    "doc_type": "Kế hoạch",
                    "issuer": "BCĐ CĐS tỉnh",
                    "issue_date": date(2023, 3, 10),
                    "subject": "Chuyển đổi số năm 2023",
                },
            ],
            "meeting": [
                {
                    "code": "HN-Q2",
                    "title": "Hội nghị BCĐ quý II/2023",
                    "kind": "quy",
                    "meeting_date": date(2023, 7, 14),
                },
                {
                    "code": "HN-TK",
                    "title": "Hội nghị tổng kết năm 2023",
                    "kind": "tong_ket",
                    "meeting_date": date(2023, 12, 19),
                },
            ],
            "conclusion": [
                {
                    "code": "KL01",
                    "meeting": "HN-Q2",
                    "seq": 1,
                    "text": "Xây dựng kho dữ liệu dùng chung của tỉnh",
                    "deadline": date(2023, 12, 31),
                    "agencies": ["STTTT", "BX"],
                },
                {
                    "code": "KL02",
                    "meeting": "HN-Q2",
                    "seq": 2,
                    "text": "Triển khai bệnh án điện tử",
                    "deadline": date(2023, 11, 30),
                    "agencies": ["SYT"],
                },
            ],
            "target": [
                {
                    "code": "MT01",
                    "text": "Tỷ lệ hồ sơ trực tuyến toàn trình",
                    "pillar": "CQS",
                    "source_document": "KH09",
                    "lead_agency": "STTTT",
                    "unit": "%",
                    "direction": "tang",
                    "kind": "so_lieu",
                    "target_value": 80.0,
                    "assigned_on": date(2023, 3, 10),
                },
                {
                    "code": "MT02",
                    "text": "Xếp hạng chỉ số DTI",
                    "pillar": "CQS",
                    "source_document": "KH09",
                    "lead_agency": "STTTT",
                    "unit": "hạng",
                    "direction": "giam",
                    "kind": "so_lieu",
                    "target_value": 20.0,
                    "assigned_on": date(2023, 3, 10),
                },
            ],
            "measurement": [
                {
                    "target": "MT01",
                    "period": "2023-Q4",
                    "measured_on": date(2023, 12, 15),
                    "value": 60.0,
                },
            ],
            "task": [
                {
                    "code": "NV01",
                    "text": "Chuyển đổi số trong y tế",
                    "pillar": "CQS",
                    "source_document": "KH09",
                    "lead_agency": "SYT",
                    "coordinators": ["STTTT"],
                    "deadline": date(2023, 6, 30),
                    "assigned_on": date(2023, 3, 10),
                    "status": "done",
                    "started_on": date(2023, 4, 1),
                    "completed_on": date(2023, 6, 20),
                },
                {
                    "code": "NV02",
                    "text": "Phát triển du lịch thông minh Đà Nẵng",
                    "pillar": "KTS",
                    "source_document": "KH09",
                    "lead_agency": "DN",
                    "deadline": date(2023, 9, 30),
                    "assigned_on": date(2023, 3, 10),
                    "status": "in_progress",
                    "started_on": date(2023, 5, 1),
                },
                {
                    "code": "NV03",
                    "text": "Số hóa hồ sơ học sinh",
                    "pillar": "CQS",
                    "source_conclusion": "KL02",
                    "lead_agency": "SGDDT",
                    "deadline": date(2023, 11, 30),
                    "assigned_on": date(2023, 7, 14),
                    "status": "not_started",
                },
            ],
        },
        action="Nạp dữ liệu kiểm thử",
        who="kiểm thử",
    )
