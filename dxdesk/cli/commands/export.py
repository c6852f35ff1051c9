"""``dxdesk export FILE.xlsx``: the whole register as a workbook (imports back unchanged)."""

from __future__ import annotations

import argparse
import sys

from dxdesk.cli.commands.template import refuse_overwrite
from dxdesk.cli.common import open_session, output_file
from dxdesk.core.exchange.workbook import write_workbook
from dxdesk.core.exchange.workbook_write import ExportRefused
from dxdesk.core.services.register import export_batch


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export",
        help="xuất toàn bộ sổ ra tệp Excel",
        description="Xuất toàn bộ sổ dữ liệu ra tệp Excel cùng mẫu với lệnh template; tệp "
        "này có thể sửa rồi nhập lại (dxdesk import).",
    )
    p.add_argument("file", metavar="TỆP.xlsx", help="tệp Excel sẽ ghi")
    p.add_argument("--force", action="store_true", help="ghi đè nếu tệp đã có")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = output_file(args.file, "so-theo-doi.xlsx")
    refuse_overwrite(path, args.force)
    with open_session(args):
        batch = export_batch()
        try:
            write_workbook(path, batch)
        except ExportRefused as refused:
            for error in refused.errors:
                print(error, file=sys.stderr)
            raise
    print(f"Đã xuất {sum(len(rows) for rows in batch.values())} dòng dữ liệu ra {path}.")
    return 0
