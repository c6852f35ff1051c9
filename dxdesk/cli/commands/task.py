"""``dxdesk task update CODE``: the edits a script needs on a task."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session, signed_by
from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import ValidationError

STATUS_HELP = ", ".join(f"{s.value} ({s.label})" for s in TaskStatus)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("task", help="cập nhật nhiệm vụ")
    sub = p.add_subparsers(dest="task_command", metavar="LỆNH", required=True)
    u = sub.add_parser(
        "update",
        help="đổi trạng thái, thêm ghi chú tiến độ",
        description="Cập nhật trạng thái, ngày hoàn thành, vướng mắc hoặc thêm "
        "ghi chú tiến độ của một nhiệm vụ.",
    )
    u.add_argument("code", metavar="MÃ", help="mã nhiệm vụ, ví dụ NV01")
    u.add_argument("--status", metavar="TRẠNG_THÁI", help=f"một trong: {STATUS_HELP}")
    u.add_argument("--note", metavar="NỘI_DUNG", help="ghi chú tiến độ (ghi ngày hôm nay)")
    u.add_argument("--done-on", metavar="NGÀY", help="ngày hoàn thành (dd/mm/yyyy)")
    u.add_argument("--blocker", metavar="NỘI_DUNG", help="khó khăn, vướng mắc")
    u.set_defaults(handler=run_update)


def parse_status(text: str | None) -> TaskStatus | None:
    if text is None:
        return None
    try:
        return TaskStatus.from_text(text)
    except ValueError:
        raise ValidationError(f"Trạng thái “{text}” không hợp lệ; chọn: {STATUS_HELP}.") from None


def run_update(args: argparse.Namespace) -> int:
    from dxdesk.core.services.tasks import update_task

    status = parse_status(args.status)
    done_on = as_of_date(args.done_on) if args.done_on else None
    if status is None and not (args.note or done_on or args.blocker is not None):
        raise ValidationError(
            "Không có gì để cập nhật: dùng --status, --note, --done-on hoặc --blocker."
        )
    with open_session(args) as session:
        task = update_task(
            args.code,
            status=status,
            note=args.note,
            done_on=done_on,
            blocker=args.blocker,
            who=session.who,
        )
        signer = signed_by(session)
    state = TaskStatus(task["status"]).label
    done = f", hoàn thành ngày {fmt_date(task['completed_on'])}" if task["completed_on"] else ""
    print(f"Đã cập nhật nhiệm vụ {task['code']}: {state}{done}. {signer}")
    return 0
