"""Editing in dialogs: create, validate, type Vietnamese, conclusion → task, undo, history."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from dxdesk.core.services import entities, lists
from tests.gui.conftest import AS_OF, commit_text, open_page, settle, type_keys


def _save(window, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)


def _task_codes(window) -> list[str]:
    page = window.pages["tasks"]
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_creating_a_task_in_the_dialog_shows_it_and_changes_the_overview(window):
    overview = open_page(window, "overview")
    assert overview.data["tasks"]["total"] == 3
    tasks = open_page(window, "tasks")
    dialog = tasks.actions_.new()
    assert dialog.widgets["code"].value() == "NV04"
    commit_text(dialog.widgets["text"], "Số hóa dữ liệu đất đai")
    type_keys(dialog.widgets["lead_agency"].lineEdit(), "syt")
    type_keys(dialog.widgets["deadline"].line, "31/12/2023")
    type_keys(dialog.widgets["assigned_on"].line, "01/11/2023")
    _save(window, dialog)
    assert not dialog.isVisible()
    assert "NV04" in _task_codes(window)
    assert tasks.selected_key() == "NV04"
    stored = window.ops.call(entities.get, "task", "NV04")
    assert stored["text"] == "Số hóa dữ liệu đất đai" and stored["lead_agency"] == "SYT"
    overview = open_page(window, "overview")
    assert overview.data["tasks"]["total"] == 4
    assert overview.data["tasks"]["by_status"]["not_started"] == 2


def test_a_field_error_is_shown_beside_the_field(window):
    tasks = open_page(window, "tasks")
    dialog = tasks.actions_.new()
    _save(window, dialog)
    assert dialog.isVisible()
    assert dialog.errors["text"].isVisible()
    assert "bắt buộc" in dialog.errors["text"].text()
    commit_text(dialog.widgets["text"], "Nhiệm vụ thử")
    type_keys(dialog.widgets["deadline"].line, "31/02/2023")
    _save(window, dialog)
    assert dialog.isVisible() and dialog.errors["deadline"].isVisible()
    assert dialog.errors["deadline"].text() == (
        "Ngày 31/02/2023 không có thật: tháng 02/2023 chỉ có 28 ngày."
    )
    dialog.widgets["deadline"].line.clear()
    type_keys(dialog.widgets["deadline"].line, "31-02")
    _save(window, dialog)
    assert "hãy viết dd/mm/yyyy" in dialog.errors["deadline"].text()
    assert not dialog.errors["text"].isVisible()
    dialog.widgets["deadline"].line.clear()
    type_keys(dialog.widgets["started_on"].line, "01/12/2023")
    type_keys(dialog.widgets["assigned_on"].line, "05/12/2023")
    _save(window, dialog)
    assert dialog.errors["started_on"].isVisible()
    dialog.reject()


def test_vietnamese_typed_as_key_events_or_input_method_commits_is_stored_nfc(window):
    page = open_page(window, "agencies").agencies
    dialog = page.actions_.new()
    name = "Sở Khoa học và Công nghệ tỉnh Đắk Lắk"
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name
    type_keys(dialog.widgets["code"], "SKHCN")
    type_keys(dialog.widgets["name"], decomposed)  # one key event per code point
    _save(window, dialog)
    assert window.ops.call(entities.get, "agency", "SKHCN")["name"] == name
    dialog = page.actions_.edit("SKHCN")
    dialog.widgets["name"].clear()
    commit_text(dialog.widgets["name"], unicodedata.normalize("NFD", "Sở Tư pháp"))
    _save(window, dialog)
    assert window.ops.call(entities.get, "agency", "SKHCN")["name"] == "Sở Tư pháp"


def test_giao_nhiem_vu_turns_a_conclusion_item_into_a_linked_task(window):
    page = open_page(window, "meetings")
    assert page.meetings.select_key("HN-Q2")
    conclusions = page.conclusions
    assert conclusions.proxy.rowCount() == 2
    assert conclusions.select_key("KL01")
    dialog = conclusions.assign()  # the task form, filled in from the item, to check
    assert dialog.widgets["lead_agency"].value() == "STTTT"
    assert dialog.widgets["source_conclusion"].value() == "KL01"
    assert dialog.widgets["text"].value() and dialog.widgets["deadline"].value()
    _save(window, dialog)
    settle(window)
    assert window.current_key() == "tasks"  # the new task is shown, selected
    table = window.ops.call(lists.task_list, AS_OF).dicts()
    task = next(t for t in table if t["conclusion_code"] == "KL01")
    assert task["lead_code"] == "STTTT" and task["coordinator_codes"] == "BX"
    assert task["deadline"] == "2023-12-31" and task["assigned_on"] == "2023-07-14"
    assert task["source_key"] == "meeting:HN-Q2"
    assert window.pages["tasks"].selected_key() == task["code"]
    open_page(window, "meetings")
    assert conclusions.select_key("KL01")
    row = conclusions.selected_row()
    assert row["tasks"] == task["code"] and row["state"] == "not_started"
    assert task["code"] in _task_codes(window) or open_page(window, "tasks")
    assert task["code"] in _task_codes(window)


def test_undo_of_a_delete_restores_the_record_with_its_links(window):
    from dxdesk.gui.dialogs.small import NoteDialog

    tasks = open_page(window, "tasks")
    assert tasks.select_key("NV01")
    note = NoteDialog(window.ctx, "NV01", "Chuyển đổi số trong y tế", tasks)
    note.noted_on.set_value(AS_OF)
    commit_text(note.text, "Đã nghiệm thu hệ thống")
    note.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)
    assert window.ops.call(lists.note_list, "NV01").rows[0][1] == "Đã nghiệm thu hệ thống"
    tasks.actions_.delete("NV01", confirm=False)
    settle(window)
    assert "NV01" not in _task_codes(window)
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.act_undo.trigger()
    settle(window)
    assert "NV01" in _task_codes(window)
    restored = window.ops.call(entities.get, "task", "NV01")
    assert restored["coordinators"] == ["STTTT"] and restored["lead_agency"] == "SYT"
    assert window.ops.call(lists.note_list, "NV01").rows[0][1] == "Đã nghiệm thu hệ thống"
    assert QKeySequence("Ctrl+Y") in window.act_redo.shortcuts()
    window.act_redo.trigger()
    settle(window)
    assert "NV01" not in _task_codes(window)


def test_a_measurement_moves_the_target_to_its_band(window):
    from dxdesk.gui.dialogs.small import MeasureDialog

    targets = open_page(window, "targets")
    assert targets.select_key("MT02")
    assert targets.selected_row()["band"] == "no_data"
    dialog = MeasureDialog(window.ctx, "MT02", "Xếp hạng chỉ số DTI", "hạng", targets)
    dialog.period.setEditText("2023-Q4")
    type_keys(dialog.value, "25")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)
    assert targets.select_key("MT02")
    row = targets.selected_row()
    assert row["latest_value"] == 25 and row["band"] == "above_70"  # 20 ÷ 25 = 80 %


def test_the_history_view_lists_a_records_changes(window):
    from dxdesk.gui.dialogs.tables import HistoryDialog

    tasks = open_page(window, "tasks")
    dialog = tasks.actions_.edit("NV02")
    dialog.widgets["blocker"].setPlainText("Chưa có hướng dẫn của Bộ")
    _save(window, dialog)
    history = HistoryDialog(window.ctx, "task", "NV02", window)
    texts = history.text()
    assert "Khó khăn, vướng mắc" in texts and "Chưa có hướng dẫn của Bộ" in texts
    assert history.table.rowCount() == 2  # the insert, then the edit


def test_deleting_asks_first_and_no_means_nothing_changes(window, monkeypatch):
    from dxdesk.gui.dialogs import common

    tasks = open_page(window, "tasks")
    monkeypatch.setattr(common, "ask", lambda *a: False)
    assert tasks.select_key("NV02")
    tasks.table.setFocus()
    window.act_delete.trigger()
    settle(window)
    assert "NV02" in _task_codes(window)
    monkeypatch.setattr(common, "ask", lambda *a: True)
    window.act_delete.trigger()
    settle(window)
    assert "NV02" not in _task_codes(window)
    assert window.statusBar().currentMessage().startswith("Đã xóa")
    assert Qt.Key.Key_Delete  # the shortcut is the Delete key


def test_a_new_conclusion_code_follows_its_meetings_pattern(window):
    from dxdesk.core.services import meetings

    window.ops.call(
        entities.save,
        "conclusion",
        {"code": "KL-Q2-06", "meeting": "HN-Q2", "seq": 6, "text": "Việc sáu"},
    )
    settle(window)
    page = open_page(window, "meetings")
    assert page.meetings.select_key("HN-Q2")
    settle(window)
    page.conclusions.new_record()
    dialog = window.findChildren(QDialog)[-1]
    assert dialog.widgets["code"].value() == "KL-Q2-07"
    dialog.reject()
    assert window.ops.call(meetings.next_conclusion_code, None) == "KL03"
