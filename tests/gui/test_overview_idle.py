"""The overview's first open after the window was idle only paints: in idle time the page is
built hidden, its figures read on the lane and its first plot drawn; an edit or another date
meanwhile makes them stale, and they are read again when the page is shown."""

from __future__ import annotations

import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from dxdesk.gui.plots import warmup
from tests.gui.conftest import AS_OF, settle


@pytest.fixture
def idle_window(qtbot, sample_session):
    """The main window on the sample register, on the documents page (as a window reopened
    on its remembered page), the overview not built yet."""
    from dxdesk.gui.app import create_app
    from dxdesk.gui.context import Context
    from dxdesk.gui.main_window import MainWindow

    create_app()
    win = MainWindow()
    ctx = Context(sample_session, win.ops, owns_session=False, parent=win)
    win.set_context(ctx, as_of=AS_OF, page="documents")
    win.resize(1366, 768)
    win.show()
    settle(win)
    yield win
    ops = win.ops
    if shiboken6.isValid(win):
        win.close()
        win.deleteLater()
    ops.shutdown()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _idle_work(win) -> None:
    """What the window does once painted, open and idle (``warm_up_when_idle``)."""
    w = warmup.Warmup(win)
    w.arm()
    deadline = time.monotonic() + 30
    while not warmup.overview_ready(win):
        assert time.monotonic() < deadline, "the idle-time work did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.005)
    settle(win)


def _lane_reads(win, monkeypatch) -> list[str]:
    """The labels of the jobs the lane is given from now on."""
    labels: list[str] = []
    real = win.ops.run

    def run(fn, **kwargs):
        labels.append(kwargs.get("label", ""))
        return real(fn, **kwargs)

    monkeypatch.setattr(win.ops, "run", run)
    return labels


def test_idle_time_reads_the_overview_so_its_first_open_only_paints(idle_window, monkeypatch):
    win = idle_window
    assert not win.pages.built("overview")
    _idle_work(win)
    page = win.pages["overview"]
    assert not page.isVisible()  # all of it hidden: the officer is still on the documents
    panel = page.plots
    plot = panel.plots["bands"]
    assert page.data is not None and plot.series is panel.series["bands"]
    assert page.targets_card.body.text()  # the cards are filled
    reads = _lane_reads(win, monkeypatch)
    win.show_page("overview")
    QCoreApplication.processEvents()
    assert page.isVisible() and reads == []  # nothing read again: the page only paints
    assert panel.plots["bands"] is plot and plot.isVisible()  # the plot is not rebuilt
    # the figures shown are those of the as-of date
    assert page.data["as_of"][:10] == AS_OF.isoformat()


def test_figures_read_in_idle_time_are_read_again_after_an_edit(idle_window, monkeypatch):
    win = idle_window
    _idle_work(win)
    page = win.pages["overview"]
    before = page.data
    emitted = frozenset({"task"})
    win.ops.changed.emit(emitted)  # an edit on the documents page's side
    reads = _lane_reads(win, monkeypatch)
    assert reads == []  # hidden: only marked stale
    win.show_page("overview")
    settle(win)
    assert reads and page.data is not before  # read again when shown


def test_a_window_opened_on_the_overview_is_not_read_twice(window, monkeypatch):
    page = window.pages["overview"]
    assert page.isVisible() and page.data is not None
    reads = _lane_reads(window, monkeypatch)
    w = warmup.Warmup(window)
    w._read_overview()
    assert reads == []  # shown and read already: the idle time adds no read
