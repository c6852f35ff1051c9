"""``dxdesk demo``: create the Lào Cai 2023 demo register."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import database_path, open_session
from dxdesk.core.errors import DxError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo",
        help="tạo dữ liệu mẫu tỉnh Lào Cai năm 2023",
        description="Tạo sổ theo dõi mẫu: BCĐ CĐS tỉnh Lào Cai năm 2023 "
        "(30 mục tiêu, 75 nhiệm vụ, 4 hội nghị).",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="xóa dữ liệu cũ trong tệp trước khi tạo (tệp cũ được sao lưu)",
    )
    p.add_argument(
        "--through",
        type=int,
        choices=[2023, 2026],
        default=2023,
        metavar="NĂM",
        help="2026: tiếp tục sổ qua sắp xếp năm 2025 (Sở TT&TT vào Sở KH&CN, hợp nhất "
        "với Yên Bái, cấp huyện kết thúc, nhiệm vụ NQ 57) — dữ liệu minh họa",
    )
    p.add_argument(
        "--province",
        choices=["lao-cai", "quang-ngai"],
        default="lao-cai",
        help="quang-ngai: BCĐ CĐS tỉnh Quảng Ngãi (Chỉ thị 19-CT/TU, thứ hạng DTI "
        "2021–2023 theo công bố; điểm, thành viên, số liệu xã là minh họa)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.core.demo import load_demo
    from dxdesk.core.services.register import holds_work

    path = database_path(args)
    if path.exists() and args.force:
        backup = path.with_name(path.name + ".truoc-demo.bak")
        path.replace(backup)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        print(f"Đã chuyển tệp cũ sang {backup}.")
    with open_session(args, create=True) as session:
        where = session.location
        if holds_work():
            if session.url is not None:
                raise DxError(
                    f"Sổ {session.location} đã có dữ liệu: dữ liệu mẫu chỉ tạo trong sổ trống."
                )
            raise DxError(f"Tệp {path} đã có dữ liệu; dùng --force để tạo lại dữ liệu mẫu.")
        if args.province == "quang-ngai":
            from dxdesk.core.demo import load_quang_ngai
            from dxdesk.core.demo.quangngai import DESCRIPTION

            result = load_quang_ngai(who=session.who or "dxdesk demo")
            print(f"Đã tạo dữ liệu mẫu Quảng Ngãi tại {session.location}: {result.description}.")
            print(DESCRIPTION)
            return 0
        result = load_demo(who=session.who or "dxdesk demo")
        steps = []
        if args.through == 2026:
            from dxdesk.core.demo.laocai2026 import load_continued

            steps = load_continued(who=session.who or "dxdesk demo")
    print(f"Đã tạo dữ liệu mẫu Lào Cai 2023 tại {where}: {result.description}.")
    if steps:
        print("Tiếp tục đến năm 2026 (dữ liệu minh họa từ năm 2024):")
        print("\n".join(f"  - {line}" for line in steps))
    return 0
