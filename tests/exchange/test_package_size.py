"""A district's quarterly report is small enough to e-mail (well under 1 MB)."""

from __future__ import annotations

import random
from datetime import date

from dxdesk.core.exchange.offline import issue_slice, open_slice, write_report
from dxdesk.core.services import register, targets, tasks
from dxdesk.core.session import Session
from tests.exchange.fixtures import AGENCIES

_VOCABULARY = (
    "đã tổ chức hội nghị triển khai tới các xã thị trấn hoàn thành cài đặt phần mềm tập "
    "huấn cho cán bộ một cửa đang chờ kinh phí để mua sắm thiết bị đầu cuối kết nối mạng "
    "truyền số liệu chuyên dùng số hóa hồ sơ thủ tục hành chính dịch vụ công trực tuyến "
    "toàn trình thanh toán không dùng tiền mặt camera giám sát trung tâm điều hành thông "
    "minh tỷ lệ người dân tài khoản định danh điện tử mức hai phối hợp công an huyện báo "
    "cáo tháng quý năm"
)
WORDS = _VOCABULARY.split()
_RANDOM = random.Random(2024)


def _text(words: int = 40) -> str:
    """A progress note of realistic, varied wording (repeated text would compress too well)."""
    return " ".join(_RANDOM.choice(WORDS) for _ in range(words)).capitalize() + "."


NOTE = _text()


def _busy_district() -> dict:
    """A district leading 60 tasks and 15 targets, each task with a long history already."""
    tasks_ = [
        {
            "code": f"NV{i:03d}",
            "text": f"Nhiệm vụ chuyển đổi số cấp huyện số {i}: " + NOTE,
            "lead_agency": "BX",
            "assigned_on": date(2024, 1, 15),
            "status": "in_progress",
            "started_on": date(2024, 2, 1),
            "deadline": date(2024, 12, 31),
        }
        for i in range(1, 61)
    ]
    targets_ = [
        {
            "code": f"MT{i:02d}",
            "text": f"Chỉ tiêu số {i}",
            "lead_agency": "BX",
            "unit": "%",
            "target_value": 100.0,
        }
        for i in range(1, 16)
    ]
    notes = [
        {"task": t["code"], "noted_on": date(2024, m, 1), "text": f"Tháng {m}: " + NOTE}
        for t in tasks_
        for m in (2, 3)
    ]
    return {"agency": AGENCIES, "task": tasks_, "target": targets_, "note": notes}


def test_a_quarter_of_district_work_fits_in_a_small_file(tmp_path):
    with Session(tmp_path / "vp.db", who="Văn phòng"):
        register.load(_busy_district(), action="Nạp", who="Văn phòng")
        sliced = issue_slice("BX", tmp_path / "giao.goi", who="Văn phòng")
    with Session(tmp_path / "bx.db", who="Lò Văn Minh"):
        open_slice(tmp_path / "giao.goi")
        for i in range(1, 61):  # every task: three progress notes, a blocker, half finished
            code = f"NV{i:03d}"
            for month in (4, 5, 6):
                tasks.update_task(
                    code,
                    note=f"Tháng {month}: " + _text(),
                    today=date(2024, month, 28),
                    who="Lò Văn Minh",
                )
            tasks.update_task(code, blocker=_text(15), today=date(2024, 6, 28))
            if i % 2:
                tasks.update_task(
                    code,
                    status=tasks.TaskStatus.DONE,
                    done_on=date(2024, 6, 20),
                    today=date(2024, 6, 28),
                )
        for i in range(1, 16):  # every target: three monthly measurements
            for month in ("04", "05", "06"):
                targets.measure(f"MT{i:02d}", period=f"2024-{month}", value=60 + i, note=_text(10))
        report = write_report(tmp_path / "baocao.goi", who="Lò Văn Minh")
    print(f"\nslice: {sliced.size} bytes; report: {report.size} bytes, {report.changes} changes")
    assert report.changes == 60 * 3 + 60 + 30 + 45
    assert report.size < 100 * 1024  # well under 1 MB
    assert sliced.size < 100 * 1024
