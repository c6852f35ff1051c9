"""``dxdesk register merge OTHER.db [--prefix CODE] [--map FILE] [--preview]``: two registers become one."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("register", help="gộp sổ của Ban Chỉ đạo khác vào sổ này")
    sub = p.add_subparsers(dest="register_command", metavar="LỆNH", required=True)
    g = sub.add_parser(
        "merge",
        help="gộp một sổ khác vào sổ này (tất cả hoặc không)",
        description="Gộp sổ theo dõi của một Ban Chỉ đạo khác (ví dụ tỉnh cũ "
        "trước hợp nhất) vào sổ này: xem trước, mã trùng đổi bằng bảng ánh xạ mã "
        "hoặc tiền tố, "
        "tất cả hoặc không, hoàn tác được bằng dxdesk undo.",
    )
    g.add_argument("other", metavar="TỆP", help="tệp sổ cần gộp vào")
    g.add_argument(
        "--prefix",
        default="",
        metavar="TIỀN_TỐ",
        help="tiền tố cho mã trùng của sổ kia, ví dụ YB: NV01 → YB-NV01",
    )
    g.add_argument(
        "--map",
        default="",
        metavar="TỆP",
        help="bảng ánh xạ mã (CSV hoặc .xlsx; cột Loại, Mã ở sổ kia, Mã ở sổ này), ví dụ "
        "cơ quan của sổ kia → cơ quan đã có ở sổ này",
    )
    g.add_argument("--preview", action="store_true", help="chỉ xem trước, không ghi gì")
    g.set_defaults(handler=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    from dxdesk.cli.common import open_session
    from dxdesk.core.services.merge_map import read_mapping
    from dxdesk.core.services.register_merge import merge_register, plan_merge

    mapping = read_mapping(args.map) if args.map else {}
    with open_session(args) as session:
        if args.preview:
            plan = plan_merge(args.other, prefix=args.prefix, mapping=mapping)
            print("\n".join(plan.lines()))
            return 0
        plan = merge_register(args.other, prefix=args.prefix, mapping=mapping, who=session.who)
    print("\n".join(plan.lines()))
    print("Đã gộp xong." if plan.batch else "Không có gì thay đổi.")
    return 0
