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


def os_error_sentence(exc: OSError) -> str:
    """One Vietnamese sentence for a file-system failure (full disk, no permission, a folder)."""
    import errno

    where = f" “{exc.filename}”" if getattr(exc, "filename", None) else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            "Ổ đĩa đã đầy nên không ghi được; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy "
            "giải phóng dung lượng rồi thử lại."
        )
    if exc.errno == errno.EROFS:
        return f"Không ghi được{where}: ổ đĩa chỉ cho phép đọc (đĩa CD, USB chống ghi)."
    if isinstance(exc, PermissionError):
        return f"Không có quyền đọc hoặc ghi{where}; hãy chọn nơi khác hoặc xin cấp quyền."
    if isinstance(exc, IsADirectoryError):
        return f"{where.strip() or 'Đường dẫn'} là một thư mục, không phải tệp: hãy ghi tên tệp."
    if isinstance(exc, NotADirectoryError):
        return f"Đường dẫn{where} đi qua một tệp như thể đó là thư mục: hãy kiểm tra lại."
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy{where}: hãy kiểm tra lại đường dẫn."
    return f"Không đọc hoặc ghi được{where} ({exc.strerror or exc})."
