"""`dxdesk FILE.dxp` (a double-click on an exchange package, through the installer's file
association) opens the window and, once the register is open, shows the report's preview and
asks before merging anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from dxdesk.cli import main as cli
from dxdesk.core.services import entities
from tests.gui.test_exchange import dxdesk


def test_a_package_on_the_command_line_opens_the_window_on_it(monkeypatch, tmp_path):
    seen = {}

    def run_gui(db, *, as_of=None, page=None, package=None, saved_server=False):
        seen.update(db=db, package=package)
        return 0

    monkeypatch.setattr("dxdesk.gui.app.run", run_gui)
    assert cli.main(["--db", str(tmp_path / "so.db"), str(tmp_path / "BX-baocao-1.DXP")]) == 0
    assert seen == {"db": tmp_path / "so.db", "package": tmp_path / "BX-baocao-1.DXP"}


def test_the_window_shows_the_reports_preview_once_its_register_is_open(
    qtbot, sample_session, tmp_path, monkeypatch
):
    from dxdesk.gui.app import preview_when_open, start_window

    secretariat = Path(sample_session.path)
    slice_path, report = tmp_path / "SGDDT.dxp", tmp_path / "SGDDT-1.dxp"
    agency = str(tmp_path / "agency.db")
    sample_session.close()
    dxdesk(
        "--db", str(secretariat), "exchange", "issue", "--agency", "SGDDT", "--out", str(slice_path)
    )
    dxdesk("--db", agency, "exchange", "open", str(slice_path))
    dxdesk("--db", agency, "task", "update", "NV03", "--status", "in_progress")
    dxdesk("--db", agency, "exchange", "report", "--out", str(report))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No
    )
    window = start_window(secretariat)
    try:
        preview_when_open(window, report)  # (not shown: an active window would keep focus)
        qtbot.waitUntil(
            lambda: window._exchange is not None and window.exchange.last_dialog is not None,
            timeout=20_000,
        )
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        assert window.exchange.last_dialog.table.rowCount() >= 1
        assert window.ops.call(entities.get, "task", "NV03")["status"] != "in_progress", (
            "nothing is merged when the officer says no"
        )
    finally:
        if window._exchange is not None and window.exchange.last_dialog is not None:
            window.exchange.last_dialog.close()
        window.close()
        window.ops.shutdown()
