"""``dxdesk committee show|set``: the committee's own identity (name, level, symbol, signer)."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import open_session, print_json

OPTIONS = (  # option, field, help
    ("--name", "name", "tên đầy đủ của Ban Chỉ đạo"),
    ("--short-name", "short_name", "tên viết tắt"),
    ("--level", "level", "cấp: tỉnh, sở/ngành, huyện, xã"),
    ("--province", "province", "tỉnh, thành phố"),
    ("--place", "place", "địa danh ghi trước ngày tháng"),
    ("--symbol", "symbol", "ký hiệu trong số văn bản, ví dụ BCĐCĐS"),
    ("--style", "doc_style", "thể thức mặc định: state (nhà nước) hoặc party (Đảng)"),
    ("--standing-agency", "standing_agency", "cơ quan thường trực"),
    ("--signer-authority", "signer_authority", "quyền hạn ký, ví dụ “TM. BAN CHỈ ĐẠO”"),
    ("--signer-title", "signer_title", "chức vụ người ký, ví dụ “TRƯỞNG BAN”"),
    ("--signer-name", "signer_name", "họ và tên người ký"),
)
LEVELS = {
    "tinh": "tinh",
    "tỉnh": "tinh",
    "so": "so_nganh",
    "sở": "so_nganh",
    "nganh": "so_nganh",
    "huyen": "huyen",
    "huyện": "huyen",
    "xa": "xa",
    "xã": "xa",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("committee", help="thông tin Ban Chỉ đạo (tên, cấp, người ký)")
    sub = p.add_subparsers(dest="committee_command", metavar="LỆNH", required=True)
    show = sub.add_parser("show", help="xem thông tin Ban Chỉ đạo")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    s = sub.add_parser(
        "set",
        help="sửa thông tin Ban Chỉ đạo (chỉ các mục được ghi)",
        description="Sửa thông tin Ban Chỉ đạo in ở đầu báo cáo, thông báo; mục "
        "nào không ghi thì giữ nguyên.",
    )
    for option, field, text in OPTIONS:
        s.add_argument(option, dest=field, metavar="GIÁ_TRỊ", help=text)
    s.set_defaults(handler=run_set)


def _print(record: dict) -> None:
    from dxdesk.core.services.committee import describe

    for label, value in describe(record):
        print(f"{label}: {value}")


def run_show(args: argparse.Namespace) -> int:
    from dxdesk.core.services.committee import committee

    with open_session(args):
        record = committee()
    if args.json:
        print_json(record)
    elif not record["name"]:
        print("Sổ chưa ghi thông tin Ban Chỉ đạo: dùng “dxdesk committee set --name …”.")
    else:
        _print(record)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from dxdesk.core.services.committee import set_committee

    values = {field: getattr(args, field) for _, field, _ in OPTIONS}
    if values.get("level"):
        values["level"] = LEVELS.get(values["level"].strip().lower(), values["level"])
    with open_session(args) as session:
        record = set_committee(values, who=session.who)
    print("Đã lưu thông tin Ban Chỉ đạo.")
    _print(record)
    return 0
