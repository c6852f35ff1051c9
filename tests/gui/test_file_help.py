"""Issue 14 point 8: File → Khôi phục từ bản sao lưu…, Trợ giúp → Hướng dẫn sử dụng."""

from __future__ import annotations

from dxdesk.core.services import entities
from dxdesk.core.session import Session
from dxdesk.core.storage import backups
from dxdesk.core.storage import models as m
from tests.gui.conftest import settle
from tests.gui.sample import load_sample


def test_restoring_a_chosen_backup_from_the_file_menu(qtbot, tmp_path, monkeypatch):
    from dxdesk.gui import app
    from dxdesk.gui.dialogs import common, restore
    from dxdesk.gui.main_window import MainWindow

    path = tmp_path / "so.db"
    with Session(path, daily_backup=False):
        load_sample()
    backups.take_backup(path)
    app.create_app()
    window = MainWindow()
    try:
        assert app.open_register(window, path)
        settle(window)
        window.ops.call(lambda: entities.delete("task", "NV03"))
        assert window.ops.call(lambda: m.Task.select().count()) == 2
        offered = []
        monkeypatch.setattr(
            restore, "choose_backup", lambda _w, infos: offered.extend(infos) or infos[0]
        )
        asked = []
        monkeypatch.setattr(common, "ask", lambda _p, _t, text: asked.append(text) or True)
        menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
        assert "Khôi phục từ bản sao lưu…" in menu
        assert window.restore_backup()
        settle(window)
        assert offered[0].tasks == 3 and "3 nhiệm vụ" in asked[0]
        assert window.ops.call(lambda: m.Task.select().count()) == 3  # NV03 is back
        assert list(tmp_path.glob("so.truoc-khoi-phuc-*.db"))  # the replaced file is kept
    finally:
        window.close_register()
        window.ops.shutdown()
        window.deleteLater()


def test_the_user_guide_opens_inside_the_app_in_the_chosen_language(window):
    dialog = window.show_guide()
    text = dialog.browser.toPlainText()
    assert "Hướng dẫn sử dụng dxdesk" in text and "Đánh dấu hoàn thành" in text
    dialog.close()
    from dxdesk.gui.dialogs.guide import guide_path

    english = guide_path("en").read_text(encoding="utf-8")
    assert "user guide" in english and "Mark done" in english
    settle(window)
