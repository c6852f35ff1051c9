"""Workbooks are read streamed (issue 13 item 11): openpyxl's read-only mode hands the rows
one at a time, so memory holds the records read rather than every cell object. That is what
lets the cap rise from 250,000 cells (set when openpyxl built them all) to 1,000,000: an
export of 50,000 tasks imports (measured by hand, docs/reliability.md)."""

from __future__ import annotations

import tracemalloc
from datetime import date

from openpyxl import Workbook

from dxdesk.core.exchange.workbook_format import BY_ENTITY
from dxdesk.core.exchange.workbook_read import read_workbook

ROWS = 3_000  # × 9 columns: 27,000 cells
COLUMNS = (
    "code",
    "text",
    "group",
    "deadline",
    "assigned_on",
    "status",
    "started_on",
    "blocker",
    "sort_order",
)


def _big_task_sheet(path) -> None:
    sheet = BY_ENTITY["task"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet.name)
    ws.append([sheet.column(name).written_header for name in COLUMNS])
    for i in range(ROWS):
        ws.append(
            [
                f"NV{i:05d}",
                f"Nhiệm vụ chuyển đổi số thứ {i}",
                f"Nhóm {i % 7}",
                date(2025, 6, 30),
                date(2024, 1, 1),
                "Đang triển khai",
                date(2024, 2, 1),
                "Chưa có hướng dẫn" if i % 3 else "",
                i,
            ]
        )
    wb.save(path)


def test_a_workbook_is_read_streamed_in_memory_for_its_records(session, tmp_path):
    path = tmp_path / "lon.xlsx"
    _big_task_sheet(path)
    tracemalloc.start()
    try:
        batch = read_workbook(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    tasks = batch["task"]
    assert len(tasks) == ROWS
    assert tasks[-1]["code"] == f"NV{ROWS - 1:05d}" and tasks[-1]["sort_order"] == ROWS - 1
    assert tasks[5]["blocker"] == "Chưa có hướng dẫn" and tasks[3]["blocker"] == ""
    # measured: ~3 MB streamed; ~11 MB when openpyxl built every cell (4 × at any size)
    assert peak < 7 * 1024 * 1024, peak


def test_a_stale_dimension_hides_no_row(session, tmp_path):
    """Streamed reading trusts no declared size: a <dimension ref="A1"> (some programs write
    it whatever the sheet holds) must not cut the sheet to its header."""
    import re
    import zipfile

    source, stale = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    sheet = BY_ENTITY["task"]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet.name
    ws.append([sheet.column(name).written_header for name in ("code", "text", "status")])
    for i in range(5):
        ws.append([f"NV{i}", f"Nhiệm vụ {i}", "Chưa triển khai"])
    wb.save(source)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(stale, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            out.writestr(item, data)
    assert [t["code"] for t in read_workbook(stale)["task"]] == [f"NV{i}" for i in range(5)]
