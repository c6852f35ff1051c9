"""``dxdesk import FILE.xlsx``: load a filled workbook, all or nothing."""

from __future__ import annotations

import argparse
import sys

from dxdesk.cli.common import database_path, open_session
from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange.workbook import import_workbook


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="nhập dữ liệu từ tệp Excel",
        description="Nhập tệp Excel theo mẫu (dxdesk template). Tệp được kiểm tra toàn bộ "
        "trước: có lỗi thì liệt kê mọi lỗi và không ghi gì; không lỗi thì thêm bản ghi mới và "
        "cập nhật bản ghi đã có theo mã.",
    )
    p.add_argument("file", metavar="TỆP.xlsx", help="tệp Excel cần nhập")
    p.add_argument("--new", action="store_true", help="tạo sổ dữ liệu mới nếu tệp --db chưa có")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    new = not database_path(args).exists()
    try:
        with open_session(args, create=args.new) as session:
            result = import_workbook(args.file, who=session.who)
    except ImportFailed as failed:
        for error in failed.errors:
            print(error, file=sys.stderr)
        print(f"Lỗi: {failed}", file=sys.stderr)
        _forget_new(args, new)
        return 1
    except Exception:
        _forget_new(args, new)
        raise
    print(f"Đã nhập: {result.description}.")
    return 0


def _forget_new(args: argparse.Namespace, new: bool) -> None:
    """A failed ``import --new`` leaves no empty register behind (it was made just now)."""
    path = database_path(args)
    if not (new and args.new) or not path.is_file():
        return
    for suffix in ("", "-wal", "-shm", ".owner"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
