"""GUI fixtures: a main window on a small register, and ways to type Vietnamese.

``qtbot.keyClicks`` aborts the process on non-ASCII characters, so Vietnamese is typed
with key events that carry text, or committed as an input method (Unikey, IBus) does.
"""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.sample import load_sample

AS_OF = date(2023, 12, 19)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """Every test starts from empty settings (window geometry, columns, language)."""
    monkeypatch.setenv("DXDESK_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture
def sample_session(session):
    load_sample()
    return session


@pytest.fixture
def window(qtbot, sample_session):
    """The main window on the sample register at 19/12/2023, all pages built."""
    from dxdesk.gui.app import create_app
    from dxdesk.gui.context import Context
    from dxdesk.gui.main_window import MainWindow

    create_app()
    win = MainWindow()
    # not qtbot.addWidget: a language switch deletes the window itself
    ctx = Context(sample_session, win.ops, owns_session=False, parent=win)
    win.set_context(ctx, as_of=AS_OF)
    win.resize(1366, 768)
    win.show()
    settle(win)
    yield win
    ops = win.ops
    if shiboken6.isValid(win):  # a language switch replaces the window
        win.close()
        win.deleteLater()
    ops.shutdown()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle(win, rounds: int = 3) -> None:
    """Wait until every job on the lane (and those their results start) has delivered."""
    for _ in range(rounds):
        assert win.ops.wait_idle(20000)
        QApplication.processEvents()


def type_keys(widget: QWidget, text: str) -> None:
    """Type text one key event per character, each carrying its text (as a keyboard does)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def commit_text(widget: QWidget, text: str) -> None:
    """Commit text as an input method does (Unikey/IBus send the finished syllable)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_page(win, key: str):
    """Switch the window to a page and wait for its rows."""
    win.show_page(key)
    settle(win)
    return win.pages[key]


@pytest.fixture
def server_url(pg_cluster, pg_demo_template):
    """A copy of the Lào Cai demo on the test server (dropped after the test)."""
    from tests.conftest import _pg_register

    registers = _pg_register(pg_cluster, pg_demo_template)
    yield next(registers)
    next(registers, None)
