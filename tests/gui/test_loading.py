"""A page loads when shown and out of date, one load at a time, and never shows a late answer."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from dxdesk.gui.views.loading import LoadsWhenShown


class Page(LoadsWhenShown, QWidget):
    title = "trang thử"

    def __init__(self):
        super().__init__()
        self.ctx = SimpleNamespace(session=object(), state=SimpleNamespace(as_of=date(2023, 6, 30)))
        self.asked: list[date] = []

    def start_load(self, as_of: date) -> None:
        self.asked.append(as_of)


def test_a_hidden_page_waits_until_shown(qtbot):
    page = Page()
    qtbot.addWidget(page)
    page.mark_stale()
    assert page.asked == []
    page.show()
    assert page.asked == [date(2023, 6, 30)]


def test_a_change_during_a_load_loads_again_with_the_newest_date(qtbot):
    page = Page()
    qtbot.addWidget(page)
    page.show()
    page.ctx.state.as_of = date(2023, 12, 19)
    page.mark_stale()  # while the first load runs: no second load at once
    assert page.asked == [date(2023, 6, 30)]
    assert page.load_finished() is False  # the first answer is out of date: not shown
    assert page.asked == [date(2023, 6, 30), date(2023, 12, 19)]
    assert page.load_finished() is True
    page.show()  # nothing stale: no load
    assert len(page.asked) == 2
