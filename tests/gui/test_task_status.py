"""Issue 14 point 1: a task's status and dates never contradict, wherever it is set."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dxdesk.core.errors import ImportFailed
from dxdesk.core.services import entities, register, tasks
from tests.gui.conftest import AS_OF, open_page, settle, type_keys


def _save(window, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)


def _row(page, code: str) -> dict:
    page.select_key(code)
    return page.selected_row()


def test_done_in_the_form_records_the_asked_date_and_the_list_shows_done(window):
    page = open_page(window, "tasks")
    dialog = page.actions_.edit("NV02")  # in progress, overdue at 19/12/2023
    assert "Quá hạn" in dialog.task_dates.state.text()
    dialog.widgets["status"].set_value("done")
    # asked: the completion date is filled with the working date, focused, to check
    assert dialog.widgets["completed_on"].value() == AS_OF
    assert "Đã hoàn thành" in dialog.task_dates.state.text()
    dialog.widgets["completed_on"].line.clear()
    type_keys(dialog.widgets["completed_on"].line, "10/12/2023")
    _save(window, dialog)
    assert not dialog.isVisible()
    stored = window.ops.call(entities.get, "task", "NV02")
    assert stored["status"] == "done" and stored["completed_on"] == date(2023, 12, 10)
    row = _row(page, "NV02")
    assert row["status_at"] == "done" and row["timeliness"] == "done_late"


def test_reopening_in_the_form_clears_the_completion_date(window):
    page = open_page(window, "tasks")
    dialog = page.actions_.edit("NV01")
    dialog.widgets["status"].set_value("in_progress")
    assert dialog.widgets["completed_on"].value() is None
    _save(window, dialog)
    stored = window.ops.call(entities.get, "task", "NV01")
    assert stored["status"] == "in_progress" and stored["completed_on"] is None
    assert _row(page, "NV01")["status_at"] == "in_progress"


def test_row_menu_marks_done_with_a_date_then_reopens(window):
    page = open_page(window, "tasks")
    page.select_key("NV03")
    texts = [a.text() for a in page.build_row_menu().actions()]
    assert "Đánh dấu hoàn thành…" in texts and "Không thực hiện nữa…" in texts
    dialog = page.mark_done()
    assert dialog.done_on.value() == AS_OF  # the working date by default
    _save(window, dialog)
    row = _row(page, "NV03")
    assert row["status_at"] == "done" and row["completed_on"] == "2023-12-19"
    assert "Mở lại nhiệm vụ" in [a.text() for a in page.build_row_menu().actions()]
    page.reopen()
    settle(window)
    row = _row(page, "NV03")
    assert row["status_at"] == "in_progress" and row["completed_on"] is None
    dialog = page.mark_dropped()
    _save(window, dialog)
    assert _row(page, "NV03")["status_at"] == "dropped"


def test_cli_service_import_and_saving_share_the_rule(sample_session):
    task = tasks.update_task("NV03", status="done", today=AS_OF)  # as `dxdesk task update`
    assert task["completed_on"] == AS_OF
    saved = entities.save(
        "task", {"code": "NV02", "status": "dropped"}, working_date=date(2023, 11, 1)
    )
    assert saved["completed_on"] == date(2023, 11, 1)
    with pytest.raises(entities.FieldError) as error:  # in progress with a completion date
        entities.save("task", {"code": "NV02", "status": "in_progress"})
    assert error.value.field == "completed_on"
    record = {**entities.get("task", "NV01"), "status": "done", "completed_on": None}
    register.load({"task": [record]}, action="thử", working_date=date(2023, 12, 1))
    assert entities.get("task", "NV01")["completed_on"] == date(2023, 12, 1)
    bad = {**entities.get("task", "NV01"), "status": "not_started", "_row": 5}
    with pytest.raises(ImportFailed) as failed:
        register.load({"task": [bad]}, action="thử")
    assert "ngày hoàn thành" in failed.value.errors[0].message
