"""Since the last meeting: the overview says what changed since a date (the last meeting by
default), each count opens exactly its tasks, and the tasks list shows each row's change."""

from __future__ import annotations

from datetime import date

from tests.gui.conftest import open_page, settle


def _rows(page) -> dict[str, str]:
    col = [c.key for c in page.model.columns].index("change")
    return {
        page.proxy.index(r, 0).data(): page.proxy.index(r, col).data()
        for r in range(page.proxy.rowCount())
    }


def test_the_overview_says_what_changed_since_the_last_meeting(window):
    overview = open_page(window, "overview")
    text = overview.since_text
    # HN-Q2 (14/07/2023) is the last meeting before 19/12/2023: NV02 and NV03 fell overdue
    assert "2 mới quá hạn" in text and "kể từ 14/07/2023" in text
    assert "hoàn thành" not in text  # NV01 was done before the meeting
    figures = [(n, f) for n, f in overview.figures if "change" in f]
    assert figures == [(2, {"view": "tasks", "change": "overdue"})]
    window.open_filtered(dict(figures[0][1]))
    settle(window)
    tasks = window.pages["tasks"]
    assert _rows(tasks) == {"NV02": "Mới quá hạn", "NV03": "Mới quá hạn"}
    tasks.select_key("NV02")
    settle(window)
    shown = tasks.detail.toPlainText()  # the row's change, also with its column hidden
    assert "Thay đổi" in shown and "Mới quá hạn" in shown


def test_each_task_shows_its_change_and_a_chosen_date_moves_both(window):
    tasks = open_page(window, "tasks")
    assert _rows(tasks) == {"NV01": "", "NV02": "Mới quá hạn", "NV03": "Mới quá hạn"}
    overview = open_page(window, "overview")
    overview._figure_clicked("since")  # "đổi ngày"
    dialog = overview.since_dialog
    dialog.date.set_value(date(2023, 6, 1))
    dialog._ok()
    settle(window)
    assert window.ctx.state.since == date(2023, 6, 1)
    text = overview.since_text
    assert "+1 hoàn thành" in text and "1 giao mới" in text and "kể từ 01/06/2023" in text
    tasks = open_page(window, "tasks")
    assert _rows(tasks) == {
        "NV01": "Đã hoàn thành",
        "NV02": "Mới quá hạn",
        "NV03": "Mới quá hạn, giao mới",
    }
    tasks.set_filter_value("change", "done")
    assert tasks.proxy.rowCount() == 1
    assert "01/06/2023" in tasks._filters["change"][1].currentText()
    # back to the last meeting
    open_page(window, "overview")
    overview._figure_clicked("since")
    overview.since_dialog.choose(None)
    settle(window)
    assert window.ctx.state.since is None
    assert "kể từ 14/07/2023" in overview.since_text


def test_filtering_by_a_change_shows_the_change_column_and_clearing_hides_it(window):
    from dxdesk.gui.context import settings

    tasks = open_page(window, "tasks")
    header = tasks.table.horizontalHeader()
    col = [c.key for c in tasks.model.columns].index("change")
    assert header.isSectionHidden(col)  # hidden by default: most days nobody compares
    saved = settings().value(tasks._state_key() + "/header")
    tasks.set_filter_value("change", "overdue")
    assert not header.isSectionHidden(col)  # each row says what changed
    assert settings().value(tasks._state_key() + "/header") == saved  # not remembered
    tasks.set_filter_value("change", None)
    assert header.isSectionHidden(col)
    # shown by the officer: it stays when the filter is cleared
    tasks.set_column_visible(col, True)
    tasks.set_filter_value("change", "overdue")
    tasks.set_filter_value("change", None)
    assert not header.isSectionHidden(col)
