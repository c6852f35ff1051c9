"""A report is recorded before its file is written; a report written again is accepted once."""

from __future__ import annotations

import shutil

import pytest

from dxdesk.core.errors import DxError
from dxdesk.core.exchange import package
from dxdesk.core.exchange.offline import write_report
from dxdesk.core.exchange.offline.reports import sent_reports
from dxdesk.core.storage import models as m
from tests.exchange.conftest import open_db


@pytest.fixture
def agency(secretariat, tmp_path, cli):
    office = tmp_path / "bx.db"
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.dxgoi")
    cli("--db", office, "exchange", "open", tmp_path / "g.dxgoi")
    return secretariat, office


def test_a_report_whose_file_cannot_be_written_is_recorded_and_written_again(
    agency, tmp_path, cli, monkeypatch
):
    sec, office = agency
    cli("--db", office, "task", "update", "NV01", "--blocker", "Thiếu kinh phí")

    def full(data, out):
        raise DxError(f"Không ghi được tệp {out} (No space left on device).")

    with open_db(office), monkeypatch.context() as patch:
        patch.setattr(package, "write_file", full)
        with pytest.raises(DxError) as err:
            write_report(tmp_path / "bc1.dxgoi")
        assert "báo cáo số 1 đã được lập" in str(err.value).lower()
        assert "exchange report --again 1" in str(err.value)
        assert [s.seq for s in sent_reports()] == [1]
    cli("--db", office, "exchange", "report", "--again", "1", "--out", tmp_path / "bc1.dxgoi")
    cli("--db", sec, "exchange", "merge", tmp_path / "bc1.dxgoi")
    with open_db(sec):
        assert m.Task.get(m.Task.code == "NV01").blocker == "Thiếu kinh phí"


def test_a_report_written_again_after_one_never_recorded_is_accepted_once(agency, tmp_path, cli):
    sec, office = agency
    cli("--db", office, "task", "update", "NV01", "--blocker", "Thiếu kinh phí")
    shutil.copy(office, tmp_path / "before.db")  # the agency's register as it was
    cli("--db", office, "exchange", "report", "--out", tmp_path / "a.dxgoi")
    shutil.copy(tmp_path / "before.db", office)  # the report's record is lost (a crash)
    cli("--db", office, "task", "update", "NV02", "--blocker", "Chờ hạ tầng")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "b.dxgoi")  # number 1 again
    cli("--db", sec, "exchange", "merge", tmp_path / "a.dxgoi")
    out = cli("--db", sec, "exchange", "merge", tmp_path / "b.dxgoi")
    assert "lập lại" in out and "giữ lại 0 xung đột" in out
    with open_db(sec):
        blockers = {
            t.code: t.blocker for t in m.Task.select().where(m.Task.code << ["NV01", "NV02"])
        }
    assert blockers == {"NV01": "Thiếu kinh phí", "NV02": "Chờ hạ tầng"}
    shutil.copy(tmp_path / "before.db", office)  # a third file with the same number: refused
    cli("--db", office, "exchange", "report", "--out", tmp_path / "c.dxgoi")
    refused = cli("--db", sec, "exchange", "merge", tmp_path / "c.dxgoi", ok=False)
    assert "đã được hợp nhất từ một gói khác" in refused
