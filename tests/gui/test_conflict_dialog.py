"""Saving a task that another officer changed since the form opened it (issue 20): the
window shows both values, who saved the other one and when, and the officer keeps theirs,
takes the other's, or edits; nothing is lost without being shown. On a server register,
the other officer saving on a connection of their own."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.services import entities, tasks
from dxdesk.gui.dialogs import conflict
from tests.gui.conftest import settle
from tests.gui.server import as_another_officer

AS_OF = date(2023, 12, 19)


@pytest.fixture
def window(qtbot, server_url):
    from dxdesk.gui.app import start_window

    win = start_window(server_url, as_of=AS_OF, page="tasks")
    win.show()
    settle(win)
    yield win
    win.close()
    win.ops.shutdown()


@pytest.fixture
def answer(monkeypatch):
    """The officer's answer to the conflict dialog; the dialogs shown are kept."""
    shown: list[conflict.ConflictDialog] = []

    def set_answer(choice: str) -> list[conflict.ConflictDialog]:
        def choose(box):
            shown.append(box)
            return choice

        monkeypatch.setattr(conflict, "choose", choose)
        return shown

    return set_answer


def _edit_while_lan_saves(window, *, mine: str, text_suffix: str = ""):
    """Open NV67's form; Lan saves its blocker meanwhile; the officer types theirs and saves."""
    page = window.pages["tasks"]
    form = page.actions_.edit("NV67")
    as_another_officer(
        lambda: tasks.update_task("NV67", blocker="Chờ kinh phí", who="Lan", today=AS_OF)
    )
    form.widgets["blocker"].set_value(mine)
    if text_suffix:
        form.widgets["text"].set_value(form.widgets["text"].value() + text_suffix)
    form.save()
    settle(window)
    return form


def _saved(window, field: str):
    return window.ops.call(entities.get, "task", "NV67")[field]


def test_the_dialog_shows_both_values_who_and_when_and_keeping_mine_saves_mine(
    qtbot, window, answer
):
    shown = answer(conflict.MINE)
    form = _edit_while_lan_saves(window, mine="Chờ nhân lực")
    (box,) = shown
    text = box.table.text()
    assert "Chờ kinh phí" in text and "Chờ nhân lực" in text and "Lan đã lưu" in text
    assert box.at and box.at in _all_text(box)  # when Lan saved it
    assert _saved(window, "blocker") == "Chờ nhân lực"
    assert not form.isVisible()


def _all_text(box) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in box.findChildren(QLabel))


def test_taking_the_others_value_keeps_it_and_still_saves_my_other_changes(qtbot, window, answer):
    answer(conflict.THEIRS)
    before = _saved(window, "text")
    _edit_while_lan_saves(window, mine="Chờ nhân lực", text_suffix=" (bổ sung)")
    assert _saved(window, "blocker") == "Chờ kinh phí"
    assert _saved(window, "text") == before + " (bổ sung)"


def test_edit_goes_back_to_the_form_showing_the_others_value_then_saves_the_new_one(
    qtbot, window, answer
):
    answer(conflict.EDIT)
    form = _edit_while_lan_saves(window, mine="Chờ nhân lực")
    assert form.isVisible()
    assert _saved(window, "blocker") == "Chờ kinh phí"  # nothing of mine written yet
    note = form.errors["blocker"]
    assert note.isVisible() and "Lan đã lưu “Chờ kinh phí”" in note.text()
    form.widgets["blocker"].set_value("Chờ kinh phí và nhân lực")
    form.save()
    settle(window)
    assert _saved(window, "blocker") == "Chờ kinh phí và nhân lực"
    assert not form.isVisible()


def test_a_form_saving_other_fields_goes_through_without_a_question(qtbot, window, answer):
    shown = answer(conflict.MINE)
    page = window.pages["tasks"]
    form = page.actions_.edit("NV67")
    as_another_officer(
        lambda: tasks.update_task("NV67", blocker="Chờ kinh phí", who="Lan", today=AS_OF)
    )
    form.widgets["text"].set_value("Nội dung mới")
    form.save()
    settle(window)
    assert shown == []
    assert (_saved(window, "blocker"), _saved(window, "text")) == ("Chờ kinh phí", "Nội dung mới")


def test_marking_a_task_done_after_someone_dropped_it_says_so_and_keeps_theirs(qtbot, window):
    from dxdesk.core.domain.enums import TaskStatus
    from dxdesk.gui.dialogs.task_status import close_task

    row = {"code": "NV67", "text": "NV67"}
    dialog = close_task(window.ctx, row, TaskStatus.DONE, window)
    as_another_officer(
        lambda: tasks.update_task("NV67", status=TaskStatus.DROPPED, who="Lan", today=AS_OF)
    )
    dialog.done_on.set_value(AS_OF)
    dialog.save()
    settle(window)
    said = dialog.message.text()
    assert (
        dialog.isVisible() and "Lan đã lưu" in said and "Trạng thái: “Không thực hiện nữa”" in said
    )
    assert _saved(window, "status") == "dropped"  # Lan's, not overwritten
