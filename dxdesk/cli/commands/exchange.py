"""``dxdesk exchange …``: offline slices for agencies and their reports back (docs/exchange.md)."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import open_session, output_file, print_json
from dxdesk.core.domain.formats import fmt_number
from dxdesk.core.errors import ValidationError

KEEP_NAMES = {
    "secretariat": "secretariat",
    "van-phong": "secretariat",
    "vanphong": "secretariat",
    "agency": "agency",
    "don-vi": "agency",
    "donvi": "agency",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "exchange",
        help="giao dữ liệu cho đơn vị, nhận báo cáo bằng tệp",
        description="Trao đổi dữ liệu không cần mạng: Văn phòng giao cho "
        "đơn vị một gói dữ liệu, đơn vị cập nhật rồi gửi lại báo cáo.",
    )
    sub = p.add_subparsers(dest="exchange_command", metavar="LỆNH", required=True)
    s = sub.add_parser("issue", help="ghi gói giao dữ liệu cho một đơn vị (Văn phòng)")
    s.add_argument("--agency", required=True, metavar="MÃ_CQ", help="mã đơn vị nhận")
    s.add_argument("--out", required=True, metavar="TỆP", help="nơi ghi gói")
    s.add_argument(
        "--old-keys-until",
        metavar="NGÀY",
        help="khóa cũ của đơn vị còn dùng đến hết ngày này (dd/mm/yyyy; mặc định: "
        "30 ngày sau khi giao gói mới)",
    )
    s.set_defaults(handler=run_issue)
    s = sub.add_parser("revoke", help="thu hồi mọi khóa đã cấp cho một đơn vị (Văn phòng)")
    s.add_argument("--agency", required=True, metavar="MÃ_CQ", help="mã đơn vị")
    s.set_defaults(handler=run_revoke)
    s = sub.add_parser("open", help="mở (hoặc cập nhật) gói dữ liệu được giao (đơn vị)")
    s.add_argument("package", metavar="GÓI", help="tệp gói dữ liệu Văn phòng gửi")
    s.set_defaults(handler=run_open)
    s = sub.add_parser("report", help="ghi báo cáo các thay đổi từ lần báo cáo trước (đơn vị)")
    s.add_argument("--out", required=True, metavar="TỆP", help="nơi ghi báo cáo")
    s.add_argument("--again", type=int, metavar="SỐ", help="ghi lại báo cáo số SỐ đã lập")
    s.set_defaults(handler=run_report)
    s = sub.add_parser("preview", help="xem trước báo cáo của đơn vị sẽ thay đổi gì (Văn phòng)")
    s.add_argument("package", metavar="GÓI", help="tệp báo cáo đơn vị gửi")
    s.set_defaults(handler=run_preview)
    s = sub.add_parser("merge", help="hợp nhất báo cáo của đơn vị vào sổ (Văn phòng)")
    s.add_argument("package", metavar="GÓI", help="tệp báo cáo đơn vị gửi")
    s.set_defaults(handler=run_merge)
    s = sub.add_parser("conflicts", help="liệt kê các xung đột chờ giải quyết (Văn phòng)")
    s.add_argument("--all", action="store_true", help="kể cả xung đột đã giải quyết")
    s.set_defaults(handler=run_conflicts)
    s = sub.add_parser("resolve", help="giải quyết một xung đột (Văn phòng)")
    s.add_argument("id", type=int, metavar="SỐ", help="số của xung đột")
    s.add_argument(
        "--keep",
        required=True,
        metavar="BÊN",
        help="giữ giá trị của: secretariat (van-phong) hoặc agency (don-vi)",
    )
    s.set_defaults(handler=run_resolve)
    s = sub.add_parser("status", help="tình trạng trao đổi của tệp dữ liệu")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=run_status)
    s = sub.add_parser("history", help="lịch sử thay đổi của một bản ghi, kèm nguồn gốc")
    s.add_argument("entity", metavar="LOẠI", help="task, target, measurement hoặc note")
    s.add_argument("key", metavar="MÃ", help="mã bản ghi, ví dụ NV05 hoặc MT05|2023-Q4")
    s.set_defaults(handler=run_history)


def _size(n: int) -> str:
    return f"{fmt_number(n / 1024, 1)} KB"


def run_issue(args: argparse.Namespace) -> int:
    from dxdesk.core.domain.formats import ImpossibleDate, parse_date
    from dxdesk.core.exchange.offline import issue_slice

    until = None
    if args.old_keys_until:
        try:
            until = parse_date(args.old_keys_until)
        except ImpossibleDate as exc:
            raise ValidationError(str(exc)) from None
        except ValueError:
            until = None
        if until is None:
            raise ValidationError(f"Ngày “{args.old_keys_until}” không đúng dạng dd/mm/yyyy.")
    with open_session(args) as session:
        r = issue_slice(
            args.agency, output_file(args.out, "goi.dxpkg"), who=session.who, old_keys_until=until
        )
    print(
        f"Đã ghi gói giao dữ liệu cho {r.agency_name} ({r.tasks} nhiệm vụ, {r.targets} mục "
        f"tiêu) vào {r.path} ({_size(r.size)})."
    )
    print(f"Dấu vân tay khóa của Văn phòng: {r.fingerprint} (đơn vị đối chiếu khi mở gói).")
    if r.left_out:
        print(r.left_out)
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import revoke

    with open_session(args) as session:
        r = revoke(args.agency, who=session.who)
    print(
        f"Đã thu hồi {r.keys} khóa của {r.agency_name} ({r.agency_code}): mọi báo cáo ký bằng "
        "các khóa này bị từ chối từ nay; hãy giao gói dữ liệu mới cho đơn vị."
    )
    return 0


def run_open(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import agency_mode, open_slice

    with open_session(args, create=True) as session:  # an agency's first package makes its file
        r = open_slice(args.package, who=session.who)
        banner = agency_mode().banner
    if r.unchanged:
        print(f"Gói này đã được mở trước đây; dữ liệu của {r.agency_name} không thay đổi.")
    elif r.refreshed:
        print(
            f"Đã cập nhật dữ liệu mới cho {r.agency_name} ({r.tasks} nhiệm vụ, {r.targets} mục "
            f"tiêu); giữ nguyên {r.kept} thay đổi Văn phòng chưa nhận."
        )
    else:
        print(f"Đã mở gói dữ liệu của {r.agency_name}: {r.tasks} nhiệm vụ, {r.targets} mục tiêu.")
        print(f"Dấu vân tay khóa của Văn phòng: {r.fingerprint} (hãy đối chiếu với Văn phòng).")
    print(banner)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import resend, write_report

    out = output_file(args.out, "bao-cao.dxpkg")
    with open_session(args) as session:
        if args.again is not None:
            r = resend(args.again, out)
        else:
            r = write_report(out, who=session.who)
    print(f"Đã ghi báo cáo số {r.seq} ({r.changes} thay đổi) vào {r.path} ({_size(r.size)}).")
    return 0


def run_preview(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import preview

    with open_session(args):
        plan = preview(args.package)
    print(plan.heading)
    if plan.merged_at is not None:
        print("Gói này đã được hợp nhất trước đây; hợp nhất lại sẽ không thay đổi gì.")
        return 0
    print(
        f"Sẽ áp dụng {plan.count('apply')} thay đổi, giữ lại {plan.count('conflict')} xung "
        f"đột, {plan.count('same')} thay đổi Văn phòng đã có:"
    )
    for item in plan.items:
        print("  " + item.line)
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import merge

    with open_session(args) as session:
        result = merge(args.package, who=session.who)
    print(result.message)
    if result.conflicts:
        print("Xem và giải quyết xung đột: dxdesk exchange conflicts.")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import list_conflicts

    with open_session(args):
        conflicts = list_conflicts(include_resolved=args.all)
    if not conflicts:
        print("Không có xung đột nào chờ giải quyết.")
    for conflict in conflicts:
        print("\n".join(conflict.lines))
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import resolve_conflict

    keep = KEEP_NAMES.get(args.keep.strip().lower())
    if keep is None:
        raise ValidationError(
            "Hãy ghi --keep secretariat (giữ giá trị của Văn phòng) hoặc --keep "
            "agency (giữ giá trị của đơn vị)."
        )
    with open_session(args) as session:
        view = resolve_conflict(args.id, keep=keep, who=session.who)
    print("\n".join(view.lines))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import exchange_status

    with open_session(args):
        data = exchange_status()
    if args.json:
        print_json(data)
    elif data["mode"] == "agency":
        print(data["banner"])
        print(
            f"Thay đổi chưa báo cáo: {data['pending']}; báo cáo tiếp theo là số "
            f"{data['next_report']}."
        )
    else:
        print(f"Sổ của Văn phòng BCĐ; xung đột chờ giải quyết: {data['open_conflicts']}.")
        for line in data["agencies"]:
            print(
                f"  {line['agency']}: {line['slices']} gói đã giao, đã hợp nhất "
                f"{line['reports_merged']} báo cáo (đến số {line['last_report']})."
            )
    return 0


def run_history(args: argparse.Namespace) -> int:
    from dxdesk.core.exchange.offline import history
    from dxdesk.core.exchange.offline.codec import FIELD_LABELS
    from dxdesk.core.exchange.offline.wording import fmt_value, fmt_when

    with open_session(args):
        rows = history(args.entity, args.key)
    if not rows:
        print(f"Không có thay đổi nào của {args.entity} {args.key}.")
    for r in rows:
        f = r["field"]
        what = (
            f"{FIELD_LABELS.get(f, f)}: {fmt_value(f, r['old'])} → {fmt_value(f, r['new'])}"
            if r["op"] == "update"
            else {"insert": "thêm mới", "delete": "xóa"}[r["op"]]
        )
        line = f"{fmt_when(r['who'], r['at'])}: {r['action']} — {what}"
        if r["origin"]:
            o = r["origin"]
            line += (
                f" [từ báo cáo số {o['seq']} của {o['agency']}, gói {o['package_id']}, "
                f"{fmt_when(o['officer'], o['at_agency'])}]"
            )
        print(line + (" (đã hoàn tác)" if r["undone"] else ""))
    return 0
