"""``dxdesk check``: published figures against the register; exit 1 on any mismatch."""

from __future__ import annotations

import argparse
from datetime import date

from dxdesk.cli.common import open_session, print_json
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.services.figures import check_figures, published_count


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="đối chiếu số liệu đã công bố với sổ theo dõi",
        description="Đối chiếu từng số liệu các báo cáo đã công bố với số "
        "liệu tính từ sổ; trả mã 1 khi có sai lệch.",
    )
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_session(args):
        count = published_count()
        mismatches = check_figures()
    if args.json:
        print_json({"figures": count, "mismatches": [c.as_dict() for c in mismatches]})
    elif not mismatches:
        print(f"Đã đối chiếu {count} số liệu công bố: tất cả khớp với sổ theo dõi.")
    else:
        print(f"Đã đối chiếu {count} số liệu công bố: {len(mismatches)} số liệu sai lệch.")
        for c in mismatches:
            day = fmt_date(date.fromisoformat(c.as_of))
            print(f"  - [{c.code}, {day}] {c.message}")
    return 1 if mismatches else 0
