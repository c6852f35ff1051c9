"""Importing a workbook in the window shows what it will do first (added, changed old → new,
unchanged, per sheet), writes only on "Nhập vào sổ", and its bar moves with the work."""

from __future__ import annotations

import openpyxl

from dxdesk.core.exchange.workbook_format import SHEET_NAMES
from dxdesk.core.services import entities, lists
from tests.gui.conftest import settle
from tests.gui.test_files import _column, _rows_of


def _edited_export(window, tmp_path):
    path = tmp_path / "so.xlsx"
    window.files.export_workbook(str(path))
    settle(window)
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET_NAMES["task"]]
    row = _rows_of(sheet, "NV02")
    sheet.cell(row, _column(sheet, "noi dung")).value = "Du lịch thông minh"
    sheet.cell(row, _column(sheet, "trang thai")).value = "Không thực hiện nữa"
    sheet.cell(row, _column(sheet, "ngay hoan thanh")).value = "15/12/2023"
    new = sheet.max_row + 1
    sheet.cell(new, _column(sheet, "ma")).value = "NV99"
    sheet.cell(new, _column(sheet, "noi dung")).value = "Việc mới từ Excel"
    sheet.cell(new, _column(sheet, "trang thai")).value = "Chưa triển khai"
    book.save(path)
    return path


def test_the_preview_shows_each_change_and_cancel_writes_nothing(window, tmp_path):
    path = _edited_export(window, tmp_path)
    before = window.ops.call(lists.undo_state)
    window.files.import_workbook(str(path))
    settle(window)
    dialog = window.files.last_preview
    assert dialog is not None and dialog.isVisible() and window.files.last_errors is None
    assert "thêm 1 bản ghi, sửa 1 bản ghi" in dialog.intro.text()
    sheets = {
        dialog.sheets.item(r, 0).text(): [dialog.sheets.item(r, c).text() for c in (1, 2, 3)]
        for r in range(dialog.sheets.rowCount())
    }
    tasks = window.ops.call(lists.task_list, window.ctx.state.as_of)
    assert sheets["Nhiệm vụ"] == ["1", "1", str(len(tasks.rows) - 1)]
    details = [
        [dialog.details.item(r, c).text() for c in range(6)]
        for r in range(dialog.details.rowCount())
    ]
    assert ["Nhiệm vụ", "NV99", "thêm", "Nội dung nhiệm vụ", "", "Việc mới từ Excel"] in details
    changed = {row[3]: (row[4], row[5]) for row in details if row[1] == "NV02"}
    assert changed["Nội dung nhiệm vụ"] == (
        "Phát triển du lịch thông minh Đà Nẵng",
        "Du lịch thông minh",
    )
    # labels, never stored codes
    assert changed["Trạng thái"][1] == "Không thực hiện nữa"
    assert dialog.apply_button.isEnabled()
    dialog.reject()
    settle(window)
    assert window.ops.call(lists.undo_state) == before
    assert window.ops.call(entities.get, "task", "NV02")["text"].startswith("Phát triển")
    tasks = window.ops.call(lists.task_list, window.ctx.state.as_of)
    assert "NV99" not in [r["code"] for r in tasks.dicts()]


def test_apply_writes_what_was_shown_and_the_bar_moves_with_the_work(window, tmp_path):
    path = _edited_export(window, tmp_path)
    seen: list[tuple[int, int]] = []
    job = window.files.import_workbook(str(path))
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    settle(window)
    # the reading and the checks each move the bar: it is not full until the plan is ready
    assert seen and seen[-1][0] == seen[-1][1]
    assert any(0 < done < total for done, total in seen)
    window.files.last_preview.apply()
    settle(window)
    assert window.ops.call(entities.get, "task", "NV99")["text"] == "Việc mới từ Excel"
    nv2 = window.ops.call(entities.get, "task", "NV02")
    assert nv2["text"] == "Du lịch thông minh" and nv2["status"] == "dropped"
    assert window.statusBar().currentMessage().startswith("Đã nhập")


def test_a_file_that_changes_nothing_cannot_be_applied(window, tmp_path):
    path = tmp_path / "so.xlsx"
    window.files.export_workbook(str(path))
    settle(window)
    window.files.import_workbook(str(path))
    settle(window)
    dialog = window.files.last_preview
    assert not dialog.apply_button.isEnabled()
    assert "không có gì mới" in dialog.intro.text()
    dialog.reject()
