"""Reading a filled workbook into a batch of records, collecting every error.

The reader never stops at the first mistake: each bad sheet, header or cell becomes a
:class:`CellError` (sheet, row, column header, message), then the batch's references are
checked by :func:`register.validate`, and one :class:`ImportFailed` lists them all.

Rules (see docs/workbook.md): the header is row 1; a header matches with or without its " *",
ignoring accents and case; a sheet may leave out optional columns (those fields are left as
they are on re-import) but not required ones; an empty cell in a present column empties the
field; empty rows are skipped; text is trimmed and NFC-normalised. A formula counts as the
value Excel last computed for it (a formula never computed is an error). An Excel error value
(#REF!, #N/A, …), typed or computed, is a cell error, never the text "#REF!".
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import CellError, DxError, ImportFailed
from dxdesk.core.exchange.workbook_cells import (
    UNCOMPUTED,
    ExcelError,
    blank,
    convert,
    empty,
    text_of,
)
from dxdesk.core.exchange.workbook_format import (
    SHEET_NAMES,
    Column,
    Sheet,
    find_sheet,
    is_extra_sheet,
)
from dxdesk.core.exchange.workbook_limits import check_workbook
from dxdesk.core.services import register
from dxdesk.core.storage import models as m
from dxdesk.core.storage.records import SPECS

Batch = dict[str, list[dict[str, Any]]]
Progress = Callable[[int, int], None]

# Together unique in the database besides the key (checked within a sheet, for a clear error).
UNIQUE_TOGETHER = {"document": ("issuer", "issue_date", "symbol"), "note": ("uid",)}


class ImportCancelled(DxError):
    pass


def read_workbook(
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    sheet_names: dict[str, str] | None = None,
) -> Batch:
    """The batch a workbook holds; ImportFailed with every error when it has any.

    Needs an open register (reference checks look at the codes already in it).
    ``sheet_names``, when given, is filled with {entity: sheet title as found}.
    """
    path = Path(path)
    wb = _open(path)
    computed = _Computed(path)
    errors: list[CellError] = []
    titles: dict[str, str] = {}
    found: list[tuple[Sheet, Any]] = []
    for ws in wb.worksheets:
        sheet = find_sheet(ws.title)
        if sheet is None:
            if not is_extra_sheet(ws.title):
                errors.append(
                    CellError(
                        ws.title,
                        0,
                        "",
                        "Trang tính không thuộc mẫu của dxdesk "
                        "(hãy đổi tên cho đúng hoặc xóa trang này).",
                    )
                )
        elif sheet.entity in titles:
            errors.append(CellError(ws.title, 0, "", "Trang tính bị lặp lại."))
        else:
            titles[sheet.entity] = ws.title
            found.append((sheet, ws))
    try:
        batch = _read_sheets(found, computed, errors, progress, cancelled, path.name)
    finally:  # (a streamed workbook keeps its file open until closed)
        wb.close()
        computed.close()
    errors += _reference_errors(batch, titles, errors) + _document_clashes(batch, titles)
    errors.sort(key=_position(wb.sheetnames))
    if sheet_names is not None:
        sheet_names.update(titles)
    if errors:
        raise ImportFailed(errors)
    return batch


def _read_sheets(
    found: list[tuple[Sheet, Any]],
    computed: _Computed,
    errors: list[CellError],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    name: str,
) -> Batch:
    """The records of each sheet, read streamed (openpyxl's read-only mode): rows come one
    at a time and are dropped once read, so memory stays bounded by the records kept. The
    declared sizes are only a guess for the progress bar."""
    batch: Batch = {}
    total = sum(max((ws.max_row or 1) - 1, 0) for _, ws in found)
    done = 0
    for sheet, ws in found:
        ws.reset_dimensions()  # a stale <dimension> ("A1") must not hide rows
        reader = _SheetReader(sheet, ws.title, errors)
        for row_number, cells in enumerate(_rows(ws, name), start=1):
            values = tuple(computed.value(ws.title, cell) for cell in cells)
            if cancelled is not None and cancelled():
                raise ImportCancelled("Đã hủy nhập tệp; không có dữ liệu nào được ghi.")
            if row_number == 1:
                reader.header(values)
                continue
            reader.row(row_number, values)
            done += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(min(done, total), max(total, done))
        if reader.records:
            batch[sheet.entity] = reader.records
    if progress is not None:
        progress(max(total, done), max(total, done))
    return batch


def _rows(ws: Any, name: str) -> Iterator[tuple]:
    """A sheet's rows, streamed; a part that does not parse is the damaged-file sentence."""
    rows = ws.iter_rows(min_row=1, min_col=1)
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # malformed XML met only now that sheets are streamed
            raise _not_a_workbook(name) from exc
        yield cells


def _position(sheetnames: list[str]) -> Callable[[CellError], tuple]:
    """Errors in reading order: sheet as in the file, then row, then column."""

    def key(error: CellError) -> tuple:
        sheet = find_sheet(error.sheet)
        headers = [c.header for c in sheet.columns] if sheet else []
        column = headers.index(error.column) if error.column in headers else len(headers)
        where = sheetnames.index(error.sheet) if error.sheet in sheetnames else len(sheetnames)
        return (where, error.row, column)

    return key


class _Computed:
    """Cell values, formulas replaced by what Excel last computed for them. That second
    reading of the file happens only when a formula is met, streamed alongside the first:
    its rows are read forward up to the formula's row, never looked up at random."""

    def __init__(self, path: Path):
        self.path, self.wb = path, None
        self.rows: dict[str, tuple[Any, int, tuple]] = {}  # title → (rows, number, cells)

    def value(self, title: str, cell: Any) -> Any:
        if cell.data_type == "e":
            return ExcelError(cell.value)
        if cell.data_type != "f":
            return cell.value
        computed = self._cell(title, cell.row, cell.column)
        if computed is not None and computed.data_type == "e":  # its last result: an error
            return ExcelError(computed.value)
        value = None if computed is None else computed.value
        return UNCOMPUTED if value is None else value

    def _cell(self, title: str, row: int, column: int) -> Any:
        if self.wb is None:
            self.wb = _open(self.path, data_only=True)
        if title not in self.rows:
            ws = self.wb[title]
            ws.reset_dimensions()
            self.rows[title] = (ws.iter_rows(min_row=1, min_col=1), 0, ())
        rows, number, cells = self.rows[title]
        while number < row:
            try:
                cells, number = next(rows, ()), number + 1
            except Exception as exc:  # (as _rows: a part that does not parse)
                raise _not_a_workbook(self.path.name) from exc
        self.rows[title] = (rows, number, cells)
        return cells[column - 1] if column <= len(cells) else None

    def close(self) -> None:
        if self.wb is not None:
            self.wb.close()


def _open(path: Path, *, data_only: bool = False) -> Any:
    if not path.is_file():
        raise DxError(f"Không tìm thấy tệp {path}.")
    if not data_only:  # the second reading is of a file already checked
        check_workbook(path)  # resource bombs are refused before openpyxl builds anything
    try:
        path.open("rb").close()  # (an unreadable file is said as such, below)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on Excel features it drops
            # streamed: openpyxl keeps the file open until close() and builds rows on demand
            return load_workbook(path, read_only=True, data_only=data_only)
    except OSError as exc:
        raise DxError(f"Không mở được tệp {path.name}: {exc.strerror or exc}.") from exc
    except Exception as exc:  # a zip that is not a workbook, a .xls, a damaged file, …
        raise _not_a_workbook(path.name) from exc


def _not_a_workbook(name: str) -> DxError:
    return DxError(
        f"Tệp {name} không phải tệp Excel .xlsx hợp lệ (có thể là tệp .xls "
        "cũ hoặc tệp bị hỏng); hãy mở bằng Excel và lưu lại dưới dạng "
        "“Excel Workbook (.xlsx)”."
    )


def _document_clashes(batch: Batch, titles: dict[str, str]) -> list[CellError]:
    """Documents whose issuer + date + number the register holds under another code."""
    out = []
    for record in batch.get("document", []):
        if not all(record.get(k) for k in ("issuer", "issue_date", "symbol")):
            continue
        other = m.Document.get_or_none(
            (m.Document.issuer == record["issuer"])
            & (m.Document.symbol == record["symbol"])
            & (m.Document.issue_date == record["issue_date"])
            & (m.Document.code != record["code"])
        )
        if other is not None:
            out.append(
                CellError(
                    titles.get("document", SHEET_NAMES["document"]),
                    record["_row"],
                    "Số, ký hiệu",
                    f"Sổ đã có văn bản này với mã “{other.code}”.",
                )
            )
    return out


def _reference_errors(
    batch: Batch, titles: dict[str, str], errors: list[CellError]
) -> list[CellError]:
    """register.validate's errors, with headers for field names and without repeats."""
    names = {**SHEET_NAMES, **titles}
    by_title = {names[e]: e for e in names}
    seen = {(e.sheet, e.row, e.column) for e in errors}
    out = []
    for error in register.validate(batch, names):
        entity = by_title.get(error.sheet)
        column = error.column
        if entity is not None and column in {f.name for f in SPECS[entity].fields}:
            column = find_sheet(SHEET_NAMES[entity]).column(column).header
        if (error.sheet, error.row, column) not in seen:
            out.append(CellError(error.sheet, error.row, column, error.message))
    return out


class _SheetReader:
    """The records of one sheet and the errors met on the way."""

    def __init__(self, sheet: Sheet, title: str, errors: list[CellError]):
        self.sheet, self.title, self.errors = sheet, title, errors
        self.columns: list[Column | None] = []
        self.records: list[dict[str, Any]] = []
        self.seen: dict[tuple, dict[tuple, int]] = {}
        self.titles: list[str] = []
        self.headerless: set[int] = set()
        self.has_header = False

    def error(self, row: int, column: str, message: str) -> None:
        self.errors.append(CellError(self.title, row, column, message))

    def header(self, values: tuple) -> None:
        taken: set[str] = set()
        for raw in values:
            text = text_of(raw) if raw is not None else ""
            column = self.sheet.match(text) if text else None
            self.titles.append(text)
            if text:
                self.has_header = True
            if text and column is None:
                self.error(1, text, "Cột không thuộc mẫu của trang này.")
            elif column is not None and column.name in taken:
                self.error(1, text, "Cột bị lặp lại.")
                column = None
            elif column is not None:
                taken.add(column.name)
            self.columns.append(column)
        if self.has_header:
            for column in self.sheet.columns:
                if column.required and column.name not in taken:
                    self.error(1, column.header, "Thiếu cột bắt buộc.")

    def row(self, number: int, values: tuple) -> None:
        if all(blank(v) for v in values):
            return
        record: dict[str, Any] = {"_row": number}
        bad: set[str] = set()
        for index, raw in enumerate(values):
            column = self.columns[index] if index < len(self.columns) else None
            if column is None:
                titled = index < len(self.titles) and self.titles[index]
                if not blank(raw) and not titled and index not in self.headerless:
                    self.headerless.add(index)
                    self.error(
                        1, get_column_letter(index + 1), "Cột có dữ liệu nhưng không có tiêu đề."
                    )
                continue
            if blank(raw):
                if column.required:
                    self.error(number, column.header, "Ô bắt buộc còn trống.")
                    bad.add(column.name)
                record[column.name] = empty(self.sheet.entity, column)
                continue
            try:
                record[column.name] = convert(column, raw)
            except ValueError as exc:
                self.error(number, column.header, str(exc))
                bad.add(column.name)
        for column in self.columns:  # a short row: the cells past its end are empty
            if column is not None and column.name not in record and column.name not in bad:
                if column.required:
                    self.error(number, column.header, "Ô bắt buộc còn trống.")
                    bad.add(column.name)
                else:
                    record[column.name] = empty(self.sheet.entity, column)
        for name in bad:
            record.pop(name, None)
        self._check_unique(number, record)
        spec = SPECS[self.sheet.entity]
        if all(
            record.get(name) not in (None, "") for name in spec.key if spec.field(name).required
        ):
            self.records.append(record)  # (a row without its key only has its own errors)

    def _check_unique(self, number: int, record: dict[str, Any]) -> None:
        entity = self.sheet.entity
        groups = [
            SPECS[entity].key,
            *([UNIQUE_TOGETHER[entity]] if entity in UNIQUE_TOGETHER else []),
        ]
        if not SPECS[entity].key:  # the committee: one row only
            first = self.seen.setdefault((), {}).setdefault((), number)
            if first != number:
                self.error(
                    number,
                    self.sheet.columns[0].header,
                    f"Trang này chỉ có một dòng (đã có dòng {first}).",
                )
            return
        for group in groups:
            values = tuple(record.get(name) for name in group)
            fields = SPECS[entity].fields if group == SPECS[entity].key else ()
            optional = {f.name for f in fields if not f.required}  # (an empty unit: the BCĐ's)
            if any(
                v in (None, "") for n, v in zip(group, values, strict=True) if n not in optional
            ):
                continue
            first = self.seen.setdefault(group, {}).setdefault(values, number)
            if first != number:
                headers = [self.sheet.column(name).header for name in group]
                shown = ", ".join(
                    fmt_date(v) if isinstance(v, date) else str(v or "—") for v in values
                )
                message = (
                    f"Mã “{values[0]}” trùng với dòng {first}."
                    if group == ("code",)
                    else f"Đã có dòng {first} cùng {' và '.join(headers)} ({shown})."
                )
                self.error(number, headers[-1], message)
