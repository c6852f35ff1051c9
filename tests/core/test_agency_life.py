"""An agency is given work only while it exists; the refusal names the dates, writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.errors import ValidationError
from dxdesk.core.services import entities, register, targets
from dxdesk.core.storage import models as m

ENDED = date(2025, 6, 30)


@pytest.fixture
def reg(session):
    register.load(
        {
            "agency": [
                {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen", "valid_to": ENDED},
                {
                    "code": "XBX",
                    "name": "UBND xã Bát Xát",
                    "kind": "xa",
                    "valid_from": date(2025, 7, 1),
                },
                {"code": "SKHCN", "name": "Sở Khoa học và Công nghệ", "kind": "so_nganh"},
            ],
            "target": [
                {
                    "code": "MT01",
                    "text": "Tỷ lệ hồ sơ trực tuyến",
                    "lead_agency": "SKHCN",
                    "target_value": 80.0,
                }
            ],
            "task": [
                {
                    "code": "NV01",
                    "text": "Số hóa hồ sơ",
                    "lead_agency": "BX",
                    "assigned_on": date(2023, 3, 10),
                    "status": "in_progress",
                }
            ],
        },
        action="Nạp",
    )
    return session


def _rows() -> tuple[int, int, int, int]:
    return (
        m.Task.select().count(),
        m.Measurement.select().count(),
        m.ChangeSet.select().count(),
        m.TaskAgency.select().count(),
    )


def test_a_task_cannot_be_given_to_an_ended_district(reg):
    before = _rows()
    with pytest.raises(ValidationError) as err:
        entities.save(
            "task",
            {
                "code": "NV99",
                "text": "Việc mới",
                "lead_agency": "BX",
                "assigned_on": date(2026, 1, 5),
            },
        )
    assert str(err.value) == (
        "Không thể giao UBND huyện Bát Xát chủ trì nhiệm vụ NV99 ngày "
        "05/01/2026: cơ quan này chỉ hoạt động đến ngày 30/06/2025."
    )
    assert _rows() == before


def test_nor_as_coordinator_nor_to_a_commune_before_it_exists(reg):
    before = _rows()
    with pytest.raises(ValidationError, match="phối hợp thực hiện nhiệm vụ NV98 ngày 05/01/2026"):
        entities.save(
            "task",
            {
                "code": "NV98",
                "text": "Việc mới",
                "lead_agency": "SKHCN",
                "coordinators": ["BX"],
                "assigned_on": date(2026, 1, 5),
            },
        )
    with pytest.raises(ValidationError, match="hoạt động từ ngày 01/07/2025"):
        entities.save(
            "task",
            {
                "code": "NV97",
                "text": "Việc cũ",
                "lead_agency": "XBX",
                "assigned_on": date(2024, 5, 1),
            },
        )
    assert _rows() == before


def test_a_measurement_reported_by_an_ended_district_is_refused(reg):
    before = _rows()
    with pytest.raises(ValidationError, match="báo cáo kết quả mục tiêu MT01 kỳ 2025-Q3"):
        targets.measure("MT01", period="2025-Q3", value=50, agency="BX", today=date(2026, 1, 5))
    assert _rows() == before
    targets.measure("MT01", period="2025-Q2", value=40, agency="BX", today=date(2026, 1, 5))
    assert m.Measurement.select().count() == 1  # its work from before its end is welcome


def test_old_work_of_an_ended_agency_stays_editable(reg):
    entities.save("task", {"code": "NV01", "status": "done", "completed_on": date(2024, 5, 1)})
    assert m.Task.get(m.Task.code == "NV01").status == "done"


def test_a_member_cannot_belong_to_an_ended_agency(reg):
    with pytest.raises(ValidationError, match="làm cơ quan của thành viên TV01"):
        entities.save(
            "member", {"code": "TV01", "name": "Lò Văn A", "role": "thanh_vien", "agency": "BX"}
        )
    assert not m.Member.select().exists()


def test_the_workbook_label_of_before_2025_still_reads():
    from dxdesk.core.domain.enums import AgencyKind

    assert AgencyKind.from_text("UBND xã, phường, thị trấn") is AgencyKind.COMMUNE
    assert AgencyKind.from_text("UBND đặc khu") is AgencyKind.SPECIAL_ZONE
    assert {k.value for k in AgencyKind} >= {"tinh", "so_nganh", "xa", "phuong", "dac_khu", "huyen"}


def test_an_agency_ended_earlier_in_the_same_change_is_refused_work_after_its_end(reg):
    """The agencies with dates are read once per use case; writing an agency reads them again."""
    from dxdesk.core.services.changes import recording

    ended = pytest.raises(ValidationError, match="chỉ hoạt động đến ngày 31/12/2024")
    with ended, recording("Nạp", "") as rec:
        rec.write("task", {"code": "NV02", "text": "Việc một", "lead_agency": "SKHCN"})
        rec.write("agency", {"code": "SKHCN", "valid_to": date(2024, 12, 31)})
        new = {"code": "NV03", "text": "Việc hai", "lead_agency": "SKHCN"}
        rec.write("task", {**new, "assigned_on": date(2025, 2, 1)})
    assert not m.Task.select().where(m.Task.code.in_(["NV02", "NV03"])).exists()
