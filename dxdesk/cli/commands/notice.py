"""``dxdesk notice``: the draft conclusion notice (Thông báo kết luận) of a meeting, as PDF."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session
from dxdesk.core.reports.notice import build_notice


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "notice",
        help="in dự thảo thông báo kết luận (PDF) của một cuộc họp",
        description="Tạo dự thảo Thông báo kết luận của một cuộc họp: các nội dung kết luận, "
        "cơ quan được giao, thời hạn và nơi nhận. Thể thức theo số thông báo đã ghi (văn bản "
        "của Đảng hay văn bản hành chính nhà nước).",
    )
    p.add_argument("--meeting", metavar="MÃ", required=True, help="mã cuộc họp")
    p.add_argument("--style", choices=["state", "party"], help="thể thức (mặc định: theo số "
                   "thông báo; không có số thì state)")  # fmt: skip
    p.add_argument("--date", metavar="NGÀY", help="ngày ban hành (dd/mm/yyyy; mặc định: để "
                   "trống ngày, tháng để điền khi ký)")  # fmt: skip
    p.add_argument("--out", metavar="TỆP.pdf", required=True, help="tệp PDF sẽ ghi")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    notice_date = as_of_date(args.date) if args.date else None
    with open_session(args):
        result = build_notice(args.out, meeting_code=args.meeting, style=args.style,
                              notice_date=notice_date)  # fmt: skip
    print(f"Đã ghi dự thảo thông báo kết luận cuộc họp {result.meeting_code} "
          f"({result.items} nội dung kết luận) vào {result.path}: {result.pages} trang.")  # fmt: skip
    return 0
