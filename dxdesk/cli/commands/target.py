"""``dxdesk target measure CODE --period P --value V [--unit U]``: record a target's result;
``dxdesk target show CODE [--json]``: its values per period and unit, and the rolled-up one."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session, print_json
from dxdesk.core.domain.formats import fmt_date, fmt_number, period_label
from dxdesk.core.domain.values import check_period, read_number
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
    mp.add_argument(
        "--period",
        required=True,
        metavar="KỲ",
        help="kỳ báo cáo: 2023-Q2, 2023-H1, 2023-06 hoặc 2023",
    )
    mp.add_argument(
        "--value",
        required=True,
        metavar="GIÁ_TRỊ",
        help="giá trị đạt được (dấu phẩy thập phân được chấp nhận: 92,5)",
    )
    mp.add_argument("--agency", metavar="MÃ_CQ", help="cơ quan báo cáo")
    mp.add_argument(
        "--unit",
        metavar="MÃ_ĐV",
        help="đơn vị có giá trị này (sở, xã…); bỏ trống: giá trị chung của Ban Chỉ đạo",
    )
    mp.add_argument("--note", default="", metavar="NỘI_DUNG", help="ghi chú, minh chứng")
    mp.add_argument("--on", metavar="NGÀY", help="ngày có số liệu (mặc định: cuối kỳ)")
    mp.set_defaults(handler=run_measure)
    sp = sub.add_parser(
        "show",
        help="xem giá trị của mục tiêu theo kỳ và theo đơn vị",
        description="Giá trị của mục tiêu theo từng kỳ: giá trị chung, giá trị "
        "từng đơn vị và giá trị tổng hợp theo cách tổng hợp của mục tiêu.",
    )
    sp.add_argument("code", metavar="MÃ", help="mã mục tiêu")
    sp.add_argument("--as-of", metavar="NGÀY", help="ngày tính (mặc định: hôm nay)")
    sp.add_argument("--json", action="store_true", help="in dạng JSON")
    sp.set_defaults(handler=run_show)


def run_measure(args: argparse.Namespace) -> int:
    from dxdesk.core.services.targets import measure

    try:
        value = read_number(args.value)
        check_period(args.period)  # before the register is opened
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    if value is None:
        raise ValidationError(f"Giá trị “{args.value}” không phải là số.")
    on = as_of_date(args.on) if args.on else None
    with open_session(args) as session:
        m = measure(
            args.code,
            period=args.period,
            value=value,
            agency=args.agency,
            note=args.note,
            measured_on=on,
            who=session.who,
            unit=args.unit,
        )
    of_unit = f" của đơn vị {m['unit']}" if m.get("unit") else ""
    print(
        f"Đã ghi kết quả mục tiêu {m['target']}{of_unit} {period_label(m['period'])}: "
        f"{fmt_number(m['value'])} (ngày {fmt_date(m['measured_on'])})."
    )
    return 0


def _n(value: float | None) -> str:
    return "—" if value is None else fmt_number(value)


def run_show(args: argparse.Namespace) -> int:
    from dxdesk.core.services.units import target_units

    as_of = as_of_date(args.as_of)
    with open_session(args):
        data = target_units(args.code, as_of)
    if args.json:
        print_json(data)
        return 0
    goal = f", chỉ tiêu mỗi đơn vị {_n(data['unit_goal'])}" if data["unit_goal"] is not None else ""
    print(f"{data['code']}: {data['text']}")
    if data["rank_goal"] is not None:  # judged from an index rank (docs/indices.md)
        from dxdesk.core.services.rank_goals import rank_sentence

        print(rank_sentence({"code": data["code"], **data["rank_goal"]}))
        return 0
    print(f"Cách tổng hợp: {data['rollup_label']}{goal}.")
    for p in data["periods"]:
        line = f"{period_label(p['period'])}: {_n(p['value'])}"
        rolled = p["rolled_up"]
        if rolled and rolled["reached"] is not None:
            line += f" ({rolled['reached']}/{rolled['units']} đơn vị đạt)"
        elif rolled:
            line += f" (từ {rolled['units']} đơn vị)"
        print(line)
        for u in p["units"]:
            print(f"    {u['unit']} {u['name']}: {_n(u['value'])}")
    return 0
