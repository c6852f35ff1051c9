"""Writing the workbook: the empty template and the export of a whole register.

Both have the same layout (see workbook_format): a guide sheet, one sheet per entity with
bold frozen headers, drop-down lists for enumerations and agency codes (their values on the
hidden sheet "Danh mục"), dates as real Excel dates shown dd/mm/yyyy. Text is written as text:
a value such as ``=cmd|' /C calc'!A0`` is a string cell with a quote prefix, never a formula.
"""

from __future__ import annotations

import os
import unicodedata
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from dxdesk.core.domain.formats import fmt_number, parse_date
from dxdesk.core.errors import CellError, DxError
from dxdesk.core.exchange.workbook_format import (
    DATE_FORMAT,
    GUIDE_SHEET,
    LIST_SEPARATOR,
    LISTS_SHEET,
    SHEETS,
    Column,
    Sheet,
    guide_lines,
)
from dxdesk.core.storage import models as m
from dxdesk.core.storage.records import DATE, ENUM, FLOAT, INT, REFS, TEXT

Batch = dict[str, list[dict[str, Any]]]

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
LAST_ROW = 1048576
_WIDE = {
    "name",
    "text",
    "subject",
    "title",
    "method",
    "blocker",
    "note",
    "agenda",
    "attendees",
    "printed_text",
    "source",
    "issuer",
    "position",
}


def write_template(path: str | Path, agencies: list[tuple[str, str]] | None = None) -> Path:
    """An empty workbook to fill in. ``agencies`` (code, name) feed the agency drop-downs;
    by default the agencies of the open register, if a register is open."""
    if agencies is None:
        agencies = _register_agencies()
    return _save(_build({}, agencies), path)


EXCEL_CELL_LIMIT = 32_767  # characters (UTF-16 units) Excel keeps in one cell


class ExportRefused(DxError):
    """Text that a workbook cannot hold as it is: nothing was written (see ``errors``)."""

    def __init__(self, errors: list[CellError]):
        self.errors = errors
        first = errors[0] if errors else ""
        super().__init__(
            f"Không xuất được: {len(errors)} ô có nội dung tệp Excel không giữ "
            f"nguyên được (đầu tiên: {first}); hãy sửa các nội dung đó rồi xuất "
            "lại. Không có tệp nào được ghi."
        )


def unfaithful_cells(batch: Batch) -> list[CellError]:
    """Every text an export would change (control characters such as NUL dropped, more than
    32.767 characters cut by Excel): an import of that file would not give the register back."""
    out = []
    for sheet in SHEETS:
        for row, record in enumerate(batch.get(sheet.entity, []), start=2):
            for column in sheet.columns:
                value = record.get(column.name)
                if not isinstance(value, str):
                    continue
                if ILLEGAL_CHARACTERS_RE.search(value):
                    out.append(
                        CellError(
                            sheet.name,
                            row,
                            column.header,
                            "có ký tự điều khiển (ví dụ NUL) mà tệp Excel không chứa được.",
                        )
                    )
                elif len(value.encode("utf-16-le")) // 2 > EXCEL_CELL_LIMIT:
                    out.append(
                        CellError(
                            sheet.name,
                            row,
                            column.header,
                            f"dài "
                            f"{fmt_number(len(value))} ký tự, quá giới hạn "
                            f"{fmt_number(EXCEL_CELL_LIMIT)} ký tự của một ô Excel.",
                        )
                    )
    return out


def write_workbook(path: str | Path, batch: Batch) -> Path:
    """The workbook holding ``batch`` (e.g. ``register.export_batch()``); ExportRefused, and
    nothing written, when some text could not be written as it is."""
    errors = unfaithful_cells(batch)
    if errors:
        raise ExportRefused(errors)
    agencies = [(r.get("code") or "", r.get("name") or "") for r in batch.get("agency", [])]
    return _save(_build(batch, agencies), path)


def _register_agencies() -> list[tuple[str, str]]:
    if m.database_proxy.obj is None:
        return []
    return list(m.Agency.select(m.Agency.code, m.Agency.name).order_by(m.Agency.code).tuples())


def _build(batch: Batch, agencies: list[tuple[str, str]]) -> Workbook:
    wb = Workbook()
    guide = wb.active
    guide.title = GUIDE_SHEET
    _write_guide(guide)
    lists = wb.create_sheet(LISTS_SHEET)
    ranges = _write_lists(wb, lists, agencies)
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet.name)
        _write_headers(ws, sheet)
        for row, record in enumerate(batch.get(sheet.entity, []), start=2):
            for col, column in enumerate(sheet.columns, start=1):
                _put(ws.cell(row=row, column=col), column, record.get(column.name))
        _add_validations(ws, sheet, ranges)
    wb.move_sheet(lists, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(LISTS_SHEET))
    lists.sheet_state = "hidden"
    return wb


def _write_guide(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 120
    for row, line in enumerate(guide_lines(), start=1):
        cell = ws.cell(row=row, column=1, value=line or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1 or line.endswith(":"):
            cell.font = Font(bold=True, size=13 if row == 1 else 11)


def _write_lists(wb: Workbook, ws: Worksheet, agencies: list[tuple[str, str]]) -> dict[str, str]:
    """Fill the lists sheet; return {list key: defined name of its range} for the validations
    (a name, not a range on another sheet, is what every Excel version and LibreOffice take)."""
    columns: list[tuple[str, str, list[str]]] = []
    seen: set[type[Enum]] = set()
    for sheet in SHEETS:
        for c in sheet.columns:
            if c.kind == ENUM and c.field.enum not in seen:
                seen.add(c.field.enum)
                columns.append((c.field.enum.__name__, c.header, c.field.enum.labels()))
    from dxdesk.core.domain.figure_keys import key_examples

    columns.append(("figure_key", "Khóa chỉ số", key_examples()))
    if agencies:
        columns.append(("agency", "Mã cơ quan", [code for code, _ in agencies]))
        columns.append(("", "Tên cơ quan", [name for _, name in agencies]))
    ranges: dict[str, str] = {}
    for col, (key, title, values) in enumerate(columns, start=1):
        letter = get_column_letter(col)
        ws.cell(row=1, column=col, value=title).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            _put_text(ws.cell(row=row, column=col), value)
        ws.column_dimensions[letter].width = max(14, min(50, max(map(len, values)) + 2))
        if key:
            name = f"DS_{key}"
            area = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
            wb.defined_names[name] = DefinedName(name, attr_text=area)
            ranges[key] = name
    return ranges


def _write_headers(ws: Worksheet, sheet: Sheet) -> None:
    for col, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=1, column=col, value=column.written_header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        note = f"{column.description}\nGiá trị: {column.allowed()}."
        if column.required:
            note += "\nBắt buộc."
        cell.comment = Comment(note, "dxdesk", width=320, height=110)
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = _width(column)
        if column.kind == DATE:
            ws.column_dimensions[letter].number_format = DATE_FORMAT
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32


def _width(column: Column) -> float:
    if column.kind == TEXT and column.name in _WIDE:
        base = 45
    elif column.kind == REFS or column.kind == ENUM:
        base = 26
    elif column.kind == DATE:
        base = 13
    else:
        base = 12
    return max(base, len(column.written_header) + 3)


def _add_validations(ws: Worksheet, sheet: Sheet, ranges: dict[str, str]) -> None:
    for col, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(col)
        area = f"{letter}2:{letter}{LAST_ROW}"
        if column.kind == ENUM:
            dv = DataValidation(
                type="list",
                formula1=ranges[column.field.enum.__name__],
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Giá trị không có trong danh sách",
                error="Hãy chọn một giá trị trong danh sách thả xuống.",
            )
        elif sheet.entity == "figure" and column.name == "metric":
            # keys name the register's codes (a pillar, a target…): the list offers the plan's
            # keys and examples, a warning (the import refuses a key it does not know)
            dv = DataValidation(
                type="list",
                formula1=ranges["figure_key"],
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle="Khóa chỉ số không có trong danh sách",
                error="Khóa có mã (trụ cột, mục tiêu…) được chấp nhận nếu đúng "
                "mẫu trong trang Hướng dẫn. Vẫn ghi?",
            )
        elif column.is_agency and "agency" in ranges:
            # A list of codes ("A; B") or a new agency added in this file must stay possible:
            # the drop-down helps, a warning (not a refusal) flags an unknown single code.
            dv = DataValidation(
                type="list",
                formula1=ranges["agency"],
                allow_blank=True,
                showErrorMessage=column.kind != REFS,
                errorStyle="warning",
                errorTitle="Mã cơ quan chưa có trong sổ",
                error="Mã này chưa có trong danh mục cơ quan. Vẫn ghi?",
            )
        else:
            continue
        dv.add(area)
        ws.add_data_validation(dv)


def _put(cell: Any, column: Column, value: Any) -> None:
    """Write one field value in its workbook form."""
    if value is None or value == "" or value == []:
        return
    kind = column.kind
    if kind == DATE:
        day = value if isinstance(value, date) else parse_date(str(value))
        cell.value = day.date() if isinstance(day, datetime) else day
        cell.number_format = DATE_FORMAT
    elif kind == ENUM:
        try:
            _put_text(cell, column.field.enum(value).label)
        except ValueError:
            _put_text(cell, str(value))  # an unknown code: written as is, the reader will say
    elif kind == REFS:
        _put_text(cell, value if isinstance(value, str) else LIST_SEPARATOR.join(value))
    elif kind == FLOAT and isinstance(value, (int, float)):
        cell.value = float(value)
    elif kind == INT and isinstance(value, (int, float)):
        cell.value = int(value)
    else:
        _put_text(cell, str(value))


def _put_text(cell: Any, text: str) -> None:
    """A string cell that Excel shows as typed and never evaluates.

    The guard looks at the text as it will be written (control characters removed, then
    leading spaces skipped and full-width forms folded): "\x01=HYPERLINK(…)" used to pass the
    check, lose its \x01, and reach the file as a live formula.
    """
    written = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell.value = written  # openpyxl takes a leading "=" for a formula: the type is set next
    cell.data_type = "s"  # every text cell is a string, whatever it starts with
    if looks_like_formula(written):
        cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula (=, +, -, @, tab, CR first,
    after any spaces, also in their full-width forms such as ＝)."""
    head = unicodedata.normalize("NFKC", text.lstrip(" \u00a0\u3000\u200b\ufeff")[:1])
    return bool(head) and (head.startswith(FORMULA_STARTS) or head in ("\t", "\r", "\n"))


def _save(wb: Workbook, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise DxError(f"Tên tệp “{path.name}” phải có đuôi .xlsx.")
    temp = path.with_name(f".{path.name}.tmp")
    try:
        wb.save(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DxError(
            f"Không ghi được tệp {path}: {exc.strerror or exc}. Nếu tệp đang mở "
            "trong Excel, hãy đóng lại rồi thử lại."
        ) from exc
    return path
