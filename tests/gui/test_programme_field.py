"""A task's programmes are chosen in its dialog, from the list the register keeps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dxdesk.core.services import entities
from tests.gui.conftest import commit_text, open_page, settle


def test_the_task_dialog_offers_the_registers_programmes(window):
    window.ops.call(entities.save, "programme", {"code": "NQ57", "name": "Nghị quyết 57-NQ/TW"})
    dialog = open_page(window, "tasks").actions_.new()
    picker = dialog.widgets["programmes"]
    items = [picker.list.item(i) for i in range(picker.list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == ["NQ57"]
    commit_text(dialog.widgets["text"], "Việc của Nghị quyết 57")
    items[0].setCheckState(Qt.CheckState.Checked)
    code = dialog.widgets["code"].value()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)
    assert window.ops.call(entities.get, "task", code)["programmes"] == ["NQ57"]
