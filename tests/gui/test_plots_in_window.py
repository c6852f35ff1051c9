"""The overview's plots live in the window; a click on a bar opens the matching list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import settle


def test_the_overview_holds_the_plots_panel(window):
    window.show_page("overview")
    settle(window)
    page = window.pages["overview"]
    assert page.plots is not None
    placeholder = page.findChild(QLabel, "plots_placeholder")
    assert placeholder is None or placeholder.isHidden()  # the panel took its place


def test_open_filtered_shows_exactly_the_rows_of_the_bar(window):
    window.show_page("tasks")
    settle(window)
    tasks = window.pages["tasks"]
    tasks.set_filter_value("status", "done")  # an earlier choice must not hide rows
    window.open_filtered({"view": "tasks", "agency": "SYT"})
    settle(window)
    assert window.current_key() == "tasks"
    codes = {tasks.proxy.index(r, 0).data() for r in range(tasks.proxy.rowCount())}
    assert codes == {"NV01"}
    window.open_filtered({"view": "targets", "pillar": "CQS"})
    settle(window)
    targets = window.pages["targets"]
    assert window.current_key() == "targets"
    assert targets.proxy.rowCount() == 2
