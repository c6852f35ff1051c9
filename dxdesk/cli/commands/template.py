"""``dxdesk template FILE.xlsx``: the empty workbook to fill in and import."""

from __future__ import annotations

import argparse
from pathlib import Path

from dxdesk.cli.common import database_path, open_session, output_file
from dxdesk.core.errors import DxError
from dxdesk.core.exchange.workbook import write_template


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "template",
        help="tạo tệp Excel mẫu để điền dữ liệu",
        description="Tạo tệp Excel mẫu (mỗi loại dữ liệu một trang, có hướng dẫn và danh sách "
        "chọn). Danh sách mã cơ quan lấy từ sổ dữ liệu nếu sổ đã có cơ quan.",
    )
    p.add_argument("file", metavar="TỆP.xlsx", help="tệp Excel sẽ tạo")
    p.add_argument("--force", action="store_true", help="ghi đè nếu tệp đã có")
    p.set_defaults(handler=run)


def refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise DxError(f"Tệp {path} đã có; thêm --force để ghi đè.")


def run(args: argparse.Namespace) -> int:
    path = output_file(args.file, "mau-nhap-lieu.xlsx")
    refuse_overwrite(path, args.force)
    if database_path(args).exists():  # agency drop-downs from the register, if there is one
        with open_session(args):
            write_template(path)
    else:
        write_template(path, agencies=[])
    print(f"Đã tạo tệp mẫu {path}.")
    return 0
