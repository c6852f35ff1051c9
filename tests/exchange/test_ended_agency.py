"""An agency that has ended gets no slice, and its report written after its end is refused."""

from __future__ import annotations

from datetime import date, timedelta

from dxdesk.core.services import entities
from tests.exchange.conftest import dump, open_db


def _end(sec, code: str, day: date) -> None:
    with open_db(sec):
        entities.save("agency", {"code": code, "valid_to": day})


def test_no_slice_is_issued_to_an_ended_district(secretariat, tmp_path, cli):
    _end(secretariat, "BX", date(2025, 6, 30))
    before = dump(secretariat)
    out = cli(
        "--db",
        secretariat,
        "exchange",
        "issue",
        "--agency",
        "BX",
        "--out",
        tmp_path / "bx.dxp",
        ok=False,
    )
    assert "Không thể giao dữ liệu cho UBND huyện Bát Xát ngày" in out
    assert "chỉ hoạt động đến ngày 30/06/2025" in out
    assert not (tmp_path / "bx.dxp").exists() and dump(secretariat) == before


def test_a_report_written_after_the_end_is_refused_and_writes_nothing(secretariat, tmp_path, cli):
    office = tmp_path / "bx.db"
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "s.dxp")
    cli("--db", office, "exchange", "open", tmp_path / "s.dxp")
    cli("--db", office, "task", "update", "NV01", "--note", "Đã xong phần việc")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "r1.dxp")
    _end(secretariat, "BX", date.today() - timedelta(days=1))
    before = dump(secretariat)
    for verb in ("preview", "merge"):
        out = cli("--db", secretariat, "exchange", verb, tmp_path / "r1.dxp", ok=False)
        assert "Không thể hợp nhất báo cáo số 1 của UBND huyện Bát Xát lập ngày" in out
        assert out.count("\n") == 1
    assert dump(secretariat) == before
