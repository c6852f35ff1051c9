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
    return [page.cell(r, 1) for r in range(page.row_count())]


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
    assert page.cell(0, 5) == "quá 80 ngày"
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
    assert page.cell(0, 7) == "Hoàn thành"
    page.table.clicked.emit(
        page.model.index(_row_of(page, "NV02"), 7)
    )  # one click on the row's action
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
    assert page.cell(0, 6) == "Ghi tiến độ"
    dialog = page.act(_row_of(page, "NV03"), 0)
    commit_text(dialog.text, "Đã có dự thảo")
    _save(window, dialog)
    assert window.ops.call(lists.note_list, "NV03").rows[0][1] == "Đã có dự thảo"


def test_giving_a_task_from_the_view_shows_it_and_the_item_leaves(window):
    page = open_page(window, "attention")
    page.buttons["not_assigned"].click()
    assert _keys(page) == ["KL01"] and page.cell(0, 6) == "Giao nhiệm vụ"
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
    assert page.cell(0, 6) == "Ghi kết quả"
    dialog = page.act(_row_of(page, "MT02"))
    assert dialog.period.currentData() == "2023-Q3"  # the quarter without a result
    type_keys(dialog.value, "25")
    _save(window, dialog)
    assert page.data.counts()["unmeasured"] == 0


def test_resolve_opens_the_conflicts_dialog_on_that_conflict(window, monkeypatch):
    from types import SimpleNamespace

    from dxdesk.core.exchange import offline
    from dxdesk.core.services.attention import AttentionRow

    waiting = [
        SimpleNamespace(
            id=n,
            what=f"nhiệm vụ NV0{n}",
            unit_label="trạng thái",
            secretariat={"status": "in_progress"},
            agency_value={"status": "done"},
            officer="Lò Văn A",
            agency="BX",
            at_agency=None,
        )
        for n in (1, 2, 3)
    ]
    monkeypatch.setattr(offline, "list_conflicts", lambda: waiting)
    page = open_page(window, "attention")
    page.shown = [AttentionRow("conflicts", "2", "nhiệm vụ NV02 (trạng thái)", "BX", "BX")]
    page.act(0)
    settle(window)
    dialog = window.exchange.last_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 3  # all of them, to compare
    chosen = sorted({i.row() for i in dialog.table.selectedIndexes()})
    assert chosen == [1] and dialog.table.item(1, 0).text() == "2"  # opened on that one
    dialog.close()


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


def test_a_reminder_for_an_item_of_several_agencies_asks_which(window, tmp_path, monkeypatch):
    from dxdesk.core.services.attention import AttentionRow

    page = open_page(window, "attention")
    row = AttentionRow(
        "not_assigned", "KL09", "Triển khai nền tảng", "Sở TT&TT; Sở Nội vụ", "STTTT"
    )
    row.agency_codes = ["STTTT", "DN"]
    row.agency_names = ["Sở Thông tin và Truyền thông", "Sở Nội vụ"]
    page.shown = [row]
    page.model.set_rows(page.shown)
    page.table.selectRow(0)
    out = tmp_path / "cong-van.pdf"
    dialog = page.write_reminder(str(out))
    assert dialog.isVisible() and not out.exists()  # nothing written before the choice
    assert [dialog.agency.itemData(i) for i in range(dialog.agency.count())] == ["STTTT", "DN"]
    assert dialog.agency.itemText(1) == "Sở Nội vụ (DN)"
    assert dialog.chosen() == "STTTT"  # the first named, who would lead, offered first
    dialog.agency.setCurrentIndex(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(window)
    assert out.exists()
    assert "Đã lưu công văn đôn đốc gửi DN" in window.statusBar().currentMessage()


def test_a_task_rows_reminder_goes_to_its_lead_without_asking(window):
    page = open_page(window, "attention")
    page.buttons["overdue"].click()
    row = page.shown[_row_of(page, "NV02")]
    assert [code for code, _ in row.recipients()] == ["DN"]  # the lead at the date alone


def test_before_its_rows_arrive_the_view_says_it_is_reading_not_zero(window):
    from dxdesk.gui.views.attention import AttentionPage

    page = AttentionPage(window.ctx)  # built, its read not started yet
    assert page.buttons[""].text() == "Tất cả" and "(0)" not in page.buttons["overdue"].text()
    assert page.hint.text() == "Đang đọc những việc cần xử lý…"
    page.start_load(AS_OF)
    settle(window)
    assert page.buttons[""].text() == "Tất cả (4)"
    page.deleteLater()
