"""``dxdesk notice``: the draft conclusion notice (Thông báo kết luận) of a meeting, as PDF
or as Word to edit and sign."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import (
    add_document_options,
    open_session,
    output_file,
    pages_text,
    signer_of,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "notice",
        help="in dự thảo thông báo kết luận (PDF hoặc Word) của một cuộc họp",
        description="Tạo dự thảo Thông báo kết luận của một cuộc họp: các nội dung kết luận, "
        "cơ quan được giao, thời hạn và nơi nhận.",
    )
    p.add_argument("--meeting", metavar="MÃ", required=True, help="mã cuộc họp")
    p.add_argument(
        "--style",
        choices=["state", "party"],
        default=None,
        help="thể thức: state = văn bản hành chính nhà nước, party = văn bản của "
        "Đảng (mặc định: thể thức của Ban Chỉ đạo)",
    )
    p.add_argument("--out", metavar="TỆP", required=True, help="tệp sẽ ghi (.pdf hoặc .docx)")
    add_document_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.core.reports.pdf import build_notice

    out = output_file(args.out, "thong-bao-ket-luan.pdf")
    with open_session(args):
        pages = build_notice(
            out,
            meeting_code=args.meeting,
            style=args.style,
            signer=signer_of(args),
            fmt=args.format,
        )
    print(f"Đã ghi {args.out} ({pages_text(pages)}).")
    return 0
