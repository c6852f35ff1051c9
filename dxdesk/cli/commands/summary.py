"""``dxdesk summary``: the register's figures at an as-of date, for people or scripts."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session, print_json
from dxdesk.core.services.summary import summarize
from dxdesk.core.services.summary_text import summary_lines


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "summary",
        help="tổng hợp kết quả tại một ngày",
        description="Tổng hợp mục tiêu, nhiệm vụ và kết luận tại một ngày.",
    )
    p.add_argument(
        "--as-of", metavar="NGÀY", help="ngày tính (dd/mm/yyyy hoặc yyyy-mm-dd; mặc định: hôm nay)"
    )
    p.add_argument("--json", action="store_true", help="in dạng JSON cho các chương trình khác")
    p.add_argument(
        "--programme",
        metavar="MÃ",
        help="chỉ tính việc của một chương trình (ví dụ "
        "NQ57); “khong”: việc không thuộc chương trình nào",
    )
    p.add_argument(
        "--documents-from",
        metavar="NGÀY",
        help="đếm văn bản ban hành từ ngày này đến ngày tính (mặc định: 01/01 của năm)",
    )
    p.add_argument("--documents-list", action="store_true", help="liệt kê từng văn bản đã đếm")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    as_of = as_of_date(args.as_of)
    start = as_of_date(args.documents_from) if args.documents_from else None
    with open_session(args):
        data = summarize(
            as_of,
            programme=args.programme,
            documents_from=start,
            documents_list=args.documents_list,
        )
    if args.json:
        print_json(data)
    else:
        print("\n".join(summary_lines(data)))
    return 0
