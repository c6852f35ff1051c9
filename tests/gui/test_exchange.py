"""The Exchange menu: issue a slice, merge an agency's report, see the agency-mode banner."""

from __future__ import annotations

import subprocess
import sys

from dxdesk.core.services import entities
from tests.gui.conftest import settle


def dxdesk(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "dxdesk", *args], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_slice_issued_from_the_window_comes_back_as_a_merged_report(window, tmp_path):
    slice_path = tmp_path / "SGDDT.dxp"
    window.exchange.issue_slice("SGDDT", str(slice_path))
    settle(window)
    assert slice_path.exists()
    assert "Sở Giáo dục và Đào tạo" in window.statusBar().currentMessage()
    agency_db = str(tmp_path / "agency.db")
    dxdesk("--db", agency_db, "exchange", "open", str(slice_path))
    dxdesk(
        "--db",
        agency_db,
        "task",
        "update",
        "NV03",
        "--status",
        "in_progress",
        "--note",
        "Đã khảo sát các trường",
    )
    report = tmp_path / "report.dxp"
    dxdesk("--db", agency_db, "exchange", "report", "--out", str(report))
    asked = []
    window.exchange.merge_report(str(report), ask=lambda *a: asked.append(a) or True)
    settle(window)
    assert asked, "the officer is asked before anything is merged"
    preview_rows = window.exchange.last_dialog.table.rowCount()
    assert preview_rows >= 1
    assert window.ops.call(entities.get, "task", "NV03")["status"] == "in_progress"


def test_the_menu_shows_secretariat_actions_and_no_banner(window):
    assert window.act_issue.isVisible() and window.act_merge.isVisible()
    assert not window.act_report.isVisible()
    assert window.banner.isHidden()
