"""Issue 14 point 3: "Ghi kết quả…" never replaces a recorded value without asking."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from dxdesk.core.services import targets
from dxdesk.gui.dialogs import common
from dxdesk.gui.dialogs.small import MeasureDialog
from tests.gui.conftest import settle, type_keys


def _dialog(window) -> MeasureDialog:
    dialog = MeasureDialog(window.ctx, "MT01", "Mục tiêu 1", parent=window)
    dialog.period.setCurrentIndex(dialog.period.findData("2023-Q4"))
    type_keys(dialog.value, "75")
    return dialog


def _save(window, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)


def test_a_recorded_value_is_replaced_only_when_the_officer_agrees(window, monkeypatch):
    questions: list[str] = []
    answer = [False]
    monkeypatch.setattr(common, "ask", lambda _p, _t, text: questions.append(text) or answer[0])
    dialog = _dialog(window)
    dialog.show()
    _save(window, dialog)
    assert len(questions) == 1
    asked = questions[0]  # old and new, who recorded the old one and when
    assert "60" in asked and "75" in asked and "kiểm thử" in asked and "15/12/2023" in asked
    assert dialog.isVisible() and "giữ nguyên" in dialog.message.text()
    assert window.ops.call(targets.recorded_value, "MT01", "2023-Q4")["value"] == 60.0
    answer[0] = True
    _save(window, dialog)
    assert not dialog.isVisible()
    assert window.ops.call(targets.recorded_value, "MT01", "2023-Q4")["value"] == 75.0


def test_a_new_period_is_recorded_without_a_question(window, monkeypatch):
    monkeypatch.setattr(common, "ask", lambda *_a: (_ for _ in ()).throw(AssertionError("asked")))
    dialog = _dialog(window)
    dialog.period.setCurrentIndex(dialog.period.findData("2023"))
    dialog.show()
    _save(window, dialog)
    assert not dialog.isVisible()
    assert window.ops.call(targets.recorded_value, "MT01", "2023")["value"] == 75.0
