"""Limits a workbook must keep before openpyxl reads it (resource bombs, issue 13 item 11).

openpyxl builds every cell of a sheet's used range in memory: one stray cell at XFD1048576
(a 61 KB file) made it build 17 billion, and a compressed bomb or a huge shared-strings part
took gigabytes. Before anything is loaded, the zip's directory and each sheet's XML are
inspected as a stream: the declared sizes, the ``<dimension>`` and every cell reference.

Stated limits (docs/workbook.md, docs/reliability.md): the file at most 20 MB; at most
100 MB uncompressed in all; shared strings at most 20 MB; per sheet at most 100,000 rows and
64 columns; at most 1,000,000 cells in all. The reader streams the sheets (openpyxl's
read-only mode), so memory holds the records read, not every cell object: within the limits
a workbook is read in well under 300 MB (250,000 cells was the cap when openpyxl built them
all).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl.utils import column_index_from_string

from dxdesk.core.domain.formats import fmt_number
from dxdesk.core.errors import DxError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 64
MAX_CELLS = 1_000_000

_CHUNK = 1 << 20
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]*)(\d*)(?::([A-Z]+)(\d+))?"')
_TAG = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s>/])([^>]*)>")
_SHEET_REL = re.compile(rb"<Relationship\b[^>]*>")
_REF = re.compile(rb'\br="([A-Z]{0,3})(\d{0,9})"')


class WorkbookTooLarge(DxError):
    pass


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def check_workbook(path: Path) -> None:
    """Refuse, with one sentence, a workbook beyond the stated limits; read nothing else."""
    name = path.name
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WorkbookTooLarge(
            f"Tệp {name} lớn hơn {_mb(MAX_FILE_BYTES)}: hãy chia thành "
            "nhiều tệp nhỏ hơn rồi nhập lần lượt."
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # not a zip: the reader gives its own sentence
    with archive:
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_BYTES:
            raise WorkbookTooLarge(
                f"Tệp {name} khi giải nén lớn hơn "
                f"{_mb(MAX_UNCOMPRESSED_BYTES)} (có thể là tệp nén bất thường); "
                "không nhập tệp này."
            )
        cells = 0
        sheets = _sheet_parts(archive)
        for info in infos:
            lower = info.filename.lower()
            if lower.endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_STRINGS_BYTES:
                raise WorkbookTooLarge(
                    f"Tệp {name} có phần chữ dùng chung lớn hơn "
                    f"{_mb(MAX_SHARED_STRINGS_BYTES)}; không nhập tệp này."
                )
            if info.filename in sheets or (
                lower.startswith("xl/worksheets/") and lower.endswith(".xml")
            ):
                cells += _check_sheet(archive, info, name)
                if cells > MAX_CELLS:
                    raise _too_many(name)


def _sheet_parts(archive: zipfile.ZipFile) -> set[str]:
    """The parts the workbook names as its worksheets (they may live outside xl/worksheets)."""
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, OSError):
        return set()
    parts = set()
    for tag in _SHEET_REL.findall(rels):
        kind = re.search(rb'Type="([^"]*)"', tag)
        target = re.search(rb'Target="([^"]*)"', tag)
        if kind and target and kind.group(1).endswith(b"/worksheet"):
            text = target.group(1).decode("utf-8", "replace")
            parts.add(text.lstrip("/") if text.startswith("/") else f"xl/{text}")
    return parts


def _too_many(name: str) -> WorkbookTooLarge:
    return WorkbookTooLarge(
        f"Tệp {name} có hơn {fmt_number(MAX_CELLS)} ô dữ liệu: hãy chia "
        "thành nhiều tệp nhỏ hơn rồi nhập lần lượt."
    )


def _beyond(name: str, rows: int, columns: int) -> WorkbookTooLarge:
    where = f"dòng {fmt_number(rows)}" + (f", cột {fmt_number(columns)}" if columns else "")
    return WorkbookTooLarge(
        f"Tệp {name} có dữ liệu hoặc vùng khai báo tới {where}, vượt giới hạn "
        f"{fmt_number(MAX_ROWS)} dòng và {MAX_COLUMNS} cột mỗi trang (có thể có một ô lạc ở "
        "rất xa: hãy xóa các dòng, cột thừa rồi lưu lại)."
    )


def _check_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> int:
    """The number of cells of one sheet; WorkbookTooLarge beyond the limits.

    Every ``<row>`` and ``<c>`` tag is looked at, with or without its ``r`` reference (a cell
    without one takes the next column, as openpyxl does), so a lying or missing
    ``<dimension>`` changes nothing.
    """
    cells = row = col = 0
    tail = b""
    first = True
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            if first:
                first = False
                m = _DIMENSION.search(data)
                if m and m.group(3):
                    rows, cols = int(m.group(4)), column_index_from_string(m.group(3).decode())
                    if rows > MAX_ROWS or cols > MAX_COLUMNS:
                        raise _beyond(name, rows, cols)
            cut = len(data) if not chunk else max(data.rfind(b"<"), 0)
            for m in _TAG.finditer(data, 0, cut):
                ref = _REF.search(m.group(2))
                if m.group(1) == b"row":
                    row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                    col = 0
                    if row > MAX_ROWS:
                        raise _beyond(name, row, col)
                    continue
                cells += 1
                if ref and ref.group(1):
                    col = column_index_from_string(ref.group(1).decode())
                    row = max(row, int(ref.group(2))) if ref.group(2) else row
                else:
                    col += 1
                if row > MAX_ROWS or col > MAX_COLUMNS:
                    raise _beyond(name, row, col)
            if cells > MAX_CELLS:
                raise _too_many(name)
            if not chunk:
                break
            tail = data[cut:]
            if len(tail) > _CHUNK:  # one tag longer than a megabyte is no sheet of ours
                raise _beyond(name, row, col)
    return cells
