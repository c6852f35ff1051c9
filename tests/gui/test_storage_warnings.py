"""What the file system tells at open — a backups folder that cannot be written, a -wal
lost after a crash — is shown in the window too, not only printed by the CLI (issue 13
item 12): once, in a message box that does not block, and in the status bar."""

from __future__ import annotations

import pytest

from dxdesk.core.storage import backups
from tests.gui.conftest import settle
from tests.reliability.test_storage_faults import _crash_note, _register


@pytest.fixture
def bare_window(qtbot):
    from dxdesk.gui.app import create_app
    from dxdesk.gui.main_window import MainWindow

    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_register()
    win.close()
    win.ops.shutdown()


def _opened(win, path):
    from dxdesk.gui.app import open_register

    assert open_register(win, path)
    settle(win)
    return win.storage_box


def test_a_backups_folder_that_cannot_be_written_is_said_in_the_window(bare_window, tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    folder = backups.backup_dir(path)
    for copy in folder.glob("*"):
        copy.unlink()
    if folder.exists():
        folder.rmdir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("")  # not a folder: no one writes in it
    box = _opened(bare_window, path)
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.windowTitle() == "Cảnh báo về sổ dữ liệu"
    assert "Không ghi được bản sao lưu tự động" in box.text() and str(folder) in box.text()
    assert bare_window.statusBar().currentMessage() == (
        "Có cảnh báo về sổ dữ liệu: xem hộp thông báo."
    )
    assert bare_window.ctx.session is not None and not bare_window.ctx.read_only  # work goes on


def test_a_wal_lost_after_a_crash_is_said_in_the_window_once(bare_window, tmp_path):
    path = tmp_path / "so.db"
    _register(path)
    _crash_note(path)
    box = _opened(bare_window, path)
    assert box is not None and box.isVisible()
    assert "so.db-wal" in box.text() and "không còn" in box.text()
    box.close()
    bare_window.storage_box = None
    assert _opened(bare_window, path) is None  # that crash is told once
