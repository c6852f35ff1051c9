"""The same field changed on both sides: kept as a conflict, never resolved silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxdesk.core.storage import models as m
from tests.exchange.conftest import OFFICER, dump, open_db


@pytest.fixture
def crossed(secretariat, tmp_path, cli):
    """BX finishes NV01 and notes a blocker on NV02; meanwhile the secretariat drops NV01."""
    sec, office = secretariat, tmp_path / "bx.db"
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "giao.dxgoi")
    cli("--db", office, "exchange", "open", tmp_path / "giao.dxgoi")
    cli("--db", office, "task", "update", "NV01", "--status", "done")
    cli("--db", office, "task", "update", "NV02", "--blocker", "Thiếu kinh phí")
    cli("--db", sec, "task", "update", "NV01", "--status", "dropped")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.dxgoi")
    return sec, office, tmp_path / "bc1.dxgoi"


def _task(path, code):
    with open_db(path):
        return m.Task.get(m.Task.code == code)


def test_merge_keeps_both_values_applies_the_rest_and_the_secretariat_value_stands(crossed, cli):
    sec, _, report = crossed
    out = cli("--db", sec, "exchange", "preview", report)
    assert "Sẽ áp dụng 1 thay đổi, giữ lại 1 xung đột" in out
    assert "! Xung đột nhiệm vụ NV01" in out
    out = cli("--db", sec, "exchange", "merge", report)
    assert "giữ lại 1 xung đột" in out and "dxdesk exchange conflicts" in out
    assert _task(sec, "NV01").status == "dropped"
    assert _task(sec, "NV02").blocker == "Thiếu kinh phí"

    listing = cli("--db", sec, "exchange", "conflicts")
    assert "Xung đột số 1: nhiệm vụ NV01 (trạng thái), báo cáo số 1 của đơn vị BX" in listing
    assert "Văn phòng: trạng thái Không thực hiện nữa" in listing
    assert "Đơn vị:    trạng thái Đã hoàn thành" in listing
    assert "Ban đầu:   trạng thái Đang triển khai" in listing
    # who, on both sides (and when); on a server the secretariat's side names its account
    assert listing.count(OFFICER) == (2 if isinstance(sec, Path) else 1)

    merged = dump(sec)
    assert "không có gì thay đổi" in cli("--db", sec, "exchange", "merge", report)
    assert dump(sec) == merged


def test_a_person_keeps_the_agency_value_and_it_is_applied_with_provenance(crossed, cli):
    sec, _, report = crossed
    cli("--db", sec, "exchange", "merge", report)
    out = cli("--db", sec, "exchange", "resolve", "1", "--keep", "don-vi")
    assert "Đã giải quyết: giữ giá trị của đơn vị" in out
    assert _task(sec, "NV01").status == "done"
    assert "Không có xung đột nào" in cli("--db", sec, "exchange", "conflicts")
    history = cli("--db", sec, "exchange", "history", "task", "NV01")
    assert "Giải quyết xung đột số 1" in history and "từ báo cáo số 1 của BX" in history
    again = cli("--db", sec, "exchange", "resolve", "1", "--keep", "agency", ok=False)
    assert "đã được giải quyết" in again


def test_keeping_the_secretariat_value_reaches_the_agency_with_the_next_slice(
    crossed, tmp_path, cli
):
    sec, office, report = crossed
    cli("--db", sec, "exchange", "merge", report)
    cli("--db", sec, "exchange", "resolve", "1", "--keep", "secretariat")
    assert _task(sec, "NV01").status == "dropped"
    cli("--db", sec, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "giao2.dxgoi")
    cli("--db", office, "exchange", "open", tmp_path / "giao2.dxgoi")
    assert _task(office, "NV01").status == "dropped"
    assert "Thay đổi chưa báo cáo: 0" in cli("--db", office, "exchange", "status")
