"""Cần xử lý: one view of what needs doing, each count opening exactly its rows, each row
with its one-click action; the sidebar's badge counts them; the window agrees with the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtWidgets import QDialogButtonBox

from dxdesk.core.services import lists
from tests.gui.conftest import AS_OF, open_page, settle, type_keys

ARGS = ["--as-of", AS_OF.strftime("%d/%m/%Y"), "--json"]
EXPECTED = {"overdue": 2, "due_soon": 0, "not_assigned": 1, "unmeasured": 1, "conflicts": 0}


def _keys(page) -> list[str]:
    return [page.table.item(r, 1).text() for r in range(page.table.rowCount())]


def _save(window, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(window)


def _row_of(page, key: str) -> int:
    return _keys(page).index(key)


def test_the_sidebar_badge_counts_what_needs_doing(window):
    item = window.sidebar.item(1)
    assert item.text() == "Cần xử lý (4)"  # counted without opening the view
    assert "Quá hạn: 2" in item.toolTip() and "Kết luận chưa giao: 1" in item.toolTip()


def test_each_count_opens_exactly_its_rows(window):
    page = open_page(window, "attention")
    assert page.data.counts() == EXPECTED
    assert page.buttons[""].text() == "Tất cả (4)"
    assert page.row_count() == 4
    for group, count in EXPECTED.items():
        button = page.buttons[group]
        assert button.text().endswith(f"({count})")
        button.click()
        assert page.row_count() == count
        assert {r.group for r in page.shown} <= {group}
    page.buttons["overdue"].click()
    assert _keys(page) == ["NV02", "NV03"]
    assert page.table.item(0, 5).text() == "quá 80 ngày"
    assert page.buttons["unmeasured"].text() == "Chưa có kết quả quý III/2023 (1)"


def test_the_window_and_the_cli_agree(window):
    page = open_page(window, "attention")
    env = dict(os.environ)
    out = subprocess.run(
        [sys.executable, "-m", "dxdesk", "--db", str(window.ctx.path), "attention", *ARGS],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    cli = json.loads(out)
    assert cli["counts"] == page.data.counts() == EXPECTED
    for group in EXPECTED:
        page.buttons[group].click()
        assert [r["key"] for r in cli["groups"][group]] == _keys(page)


def test_marking_an_overdue_task_done_takes_it_off_and_the_badge_follows(window):
    page = open_page(window, "attention")
    page.buttons["overdue"].click()
    assert page.table.item(0, 7).text() == "Hoàn thành"
    page.table.cellClicked.emit(_row_of(page, "NV02"), 7)  # one click on the row's action
    dialog = next(d for d in page.findChildren(QDialogButtonBox))  # the dialog is open
    dialog = dialog.parent()
    assert dialog.isVisible() and dialog.code == "NV02"
    assert dialog.done_on.value() == AS_OF
    _save(window, dialog)
    settle(window)
    window.count_attention()
    settle(window)
    assert _keys(page) == ["NV03"]
    assert window.sidebar.item(1).text() == "Cần xử lý (3)"


def test_a_progress_note_from_the_view(window):
    from tests.gui.conftest import commit_text

    page = open_page(window, "attention")
    page.buttons["overdue"].click()
    assert page.table.item(0, 6).text() == "Ghi tiến độ"
    dialog = page.act(_row_of(page, "NV03"), 0)
    commit_text(dialog.text, "Đã có dự thảo")
    _save(window, dialog)
    assert window.ops.call(lists.note_list, "NV03").rows[0][1] == "Đã có dự thảo"


def test_giving_a_task_from_the_view_shows_it_and_the_item_leaves(window):
    page = open_page(window, "attention")
    page.buttons["not_assigned"].click()
    assert _keys(page) == ["KL01"] and page.table.item(0, 6).text() == "Giao nhiệm vụ"
    dialog = page.act(0)
    assert dialog.widgets["source_conclusion"].value() == "KL01"
    assert dialog.widgets["lead_agency"].value() == "STTTT"
    _save(window, dialog)
    settle(window)
    assert window.current_key() == "tasks"  # the new task is shown
    open_page(window, "attention")
    assert page.data.counts()["not_assigned"] == 0 and page.row_count() == 0


def test_a_result_from_the_view_is_for_the_missing_quarter(window):
    page = open_page(window, "attention")
    page.buttons["unmeasured"].click()
    assert page.table.item(0, 6).text() == "Ghi kết quả"
    dialog = page.act(_row_of(page, "MT02"))
    assert dialog.period.currentData() == "2023-Q3"  # the quarter without a result
    type_keys(dialog.value, "25")
    _save(window, dialog)
    assert page.data.counts()["unmeasured"] == 0


def test_resolve_opens_the_conflicts_dialog(window, monkeypatch):
    page = open_page(window, "attention")
    opened = []
    monkeypatch.setattr(window.exchange, "show_conflicts", lambda: opened.append(True))
    from dxdesk.core.services.attention import AttentionRow

    page.shown = [AttentionRow("conflicts", "1", "nhiệm vụ NV01 (trạng thái)", "BX", "BX")]
    page.act(0)
    assert opened == [True]


def test_a_reminder_letter_to_the_rows_agency(window, tmp_path):
    page = open_page(window, "attention")
    page.buttons["overdue"].click()
    assert not page.reminder_button.isEnabled()  # no row chosen yet
    page.table.selectRow(_row_of(page, "NV02"))
    assert page.reminder_button.isEnabled()
    out = tmp_path / "cong-van.pdf"
    page.write_reminder(str(out))
    settle(window)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert "Đã lưu công văn đôn đốc gửi DN" in window.statusBar().currentMessage()
