"""Report keys belong to an agency, not to its code; they can be revoked and replaced."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from dxdesk.core.services import entities
from dxdesk.core.storage import migrations
from dxdesk.core.storage import models as m
from tests.exchange.conftest import open_db


@pytest.fixture
def reported(secretariat, tmp_path, cli):
    """BX holds a slice and has written a report signed with its key."""
    office = tmp_path / "bx.db"
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.dxgoi")
    cli("--db", office, "exchange", "open", tmp_path / "g.dxgoi")
    cli("--db", office, "task", "update", "NV01", "--blocker", "Thiếu kinh phí")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.dxgoi")
    return secretariat, office, tmp_path / "bc1.dxgoi"


def _blocker(path, code="NV01"):
    with open_db(path):
        return m.Task.get(m.Task.code == code).blocker


def test_a_key_does_not_pass_to_a_new_agency_given_the_old_code(reported, cli):
    sec, _, report = reported
    with open_db(sec):  # BX is renamed; its code goes to a new agency
        entities.save(
            "agency",
            {"code": "BXCU", "name": "UBND huyện Bát Xát (cũ)"},
            original_key={"code": "BX"},
        )
        entities.save("agency", {"code": "BX", "name": "UBND huyện Bát Xát mới", "kind": "huyen"})
        entities.save("task", {"code": "NV01", "lead_agency": "BX"})
    out = cli("--db", sec, "exchange", "merge", report, ok=False)
    assert "nay mã này thuộc đơn vị khác" in out
    assert _blocker(sec) == ""


def test_a_revoked_agency_key_is_refused_and_a_new_slice_works_again(reported, tmp_path, cli):
    sec, office, report = reported
    assert "Đã thu hồi 1 khóa" in cli("--db", sec, "exchange", "revoke", "--agency", "BX")
    assert "đã bị thu hồi" in cli("--db", sec, "exchange", "merge", report, ok=False)
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g2.dxgoi")
    cli("--db", office, "exchange", "open", tmp_path / "g2.dxgoi")
    cli("--db", office, "task", "update", "NV02", "--blocker", "Chờ hạ tầng")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc2.dxgoi")
    assert "Đã hợp nhất" in cli("--db", sec, "exchange", "merge", tmp_path / "bc2.dxgoi")
    assert _blocker(sec, "NV02") == "Chờ hạ tầng"


def test_a_new_key_replaces_the_old_one_from_the_stated_date(reported, tmp_path, cli):
    sec, _, report = reported
    yesterday = (date.today() - timedelta(days=1)).strftime("%d/%m/%Y")
    cli(
        "--db",
        sec,
        "exchange",
        "issue",
        "--agency",
        "BX",
        "--out",
        tmp_path / "g2.dxgoi",
        "--old-keys-until",
        yesterday,
    )
    out = cli("--db", sec, "exchange", "merge", report, ok=False)
    assert "đã được thay bằng khóa mới" in out and yesterday in out


def test_by_default_a_report_in_transit_still_merges_after_a_new_slice(reported, tmp_path, cli):
    sec, _, report = reported
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g2.dxgoi")
    assert "Đã hợp nhất" in cli("--db", sec, "exchange", "merge", report)
    assert _blocker(sec) == "Thiếu kinh phí"


@pytest.mark.sqlite_only("the register is set back to an older dxdesk's file with sqlite3")
def test_keys_issued_before_are_given_to_the_agency_holding_their_code(reported, cli):
    sec, _, report = reported
    with sqlite3.connect(sec) as con:  # as an older dxdesk left it
        con.execute("DROP TABLE exchange_agency_identity")
        con.execute("DROP INDEX exchange_issue_agency_uid")
        for column in ("agency_uid", "valid_until", "revoked_at"):
            con.execute(f"ALTER TABLE exchange_issue DROP COLUMN {column}")
        before = migrations.STEPS.index(
            migrations._v12_agency_keys
        )  # the version before keys had an owner
        con.execute(f"PRAGMA user_version = {before}")
    assert "Đã hợp nhất" in cli("--db", sec, "exchange", "merge", report)
