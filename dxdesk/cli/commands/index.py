"""``dxdesk index show --family DTI [--json]`` and ``dxdesk index member CODE [--json]``:
index scores and ranks over the years, and a member's components (docs/indices.md)."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import open_session, print_json


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("index", help="điểm, thứ hạng các bộ chỉ số (DTI, PAR, PCI…)")
    sub = p.add_subparsers(dest="index_command", metavar="LỆNH", required=True)
    show = sub.add_parser("show", help="điểm và thứ hạng của tỉnh qua các năm")
    show.add_argument("--family", default="DTI", metavar="BỘ", help="bộ chỉ số (mặc định DTI)")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    mem = sub.add_parser("member", help="các chỉ số thành phần một thành viên phụ trách")
    mem.add_argument("code", metavar="MÃ", help="mã thành viên")
    mem.add_argument("--json", action="store_true", help="in dạng JSON")
    mem.set_defaults(handler=run_member)


def _score(value: float | None) -> str:
    from dxdesk.core.domain.formats import fmt_number

    return "—" if value is None else fmt_number(value, 4) if value <= 1 else fmt_number(value)


def _rank(entry: dict) -> str:
    if entry.get("rank") is None:
        return "—"
    return f"{entry['rank']}/{entry['of']}" if entry.get("of") else str(entry["rank"])


def run_show(args: argparse.Namespace) -> int:
    from dxdesk.core.services.indices import family_view

    with open_session(args):
        data = family_view(args.family)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['name']}")
    for e in data["overall"]:
        print(f"  Năm {e['year']}: điểm {_score(e['score'])}, xếp hạng {_rank(e)}")
    names = {c["code"]: c["name"] for c in data["structure"]}
    for year in data["years"]:
        rows = [e for e in data["components"] if e["year"] == year]
        if rows:
            print(f"  Chỉ số thành phần năm {year}:")
            for e in rows:
                name = names.get(e["component"], e["component"])
                print(
                    f"    {e['component']} {name}: điểm {_score(e['score'])}, xếp hạng {_rank(e)}"
                )
    return 0


def run_member(args: argparse.Namespace) -> int:
    from dxdesk.core.services.indices import member_view

    with open_session(args):
        data = member_view(args.code)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['name']} ({data['position']})")
    if not data["components"]:
        print("  Chưa được phân công chỉ số thành phần nào.")
    for c in data["components"]:
        print(f"  {c['family']} – {c['component']} {c['name']}:")
        for e in c["history"]:
            print(f"    Năm {e['year']}: điểm {_score(e['score'])}, xếp hạng {_rank(e)}")
    return 0
