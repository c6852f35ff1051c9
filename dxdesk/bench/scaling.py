"""``dxdesk bench --scale 1,4``: the cost per record of the heavy paths as the register grows.

At each scale the synthetic province is ``scale`` × the large one (scale 4: 200,000 tasks,
2,000,000 measurements) and each path is timed once (the figures are for linearity, not for
the last millisecond; run the plain bench for those):

* **bulk load** — writing the province through ``Session``; per row written.
* **summary** — ``summarize`` at ``AS_OF`` (after one untimed call); per task and target.
* **workbook import** — ``import_workbook`` of 1,000 × scale and 50,000 × scale tasks into a
  fresh register; per row, and as a ratio to openpyxl's read-only read of the same file.
* **export** — ``export_workbook`` of the whole province; per record written.
* **first sort** and **whole list searchable** — the real ``dxdesk`` command on the province
  (``startup_probe``): the first sort of the tasks list by text, and the seconds from the
  list's first rows to the whole list editable and searchable; per task.
* **brief** — ``build_brief`` on a province of 2,000 × scale tasks (its appendix lists them
  all); per task.

The last column compares each scale's cost per record with the first scale's: linear growth
keeps it near 1 (goal: within 1,3 ×).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxdesk.bench import synthetic
from dxdesk.bench.timing import progress

LINEAR_GOAL = 1.3
IMPORT_ROWS = (1_000, 50_000)
BRIEF_TASKS = 2_000


@dataclass(frozen=True)
class ScaleRow:
    """One path at one scale: seconds, the records it handled, and (when it has one) the
    seconds of its floor."""

    name: str
    label: str
    scale: float
    records: int
    seconds: float
    floor_seconds: float | None = None

    @property
    def per_record_us(self) -> float:
        return self.seconds / self.records * 1e6 if self.records else float("nan")

    def as_dict(self, growth: float | None) -> dict[str, Any]:
        return {
            "name": self.name,
            "scale": self.scale,
            "records": self.records,
            "seconds": self.seconds,
            "per_record_us": self.per_record_us,
            "floor_seconds": self.floor_seconds,
            "ratio": self.seconds / self.floor_seconds if self.floor_seconds else None,
            "growth": growth,
        }


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _load_and_summary(workdir: Path, scale: float) -> tuple[Path, list[ScaleRow]]:
    from dxdesk.core.services.summary import summarize
    from dxdesk.core.session import Session

    progress(f"[×{scale:g}] sinh tỉnh giả lập…")
    province = synthetic.generate(scale)
    path = _fresh(workdir / f"scale-{scale:g}") / "province.db"
    progress(f"[×{scale:g}] nạp hàng loạt…")
    start = time.perf_counter()
    counts = synthetic.load_province(path, province)
    seconds = time.perf_counter() - start
    rows = [ScaleRow("bulk load", "Nạp hàng loạt", scale, sum(counts.values()), seconds)]
    del province  # 2,000,000 measurements at scale 4: not kept while the rest is measured
    with Session(path, who="dxdesk bench", daily_backup=False):
        summarize(synthetic.AS_OF, with_checks=False)
        seconds, data = _timed(lambda: summarize(synthetic.AS_OF, with_checks=False))
    records = data["tasks"]["total"] + data["targets"]["total"]
    rows.append(ScaleRow("summary", "Tổng hợp", scale, records, seconds))
    return path, rows


def _imports(workdir: Path, scale: float, sizes: list[int]) -> list[ScaleRow]:
    from dxdesk.bench.core_entries import floor_read_workbook, workbook_batch
    from dxdesk.core.errors import DxError
    from dxdesk.core.exchange.workbook import import_workbook, write_workbook
    from dxdesk.core.session import Session

    rows = []
    for base in sizes:
        n = max(1, round(base * scale))
        folder = _fresh(workdir / f"import-{n}")
        book = folder / "book.xlsx"
        progress(f"[×{scale:g}] nhập Excel {n} dòng…")
        write_workbook(book, workbook_batch(n))
        try:
            with Session(folder / "register.db", who="dxdesk bench", daily_backup=False):
                seconds, _ = _timed(lambda book=book: import_workbook(book, who="dxdesk bench"))
        except DxError as exc:  # e.g. a workbook over the import's cell limit: say so, go on
            progress(f"  bỏ qua nhập Excel {n} dòng: {exc}")
            shutil.rmtree(folder, ignore_errors=True)
            continue
        floor, _ = _timed(lambda book=book: floor_read_workbook(book))
        rows.append(
            ScaleRow(
                f"workbook import {base:,} rows", f"Nhập Excel {base:,}×", scale, n, seconds, floor
            )
        )
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def _export(workdir: Path, path: Path, scale: float) -> ScaleRow:
    from dxdesk.core.exchange.workbook import export_workbook
    from dxdesk.core.session import Session

    out = workdir / f"export-{scale:g}.xlsx"
    progress(f"[×{scale:g}] xuất Excel…")
    with Session(path, who="dxdesk bench", daily_backup=False):
        seconds, _ = _timed(lambda: export_workbook(out))
    records = _row_count(path)
    out.unlink(missing_ok=True)
    return ScaleRow("export", "Xuất Excel cả sổ", scale, records, seconds)


def _row_count(path: Path) -> int:
    import sqlite3

    tables = (
        "agency",
        "pillar",
        "document",
        "meeting",
        "conclusion_item",
        "target",
        "milestone",
        "measurement",
        "task",
        "task_agency",
    )
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sum(con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        con.close()


def _window(workdir: Path, path: Path, scale: float) -> list[ScaleRow]:
    import sys

    from dxdesk.bench.gui_entries import _env, _run_child, compile_sources

    compile_sources()
    progress(f"[×{scale:g}] cửa sổ: sắp xếp lần đầu, cả danh sách tìm được…")
    cmd = [sys.executable, "-m", "dxdesk.bench.startup_probe", str(path)]
    env = _env(workdir)  # settings of this scale alone: a sort remembered from another scale
    env["DXDESK_SETTINGS"] = str(workdir / f"settings-{scale:g}.ini")  # would be restored
    _run_child(cmd, env)  # the day's backup, the OS file cache
    got = _run_child([*cmd, "--measure"], env)
    tasks = got["times"]["rows"]
    return [
        ScaleRow(
            "first sort",
            "Sắp xếp lần đầu (cửa sổ)",
            scale,
            tasks,
            got["times"]["first_sort_by_text"],
        ),
        ScaleRow(
            "whole list searchable",
            "Cả danh sách tìm được (từ dòng đầu)",
            scale,
            tasks,
            got["READY"] - got["FIRST"],
        ),
    ]


def _brief(workdir: Path, scale: float) -> ScaleRow:
    from dxdesk.core.reports.pdf.brief import build_brief
    from dxdesk.core.session import Session

    n = max(1, round(BRIEF_TASKS * scale))
    folder = _fresh(workdir / f"brief-{n}")
    progress(f"[×{scale:g}] báo cáo tóm tắt, phụ lục {n} nhiệm vụ…")
    synthetic.build_province(folder / "p.db", n / synthetic.TASKS)
    with Session(folder / "p.db", who="dxdesk bench", daily_backup=False):
        seconds, _ = _timed(lambda: build_brief(folder / "brief.pdf", as_of=synthetic.AS_OF))
    shutil.rmtree(folder, ignore_errors=True)
    return ScaleRow("brief 2,000-task appendix", "Báo cáo, phụ lục 2.000×", scale, n, seconds)


PATHS = ("bulk load", "summary", "import 1,000", "import 50,000", "export", "window", "brief")


def run_scales(
    workdir: Path, scales: list[float], window: bool = True, only: list[str] | None = None
) -> list[ScaleRow]:
    """Every path at every scale (the GUI ones unless ``window`` is False; only the paths
    whose name contains one of ``only`` when given: the province is always loaded)."""
    rows: list[ScaleRow] = []

    def wanted(path: str) -> bool:
        return not only or any(word.casefold() in path for word in only)

    def add(got: list[ScaleRow]) -> None:
        for row in got:  # as they come: a long run shows its figures before it ends
            progress(
                f"  {row.label} ×{row.scale:g}: {row.seconds * 1000:.1f} ms, "
                f"{row.per_record_us:.2f} µs/bản ghi"
            )
        rows.extend(got)

    for scale in scales:
        path, got = _load_and_summary(workdir, scale)
        add([row for row in got if wanted(row.name)])
        add(_imports(workdir, scale, [n for n in IMPORT_ROWS if wanted(f"import {n:,}")]))
        if wanted("export"):
            add([_export(workdir, path, scale)])
        if window and (wanted("window") or wanted("first sort") or wanted("searchable")):
            add(_window(workdir, path, scale))
        if wanted("brief"):
            add([_brief(workdir, scale)])
        shutil.rmtree(path.parent, ignore_errors=True)
    return rows


def growths(rows: list[ScaleRow]) -> list[float | None]:
    """Each row's cost per record ÷ that of the same path at the first scale."""
    first: dict[str, float] = {}
    out: list[float | None] = []
    for row in rows:
        base = first.setdefault(row.name, row.per_record_us)
        out.append(row.per_record_us / base if base else None)
    return out


def table_lines(rows: list[ScaleRow]) -> list[str]:
    """The Vietnamese table: µs per record at each scale, and the growth."""
    from dxdesk.core.domain.formats import fmt_number

    header = (
        "Tên",
        "Quy mô",
        "Số bản ghi",
        "Thời gian (ms)",
        "µs/bản ghi",
        "Tỉ lệ sàn",
        "So với quy mô đầu",
    )
    body = []
    for row, growth in zip(rows, growths(rows), strict=True):
        floor = fmt_number(row.seconds / row.floor_seconds, 2) if row.floor_seconds else "–"
        grew = "–" if growth is None else fmt_number(growth, 2)
        if growth is not None and row.scale != rows[0].scale:
            grew += " (đạt)" if growth <= LINEAR_GOAL else " (không đạt)"
        body.append(
            (
                row.label,
                f"×{fmt_number(row.scale)}",
                fmt_number(row.records),
                fmt_number(row.seconds * 1000, 1),
                fmt_number(row.per_record_us, 2),
                floor,
                grew,
            )
        )
    widths = [max(len(r[i]) for r in (header, *body)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [
        line(header),
        line(tuple("-" * w for w in widths)),
        *(line(r) for r in body),
        "",
        f"Tăng tuyến tính: chi phí mỗi bản ghi ở quy mô lớn trong {fmt_number(LINEAR_GOAL)} × "
        "quy mô đầu. Nhập Excel: mục tiêu ≤ 1,5 × sàn openpyxl (chỉ đọc). Mỗi phép đo chạy "
        "một lần: máy dùng chung nên số liệu dao động.",
    ]
