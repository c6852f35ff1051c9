"""The committee itself: set and shown, kept by export → import, printed in the headers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from dxdesk.cli.main import main
from dxdesk.core.errors import ImportFailed, ValidationError
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.services import committee as cm
from dxdesk.core.session import Session
from dxdesk.core.storage import migrations
from dxdesk.core.storage import models as m

V5_DUMP = Path(__file__).parent / "data" / "register_v5.sql"
LONG_NAME = (
    "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
    "tỉnh Quảng Ngãi"
)


def v5_register(path: Path) -> Path:
    """The Lào Cai demo as dxdesk wrote it at schema v5 (before issue 16)."""
    with sqlite3.connect(path) as con:
        con.executescript(V5_DUMP.read_text(encoding="utf-8"))
        con.execute("PRAGMA user_version = 5")
    return path


def test_a_v5_register_keeps_its_committee_and_gains_the_new_fields(tmp_path):
    path = v5_register(tmp_path / "v5.db")
    with Session(path, daily_backup=False):
        record = cm.committee()
    assert record["name"] == "Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai"
    assert record["symbol"] == "" and record["doc_style"] == "nha_nuoc"
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST


def test_every_migration_step_can_run_again(tmp_path):
    """v1 creates today's tables: every later step must find its column or index there."""
    with Session(tmp_path / "new.db", daily_backup=False):
        db = m.database_proxy.obj
        for step in migrations.STEPS[1:]:
            step(db)


def test_set_then_show(session, capsys):
    assert not cm.is_set()
    cm.set_committee(
        {
            "name": LONG_NAME,
            "level": "Xã, phường, đặc khu",
            "doc_style": "party",
            "symbol": "BCĐ57",
            "place": "Quảng Ngãi",
        }
    )
    record = cm.committee()
    assert record["name"] == LONG_NAME and record["level"] == "xa"
    assert record["doc_style"] == "dang" and record["symbol"] == "BCĐ57"
    cm.set_committee({"signer_name": "Nguyễn Văn A"})  # the rest stays
    assert cm.committee()["symbol"] == "BCĐ57" and cm.committee()["signer_name"] == "Nguyễn Văn A"
    info = bd.committee_info()
    assert info.style == "party" and info.symbol == "BCĐ57" and info.place == "Quảng Ngãi"


def test_bad_values_are_refused_and_nothing_is_written(session):
    with pytest.raises(ValidationError, match="tên Ban Chỉ đạo"):
        cm.set_committee({"symbol": "BCĐ"})
    with pytest.raises(ValidationError, match="Cấp “quận” không có"):
        cm.set_committee({"name": "Ban Chỉ đạo", "level": "quận"})
    assert m.Committee.select().count() == 0


def test_export_import_keeps_the_committee(demo_session, tmp_path):
    before = cm.committee()
    path = wbk.export_workbook(tmp_path / "xuat.xlsx")
    with Session(tmp_path / "moi.db"):
        wbk.import_workbook(path)
        assert cm.committee() == before
        assert bd.committee_info().name.upper().endswith("TỈNH LÀO CAI")


def test_a_workbook_with_two_committees_is_refused(demo_session, tmp_path):
    path = wbk.export_workbook(tmp_path / "xuat.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Ban Chỉ đạo"]
    ws.append([c.value for c in ws[2]])
    wb.save(path)
    with Session(tmp_path / "moi.db"), pytest.raises(ImportFailed) as caught:
        wbk.import_workbook(path)
    [error] = caught.value.errors
    assert error.sheet == "Ban Chỉ đạo" and error.row == 3 and "chỉ có một dòng" in error.message


def test_cli_committee_set_and_show(tmp_path, capsys):
    db = tmp_path / "so.db"
    Session(db).close()  # a register to set (only demo, import --new, … create one)
    assert (
        main(
            [
                "--db",
                str(db),
                "committee",
                "set",
                "--name",
                LONG_NAME,
                "--level",
                "tỉnh",
                "--symbol",
                "BCĐ57",
                "--style",
                "party",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", str(db), "committee", "show"]) == 0
    out = capsys.readouterr().out
    assert f"Tên: {LONG_NAME}" in out and "Thể thức văn bản: Văn bản của Đảng" in out
    assert "Cấp: Cấp tỉnh" in out and "Ký hiệu văn bản: BCĐ57" in out


def test_a_change_of_the_committee_is_undone(demo_session):
    from dxdesk.core.services.changes import undo_last

    cm.set_committee({"symbol": "BCĐ57", "name": LONG_NAME})
    assert undo_last() == "Sửa thông tin Ban Chỉ đạo"
    record = cm.committee()
    assert record["symbol"] == "BCĐCĐS" and record["name"].endswith("tỉnh Lào Cai")
