"""Issue 14 point 2: every clickable figure opens a list holding exactly what it counted."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle


@pytest.fixture
def demo_window(qtbot, demo_session):
    from dxdesk.gui.app import create_app
    from dxdesk.gui.context import Context
    from dxdesk.gui.main_window import MainWindow

    create_app()
    win = MainWindow()
    ctx = Context(demo_session, win.ops, owns_session=False, parent=win)
    win.set_context(ctx, as_of=date(2023, 12, 31), page="overview")
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


def _plot_figures(win) -> list[tuple[str, int, dict]]:
    panel = win.pages["overview"].plots
    out = []
    for key in ("bands", "tasks", "agencies"):
        panel.select(key)
        settle(win)
        plot = panel.plot(key)
        for item in plot.bar_items:
            out += [(f"{key} bar", round(bar.width), bar.filter) for bar in item.bars]
    return out


def _opened_count(win, filters: dict) -> int:
    win.open_filtered(dict(filters))
    settle(win)
    page = win.pages[filters.get("view", "tasks")]
    return page.proxy.rowCount()


@pytest.mark.parametrize("as_of", [date(2023, 6, 30), date(2023, 12, 31)])
def test_every_clickable_figure_of_the_demo_opens_that_many_rows(demo_window, as_of):
    win = demo_window
    win.ctx.state.set_as_of(as_of)
    win.show_page("overview")
    settle(win)
    overview = win.pages["overview"]
    figures = [("overview", n, f) for n, f in overview.figures]
    assert len(figures) > 20  # cards (bands, statuses, timeliness, totals) and the table
    assert any("agency" in f for _, _, f in figures)
    figures += _plot_figures(win)
    assert any(where == "agencies bar" for where, _, _ in figures)
    wrong = []
    for where, count, filters in figures:
        got = _opened_count(win, filters)
        if got != count:
            wrong.append((where, filters, count, got))
        win.show_page("overview")
    assert not wrong


def test_the_agency_filter_says_whether_it_counts_lead_or_also_coordinating(demo_window):
    win = demo_window
    overview = win.pages["overview"]
    row = overview.overdue.item(0, 1).data(0x0100)  # Qt.UserRole: the filters of that cell
    count = int(overview.overdue.item(0, 1).text())
    assert _opened_count(win, row) == count
    tasks = win.pages["tasks"]
    role = tasks._filters["role"][1]
    assert role.currentText() == "Chủ trì"  # visible: the figure counts lead agencies
    role.setCurrentIndex(0)  # "Chủ trì hoặc phối hợp"
    assert role.currentText() == "Chủ trì hoặc phối hợp"
    assert tasks.proxy.rowCount() >= count


def test_the_completion_rate_card_rounds_once_as_the_brief(demo_window):
    """50 done and 12 overdue: 80,645… %, so 80,6 % as the brief prints it, not 80,7 %
    (the summary's 2-place rate rounded again)."""
    text = demo_window.pages["overview"].tasks_card.body.text()
    assert "80,6\u00a0%" in text and "80,7" not in text
