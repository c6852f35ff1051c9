"""``dxdesk brief``: the printed meeting brief (PDF) for the chair of the steering committee.

Published figures that disagree with the register are listed as a warning before the PDF is
built; the brief prints the register's figures, never a "corrected" published one.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager

from dxdesk.cli.common import (
    add_document_options,
    as_of_date,
    open_session,
    output_file,
    pages_text,
    signer_of,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "brief",
        help="in báo cáo tóm tắt (PDF hoặc Word) phục vụ hội nghị Ban Chỉ đạo",
        description="Tạo báo cáo tóm tắt kết quả thực hiện mục tiêu, nhiệm vụ (PDF, thể thức "
        "Nghị định 30/2020/NĐ-CP hoặc Hướng dẫn 36-HD/VPTW) phục vụ một hội nghị Ban Chỉ đạo. "
        "Số liệu công bố lệch với sổ được liệt kê trước khi in.",
    )
    p.add_argument(
        "--meeting",
        metavar="MÃ",
        help="mã cuộc họp (mặc định: cuộc họp đầu tiên từ ngày tính trở đi)",
    )
    p.add_argument(
        "--as-of", metavar="NGÀY", help="ngày tính số liệu (dd/mm/yyyy; mặc định: hôm nay)"
    )
    p.add_argument(
        "--style",
        choices=["state", "party"],
        default=None,
        help="thể thức: state = văn bản hành chính nhà nước, party = văn bản của "
        "Đảng (mặc định: thể thức của Ban Chỉ đạo, xem dxdesk committee)",
    )
    p.add_argument("--out", metavar="TỆP", required=True, help="tệp sẽ ghi (.pdf hoặc .docx)")
    p.add_argument(
        "--programme",
        metavar="MÃ",
        help="chỉ in việc của một chương trình (ví dụ "
        "NQ57); “khong”: việc không thuộc chương trình nào",
    )
    add_document_options(p)
    p.set_defaults(handler=run)


def _programme(code: str | None) -> AbstractContextManager:
    """Figures, task and target lines of one programme (``--programme``), else of all."""
    from dxdesk.core.services.summary import programme_label
    from dxdesk.core.storage.queries import only_programme

    if code:
        programme_label(code)  # an unknown code: one sentence, before any PDF is written
    return only_programme(code)


def run(args: argparse.Namespace) -> int:
    from dxdesk.core.reports.pdf import build_brief

    as_of = as_of_date(args.as_of)
    out = output_file(args.out, "bao-cao-tom-tat.pdf")
    with open_session(args), _programme(args.programme):
        result = build_brief(
            out,
            meeting_code=args.meeting,
            as_of=as_of,
            style=args.style,
            progress=lambda text: print(text, file=sys.stderr),
            signer=signer_of(args),
            fmt=args.format,
        )
    if result.mismatches:
        print(
            f"Cảnh báo: {len(result.mismatches)} số liệu đã công bố lệch với sổ theo dõi; báo "
            "cáo in số liệu tính từ sổ, hãy kiểm tra trước khi trình.",
            file=sys.stderr,
        )
    print(f"Đã ghi {result.path} ({pages_text(result.pages)}, hội nghị {result.meeting}).")
    return 0
