"""``dxdesk gui`` (also ``dxdesk`` alone): open the main window on the register."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "gui",
        help="mở cửa sổ làm việc (mặc định khi không có lệnh)",
        description="Mở cửa sổ làm việc trên sổ dữ liệu (--db hoặc DXDESK_DB: một tệp hoặc "
        "postgresql://… trên máy chủ; không ghi thì sổ trên máy chủ đã mở lần trước, nếu có, "
        "hoặc tệp mặc định). Lần đầu: màn hình chào mừng.",
    )
    p.add_argument("--as-of", metavar="NGÀY", help="ngày tính số liệu (dd/mm/yyyy)")
    p.add_argument(
        "--page",
        metavar="TRANG",
        choices=["overview", "targets", "tasks", "meetings", "documents", "agencies"],
        help="trang mở đầu tiên",
    )
    p.add_argument(
        "--package",
        metavar="GÓI",
        help="gói trao đổi (.dxp) cần xem trước khi cửa sổ mở xong (như `dxdesk GÓI.dxp`)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.cli.common import as_of_date, database_path
    from dxdesk.core.paths import is_server_target
    from dxdesk.core.storage.register_path import check_register_path

    as_of = as_of_date(args.as_of) if getattr(args, "as_of", None) else None
    named = getattr(args, "db", None) or os.environ.get("DXDESK_DB")
    target: str | Path = named if is_server_target(named) else database_path(args)
    if not is_server_target(target):
        check_register_path(target, create=True)  # a new file opens the welcome screen
    from dxdesk.gui.app import run as run_gui

    package = getattr(args, "package", None)
    return run_gui(
        target,
        as_of=as_of,
        page=getattr(args, "page", None),
        package=Path(package) if package else None,
        saved_server=not named,  # no register named: the server the window showed last
    )
