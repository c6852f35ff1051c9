"""A damaged register in the window: a clear message and the offer to restore the backup."""

from __future__ import annotations

import sqlite3

from dxdesk.core.session import Session
from dxdesk.core.storage import backups
from dxdesk.core.storage import models as m
from tests.gui.conftest import settle
from tests.gui.sample import load_sample


def _damage(path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 8)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_a_damaged_register_offers_the_latest_backup_and_opens_it(qtbot, tmp_path, monkeypatch):
    from dxdesk.gui import app
    from dxdesk.gui.main_window import MainWindow

    path = tmp_path / "so.db"
    with Session(path, daily_backup=False):
        load_sample()
    backups.take_backup(path)
    _damage(path)
    asked = []
    monkeypatch.setattr(app, "_ask_restore", lambda _w, question: asked.append(question) or True)
    app.create_app()
    window = MainWindow()
    try:
        assert app.open_register(window, path)
        settle(window)
        assert "bị hỏng" in asked[0] and "Khôi phục từ bản sao lưu" in asked[0]
        assert window.ops.call(lambda: m.Task.select().count()) == 3
        assert list(tmp_path.glob("so.truoc-khoi-phuc-*.db"))  # the damaged file is kept
    finally:
        window.close_register()
        window.ops.shutdown()
        window.deleteLater()
