"""Helpers shared by the CLI commands: opening the register, reading dates, printing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.core.domain.formats import parse_date
from dxdesk.core.errors import ValidationError
from dxdesk.core.paths import default_database
from dxdesk.core.session import Session


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_session(args: argparse.Namespace, *, create: bool = False) -> Session:
    """Open the register chosen by --db / DXDESK_DB / the default location.

    Only commands meant to create a register (demo, exchange open, import --new) pass
    ``create``: a mistyped path elsewhere is refused, never turned into an empty register.
    """
    session = Session(database_path(args), create=create)
    for note in session.notes:  # read-only media, a -wal lost or damaged after a crash
        print(f"Cảnh báo: {note}", file=sys.stderr)
    return session


def output_file(text: str | Path, example: str) -> Path:
    """An --out path checked before any work: a folder is refused with an example file name."""
    path = Path(text)
    if path.is_dir():
        raise ValidationError(f"“{path}” là một thư mục: hãy ghi đường dẫn tới một tệp, ví dụ "
                              f"{path / example}.")  # fmt: skip
    return path


def as_of_date(text: str | None) -> date:
    """--as-of as dd/mm/yyyy or yyyy-mm-dd; today when absent."""
    if not text:
        return date.today()
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(
            f"Ngày “{text}” không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 19/12/2023."
        ) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
