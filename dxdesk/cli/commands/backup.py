"""``dxdesk backup [--out FILE] [--list]``: a consistent copy of the register, now."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import database_path, open_session, output_file
from dxdesk.core.storage import backups


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup",
        help="sao lưu sổ dữ liệu",
        description="Sao lưu sổ dữ liệu (an toàn cả khi đang mở).",
    )
    p.add_argument("--out", metavar="TỆP", help="nơi ghi bản sao (mặc định: thư mục sao lưu)")
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu đã có")
    p.set_defaults(handler=run)


def describe_line(info: backups.BackupInfo) -> str:
    return (
        f"{info.taken_at:%d/%m/%Y %H:%M:%S}  {info.reason or '-':<22} {info.targets} mục "
        f"tiêu, {info.tasks} nhiệm vụ, {info.meetings} cuộc họp  {info.path}"
    )


def run(args: argparse.Namespace) -> int:
    path = database_path(args)
    if args.list:
        folder = backups.backup_dir(path)
        copies = sorted(folder.glob("*.db")) if folder.exists() else []
        if not copies:
            print(f"Chưa có bản sao lưu nào của {path}.")
        for copy in copies:
            print(describe_line(backups.describe(copy)))
        return 0
    if args.out:
        output_file(args.out, "sao-luu.db")
    with open_session(args) as session:
        out = session.backup(output_file(args.out, "sao-luu.db") if args.out else None)
        where = session.location
    print(f"Đã sao lưu {where} vào {out}.")
    return 0
