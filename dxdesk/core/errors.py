"""Errors users see: each carries one clear Vietnamese sentence (``str(error)``)."""

from __future__ import annotations

from dataclasses import dataclass


class DxError(Exception):
    """An error whose message is meant for the user, in Vietnamese."""


class NotFound(DxError):
    pass


class ValidationError(DxError):
    pass


class DatabaseError(DxError):
    pass


class CorruptDatabase(DatabaseError):
    """A file that is not a register or fails SQLite's check: nothing is written to it."""


@dataclass(frozen=True)
class CellError:
    """One bad cell of a workbook (or one bad field of a record)."""

    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}, dòng {self.row}" if self.row else self.sheet
        return (
            f"{where}, cột {self.column}: {self.message}"
            if self.column
            else f"{where}: {self.message}"
        )


class ImportFailed(DxError):
    """A workbook or record batch with errors: nothing was written."""

    def __init__(self, errors: list[CellError]):
        self.errors = errors
        super().__init__(f"Tệp có {len(errors)} lỗi, không có dữ liệu nào được ghi.")
