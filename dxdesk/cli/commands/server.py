"""``dxdesk server init|push|pull``: a register on a PostgreSQL server (docs/server.md)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "server",
        help="sổ dùng chung trên máy chủ PostgreSQL: khởi tạo, chuyển sổ lên, tải sổ về",
    )
    sub = p.add_subparsers(dest="server_command", metavar="LỆNH", required=True)
    i = sub.add_parser(
        "init",
        help="tạo sổ trên một máy chủ PostgreSQL có sẵn và tài khoản văn phòng đầu tiên",
        description="Tạo cơ sở dữ liệu (nếu chưa có), dựng cấu trúc sổ, tạo các nhóm quyền "
        "(văn phòng, đơn vị, người xem) và tài khoản văn phòng đầu tiên; in chuỗi kết nối. "
        "Chạy lại sau khi nâng cấp dxdesk để nâng cấp sổ.",
    )
    i.add_argument("url", metavar="URL", help="postgresql://quản-trị@máy-chủ/tên-sổ")
    i.add_argument(
        "--account", metavar="TÀI_KHOẢN", help="tài khoản văn phòng cần tạo, ví dụ vanphong"
    )
    i.add_argument(
        "--password",
        action="store_true",
        help="hỏi mật khẩu cho tài khoản mới (dxdesk không lưu mật khẩu)",
    )
    i.set_defaults(handler=run_init)
    a = sub.add_parser(
        "account",
        help="tạo hoặc đổi tài khoản: văn phòng, đơn vị (chỉ việc của đơn vị mình), người xem",
        description="Tạo tài khoản đăng nhập (hoặc đổi vai trò của tài khoản có sẵn). Quyền "
        "do máy chủ kiểm soát: tài khoản đơn vị chỉ sửa được trạng thái, tiến độ, ngày hoàn "
        "thành, vướng mắc của nhiệm vụ đơn vị mình chủ trì và kết quả đo của đơn vị mình.",
    )
    a.add_argument("url", metavar="URL", help="chuỗi kết nối của tài khoản quản trị")
    a.add_argument("account", metavar="TÀI_KHOẢN", help="tên đăng nhập, ví dụ so_yte")
    a.add_argument(
        "--role",
        choices=["secretariat", "unit", "reader"],
        default="unit",
        help="secretariat: văn phòng; unit: đơn vị (mặc định); reader: chỉ xem",
    )
    a.add_argument("--agency", default="", metavar="MÃ", help="mã cơ quan của tài khoản đơn vị")
    a.add_argument("--password", action="store_true", help="hỏi mật khẩu cho tài khoản mới")
    a.set_defaults(handler=run_account)
    push = sub.add_parser(
        "push",
        help="chuyển nguyên một tệp sổ lên sổ trống trên máy chủ (cả nhật ký thay đổi)",
    )
    push.add_argument("file", metavar="TỆP", help="tệp sổ, ví dụ so-theo-doi.db")
    push.add_argument("url", metavar="URL", help="sổ trống trên máy chủ")
    push.set_defaults(handler=run_push)
    pull = sub.add_parser(
        "pull", help="tải nguyên sổ trên máy chủ về một tệp sổ mới (cả nhật ký thay đổi)"
    )
    pull.add_argument("url", metavar="URL", help="sổ trên máy chủ")
    pull.add_argument("file", metavar="TỆP", help="tệp sổ mới, ví dụ ban-sao.db")
    pull.set_defaults(handler=run_pull)


def _server_url(text: str) -> str:
    from dxdesk.core.errors import ValidationError
    from dxdesk.core.storage.pg import is_server_url

    if not is_server_url(text):
        raise ValidationError(
            f"“{text}” không phải chuỗi kết nối máy chủ: hãy viết dạng "
            "postgresql://tài-khoản@máy-chủ/tên-sổ."
        )
    return text


def run_init(args: argparse.Namespace) -> int:
    from dxdesk.core.storage import server_admin
    from dxdesk.core.storage.pg import shown_url
    from dxdesk.core.storage.server_open import open_server_database

    url = _server_url(args.url)
    created = server_admin.create_database(url)
    db = open_server_database(url)
    try:
        with db.atomic():
            server_admin.grant_rights(db)
            if args.account:
                server_admin.create_account(db, args.account, _password(args, args.account))
    finally:
        db.close()
    print(("Đã tạo sổ" if created else "Sổ đã có, đã kiểm tra cấu trúc") + f": {shown_url(url)}.")
    if args.account:
        print(f"Tài khoản văn phòng: {args.account}. Chuỗi kết nối:")
        print(server_admin.account_url(url, args.account))
    return 0


def _password(args: argparse.Namespace, account: str) -> str | None:
    if not args.password:
        return None
    import getpass

    return getpass.getpass(f"Mật khẩu cho {account}: ")


def run_account(args: argparse.Namespace) -> int:
    from dxdesk.core.storage import server_admin
    from dxdesk.core.storage.server_open import open_server_database

    url = _server_url(args.url)
    db = open_server_database(url)
    try:
        with db.atomic():
            server_admin.grant_rights(db)
            created = server_admin.create_account(
                db, args.account, _password(args, args.account), role=args.role, agency=args.agency
            )
    finally:
        db.close()
    print(
        f"{'Đã tạo' if created else 'Đã cập nhật'} tài khoản {args.account} "
        f"({args.role}{', ' + args.agency if args.agency else ''}). Chuỗi kết nối:"
    )
    print(server_admin.account_url(url, args.account))
    return 0


def run_push(args: argparse.Namespace) -> int:
    from dxdesk.core.storage import transfer
    from dxdesk.core.storage.pg import shown_url

    url = _server_url(args.url)
    counts = transfer.push(Path(args.file), url)
    print(
        f"Đã chuyển {args.file} lên {shown_url(url)}: {counts['task']} nhiệm vụ, "
        f"{counts['target']} mục tiêu, {counts['change']} dòng nhật ký thay đổi."
    )
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from dxdesk.core.storage import transfer
    from dxdesk.core.storage.pg import shown_url

    url = _server_url(args.url)
    counts = transfer.pull(url, Path(args.file))
    print(
        f"Đã tải {shown_url(url)} về {args.file}: {counts['task']} nhiệm vụ, "
        f"{counts['target']} mục tiêu, {counts['change']} dòng nhật ký thay đổi."
    )
    return 0
