"""Whether a path can be a register file, said before anything is opened.

Apart from ``database`` (re-exported there) because the ``dxdesk`` command checks the path
before its window is painted, and ``database`` imports peewee and the models, which the first
paint does without (docs/performance.md, "Start-up").
"""

from __future__ import annotations

from pathlib import Path

from dxdesk.core.errors import DatabaseError


class MissingDatabase(DatabaseError):
    pass


def check_register_path(path: Path, *, create: bool) -> None:
    """Refuse, with one sentence, a path that cannot be a register (a folder, a device), or
    a missing file when the caller is not meant to create one (a mistyped --db)."""
    if path.is_dir():
        raise DatabaseError(
            f"“{path}” là một thư mục, không phải tệp dữ liệu: hãy chỉ tới "
            "một tệp, ví dụ so-theo-doi.db."
        )
    if path.exists() and not path.is_file():
        raise DatabaseError(
            f"“{path}” là thiết bị hoặc tệp đặc biệt, không phải tệp thông "
            "thường, nên không dùng làm sổ dữ liệu được."
        )
    if not path.exists() and not create:
        raise MissingDatabase(
            f"Không có tệp dữ liệu “{path}”: hãy kiểm tra lại đường dẫn "
            "(muốn tạo sổ mới: dxdesk demo hoặc dxdesk import --new)."
        )
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise DatabaseError(
                f"Không tạo được thư mục “{path.parent}” cho tệp dữ liệu."
            ) from None
