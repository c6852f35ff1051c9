"""``dxdesk notice``: the draft conclusion notice (Thông báo kết luận) of a meeting, as PDF."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import open_session, output_file


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "notice",
        help="in dự thảo thông báo kết luận (PDF) của một cuộc họp",
        description="Tạo dự thảo Thông báo kết luận của một cuộc họp: các nội dung kết luận, "
        "cơ quan được giao, thời hạn và nơi nhận.",
    )
    p.add_argument("--meeting", metavar="MÃ", required=True, help="mã cuộc họp")
    p.add_argument("--out", metavar="TỆP.pdf", required=True, help="tệp PDF sẽ ghi")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.core.reports.pdf import build_notice

    out = output_file(args.out, "thong-bao-ket-luan.pdf")
    with open_session(args):
        pages = build_notice(out, meeting_code=args.meeting)
    print(f"Đã ghi {args.out} ({pages} trang).")
    return 0
