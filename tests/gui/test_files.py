"""File menu: Excel import (all or nothing, errors shown and copyable), export, template."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QApplication

from dxdesk.core.domain.text import fold
from dxdesk.core.exchange.workbook_format import SHEET_NAMES
from dxdesk.core.services import entities, lists
from tests.gui.conftest import open_page, settle


def _column(sheet, header_start: str) -> int:
    for row in sheet.iter_rows(min_row=1, max_row=5):
        for cell in row:
            if isinstance(cell.value, str) and fold(cell.value).startswith(header_start):
                return cell.column
    raise AssertionError(f"no column {header_start}")


def _rows_of(sheet, code: str) -> int:
    for row in sheet.iter_rows():
        if any(c.value == code for c in row):
            return row[0].row
    raise AssertionError(code)


def test_export_then_an_import_with_errors_writes_nothing_and_shows_the_errors(window, tmp_path):
    path = tmp_path / "so.xlsx"
    job = window.files.export_workbook(str(path))
    assert job is not None and window.job_bar.isVisible()
    settle(window)
    assert path.exists() and not window.job_bar.isVisible()
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET_NAMES["task"]]
    row = _rows_of(sheet, "NV02")
    sheet.cell(row, _column(sheet, "co quan chu tri")).value = "KHONGCO"
    sheet.cell(row, _column(sheet, "noi dung")).value = "Nội dung đã sửa"
    book.save(path)
    before = window.ops.call(lists.undo_state)
    window.files.import_workbook(str(path))
    settle(window)
    dialog = window.files.last_errors
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() >= 1
    text = dialog.text()
    assert "KHONGCO" in text and SHEET_NAMES["task"] in text
    dialog.copy_all()
    assert "KHONGCO" in QApplication.clipboard().text()
    assert (
        window.ops.call(entities.get, "task", "NV02")["text"]
        == "Phát triển du lịch thông minh Đà Nẵng"
    )
    assert window.ops.call(lists.undo_state) == before
    dialog.close()


def test_a_good_import_updates_the_lists(window, tmp_path):
    path = tmp_path / "so.xlsx"
    window.files.export_workbook(str(path))
    settle(window)
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET_NAMES["task"]]
    sheet.cell(_rows_of(sheet, "NV02"), _column(sheet, "noi dung")).value = "Du lịch thông minh"
    book.save(path)
    tasks = open_page(window, "tasks")
    window.files.import_workbook(str(path))
    settle(window)
    assert window.files.last_errors is None
    window.files.last_preview.apply()
    settle(window)
    assert tasks.select_key("NV02") and tasks.selected_row()["text"] == "Du lịch thông minh"
    assert window.statusBar().currentMessage().startswith("Đã nhập")


def test_the_template_is_written_off_the_gui_thread(window, tmp_path):
    path = tmp_path / "mau.xlsx"
    window.files.write_template(str(path))
    settle(window)
    assert path.exists() and openpyxl.load_workbook(path).sheetnames


def test_an_import_can_be_cancelled(window, tmp_path):
    path = tmp_path / "so.xlsx"
    window.files.export_workbook(str(path))
    settle(window)
    job = window.files.import_workbook(str(path))
    job.cancel()
    settle(window)
    assert window.files.last_errors is None
    assert job.error is None or type(job.error).__name__ == "ImportCancelled"
