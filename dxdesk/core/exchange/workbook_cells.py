"""One workbook cell to one record value: dates, Vietnamese numbers, labels, code lists.

Every function raises ValueError with the Vietnamese message the user will read.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from dxdesk.core.domain.formats import ImpossibleDate, fmt_date, parse_date, parse_number
from dxdesk.core.domain.text import clean
from dxdesk.core.domain.values import check_number
from dxdesk.core.exchange.workbook_format import LIST_SEPARATOR, Column
from dxdesk.core.storage.records import DATE, ENUM, FLOAT, INT, REFS, SPECS, TEXT


class Uncomputed:
    """A formula cell that Excel never computed (a file written by a program, not Excel)."""


UNCOMPUTED = Uncomputed()


class ExcelError:
    """An Excel error value (#REF!, #N/A, …), typed in a cell or computed by its formula."""

    def __init__(self, code: Any):
        self.code = str(code)


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def empty(entity: str, column: Column) -> Any:
    """The value of an empty cell: the column's default where the database needs a value
    (a blank "Thứ tự" is 0), else empty."""
    if column.kind == REFS:
        return []
    field = SPECS[entity].model._meta.fields.get(column.name)
    if field is not None and not field.null and field.default is not None:
        if callable(field.default):  # a fresh identity (a note's): none given
            return ""
        return field.default
    return "" if column.kind == TEXT else None


def text_of(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, (datetime, date)):
        return fmt_date(raw)
    return clean(raw)


def convert(column: Column, raw: Any) -> Any:
    """One cell's value as a record value; ValueError with a Vietnamese message if bad."""
    kind = column.kind
    if isinstance(raw, ExcelError):  # never the text "#REF!" in place of real data
        raise ValueError(
            f"Ô có giá trị lỗi của Excel {raw.code} (công thức hoặc tham chiếu "
            "hỏng): hãy sửa ô này hoặc ghi giá trị thay cho lỗi."
        )
    if raw is UNCOMPUTED:
        raise ValueError(
            "Ô có công thức chưa được tính: hãy mở tệp bằng Excel rồi lưu lại, "
            "hoặc ghi giá trị thay cho công thức."
        )
    if kind == DATE:
        return _date(raw)
    if kind in (FLOAT, INT):
        return _number(raw, kind)
    if kind == ENUM:
        try:
            return column.field.enum.from_text(text_of(raw)).value
        except ValueError:
            labels = LIST_SEPARATOR.join(column.field.enum.labels())
            raise ValueError(f"“{text_of(raw)}” không có trong danh sách: {labels}.") from None
    if kind == REFS:
        parts = [clean(p) for p in text_of(raw).replace(",", ";").replace("\n", ";").split(";")]
        return list(dict.fromkeys(p for p in parts if p))
    return text_of(raw)


def _date(raw: Any) -> date:
    """An Excel date or a text dd/mm/yyyy; a bare number (45000, 2023) is refused."""
    if isinstance(raw, (datetime, date)):
        return raw.date() if isinstance(raw, datetime) else raw
    try:
        if isinstance(raw, (int, float)):
            raise ValueError(raw)
        return parse_date(text_of(raw))
    except ImpossibleDate as exc:  # well written, but the calendar has no such day
        raise ValueError(str(exc)) from None
    except ValueError:
        raise ValueError(f"Ngày không hợp lệ: {text_of(raw)}, hãy viết dd/mm/yyyy.") from None


def _number(raw: Any, kind: str) -> float | int:
    message = (
        f"“{text_of(raw)}” không phải là số."
        if kind == FLOAT
        else (f"“{text_of(raw)}” không phải là số nguyên.")
    )
    if isinstance(raw, (bool, datetime, date)):
        raise ValueError(message)
    try:
        value = parse_number(raw if isinstance(raw, (int, float)) else text_of(raw))
    except ValueError:
        raise ValueError(message) from None
    if value is None or not math.isfinite(value):
        raise ValueError(message)
    check_number(value, text_of(raw))
    if kind == INT:
        if not value.is_integer():
            raise ValueError(message)
        if abs(value) > SQLITE_MAX_INT:  # found by the fuzzer: 10^20 overflowed SQLite
            raise ValueError(f"“{text_of(raw)}” quá lớn.")
        return int(value)
    return value


SQLITE_MAX_INT = 2**63 - 1
