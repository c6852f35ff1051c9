"""``dxdesk screenshots --out DIR``: a PNG of every main view and of the task dialog."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "screenshots",
        help="chụp ảnh các màn hình (không cần màn hình)",
        description="Ghi overview.png, targets.png, tasks.png, meetings.png, "
        "documents.png, agencies.png và task-dialog.png ở cỡ 1366×768.",
    )
    p.add_argument("--out", metavar="THƯ_MỤC", required=True, help="thư mục ghi ảnh")
    p.add_argument("--as-of", metavar="NGÀY", help="ngày tính số liệu (dd/mm/yyyy)")
    p.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ giao diện")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dxdesk.cli.common import as_of_date, database_path
    from dxdesk.core.storage.database import check_register_path
    from dxdesk.gui.screenshots import take

    as_of = as_of_date(args.as_of) if args.as_of else None
    path = database_path(args)
    check_register_path(path, create=False)
    paths = take(path, Path(args.out), as_of=as_of, language=args.lang)
    for path in paths:
        print(path)
    return 0
