"""Refreshed slices keep unreported work; reports are numbered and merged in order."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.services import changes, entities, meetings
from dxdesk.core.storage import models as m
from tests.exchange.conftest import dump, open_db


@pytest.fixture
def bx(secretariat, tmp_path, cli):
    """BX's office register, opened from its first slice."""
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g1.goi")
    office = tmp_path / "bx.db"
    cli("--db", office, "exchange", "open", tmp_path / "g1.goi")
    return secretariat, office


def _status(path, code):
    with open_db(path):
        task = m.Task.get_or_none(m.Task.code == code)
        return task and task.status


def test_a_refreshed_slice_brings_new_tasks_and_keeps_unreported_local_edits(bx, tmp_path, cli):
    sec, office = bx
    cli("--db", office, "task", "update", "NV01", "--status", "done", "--note", "Xong")
    with open_db(sec):  # a later meeting assigns BX a new task; NV03 is reworded
        meetings.assign_task("KL1", task_code="NV09", lead_agency="BX")
        entities.save("task", {"code": "NV03", "text": "Nội dung mới của nhiệm vụ 3"})
        entities.save("task", {"code": "NV01", "deadline": date(2024, 6, 30)})
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g2.goi")
    out = cli("--db", office, "exchange", "open", tmp_path / "g2.goi")
    assert "Đã cập nhật dữ liệu mới" in out and "giữ nguyên 2 thay đổi" in out
    with open_db(office):
        assert m.Task.get(m.Task.code == "NV09").lead_agency.code == "BX"
        assert m.Task.get(m.Task.code == "NV03").text == "Nội dung mới của nhiệm vụ 3"
        nv01 = m.Task.get(m.Task.code == "NV01")
        assert (nv01.status, nv01.deadline) == ("done", date(2024, 6, 30))
        assert m.ProgressNote.select().where(m.ProgressNote.text == "Xong").exists()
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    assert "áp dụng 2 thay đổi, giữ lại 0 xung đột" in cli(
        "--db", sec, "exchange", "merge", tmp_path / "bc1.goi"
    )
    assert _status(sec, "NV01") == "done"


def test_a_slice_issued_before_a_report_was_merged_does_not_undo_that_report(bx, tmp_path, cli):
    sec, office = bx
    cli("--db", office, "task", "update", "NV01", "--status", "done")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g2.goi")
    cli("--db", office, "exchange", "open", tmp_path / "g2.goi")
    assert _status(office, "NV01") == "done"
    cli("--db", sec, "exchange", "merge", tmp_path / "bc1.goi")
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g3.goi")
    cli("--db", office, "exchange", "open", tmp_path / "g3.goi")
    assert _status(office, "NV01") == "done"
    assert "Thay đổi chưa báo cáo: 0; báo cáo tiếp theo là số 2" in cli(
        "--db", office, "exchange", "status"
    )


def test_opening_the_same_slice_again_changes_nothing(bx, tmp_path, cli):
    _, office = bx
    before = dump(office)
    assert "đã được mở trước đây" in cli("--db", office, "exchange", "open", tmp_path / "g1.goi")
    assert dump(office) == before


def test_reports_out_of_sequence_are_reported_and_merged_in_order(bx, tmp_path, cli):
    sec, office = bx
    cli("--db", office, "task", "update", "NV01", "--note", "Tuần 1")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    cli("--db", office, "task", "update", "NV01", "--status", "done")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc2.goi")
    before = dump(sec)
    out = cli("--db", sec, "exchange", "merge", tmp_path / "bc2.goi", ok=False)
    assert "Báo cáo số 2 của UBND huyện Bát Xát đến trước báo cáo số 1" in out
    assert dump(sec) == before
    cli("--db", sec, "exchange", "merge", tmp_path / "bc1.goi")
    assert "áp dụng 1 thay đổi" in cli("--db", sec, "exchange", "merge", tmp_path / "bc2.goi")
    assert _status(sec, "NV01") == "done"


def test_nothing_to_report_is_said_plainly(bx, tmp_path, cli):
    _, office = bx
    out = cli("--db", office, "exchange", "report", "--out", tmp_path / "bc.goi", ok=False)
    assert "Không có thay đổi nào kể từ lần báo cáo trước" in out
    assert not (tmp_path / "bc.goi").exists()


def test_a_lost_report_can_be_written_again_byte_for_byte(bx, tmp_path, cli):
    _, office = bx
    cli("--db", office, "task", "update", "NV02", "--blocker", "Thiếu người")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    cli("--db", office, "exchange", "report", "--again", "1", "--out", tmp_path / "lai.goi")
    assert (tmp_path / "lai.goi").read_bytes() == (tmp_path / "bc1.goi").read_bytes()


def test_an_undo_after_a_report_is_reported_as_a_change_back(bx, tmp_path, cli):
    sec, office = bx
    cli("--db", office, "task", "update", "NV02", "--blocker", "Thiếu người")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    with open_db(office):
        changes.undo_last()
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc2.goi")
    cli("--db", sec, "exchange", "merge", tmp_path / "bc1.goi")
    cli("--db", sec, "exchange", "merge", tmp_path / "bc2.goi")
    with open_db(sec):
        assert m.Task.get(m.Task.code == "NV02").blocker == ""


def test_an_undone_merge_can_be_merged_again(bx, tmp_path, cli):
    sec, office = bx
    cli("--db", office, "task", "update", "NV01", "--status", "done")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    cli("--db", sec, "exchange", "merge", tmp_path / "bc1.goi")
    with open_db(sec):
        changes.undo_last()
    assert _status(sec, "NV01") == "in_progress"
    assert "áp dụng 1 thay đổi" in cli("--db", sec, "exchange", "merge", tmp_path / "bc1.goi")
    assert _status(sec, "NV01") == "done"


def test_a_report_that_cannot_be_written_keeps_its_number_and_its_changes(bx, tmp_path, cli):
    _, office = bx
    cli("--db", office, "task", "update", "NV02", "--blocker", "Thiếu người")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("một tệp, không phải thư mục")
    out = cli("--db", office, "exchange", "report", "--out", blocked / "bc1.goi", ok=False)
    assert "Không ghi được tệp" in out
    status = cli("--db", office, "exchange", "status")
    assert "Thay đổi chưa báo cáo: 1; báo cáo tiếp theo là số 1" in status


def test_an_older_slice_is_refused_after_a_newer_one(bx, tmp_path, cli):
    sec, office = bx
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g2.goi")
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g3.goi")
    cli("--db", office, "exchange", "open", tmp_path / "g3.goi")
    before = dump(office)
    out = cli("--db", office, "exchange", "open", tmp_path / "g2.goi", ok=False)
    assert "được lập trước gói dữ liệu đang dùng" in out
    assert dump(office) == before
