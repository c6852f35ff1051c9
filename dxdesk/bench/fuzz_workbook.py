"""Fuzzing the workbook import: mutated workbooks must give clear errors or import cleanly.

Each case takes a valid small province workbook, applies random mutations (hostile text,
wrong types, impossible dates, formulas, deleted or renamed sheets and headers) and imports it
into a fresh register. A case passes when the import either succeeds — every hostile text
stored exactly as typed — or fails with the user-facing ``DxError`` and writes nothing. Any
other exception is a crash. ``python -m dxdesk.bench.fuzz_workbook --count 10000``.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

import openpyxl

HOSTILE = [
    "<b>đậm</b> & <script>alert(1)</script>",
    "'; DROP TABLE task; --",
    "Robert'); --",
    "=cmd|' /C calc'!A0",
    "+SUM(A1:A9)",
    "-2+3",
    "@SUM(1)",
    "\u202eđảo chiều\u202c",
    "\u200f‏",
    "😀 chuyển đổi số 🇻🇳",
    "a" * 10_000,
    "Đà Nẵng\tTab\nxuống dòng",
    "   ",
    "",
    None,
    "31/02/2023",
    "29/02/2023",
    "2023-13-01",
    "00/00/0000",
    "12,5",
    "1.234,5",
    "abc",
    "-0",
    "1e309",
    "NaN",
    0,
    -1,
    1.5,
    10**20,
    True,
    datetime(1900, 1, 1),
    date(2099, 12, 31),
    "Hoàn thành",
    "KHÔNG CÓ",
    "so_nganh",
    "A; B;; ;",
    "Đ" * 300,
    "\x00".replace("\x00", "·"),
]


TASKS = "Nhiệm vụ"
TEXT_COLUMN = 2  # "Nội dung" of the tasks sheet


@dataclass
class FuzzReport:
    cases: int = 0
    imported: int = 0
    refused: int = 0
    crashes: int = 0
    wrote_on_refusal: int = 0
    text_changed: int = 0
    seconds: float = 0.0
    first_crashes: list[str] = field(default_factory=list)


def _base_workbook(folder: Path) -> bytes:
    from dxdesk.core.exchange.workbook import write_workbook

    batch = {
        "pillar": [{"code": "CQS", "name": "Chính quyền số", "sort_order": 1}],
        "agency": [
            {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"},
            {"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen", "parent": "STTTT"},
        ],
        "document": [
            {
                "code": "KH09",
                "symbol": "09-KH/BCĐCĐS",
                "style": "dang",
                "doc_type": "Kế hoạch",
                "issuer": "BCĐ CĐS tỉnh",
                "issue_date": date(2023, 3, 10),
                "subject": "Kế hoạch năm 2023",
            }
        ],
        "target": [
            {
                "code": f"MT{i}",
                "text": f"Mục tiêu {i}",
                "pillar": "CQS",
                "source_document": "KH09",
                "lead_agency": "STTTT",
                "direction": "tang",
                "kind": "so_lieu",
                "target_value": 100.0,
            }
            for i in range(3)
        ],
        "measurement": [
            {
                "target": "MT0",
                "period": "2023-Q2",
                "measured_on": date(2023, 6, 30),
                "value": 55.0,
                "agency": "STTTT",
            }
        ],
        "task": [
            {
                "code": f"NV{i}",
                "text": f"Nhiệm vụ {i}",
                "lead_agency": "BX",
                "coordinators": ["STTTT"],
                "status": "in_progress",
                "deadline": date(2023, 12, 31),
            }
            for i in range(4)
        ],
    }
    path = folder / "base.xlsx"
    write_workbook(path, batch)
    return path.read_bytes()


def _mutate(wb: openpyxl.Workbook, rng: random.Random) -> list[tuple[str, int, int, object]]:
    """Apply 1–6 random mutations; return the (sheet, row, col, value) cells written."""
    written = []
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        ws = rng.choice(sheets)
        if roll < 0.45 and TASKS in wb.sheetnames:  # hostile text where text belongs
            ws, row = wb[TASKS], rng.randint(2, 5)
            value = rng.choice([v for v in HOSTILE if isinstance(v, str) and v.strip()])
            ws.cell(row=row, column=TEXT_COLUMN, value=value)
            written.append((ws.title, row, TEXT_COLUMN, value))
        elif roll < 0.49 and len(wb.worksheets) > 1:
            wb.remove(ws)
            written = [w for w in written if w[0] != ws.title]
        elif roll < 0.52:
            ws.title = rng.choice(["Trang1", "Nhiệm vụ (2)", "Mục tiêu", "x" * 31])[:31]
        elif roll < 0.55:
            wb.create_sheet(rng.choice(["Ghi chú", "Sheet1", "Nhiệm vụ 2024"]))
        else:
            row = rng.randint(1, ws.max_row + 2)
            col = rng.randint(1, max(ws.max_column, 1) + 1)
            value = rng.choice(HOSTILE)
            ws.cell(row=row, column=col, value=value)
            written.append((ws.title, row, col, value))
    return written


def fuzz_case(
    rng: random.Random, base: bytes, empty_db: Path, workdir: Path, report: FuzzReport
) -> None:
    """One mutated workbook imported into a fresh register; the outcome goes in ``report``."""
    from dxdesk.core.errors import DxError
    from dxdesk.core.exchange.workbook import import_workbook
    from dxdesk.core.session import Session
    from dxdesk.core.storage import models as m

    wb = openpyxl.load_workbook(io.BytesIO(base))
    written = _mutate(wb, rng)
    xlsx = workdir / "case.xlsx"
    wb.save(xlsx)
    db_path = workdir / "case.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copy(empty_db, db_path)
    report.cases += 1
    with Session(db_path, who="fuzz", daily_backup=False) as session:
        try:
            import_workbook(xlsx, who="fuzz")
        except DxError:
            report.refused += 1
            if m.ChangeSet.select().exists() or m.Task.select().exists():
                report.wrote_on_refusal += 1
            return
        except Exception:
            report.crashes += 1
            if len(report.first_crashes) < 5:
                report.first_crashes.append(f"{written!r}\n{traceback.format_exc()}")
            return
        report.imported += 1
        changed = _texts_changed(session, written)
        report.text_changed += changed
        if changed and len(report.first_crashes) < 5:
            report.first_crashes.append(f"text changed: {written!r}")


def _texts_changed(session, written) -> int:
    """Hostile texts written into text cells must come back exactly (NFC, trimmed)."""
    from dxdesk.core.domain.text import clean
    from dxdesk.core.storage import models as m

    stored = {t for (t,) in m.Task.select(m.Task.text).tuples()}
    last = {(sheet, row, col): value for sheet, row, col, value in written}  # later wins
    changed = 0
    for (sheet, row, col), value in last.items():
        if (
            sheet == "Nhiệm vụ"
            and col == 2
            and row > 1
            and isinstance(value, str)
            and value.strip()
        ):
            changed += clean(value) not in stored
    return changed


def run_fuzz(count: int, seed: int = 1) -> FuzzReport:
    from dxdesk.core.session import Session

    rng = random.Random(seed)
    report = FuzzReport()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = _base_workbook(folder)
        empty = folder / "empty.db"
        Session(empty, daily_backup=False).close()
        for _ in range(count):
            fuzz_case(rng, base, empty, folder, report)
    report.seconds = round(time.perf_counter() - start, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dxdesk.bench.fuzz_workbook")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    report = run_fuzz(args.count, args.seed)
    print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    return 0 if not (report.crashes or report.wrote_on_refusal or report.text_changed) else 1


if __name__ == "__main__":
    raise SystemExit(main())
