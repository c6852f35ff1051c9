"""The window's undo reverses the officer's own changes; with none of their own left it
refuses another officer's change unless the officer confirms, having been told whose change
it is and when (issue 13 item 13, per account since issue 20; CLI: ``dxdesk undo --anyone``)."""

from __future__ import annotations

from dxdesk.core.services import entities, tasks
from dxdesk.gui import window_actions
from dxdesk.gui.context import settings
from tests.gui.conftest import settle


def _status() -> str:
    return entities.get("task", "NV03")["status"]


def _someone_else_edits(window) -> str:
    before = window.ops.call(_status)
    window.ops.call(tasks.update_task, "NV03", status="done", who="Trần Thị Bình")
    assert window.ops.call(_status) == "done" != before
    return before


def test_undo_of_another_officers_change_asks_naming_who_and_when(window, monkeypatch):
    settings().setValue("officer", "Lê Văn An")  # nothing of the register is his own
    before = _someone_else_edits(window)
    asked: list[tuple[str, str, str]] = []
    monkeypatch.setattr(window_actions, "ask_anyway", lambda _p, *a: asked.append(a) or False)
    window.undo()
    settle(window)
    assert len(asked) == 1
    title, question, button = asked[0]
    assert title == "Hoàn tác" and button == "Vẫn hoàn tác"
    assert "Trần Thị Bình" in question and "không phải của bạn" in question
    assert "/" in question.split("lúc ", 1)[1]  # the time, dd/mm/yyyy
    assert window.ops.call(_status) == "done"  # refused: nothing undone
    assert window.statusBar().currentMessage() == "Không thay đổi gì."

    monkeypatch.setattr(window_actions, "ask_anyway", lambda *a: True)
    window.undo()
    settle(window)
    assert window.ops.call(_status) == before  # undone, once confirmed
    assert window.statusBar().currentMessage().startswith("Đã hoàn tác:")


def test_ones_own_change_is_undone_without_asking(window, monkeypatch):
    before = window.ops.call(_status)
    window.ops.call(tasks.update_task, "NV03", status="done", who=window.ctx.who)
    monkeypatch.setattr(
        window_actions,
        "ask_anyway",
        lambda *a: (_ for _ in ()).throw(AssertionError("asked about one's own change")),
    )
    window.undo()
    settle(window)
    assert window.ops.call(_status) == before
