"""Agency mode: an agency changes what belongs to it and nothing else, in the core."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.errors import DxError
from dxdesk.core.exchange.offline import agency_mode, check_can_write
from dxdesk.core.exchange.offline.permissions import PermissionDenied
from dxdesk.core.services import changes, entities, register, targets, tasks
from dxdesk.core.storage import models as m
from tests.exchange.conftest import dump, open_db, repack


@pytest.fixture
def office(secretariat, tmp_path, cli):
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.goi")
    path = tmp_path / "bx.db"
    cli("--db", path, "exchange", "open", tmp_path / "g.goi")
    with open_db(path) as session:
        yield session


def test_the_agency_updates_its_own_tasks_notes_and_measurements(office):
    assert agency_mode().agency_code == "BX"
    tasks.update_task("NV01", status=tasks.TaskStatus.DONE, note="Xong", blocker="")
    tasks.update_task("NV04", note="Đã phối hợp")  # coordinated: notes only
    targets.measure("MT05", period="2023-Q4", value=70, agency="BX")
    entities.delete("measurement", {"target": "MT05", "period": "2023-Q4"})
    changes.undo_last()  # its own work can be undone
    assert m.Measurement.select().count() == 2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: tasks.update_task("NV04", status=tasks.TaskStatus.DONE),
            "Nhiệm vụ NV04 không do UBND huyện Bát Xát chủ trì nên chỉ được thêm ghi chú tiến độ.",
        ),
        (
            lambda: entities.save("task", {"code": "NV01", "text": "Đổi nội dung"}),
            "không được sửa “nội dung”",
        ),
        (
            lambda: entities.save("task", {"code": "NV01", "deadline": date(2030, 1, 1)}),
            "không được sửa “thời hạn”",
        ),
        (
            lambda: entities.save("task", {"code": "NV99", "text": "Nhiệm vụ tự đặt"}),
            "không được thêm hay xóa nhiệm vụ",
        ),
        (lambda: entities.delete("task", "NV01"), "không được thêm hay xóa nhiệm vụ"),
        (
            lambda: entities.save("agency", {"code": "BX", "name": "Tên khác"}),
            "không được sửa cơ quan vì dữ liệu này do Văn phòng BCĐ quản lý",
        ),
        (
            lambda: entities.save(
                "agency", {"code": "BX2", "name": "UBND huyện Bát Xát"}, original_key={"code": "BX"}
            ),
            "không được đổi mã cơ quan",
        ),
        (
            lambda: entities.save("target", {"code": "MT05", "target_value": 10.0}),
            "không được sửa mục tiêu",
        ),
        (
            lambda: register.load({"pillar": [{"code": "CQS", "name": "Đổi tên"}]}, action="Nạp"),
            "không được sửa trụ cột",
        ),
    ],
)
def test_anything_else_is_refused_and_nothing_is_written(office, call, message):
    before = dump(office.path)
    with pytest.raises(PermissionDenied) as err:
        call()
    assert message in str(err.value)
    assert dump(office.path) == before


def test_the_rule_is_a_plain_function_the_gui_can_ask_first(office):
    check_can_write("task", {"code": "NV01", "status": "done"})
    with pytest.raises(PermissionDenied):
        check_can_write("task", {"code": "NV04", "status": "done"})
    with pytest.raises(PermissionDenied):
        check_can_write("note", {"task": "NV06", "noted_on": date.today(), "text": "x"})


def test_the_secretariat_register_is_not_restricted(secretariat):
    with open_db(secretariat):
        assert agency_mode() is None
        entities.save("task", {"code": "NV04", "text": "Sửa ở Văn phòng"})


def test_secretariat_actions_are_refused_in_agency_mode(office, tmp_path):
    from dxdesk.core.exchange.offline import issue_slice, merge

    with pytest.raises(DxError, match="đang ở chế độ đơn vị"):
        issue_slice("BX", tmp_path / "x.goi")
    with pytest.raises(DxError, match="đang ở chế độ đơn vị"):
        merge(tmp_path / "g.goi")


def _agency_key(path):
    from dxdesk.core.storage.exchange_models import ExchangeAgencyMode

    with open_db(path):
        return ExchangeAgencyMode.get().agency_private_key


def test_a_signed_report_changing_what_no_agency_may_change_is_refused(secretariat, tmp_path, cli):
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.goi")
    office = tmp_path / "bx.db"
    cli("--db", office, "exchange", "open", tmp_path / "g.goi")
    cli("--db", office, "task", "update", "NV01", "--blocker", "Thiếu kinh phí")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")

    def widen(payload):
        change = payload["changes"][0]
        change["old"]["text"], change["new"]["text"] = "Nhiệm vụ thử số 1", "Nội dung khác"
        return payload

    bad = repack(tmp_path / "bc1.goi", tmp_path / "bad.goi", payload=widen, key=_agency_key(office))
    before = dump(secretariat)
    out = cli("--db", secretariat, "exchange", "merge", bad, ok=False)
    assert "có thay đổi ngoài phạm vi đơn vị được phép sửa" in out
    assert dump(secretariat) == before


def test_a_change_to_a_task_reassigned_meanwhile_is_kept_as_a_conflict(secretariat, tmp_path, cli):
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.goi")
    office = tmp_path / "bx.db"
    cli("--db", office, "exchange", "open", tmp_path / "g.goi")
    cli("--db", office, "task", "update", "NV03", "--status", "done")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    with open_db(secretariat):
        entities.save("task", {"code": "NV03", "lead_agency": "SP"})
    out = cli("--db", secretariat, "exchange", "merge", tmp_path / "bc1.goi")
    assert "giữ lại 1 xung đột" in out
    listing = cli("--db", secretariat, "exchange", "conflicts")
    assert "Nhiệm vụ NV03 không do đơn vị BX chủ trì." in listing
