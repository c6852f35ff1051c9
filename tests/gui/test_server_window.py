"""The window on a register kept on a PostgreSQL server (issue 20): File → Kết nối máy
chủ…, the saved connection (no password), the title saying which register and account,
start-up on a server register without the file preview, and open pages that reload when
another officer saves (LISTEN/NOTIFY), without the officer doing anything."""

from __future__ import annotations

import os
from datetime import date

import pytest

from dxdesk.core.services import tasks
from dxdesk.core.services.server_link import ServerConnection
from dxdesk.gui.context import settings, settings_path
from tests.gui.conftest import settle
from tests.gui.server import as_another_officer

AS_OF = date(2023, 12, 19)
STUCK_MS = 60_000  # only stops a broken build from hanging; the waits end on the event


@pytest.fixture
def blank_window(qtbot):
    from dxdesk.gui.app import create_app
    from dxdesk.gui.main_window import MainWindow

    create_app()
    window = MainWindow()
    window.resize(1366, 768)
    yield window
    window.close()
    window.ops.shutdown()


def _fill(dialog, url: str, user: str | None = None) -> ServerConnection:
    conn = ServerConnection.from_url(url)
    dialog.host.setText(conn.host)
    dialog.port.setValue(conn.port)
    dialog.database.setText(conn.database)
    dialog.user.setText(user or conn.user)
    return conn


def test_file_connect_opens_the_server_register_and_saves_the_connection_not_the_password(
    qtbot, blank_window, server_url, store
):
    dialog = blank_window.connect_server()
    assert dialog.isVisible() and dialog.remember.isEnabled()
    conn = _fill(dialog, server_url)
    dialog.password.setText("mật khẩu bí mật")
    dialog.remember.setChecked(True)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=STUCK_MS)
    settle(blank_window)
    ctx = blank_window.ctx
    assert ctx is not None and ctx.server_url is not None
    title = blank_window.windowTitle()
    assert conn.database in title and "tài khoản dxdesk" in title
    assert blank_window.status_label.text() == f"Máy chủ PostgreSQL: {conn.label}"
    assert not blank_window.act_restore.isEnabled()  # a server's backups are IT's pg_dump
    assert store.kept == {("dxdesk", conn.label): "mật khẩu bí mật"}
    saved = settings()
    assert ServerConnection.from_url(saved.value("server/url")) == conn
    assert saved.value("server/at_start", False, bool)
    assert "bí mật" not in settings_path().read_text(encoding="utf-8")
    assert blank_window.pages["overview"] is not None  # the pages are built on it


def test_without_a_credential_store_the_password_is_asked_and_not_kept(
    qtbot, blank_window, no_store
):
    dialog = blank_window.connect_server()
    assert not dialog.remember.isEnabled()
    assert "hỏi lại mỗi lần" in dialog.store_note.text()


def test_a_refused_account_is_said_in_the_dialog_and_nothing_opens(
    qtbot, blank_window, server_url, no_store
):
    dialog = blank_window.connect_server()
    _fill(dialog, server_url, user="khong_co_tai_khoan")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=STUCK_MS)
    assert dialog.isVisible() and "từ chối tài khoản" in dialog.message.text()
    assert blank_window.ctx is None


def test_a_missing_field_is_one_sentence_and_nothing_is_tried(qtbot, blank_window, no_store):
    dialog = blank_window.connect_server()
    dialog.host.setText("")
    dialog.connect_button.click()
    assert "địa chỉ máy chủ" in dialog.message.text() and blank_window.ctx is None


def test_start_up_on_a_server_url_opens_it_without_the_file_preview(qtbot, server_url):
    from dxdesk.gui.app import start_window

    window = start_window(server_url, as_of=AS_OF, page="tasks")
    try:
        assert window.ctx.session is not None  # opened, not previewed
        window.show()
        settle(window)
        assert window.pages["tasks"].model.rowCount() == 75
        assert window.act_new.isEnabled()
    finally:
        window.close()
        window.ops.shutdown()


def test_dxdesk_gui_takes_a_server_url_from_db_or_dxdesk_db(monkeypatch, tmp_path):
    from dxdesk.cli import main as cli

    seen = []

    def run_gui(db, *, as_of=None, page=None, package=None, saved_server=False):
        seen.append((db, saved_server))
        return 0

    monkeypatch.setattr("dxdesk.gui.app.run", run_gui)
    url = "postgresql://vanphong@may-chu/dxdesk"
    assert cli.main(["--db", url, "gui"]) == 0
    monkeypatch.setenv("DXDESK_DB", url)
    assert cli.main(["gui"]) == 0
    monkeypatch.delenv("DXDESK_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["gui"]) == 0  # nothing named: the saved server register may open
    assert seen[:2] == [(url, False), (url, False)]
    assert seen[2][1] is True


def test_without_db_the_window_opens_the_server_register_it_showed_last(
    qtbot, server_url, tmp_path
):
    from dxdesk.gui.app import start_window

    store = settings()
    store.setValue("server/url", server_url)
    store.setValue("server/at_start", True)
    store.sync()
    window = start_window(tmp_path / "mac-dinh.db", as_of=AS_OF, saved_server=True)
    try:
        assert window.ctx.server_url == server_url
    finally:
        window.close()
        window.ops.shutdown()


def test_open_pages_reload_when_another_officer_saves(qtbot, server_url):
    from dxdesk.gui.app import start_window

    window = start_window(server_url, as_of=AS_OF, page="tasks")
    try:
        window.show()
        settle(window)
        watch = window.ctx.server_watch
        qtbot.waitUntil(lambda: watch.listening, timeout=STUCK_MS)
        page = window.pages["tasks"]

        def blocker(code: str) -> str:
            rows = (page.model.row_dict(i) for i in range(page.model.rowCount()))
            return next(r["blocker"] for r in rows if r["code"] == code) or ""

        # the window's own save: shown by its own reload, not counted as someone else's
        window.ops.run(
            lambda: tasks.update_task("NV01", blocker="Của tôi", who="Minh"), changes={"task"}
        )
        settle(window)
        assert blocker("NV01") == "Của tôi"
        as_another_officer(
            lambda: tasks.update_task("NV67", blocker="Chờ kinh phí", who="Lan", today=AS_OF)
        )
        qtbot.waitUntil(lambda: blocker("NV67") == "Chờ kinh phí", timeout=STUCK_MS)
        assert watch.reloads == 1
        assert "cán bộ khác" in window.statusBar().currentMessage()
    finally:
        window.close()
        window.ops.shutdown()


def test_closing_the_register_stops_listening(qtbot, server_url):
    from dxdesk.gui.app import start_window

    window = start_window(server_url, as_of=AS_OF)
    try:
        watch = window.ctx.server_watch
        qtbot.waitUntil(lambda: watch.listening, timeout=STUCK_MS)
        window.close_register()
        assert watch.stopped and not watch.listening
    finally:
        window.close()
        window.ops.shutdown()


def test_a_lost_listening_connection_is_made_again(qtbot, server_url, monkeypatch):
    """The server ends the window's listening session (a restart, a network cut): the window
    listens again a moment later and still reloads on another officer's save."""
    import psycopg2

    from dxdesk.gui import server_watch
    from dxdesk.gui.app import start_window

    monkeypatch.setattr(server_watch, "RETRY_MS", 200)
    window = start_window(server_url, as_of=AS_OF, page="tasks")
    try:
        window.show()
        settle(window)
        watch = window.ctx.server_watch
        qtbot.waitUntil(lambda: watch.listening, timeout=STUCK_MS)
        first = watch.process
        con = psycopg2.connect(server_url)
        con.autocommit = True
        con.cursor().execute("SELECT pg_terminate_backend(%s)", (first,))
        con.close()
        qtbot.waitUntil(lambda: watch.listening and watch.process != first, timeout=STUCK_MS)
        as_another_officer(
            lambda: tasks.update_task("NV67", blocker="Sau khi nối lại", who="Lan", today=AS_OF)
        )
        qtbot.waitUntil(lambda: watch.reloads == 1, timeout=STUCK_MS)
    finally:
        window.close()
        window.ops.shutdown()


def test_the_window_connects_with_the_kept_password_and_a_timeout(store, monkeypatch):
    """A server that does not answer is said after 10 s, not waited for minutes."""
    from dxdesk.core.services import server_link
    from dxdesk.gui.server_open import with_password

    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    conn = ServerConnection("may-chu", "dxdesk", "vanphong")
    server_link.save_password(conn, "bí mật")
    assert server_link.password_in(with_password(conn.url())) == "bí mật"
    assert os.environ["PGCONNECT_TIMEOUT"] == "10"
