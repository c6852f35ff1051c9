"""``dxdesk import FILE.xlsx``: load a filled workbook, all or nothing."""

from __future__ import annotations

import argparse
import sys

from dxdesk.cli.common import open_session
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
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        try:
            result = import_workbook(args.file, who=session.who)
        except ImportFailed as failed:
            for error in failed.errors:
                print(error, file=sys.stderr)
            print(f"Lỗi: {failed}", file=sys.stderr)
            return 1
    print(f"Đã nhập: {result.description}.")
    return 0
