"""``dxdesk plot KIND --out FILE.png|.svg``: a progress plot written without opening a
window (offscreen), for officers who paste charts into Word. Same series and drawing as
the overview's plots (docs/plots.md)."""

from __future__ import annotations

import argparse
import re

from dxdesk.core.errors import ValidationError

KINDS = ["bands", "tasks", "trend", "agencies", "trajectory", "index"]


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "plot",
        help="vẽ biểu đồ tiến độ ra tệp PNG/SVG (không mở cửa sổ)",
        description="Vẽ một biểu đồ tiến độ ra tệp ảnh để dán vào Word: bands (mục tiêu theo "
        "trụ cột và mức đánh giá), tasks (nhiệm vụ theo trạng thái và tiến độ), trend (tỷ lệ "
        "hoàn thành qua các quý, các cuộc họp trong năm), agencies (nhiệm vụ quá hạn, đang "
        "triển khai theo cơ quan chủ trì), trajectory (lộ trình một mục tiêu, cần --target), "
        "index (thứ hạng, điểm một bộ chỉ số qua các năm và các chỉ số thành phần, --family).",
    )
    p.add_argument("kind", choices=KINDS, metavar="LOẠI", help=", ".join(KINDS))
    p.add_argument(
        "--as-of",
        metavar="NGÀY",
        help="ngày tính số liệu (dd/mm/yyyy hoặc yyyy-mm-dd; mặc định: hôm nay)",
    )
    p.add_argument("--out", metavar="TỆP", required=True, help="tệp ảnh .png hoặc .svg")
    p.add_argument(
        "--size",
        metavar="RỘNGxCAO",
        default="1000x600",
        help="cỡ ảnh theo điểm ảnh (mặc định 1000x600)",
    )
    p.add_argument("--target", metavar="MÃ", help="mã mục tiêu (cho trajectory), ví dụ MT01")
    p.add_argument(
        "--family", metavar="BỘ", default="DTI", help="bộ chỉ số (cho index; mặc định DTI)"
    )
    p.set_defaults(handler=run)


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text or "")
    if not m:
        raise ValidationError(f"Cỡ ảnh “{text}” không hợp lệ: viết RỘNGxCAO, ví dụ 1000x600.")
    width, height = int(m.group(1)), int(m.group(2))
    if not (300 <= width <= 4000 and 200 <= height <= 4000):
        raise ValidationError("Cỡ ảnh phải từ 300x200 đến 4000x4000 điểm ảnh.")
    return width, height


def run(args: argparse.Namespace) -> int:
    from dxdesk.cli.common import as_of_date, open_session, output_file

    out = output_file(args.out, "bieu-do.png")
    if out.suffix.lower() not in (".png", ".svg"):
        raise ValidationError(f"Tệp “{out.name}” phải có đuôi .png hoặc .svg.")
    size = parse_size(args.size)
    as_of = as_of_date(args.as_of)
    from dxdesk.gui.plots.offscreen import render  # Qt and pyqtgraph only now

    with open_session(args):
        path = render(args.kind, as_of, out, size=size, target=args.target, family=args.family)
    print(path)
    return 0
