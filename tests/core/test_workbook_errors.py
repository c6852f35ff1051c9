"""Excel error values are cell errors, never text (issue 13, item 3).

``#REF!``, ``#N/A`` and a formula whose last computed result is an error used to be imported
as the text "#REF!" and overwrite real data.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.storage import models as m
from tests.core.test_workbook import PROVINCE, fill

ERRORS = ["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"]


@pytest.fixture
def province(session, tmp_path):
    wbk.import_workbook(fill(tmp_path / "tinh.xlsx", PROVINCE), who="kiểm thử")
    return session


def _set(path: Path, sheet: str, code: str, header: str, value: str) -> str:
    """Put ``value`` in one cell of the row of ``code``; return the cell's coordinate."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    titles = [str(c.value).removesuffix(" *") for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == code)
    cell = row[titles.index(header)]
    cell.value = value
    wb.save(path)
    return cell.coordinate


def _cache_error(path: Path, sheet_index: int, coordinate: str, error: str) -> None:
    """Give a formula cell the error Excel computed for it (openpyxl cannot write one)."""
    part = f"xl/worksheets/sheet{sheet_index}.xml"
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    xml = parts[part].decode()
    start = xml.index(f'<c r="{coordinate}"')
    end = xml.index("</c>", start) + len("</c>")
    formula = xml[start:end]
    f_start = formula.index("<f>")
    f_end = formula.index("</f>") + len("</f>")
    fixed = f'<c r="{coordinate}" t="e">{formula[f_start:f_end]}<v>{error}</v></c>'
    parts[part] = (xml[:start] + fixed + xml[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _book(province, tmp_path: Path) -> Path:
    path = tmp_path / "sua.xlsx"
    wbk.export_workbook(path)
    return path


@pytest.mark.parametrize("error", ERRORS)
def test_an_error_value_in_a_text_or_number_cell_is_a_cell_error(province, tmp_path, error):
    path = _book(province, tmp_path)
    _set(path, "Nhiệm vụ", "NV03", "Vướng mắc", error)
    _set(path, "Mục tiêu", "MT01", "Giá trị mục tiêu", error)
    with pytest.raises(ImportFailed) as failed:
        wbk.import_workbook(path)
    found = {(e.sheet, e.column) for e in failed.value.errors}
    assert found == {("Nhiệm vụ", "Vướng mắc"), ("Mục tiêu", "Giá trị mục tiêu")}
    assert all(error in e.message for e in failed.value.errors)
    assert m.Task.get(m.Task.code == "NV03").blocker == "Chưa có hướng dẫn của Bộ"
    assert m.Target.get(m.Target.code == "MT01").target_value == 80


def test_a_formula_whose_computed_result_is_an_error_is_a_cell_error(province, tmp_path):
    path = _book(province, tmp_path)
    coordinate = _set(path, "Nhiệm vụ", "NV03", "Vướng mắc", "=VLOOKUP(A1,Z:Z,2,FALSE)")
    index = openpyxl.load_workbook(path).sheetnames.index("Nhiệm vụ") + 1
    _cache_error(path, index, coordinate, "#N/A")
    with pytest.raises(ImportFailed) as failed:
        wbk.import_workbook(path)
    assert [(e.sheet, e.column) for e in failed.value.errors] == [("Nhiệm vụ", "Vướng mắc")]
    assert "#N/A" in failed.value.errors[0].message
    assert m.Task.get(m.Task.code == "NV03").blocker == "Chưa có hướng dẫn của Bộ"


def test_error_text_typed_as_text_stays_text(province, tmp_path):
    """An officer may write "#N/A" on purpose in a note: a text cell is stored as typed."""
    path = _book(province, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Nhiệm vụ"]
    titles = [str(c.value).removesuffix(" *") for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "NV03")
    cell = row[titles.index("Vướng mắc")]
    cell.value, cell.data_type = "#N/A", "s"
    wb.save(path)
    wbk.import_workbook(path)
    assert m.Task.get(m.Task.code == "NV03").blocker == "#N/A"
