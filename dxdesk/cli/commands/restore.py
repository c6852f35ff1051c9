"""``dxdesk restore FILE``: show what a backup holds, then put it in place of the register.

The replaced file is kept beside the register, so a restore can itself be undone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dxdesk.cli.commands.backup import describe_line
from dxdesk.cli.common import database_path
from dxdesk.core.errors import DxError
from dxdesk.core.storage import backups, migrations
from dxdesk.core.storage.database import check_register_path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "restore",
        help="khôi phục sổ dữ liệu từ bản sao lưu",
        description="Khôi phục sổ dữ liệu từ một bản sao lưu; tệp hiện tại được giữ lại bên cạnh.",
    )
    p.add_argument("backup", metavar="TỆP", nargs="?", help="bản sao lưu (mặc định: mới nhất)")
    p.add_argument("--yes", action="store_true", help="không hỏi lại")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = database_path(args)
    check_register_path(path, create=True)  # a folder or a device is no place for a register
    source = Path(args.backup) if args.backup else backups.latest_backup(path)
    if source is None or not source.exists():
        raise DxError("Không tìm thấy bản sao lưu để khôi phục.")
    try:
        info = backups.describe(source)
    except (ValueError, OSError):
        raise DxError(f"Tệp {source} không phải là bản sao lưu dxdesk dùng được.") from None
    if info.user_version > migrations.LATEST:
        raise DxError("Bản sao lưu được tạo bởi phiên bản dxdesk mới hơn.")
    print("Bản sao lưu: " + describe_line(info))
    if not args.yes:
        if not sys.stdin.isatty():
            raise DxError("Hãy thêm --yes để xác nhận khôi phục (không hỏi được khi chạy tự động).")
        if input(f"Thay thế {path} bằng bản sao lưu này? (c/k) ").strip().lower() not in ("c", "y"):
            print("Đã hủy, không thay đổi gì.")
            return 1
    kept = backups.restore(path, source)
    print(f"Đã khôi phục {path}. Tệp cũ được giữ tại {kept}.")
    return 0
