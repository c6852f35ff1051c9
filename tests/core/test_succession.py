"""A district ended and succeeded by a commune: its open work passes on from that date, a
summary before the date still shows the district, and undo takes the whole succession back."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.errors import ValidationError
from dxdesk.core.services import changes, entities, register
from dxdesk.core.services.succession import agency_history, succeed
from dxdesk.core.services.summary import summarize
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries, readsql

ON = date(2025, 7, 1)


@pytest.fixture
def reg(session):
    def task(code, lead, status="in_progress", coord=(), **kw):
        return {
            "code": code,
            "text": f"Việc {code}",
            "lead_agency": lead,
            "status": status,
            "coordinators": list(coord),
            "assigned_on": date(2023, 3, 10),
            "deadline": date(2023, 12, 31),
            "started_on": date(2023, 4, 1),
            **kw,
        }

    register.load(
        {
            "agency": [
                {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"},
                {"code": "XBX", "name": "UBND xã Bát Xát", "kind": "xa", "valid_from": ON},
                {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"},
            ],
            "target": [
                {
                    "code": "MT01",
                    "text": "Tỷ lệ hồ sơ trực tuyến",
                    "lead_agency": "BX",
                    "target_value": 80.0,
                    "deadline": date(2030, 12, 31),
                }
            ],
            "task": [
                task("NV01", "BX"),
                task("NV02", "BX", "done", completed_on=date(2023, 11, 1)),
                task("NV03", "STTTT", coord=["BX"]),
            ],
        },
        action="Nạp",
    )
    return session


def _lead(code: str) -> str:
    return m.Task.get(m.Task.code == code).lead_agency.code


def _overdue_agencies(day: date) -> set[str]:
    return {e["code"] for e in summarize(day, with_checks=False)["tasks"]["overdue_by_agency"]}


def _table_leads(day: date) -> dict[str, str]:
    table = readsql.task_table(m.database_proxy.execute_sql, day)
    return {r["code"]: r["lead_code"] for r in table.dicts()}


def test_open_work_passes_to_the_successor_and_the_past_keeps_the_district(reg):
    result = succeed(["BX"], ["XBX"], ON)
    assert result.tasks == {"NV01": "XBX"} and result.targets == {"MT01": "XBX"}
    assert (_lead("NV01"), _lead("NV02")) == ("XBX", "BX")  # done work stays with its author
    coordinators = [a.agency.code for a in m.Task.get(m.Task.code == "NV03").coordinator_links]
    assert coordinators == ["XBX"]
    assert m.Agency.get(m.Agency.code == "BX").valid_to == date(2025, 6, 30)
    before, after = date(2024, 12, 31), date(2026, 1, 5)
    assert _overdue_agencies(before) == {"BX", "STTTT"}
    assert _overdue_agencies(after) == {"XBX", "STTTT"}
    assert _table_leads(before)["NV01"] == "BX" and _table_leads(after)["NV01"] == "XBX"
    rows = {r["code"]: r["lead_agency_id"] for r in queries.task_rows(before)}
    assert rows["NV01"] == m.Agency.get(m.Agency.code == "BX").id
    targets = {r.code: r.lead_agency_id for r in queries.target_rows(before)}
    assert targets["MT01"] == m.Agency.get(m.Agency.code == "BX").id
    history = agency_history("XBX")
    assert [p["code"] for p in history["predecessors"]] == ["BX"]
    assert history["tasks_taken"][0]["task"] == "NV01"


def test_each_transfer_is_logged_and_one_undo_takes_it_all_back(reg):
    succeed(["BX"], ["XBX"], ON)
    logged = {(c.entity, c.entity_code) for c in m.Change.select()}
    assert {("task", "NV01"), ("task_handover", "NV01|2025-07-01"), ("target", "MT01")} <= logged
    assert "kế tục" in changes.undo_last()
    assert (_lead("NV01"), m.Agency.get(m.Agency.code == "BX").valid_to) == ("BX", None)
    assert not m.TaskHandover.select().exists() and not m.AgencySuccession.select().exists()
    assert _overdue_agencies(date(2026, 1, 5)) == {"BX", "STTTT"}


def test_the_ended_district_gets_no_new_work_and_a_bad_succession_writes_nothing(reg):
    succeed(["BX"], ["XBX"], ON)
    with pytest.raises(ValidationError, match="chỉ hoạt động đến ngày 30/06/2025"):
        entities.save(
            "task",
            {
                "code": "NV09",
                "text": "Việc mới",
                "lead_agency": "BX",
                "assigned_on": date(2026, 1, 5),
            },
        )
    count = m.ChangeSet.select().count()
    with pytest.raises(ValidationError, match="đã có cơ quan kế tục"):
        succeed(["BX"], ["STTTT"], ON)
    with pytest.raises(ValidationError, match="không thể được kế tục từ ngày 01/08/2025"):
        succeed(["BX"], ["STTTT"], date(2025, 8, 1))
    with pytest.raises(ValidationError, match="hoạt động từ ngày 01/07/2025"):
        succeed(["STTTT"], ["XBX"], date(2025, 3, 1))
    assert m.ChangeSet.select().count() == count


def test_a_split_gives_each_successor_its_stated_share(reg):
    entities.save(
        "agency", {"code": "XBX2", "name": "UBND xã Bát Xát 2", "kind": "xa", "valid_from": ON}
    )
    result = succeed(
        ["BX"], ["XBX", "XBX2"], ON, shares={"NV01": "XBX2"}, share_text={"XBX2": "các xã phía tây"}
    )
    assert result.kind == "chia_tach"
    assert (_lead("NV01"), m.Target.get(m.Target.code == "MT01").lead_agency.code) == (
        "XBX2",
        "XBX",
    )
    shares = {s.successor.code: s.share for s in m.AgencySuccession.select()}
    assert shares == {"XBX": "", "XBX2": "các xã phía tây"}
    with pytest.raises(ValidationError, match="không phải một cơ quan kế tục"):
        succeed(["STTTT"], ["XBX"], ON, shares={"NV03": "XBX2"})
