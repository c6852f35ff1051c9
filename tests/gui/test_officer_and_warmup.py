"""The officer's name is asked at the first run and signs notes (not the computer login);
pyqtgraph is imported when the window is idle, and an overview opened sooner shows its
figures at once and a placeholder until the plot is ready."""

from __future__ import annotations

import sys
import threading
import time
import types

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from dxdesk.core.services import lists
from dxdesk.gui.context import settings
from dxdesk.gui.plots import warmup
from tests.gui.conftest import AS_OF, commit_text, settle


def test_the_officer_is_asked_once_the_register_is_open_and_signs_notes(window, qtbot):
    from dxdesk.gui.dialogs.officer import ask_when_open

    assert settings().value("officer", "", str) == ""
    ask_when_open(window)
    window.register_opened.emit()
    dialog = window.officer_dialog
    assert dialog.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.name.minimumWidth() >= 320  # "Nguyễn Thị Thanh Hương" reads whole
    commit_text(dialog.name, "Nguyễn Thị Hoa")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert not dialog.isVisible() and settings().value("officer", "", str) == "Nguyễn Thị Hoa"
    assert window.ctx.who == "Nguyễn Thị Hoa"
    # a progress note is signed with that name
    from dxdesk.core.services.tasks import update_task

    window.ops.call(update_task, "NV01", note="Đã họp triển khai", today=AS_OF, who=window.ctx.who)
    notes = window.ops.call(lists.note_list, "NV01").dicts()
    assert any(n.get("author") == "Nguyễn Thị Hoa" for n in notes)
    # with a name set, the next start asks nothing
    window.officer_dialog = None
    ask_when_open(window)
    window.register_opened.emit()
    assert window.officer_dialog is None


def test_the_settings_name_field_is_wide_enough(window):
    from dxdesk.gui.dialogs.about import SettingsDialog

    dialog = SettingsDialog(window)
    assert dialog.officer.minimumWidth() >= 320
    assert dialog.officer.placeholderText() != "tên đăng nhập máy nếu để trống"
    dialog.reject()


@pytest.fixture
def fake_plot_modules(monkeypatch):
    """Three modules not imported yet stand for numpy, pyqtgraph and the plots."""
    names = tuple(f"dxdesk_fake_plot_{i}" for i in range(3))
    imported: list[str] = []

    def finder(name, *args, **kwargs):
        if name in names:
            imported.append((name, threading.current_thread().name))
            module = sys.modules[name] = types.ModuleType(name)
            return module
        return real(name, *args, **kwargs)

    real = warmup.importlib.import_module
    monkeypatch.setattr(warmup, "MODULES", names)
    monkeypatch.setattr(warmup.importlib, "import_module", finder)
    yield imported
    for name in names:
        sys.modules.pop(name, None)


def test_the_plot_modules_are_imported_once_the_window_is_idle(window, fake_plot_modules):
    w = warmup.Warmup(window)
    release = threading.Event()
    window.ops.run(lambda: release.wait(30))  # the lane is busy
    w.arm()  # what the first paint starts
    w._check()
    assert w.thread is None and fake_plot_modules == []  # nothing while the lane works
    release.set()
    settle(window)
    for _ in range(300):
        QCoreApplication.processEvents()
        if warmup.ready():
            break
        time.sleep(0.01)
    assert fake_plot_modules == [
        (name, "dxdesk-plots-import" if i < warmup.THREADED else "MainThread")
        for i, name in enumerate(warmup.MODULES)
    ]  # numpy and pyqtgraph off the GUI thread, the plot modules on it
    assert warmup.ready()


def test_an_overview_opened_before_the_plots_are_ready_shows_a_placeholder(window, monkeypatch):
    loaded = {"now": False}
    monkeypatch.setattr(warmup, "pyqtgraph_loaded", lambda: loaded["now"])
    imported = []
    monkeypatch.setattr(warmup, "import_all", lambda: (imported.append(1), loaded.update(now=True)))
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from dxdesk.gui.plots.panel import install_plots

    container = QWidget()
    QVBoxLayout(container)
    container.resize(900, 300)
    container.show()
    panel = install_plots(container, open_filtered=lambda _f: None)
    QCoreApplication.processEvents()  # shown
    assert panel.isVisible()
    panel.show_summary(window.ops.call(lists.overview, AS_OF))  # the page's summary arrives
    placeholder = panel.pages["bands"].findChild(QLabel)
    assert panel.plots == {} and not imported  # nothing imported before the page paints
    assert placeholder.text() == "Đang chuẩn bị biểu đồ…"
    for _ in range(100):  # the placeholder paints, then the plot is built
        QCoreApplication.processEvents()
        if "bands" in panel.plots:
            break
    assert imported and panel.plots["bands"].series is panel.series["bands"]
    container.close()
