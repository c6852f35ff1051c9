"""``dxdesk target measure CODE --period P --value V``: record a target's result."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session
from dxdesk.core.domain.formats import fmt_date, fmt_number, parse_number, period_label
from dxdesk.core.errors import ValidationError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("target", help="cập nhật kết quả mục tiêu")
    sub = p.add_subparsers(dest="target_command", metavar="LỆNH", required=True)
    mp = sub.add_parser(
        "measure",
        help="ghi kết quả đạt được của một kỳ",
        description="Ghi (hoặc sửa) kết quả mục tiêu đạt được trong một kỳ.",
    )
    mp.add_argument("code", metavar="MÃ", help="mã mục tiêu, ví dụ MT01")
    mp.add_argument("--period", required=True, metavar="KỲ",
                    help="kỳ báo cáo: 2023-Q2, 2023-H1, 2023-06 hoặc 2023")  # fmt: skip
    mp.add_argument("--value", required=True, metavar="GIÁ_TRỊ",
                    help="giá trị đạt được (dấu phẩy thập phân được chấp nhận: 92,5)")  # fmt: skip
    mp.add_argument("--agency", metavar="MÃ_CQ", help="cơ quan báo cáo")
    mp.add_argument("--note", default="", metavar="NỘI_DUNG", help="ghi chú, minh chứng")
    mp.add_argument("--on", metavar="NGÀY", help="ngày có số liệu (mặc định: cuối kỳ)")
    mp.set_defaults(handler=run_measure)


def run_measure(args: argparse.Namespace) -> int:
    from dxdesk.core.services.targets import measure

    try:
        value = parse_number(args.value)
    except ValueError:
        value = None
    if value is None:
        raise ValidationError(f"Giá trị “{args.value}” không phải là số.")
    on = as_of_date(args.on) if args.on else None
    with open_session(args) as session:
        m = measure(args.code, period=args.period, value=value, agency=args.agency,
                    note=args.note, measured_on=on, who=session.who)  # fmt: skip
    print(f"Đã ghi kết quả mục tiêu {m['target']} {period_label(m['period'])}: "
          f"{fmt_number(m['value'])} (ngày {fmt_date(m['measured_on'])}).")  # fmt: skip
    return 0
