"""``dxdesk brief``: the printed meeting brief (PDF) for the chair of the steering committee.

Published figures that disagree with the register are listed as a warning before the PDF is
built; the brief prints the register's figures, never a "corrected" published one.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from dxdesk.cli.common import as_of_date, open_session
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.reports.brief import prepare_brief, render_brief
from dxdesk.core.reports.brief_data import default_as_of


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "brief",
        help="in báo cáo tóm tắt (PDF) phục vụ hội nghị Ban Chỉ đạo",
        description="Tạo báo cáo tóm tắt kết quả thực hiện mục tiêu, nhiệm vụ (PDF, thể thức "
        "Nghị định 30/2020/NĐ-CP hoặc Hướng dẫn 36-HD/VPTW) phục vụ một hội nghị Ban Chỉ đạo. "
        "Số liệu công bố lệch với sổ được liệt kê trước khi in.",
    )
    p.add_argument("--meeting", metavar="MÃ", help="mã cuộc họp (mặc định: cuộc họp đầu tiên "
                   "từ ngày tính trở đi)")  # fmt: skip
    p.add_argument("--as-of", metavar="NGÀY", help="ngày tính số liệu (dd/mm/yyyy; mặc định: "
                   "hôm nay, hoặc ngày họp nếu cuộc họp đã diễn ra)")  # fmt: skip
    p.add_argument("--style", choices=["state", "party"], default="state",
                   help="thể thức: state = văn bản hành chính nhà nước (mặc định), "
                   "party = văn bản của Đảng")  # fmt: skip
    p.add_argument("--number", metavar="SỐ", help="số, ký hiệu của báo cáo nếu đã có, ví dụ "
                   "15/BC-BCĐCĐS (mặc định: để trống phần số)")  # fmt: skip
    p.add_argument("--out", metavar="TỆP.pdf", required=True, help="tệp PDF sẽ ghi")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_session(args):
        as_of = as_of_date(args.as_of) if args.as_of else default_as_of(args.meeting,
                                                                          date.today())  # fmt: skip
        data = prepare_brief(as_of=as_of, meeting_code=args.meeting, style=args.style,
                             number=args.number)  # fmt: skip
    if data.checks:
        print(f"Cảnh báo: {len(data.checks)} số liệu đã công bố lệch với sổ theo dõi (báo cáo "
              f"in số liệu tính từ sổ; hãy kiểm tra trước khi trình):", file=sys.stderr)  # fmt: skip
        for c in data.checks:
            print(f"  - [{c.code}, {fmt_date(date.fromisoformat(c.as_of))}] {c.message}",
                  file=sys.stderr)  # fmt: skip
    result = render_brief(data, args.out)
    print(f"Đã ghi báo cáo tóm tắt phục vụ {data.meeting.title} (số liệu đến ngày "
          f"{fmt_date(as_of)}) vào {result.path}: {result.pages} trang.")  # fmt: skip
    return 0
