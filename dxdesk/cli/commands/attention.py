"""``dxdesk attention``: what needs the secretariat at a date (the window's "Cần xử lý")."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session, print_json

HEADINGS = {
    "overdue": "Nhiệm vụ quá hạn",
    "due_soon": "Nhiệm vụ đến hạn trong 7 ngày tới",
    "not_assigned": "Nội dung kết luận chưa giao nhiệm vụ",
    "unmeasured": "Mục tiêu chưa có kết quả kỳ gần nhất",
    "conflicts": "Xung đột trao đổi dữ liệu chờ giải quyết",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "attention",
        help="những việc cần xử lý tại một ngày (như mục “Cần xử lý” của cửa sổ)",
        description="Liệt kê nhiệm vụ quá hạn, nhiệm vụ đến hạn trong 7 ngày tới, nội dung kết "
        "luận chưa giao nhiệm vụ, mục tiêu chưa có kết quả của quý gần nhất đã kết thúc và xung "
        "đột trao đổi dữ liệu chờ giải quyết — đúng như mục “Cần xử lý” của cửa sổ.",
    )
    p.add_argument(
        "--as-of", metavar="NGÀY", help="ngày tính (dd/mm/yyyy hoặc yyyy-mm-dd; mặc định: hôm nay)"
    )
    p.add_argument("--json", action="store_true", help="in dạng JSON cho các chương trình khác")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.core.services.attention import attention

    as_of = as_of_date(args.as_of)
    with open_session(args):
        data = attention(as_of)
    if args.json:
        print_json(data.as_dict())
    else:
        print("\n".join(lines(data)))
    return 0


def _row_line(row) -> str:
    from dxdesk.core.domain.formats import fmt_date, period_label

    day = fmt_date(_day(row.day)) if row.day else ""
    if row.group == "overdue":
        info = f"hạn {day}, quá {row.days} ngày" if row.day else "quá hạn"
    elif row.group == "due_soon":
        info = f"hạn {day}, còn {row.days} ngày" if row.days else f"hạn {day}, hôm nay"
    elif row.group == "not_assigned":
        info = f"kết luận ngày {fmt_date(_day(row.meeting_on))}" + (f", hạn {day}" if day else "")
    elif row.group == "unmeasured":
        last = period_label(row.last_period) if row.last_period else "chưa có kết quả nào"
        info = f"chưa có kết quả {period_label(row.period)}; gần nhất: {last}"
    else:
        info = f"phát hiện ngày {day}"
    agency = f" — {row.agency}" if row.agency else ""
    return f"  {row.key}  {row.text}{agency} ({info})"


def _day(text: str):
    from datetime import date

    return date.fromisoformat(text[:10])


def lines(data) -> list[str]:
    """The groups as people read them: a heading with the count, then one line a row."""
    from dxdesk.core.domain.formats import fmt_date
    from dxdesk.core.services.attention import GROUPS

    counts = data.counts()
    out = [f"Cần xử lý tính đến ngày {fmt_date(data.as_of)}: {data.total()} việc"]
    for group in GROUPS:
        out.append(f"{HEADINGS[group]}: {counts[group]}")
        out += [_row_line(r) for r in data.groups[group]]
    return out
