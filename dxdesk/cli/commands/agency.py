"""``dxdesk agency succeed OLD… --by NEW --on DATE`` and ``dxdesk agency history CODE``."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import ValidationError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("agency", help="cơ quan, đơn vị: kế tục, lịch sử")
    sub = p.add_subparsers(dest="agency_command", metavar="LỆNH", required=True)
    s = sub.add_parser(
        "succeed",
        help="cơ quan mới kế tục cơ quan cũ (hợp nhất, đổi tên, chia)",
        description="Từ NGÀY, cơ quan kế tục nhận các nhiệm vụ, mục tiêu đang "
        "thực hiện của cơ quan cũ; cơ quan cũ thôi hoạt động từ ngày trước đó. "
        "Hoàn tác được bằng dxdesk undo.",
    )
    s.add_argument("old", nargs="+", metavar="MÃ_CŨ", help="mã cơ quan cũ")
    s.add_argument(
        "--by",
        action="append",
        required=True,
        metavar="MÃ_MỚI",
        help="mã cơ quan kế tục (nhắc lại khi chia cho nhiều cơ quan)",
    )
    s.add_argument("--on", required=True, metavar="NGÀY", help="ngày kế tục (dd/mm/yyyy)")
    s.add_argument("--kind", metavar="LOẠI", help="hop_nhat, doi_ten hoặc chia_tach")
    s.add_argument(
        "--share",
        action="append",
        default=[],
        metavar="MÃ=MÃ_MỚI",
        help="khi chia: nhiệm vụ hoặc mục tiêu MÃ giao cho MÃ_MỚI "
        "(còn lại giao cơ quan --by đầu tiên)",
    )
    s.add_argument(
        "--share-text",
        action="append",
        default=[],
        metavar="MÃ_MỚI=NỘI_DUNG",
        help="khi chia: phần công việc cơ quan kế tục này nhận, ví dụ XBATXAT=“các xã phía tây”",
    )
    s.set_defaults(handler=run_succeed)
    h = sub.add_parser("history", help="lịch sử của một cơ quan: tiền thân, kế tục, việc nhận")
    h.add_argument("code", metavar="MÃ")
    h.set_defaults(handler=run_history)


def _shares(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        code, sep, to = item.partition("=")
        if not sep or not code.strip() or not to.strip():
            raise ValidationError(f"“{item}” không đúng dạng MÃ=MÃ_MỚI, ví dụ NV05=XBATXAT.")
        out[code.strip()] = to.strip()
    return out


def run_succeed(args: argparse.Namespace) -> int:
    from dxdesk.core.services.succession import succeed

    on = as_of_date(args.on)
    with open_session(args) as session:
        result = succeed(
            args.old,
            args.by,
            on,
            kind=args.kind,
            shares=_shares(args.share),
            share_text=_shares(args.share_text),
            who=session.who,
        )
    print(result.message)
    for code, to in {**result.tasks, **result.targets}.items():
        print(f"  {code} → {to}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    from dxdesk.core.services.succession import agency_history

    with open_session(args):
        h = agency_history(args.code)
    life = " – ".join(x for x in (fmt_date(h["valid_from"]), fmt_date(h["valid_to"])) if x)
    print(f"{h['name']} ({h['code']})" + (f", hiệu lực {life}" if life else ""))
    for p in h["predecessors"]:
        print(f"  kế tục {p['name']} ({p['code']}) từ ngày {fmt_date(p['on'])}")
    for s in h["successors"]:
        print(f"  được {s['name']} ({s['code']}) kế tục từ ngày {fmt_date(s['on'])}")
    for t in h["tasks_taken"]:
        print(f"  nhận nhiệm vụ {t['task']} của {t['from']} từ ngày {fmt_date(t['on'])}")
    return 0
