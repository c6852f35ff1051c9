"""``dxdesk bench``: time dxdesk's heavy paths on a large synthetic province, each beside its
floor measured in the same run (see docs/performance.md). Works in a temporary folder: the
user's register is never opened. Progress goes to stderr; the table (or JSON) to stdout.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "bench",
        help="đo hiệu năng trên một tỉnh giả lập lớn",
        description="Tạo một tỉnh giả lập lớn (5.000 mục tiêu, 50.000 nhiệm vụ, 500.000 kết "
        "quả đo, 2.000 cuộc họp) trong thư mục tạm và đo thời gian nạp dữ liệu, tổng hợp và "
        "nhập tệp Excel, mỗi phép đo đặt cạnh mức sàn đo ngay trong lần chạy.",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="in danh sách {name, seconds, floor_seconds, ratio, goal} dạng JSON",
    )
    p.add_argument(
        "--quick",
        action="store_true",
        help="quy mô rất nhỏ, chạy nhanh (để kiểm thử; mục tiêu chỉ có nghĩa ở quy mô đầy đủ)",
    )
    p.add_argument(
        "--only",
        metavar="TÊN",
        action="append",
        help="chỉ chạy các mục có tên chứa TÊN, ví dụ summary (lặp lại được)",
    )
    p.add_argument(
        "--scale",
        metavar="HỆ_SỐ",
        help="đo chi phí mỗi bản ghi khi sổ lớn dần: "
        "các hệ số quy mô cách nhau bằng dấu phẩy, ví dụ 1,4 (200.000 nhiệm vụ ở "
        "hệ số 4; số lẻ viết bằng dấu chấm: 0.1,0.4)",
    )
    p.add_argument("--no-window", action="store_true", help="với --scale: bỏ các phép đo cửa sổ")
    p.set_defaults(handler=run)


def parse_scales(text: str) -> list[float]:
    """'1,4' → [1.0, 4.0]; a bad list is one clear Vietnamese sentence (DxError)."""
    from dxdesk.core.errors import DxError

    try:
        scales = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        scales = []
    if not scales or any(s <= 0 or s > 100 for s in scales):
        raise DxError(
            f"--scale “{text}” không hợp lệ: cần các số dương cách nhau bằng dấu "
            "phẩy, ví dụ 1,4 hoặc 0.1,0.4."
        )
    return scales


def run_scale(args: argparse.Namespace) -> int:
    from dxdesk.bench import scaling
    from dxdesk.cli.common import print_json

    scales = parse_scales(args.scale)
    with tempfile.TemporaryDirectory(prefix="dxdesk-bench-scale-") as tmp:
        rows = scaling.run_scales(Path(tmp), scales, window=not args.no_window, only=args.only)
    if args.json:
        print_json([r.as_dict(g) for r, g in zip(rows, scaling.growths(rows), strict=True)])
    else:
        print("\n".join(scaling.table_lines(rows)))
    return 0


def _matches(terms: list[str] | None, *names: str) -> bool:
    from dxdesk.core.domain.text import fold

    if not terms:
        return True
    folded = [fold(n) for n in names if n]
    return any(fold(t) in n or n in fold(t) for t in terms for n in folded)


def collect(
    workdir: Path, quick: bool, only: list[str] | None = None, providers: list[Any] | None = None
) -> tuple[list[Any], list[str], list[str]]:
    """Run the providers: (entries, skipped providers' reasons, failures)."""
    from dxdesk import bench
    from dxdesk.bench.timing import Entry, progress
    from dxdesk.core.errors import DxError

    entries: list[Entry] = []
    skipped: list[str] = []
    failures: list[str] = []
    for provider in bench.ENTRY_PROVIDERS if providers is None else providers:
        terms = provider.terms() if hasattr(provider, "terms") else ()
        label = getattr(provider, "label", getattr(provider, "__name__", "?"))
        if only and terms and not _matches(only, *terms):
            continue
        progress(f"▶ {label}")
        try:
            got = [
                e if isinstance(e, Entry) else Entry.from_mapping(e)
                for e in provider(workdir, quick)
            ]
        except bench.ProviderSkipped as exc:
            progress(f"  bỏ qua: {exc.reason}")
            skipped.append(f"{exc.provider}: {exc.reason}")
            continue
        except DxError as exc:
            failures.append(f"{label}: {exc}")
            continue
        except Exception as exc:  # one broken provider must not hide the others' figures
            if os.environ.get("DXDESK_DEBUG"):
                traceback.print_exc()
            failures.append(f"{label}: lỗi không mong đợi ({type(exc).__name__}): {exc}")
            continue
        chosen = [e for e in got if _matches(only, e.name, e.label)]
        entries.extend(chosen or got)
    return entries, skipped, failures


def _ms(seconds: float | None) -> str:
    from dxdesk.core.domain.formats import fmt_number

    return fmt_number(seconds * 1000, 1) if seconds is not None else "–"


def table_lines(entries: list[Any], quick: bool) -> list[str]:
    """The Vietnamese table of the results (decimal comma, thousands dot)."""
    from dxdesk.core.domain.formats import fmt_number

    header = ("Tên", "Thời gian (ms)", "Mức sàn (ms)", "Tỉ lệ", "Mục tiêu", "Đạt/không đạt")
    rows = []
    for e in entries:
        met = {True: "đạt", False: "không đạt", None: "–"}[e.met]
        ratio = fmt_number(e.ratio, 2) if e.ratio is not None else "–"
        if e.equal:
            ratio = f"bằng ({ratio})"
        rows.append(
            (e.title, _ms(e.seconds), _ms(e.floor_seconds), ratio, e.goal_description() or "–", met)
        )
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    right = {1, 2, 3}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    scale = "rất nhỏ (--quick)" if quick else "đầy đủ"
    machine = (
        f"{os.cpu_count()} lõi, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    out = [
        f"Đo hiệu năng dxdesk — quy mô {scale}; {machine}",
        "",
        line(header),
        line(tuple("-" * w for w in widths)),
    ]
    out += [line(r) for r in rows]
    out += [
        "",
        "Mức sàn (cùng việc, bằng công cụ trần nhất; tỉ lệ trong ±10 % quanh 1 ghi “bằng”):",
    ]
    out += [f"  - {e.title}: {e.floor or 'không ghi'}" for e in entries]
    if quick:
        out += [
            "",
            "Ở quy mô --quick, thời gian chỉ để kiểm tra lệnh chạy được; mục tiêu đặt "
            "cho quy mô đầy đủ.",
        ]
    return out


def run(args: argparse.Namespace) -> int:
    from dxdesk.cli.common import print_json

    if args.scale:
        return run_scale(args)

    with tempfile.TemporaryDirectory(prefix="dxdesk-bench-") as tmp:
        entries, skipped, failures = collect(Path(tmp), args.quick, args.only)
    if args.only and not entries and not skipped and not failures:
        print(f"Lỗi: không có mục đo nào khớp với “{', '.join(args.only)}”.", file=sys.stderr)
        return 1
    if args.json:
        print_json([e.as_dict() for e in entries])
        for reason in skipped:
            print(f"Bỏ qua {reason}", file=sys.stderr)
    else:
        print("\n".join(table_lines(entries, args.quick)))
        if skipped:
            print()
            for reason in skipped:
                print(f"Bỏ qua {reason}")
    for failure in failures:
        print(f"Lỗi: {failure}", file=sys.stderr)
    return 1 if failures else 0
