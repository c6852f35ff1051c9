"""Start-up: the remembered list's first rows are painted from a preview, then the register
opens; a register that cannot be previewed, or fails to open after, is handled as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from dxdesk.core.services import tables
from dxdesk.core.session import Session
from dxdesk.core.storage import readsql
from dxdesk.core.storage.database import LockedDatabase
from tests.gui.conftest import AS_OF, settle
from tests.gui.sample import load_sample

# The waits below end on the event itself (a signal, the lane's own step); this limit only
# stops a broken build from hanging, however loaded the machine is.
STUCK_MS = 120_000


@pytest.fixture
def sample_path(tmp_path):
    path = tmp_path / "so.db"
    with Session(path, daily_backup=False):
        load_sample()
    return path


@pytest.fixture
def start(qtbot, sample_path):
    """Start the window on the sample register as ``run()`` does (not shown yet)."""
    from dxdesk.gui.app import start_window

    windows = []

    def started():
        window = start_window(sample_path, as_of=AS_OF, page="tasks")
        window.resize(1366, 768)
        windows.append(window)
        return window

    yield started
    for window in windows:
        window.close()
        window.ops.shutdown()


def test_the_first_tasks_show_before_the_register_opens_then_every_task(
    qtbot, sample_path, start, monkeypatch
):
    monkeypatch.setattr(tables, "FIRST_ROWS", 2)  # the preview reads the first two
    new_window = start()
    page = new_window.pages["tasks"]
    assert new_window.ctx.session is None  # still opening
    assert [page.model.row_dict(i)["code"] for i in range(page.model.rowCount())] == [
        "NV01",
        "NV02",
    ]
    assert not new_window.act_new.isEnabled() and not new_window.act_import.isEnabled()
    assert new_window.current_key() == "tasks"
    buttons = [page.buttons.itemAt(i).widget() for i in range(page.buttons.count())]
    assert buttons and not any(b.isEnabled() for b in buttons)
    page.table.selectRow(0)
    menu = {a.text(): a.isEnabled() for a in page.build_row_menu().actions() if a.text()}
    assert menu.pop("Sao chép dòng") and menu and not any(menu.values())  # only copying

    with qtbot.waitSignal(new_window.register_opened, timeout=STUCK_MS):
        new_window.show()  # the register opens right after the first paint
    assert new_window.ctx.session is not None
    settle(new_window)
    assert page.model.rowCount() == 3
    assert new_window.act_new.isEnabled() and new_window.act_import.isEnabled()
    assert all(b.isEnabled() for b in buttons)
    page.table.selectRow(0)
    assert all(a.isEnabled() for a in page.build_row_menu().actions() if a.text())
    assert new_window.ctx.state.as_of == AS_OF
    assert "so.db" in new_window.windowTitle()


def test_a_register_that_cannot_be_previewed_opens_as_before(qtbot, sample_path, start):

    with sqlite3.connect(sample_path) as con:  # an older file: the migrations must run first
        con.execute(f"PRAGMA user_version = {readsql.SCHEMA_VERSION - 1}")
    new_window = start()
    assert new_window.ctx.session is not None
    new_window.show()
    settle(new_window)
    assert new_window.pages["tasks"].model.rowCount() == 3


def test_a_register_that_fails_to_open_after_its_preview_says_why(
    qtbot, sample_path, start, monkeypatch
):
    from dxdesk.core import session as core_session

    def locked(*_args, **_kwargs):
        raise LockedDatabase("Tệp so.db đang bị một chương trình khác khóa.")

    shown: list[str] = []
    monkeypatch.setattr(core_session, "Session", locked)
    new_window = start()
    monkeypatch.setattr(new_window, "_show_error", lambda _title, text: shown.append(text))
    assert new_window.pages["tasks"].model.rowCount() == 3  # the preview
    new_window.show()
    qtbot.waitUntil(lambda: new_window.ctx is None, timeout=STUCK_MS)
    assert shown and "khóa" in shown[-1]
    assert "tasks" not in list(new_window.pages)  # the preview's pages are gone
    assert not new_window.act_new.isEnabled()


def test_the_window_paints_its_first_rows_without_loading_peewee():
    """Most of the start-up the preview saves is peewee and the models (docs/performance.md):
    the modules the window and the ``dxdesk`` command need until its first paint must not
    import them."""
    code = (
        "import sys\n"
        "import dxdesk.cli.main, dxdesk.cli.commands.gui, dxdesk.cli.common\n"
        "import dxdesk.core.services.tables, dxdesk.gui.app, dxdesk.gui.main_window\n"
        "import dxdesk.gui.startup, dxdesk.gui.views.tasks\n"
        "print(sorted(m for m in sys.modules if m in ('peewee', 'dxdesk.core.storage.models')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_damaged_register_at_start_up_offers_its_backup(qtbot, sample_path, start, monkeypatch):
    from dxdesk.core.storage import backups
    from dxdesk.core.storage import models as m
    from dxdesk.gui import app
    from tests.gui.test_damaged import _damage

    backups.take_backup(sample_path)
    _damage(sample_path)
    asked: list[str] = []
    monkeypatch.setattr(app, "_ask_restore", lambda _w, question: asked.append(question) or True)
    new_window = start()
    new_window.show()
    qtbot.waitUntil(
        lambda: new_window.ctx is not None and new_window.ctx.session is not None, timeout=STUCK_MS
    )
    settle(new_window)
    assert asked and "bị hỏng" in asked[0]
    assert new_window.ops.call(lambda: m.Task.select().count()) == 3
    assert new_window.pages["tasks"].model.rowCount() == 3


def test_closing_before_the_register_opens_leaves_it_closed(qtbot, sample_path, start, monkeypatch):
    """The lane has opened the register but the window closes before that open is
    delivered, and the application ends: the session is closed all the same."""
    from dxdesk.core import session as core_session

    real_session = core_session.Session
    opened = threading.Event()

    def open_and_say_so(*args, **kwargs):
        session = real_session(*args, **kwargs)
        opened.set()
        return session

    monkeypatch.setattr(core_session, "Session", open_and_say_so)
    new_window = start()
    new_window.show()  # the open is asked after the first paint, then runs on the lane
    qtbot.waitUntil(lambda: new_window.ops.pending() > 0, timeout=STUCK_MS)
    assert opened.wait(STUCK_MS / 1000)  # opened on the lane; no event delivers it meanwhile
    new_window.ctx.close()  # as closing the window does
    new_window.ops.shutdown()  # no event loop any more: the open is never delivered
    assert not sample_path.with_name("so.db.owner").exists()  # the file was released
