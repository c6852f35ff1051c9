"""``dxdesk reminder``: the reminder letter (công văn đôn đốc) to one agency about the tasks it
leads that are overdue and its conclusion items past their deadline, as PDF or Word."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import (
    add_document_options,
    as_of_date,
    open_session,
    output_file,
    pages_text,
    signer_of,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "reminder",
        help="in công văn đôn đốc (PDF hoặc Word) gửi một cơ quan có việc quá hạn",
        description="Tạo công văn đôn đốc gửi một cơ quan: các nhiệm vụ cơ quan chủ trì đã quá "
        "hạn (đúng như trong dxdesk summary) và các nội dung kết luận được giao đã quá thời hạn.",
    )
    p.add_argument("--agency", metavar="MÃ", required=True, help="mã cơ quan, ví dụ STTTT")
    p.add_argument("--as-of", metavar="NGÀY", help="ngày tính (dd/mm/yyyy; mặc định: hôm nay)")
    p.add_argument(
        "--style",
        choices=["state", "party"],
        default=None,
        help="thể thức (mặc định: thể thức của Ban Chỉ đạo)",
    )
    p.add_argument("--out", metavar="TỆP", required=True, help="tệp sẽ ghi (.pdf hoặc .docx)")
    add_document_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.core.reports.pdf import build_reminder

    as_of = as_of_date(args.as_of)
    out = output_file(args.out, "cong-van-don-doc.pdf")
    with open_session(args):
        pages = build_reminder(
            out,
            agency_code=args.agency,
            as_of=as_of,
            style=args.style,
            signer=signer_of(args),
            fmt=args.format,
        )
    print(f"Đã ghi {args.out} ({pages_text(pages)}).")
    return 0
