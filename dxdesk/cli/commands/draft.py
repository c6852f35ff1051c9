"""``dxdesk draft``: a draft plan or resolution, its indicators in versions, the comments on
it and how each was handled, the official table of comments, and its adoption
(docs/documents.md)."""

from __future__ import annotations

import argparse

from dxdesk.cli.common import as_of_date, open_session, output_file, pages_text, print_json

HANDLINGS = ["tiep_thu", "giai_trinh", "khong_tiep_thu"]


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "draft", help="dự thảo, ý kiến góp ý, tiếp thu, giải trình; thông qua dự thảo"
    )
    sub = p.add_subparsers(dest="draft_command", metavar="LỆNH", required=True)
    add = sub.add_parser("add", help="ghi một dự thảo mới")
    add.add_argument("code", metavar="MÃ")
    add.add_argument("--title", required=True, metavar="TÊN", help="tên dự thảo")
    add.add_argument("--type", default="", metavar="LOẠI", help="Nghị quyết, Kế hoạch…")
    add.add_argument("--drafted-by", default="", metavar="CƠ_QUAN", help="cơ quan soạn thảo")
    add.add_argument("--submitted-to", default="", metavar="NƠI", help="nơi cho ý kiến")
    add.set_defaults(handler=run_add)
    show = sub.add_parser("show", help="chỉ tiêu qua các phiên bản và các ý kiến góp ý")
    show.add_argument("code", metavar="MÃ")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    ind = sub.add_parser("indicator", help="thêm chỉ tiêu hoặc ghi phiên bản mới của chỉ tiêu")
    ind.add_argument("draft", metavar="DỰ_THẢO")
    ind.add_argument("code", metavar="MÃ_CHỈ_TIÊU")
    ind.add_argument("--text", metavar="NỘI_DUNG")
    ind.add_argument("--unit", metavar="ĐƠN_VỊ")
    ind.add_argument("--pillar", metavar="TRỤ_CỘT")
    ind.add_argument("--baseline", metavar="SỐ")
    ind.add_argument("--y2025", metavar="SỐ", help="giá trị năm 2025")
    ind.add_argument("--y2030", metavar="SỐ", help="giá trị năm 2030")
    ind.add_argument("--note", metavar="LÝ_DO", help="vì sao sửa")
    ind.set_defaults(handler=run_indicator)
    com = sub.add_parser("comment", help="ghi một ý kiến góp ý")
    com.add_argument("draft", metavar="DỰ_THẢO")
    com.add_argument("--text", required=True, metavar="NỘI_DUNG", help="nội dung góp ý")
    com.add_argument("--member", metavar="MÃ", help="thành viên góp ý")
    com.add_argument("--agency", metavar="MÃ", help="cơ quan góp ý")
    com.add_argument("--by", metavar="TÊN", help="người góp ý khác (tên, chức vụ)")
    com.add_argument("--indicator", metavar="MÃ", help="chỉ tiêu được góp ý")
    com.add_argument("--passage", metavar="ĐOẠN", help="đoạn được góp ý, ví dụ Mục I.2")
    com.add_argument("--on", metavar="NGÀY", help="ngày góp ý")
    com.set_defaults(handler=run_comment)
    han = sub.add_parser("handle", help="ghi việc tiếp thu, giải trình một ý kiến")
    han.add_argument("draft", metavar="DỰ_THẢO")
    han.add_argument("seq", type=int, metavar="SỐ", help="số thứ tự ý kiến")
    han.add_argument("--as", dest="handling", required=True, choices=HANDLINGS)
    han.add_argument("--reason", default="", metavar="LÝ_DO")
    han.set_defaults(handler=run_handle)
    tab = sub.add_parser("table", help="in Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý")
    tab.add_argument("draft", metavar="DỰ_THẢO")
    tab.add_argument("--out", required=True, metavar="TỆP", help=".pdf hoặc .docx")
    tab.add_argument("--date", metavar="NGÀY", help="ngày ghi trên bảng (mặc định: hôm nay)")
    tab.add_argument("--style", choices=["state", "party"], default=None)
    tab.set_defaults(handler=run_table)
    ado = sub.add_parser("adopt", help="thông qua: chỉ tiêu thành mục tiêu 2025, 2030")
    ado.add_argument("draft", metavar="DỰ_THẢO")
    ado.add_argument("--document", required=True, metavar="MÃ", help="văn bản ban hành")
    ado.add_argument("--prefix", default="", metavar="TIỀN_TỐ", help="tiền tố mã mục tiêu")
    ado.set_defaults(handler=run_adopt)


def _number(text: str | None) -> float | None:
    from dxdesk.core.domain.values import read_number
    from dxdesk.core.errors import ValidationError

    try:
        return read_number(text)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def run_add(args: argparse.Namespace) -> int:
    from dxdesk.core.services import entities

    record = {
        "code": args.code,
        "title": args.title,
        "doc_type": args.type,
        "drafted_by": args.drafted_by,
        "submitted_to": args.submitted_to,
    }
    with open_session(args) as session:
        entities.save("draft", record, who=session.who)
    print(f"Đã ghi dự thảo {args.code}.")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from dxdesk.core.services.drafts import draft_view, value_text

    with open_session(args):
        data = draft_view(args.code)
    if args.json:
        print_json(data)
        return 0
    adopted = f" (đã thông qua: {data['adopted_document']})" if data["adopted_document"] else ""
    print(f"{data['code']}: {data['title']}{adopted}")
    for ind in data["indicators"]:
        for v in ind["versions"]:
            why = f" – {v['note']}" if v["note"] else ""
            print(
                f"  {v['code']} lần {v['version']}: {v['text']} (2025: "
                f"{value_text(v['value_2025'])}; 2030: {value_text(v['value_2030'])}){why}"
            )
    for c in data["comments"]:
        on = f" [{c['indicator'] or c['passage']}]" if c["indicator"] or c["passage"] else ""
        reason = f": {c['reason']}" if c["reason"] else ""
        print(f"  Ý kiến {c['seq']} – {c['by']}{on}: {c['content']}")
        print(f"    → {c['handling_label']}{reason}")
    return 0


def run_indicator(args: argparse.Namespace) -> int:
    from dxdesk.core.services.drafts import revise_indicator

    changes = {
        k: v
        for k, v in {
            "text": args.text,
            "unit": args.unit,
            "pillar": args.pillar,
            "baseline": _number(args.baseline),
            "value_2025": _number(args.y2025),
            "value_2030": _number(args.y2030),
            "note": args.note or "",
        }.items()
        if v is not None
    }
    with open_session(args) as session:
        version = revise_indicator(args.draft, args.code, changes, who=session.who)
    print(f"Đã ghi chỉ tiêu {args.code}, phiên bản {version}.")
    return 0


def run_comment(args: argparse.Namespace) -> int:
    from dxdesk.core.services.drafts import add_comment

    comment = {
        "content": args.text,
        "member": args.member,
        "agency": args.agency,
        "commenter": args.by or "",
        "indicator": args.indicator or "",
        "passage": args.passage or "",
        "received_on": as_of_date(args.on) if args.on else None,
    }
    with open_session(args) as session:
        seq = add_comment(args.draft, comment, who=session.who)
    print(f"Đã ghi ý kiến số {seq}.")
    return 0


def run_handle(args: argparse.Namespace) -> int:
    from dxdesk.core.services.drafts import handle_comment

    with open_session(args) as session:
        handle_comment(args.draft, args.seq, args.handling, args.reason, who=session.who)
    print(f"Đã ghi việc xử lý ý kiến số {args.seq}.")
    return 0


def run_table(args: argparse.Namespace) -> int:
    from dxdesk.core.reports.draft_doc import build_comment_table

    out = output_file(args.out, "bang-tong-hop-y-kien.pdf")
    with open_session(args):
        pages = build_comment_table(
            out, draft_code=args.draft, day=as_of_date(args.date), style=args.style
        )
    print(f"Đã ghi {args.out} ({pages_text(pages)}).")
    return 0


def run_adopt(args: argparse.Namespace) -> int:
    from dxdesk.core.services.drafts import adopt

    with open_session(args) as session:
        codes = adopt(args.draft, args.document, prefix=args.prefix, who=session.who)
    print(f"Đã thông qua dự thảo {args.draft}: {len(codes)} mục tiêu ({', '.join(codes)}).")
    return 0
