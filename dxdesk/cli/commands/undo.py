"""``dxdesk undo``: undo (or ``--redo``) one's own latest change set, as Ctrl+Z does in the
window; on a shared register each account undoes its own (services/undo.py)."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "undo",
        help="hoàn tác thay đổi gần nhất của mình (như Ctrl+Z)",
        description="Hoàn tác thay đổi gần nhất của chính mình trong sổ (hoặc làm lại "
        "thay đổi vừa hoàn tác với --redo), dựa trên nhật ký thay đổi. Nếu sau đó người "
        "khác đã sửa cùng bản ghi, lệnh từ chối và không ghi gì.",
    )
    p.add_argument("--redo", action="store_true", help="làm lại thay đổi vừa hoàn tác")
    p.add_argument(
        "--anyone",
        action="store_true",
        help="thay đổi gần nhất của sổ, kể cả của người khác (mặc định: chỉ của mình)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dxdesk.cli.common import open_session
    from dxdesk.core.services import changes, undo

    with open_session(args) as session:
        run_it = changes.redo_last if args.redo else changes.undo_last
        try:
            action = run_it(session.who, anyone=args.anyone)
        except undo.NotYourChange as exc:
            raise undo.NotYourChange(
                f"{exc} Thêm --anyone nếu vẫn muốn {'làm lại' if args.redo else 'hoàn tác'}.",
                exc.who,
                exc.action,
            ) from None
    if action is None:
        print("Không còn gì để làm lại." if args.redo else "Không còn gì để hoàn tác.")
        return 0
    print(f"{'Đã làm lại' if args.redo else 'Đã hoàn tác'}: {action}.")
    return 0
