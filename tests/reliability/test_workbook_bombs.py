"""Workbook resource bombs are refused before openpyxl reads them (issue 13, item 11).

One stray cell at XFD1048576 (a small file) took 100 s and 3,8 GB and then failed; a
compressed bomb and a huge shared-strings part took 1,6–2,4 GB. The limits are checked on the
zip's directory and a streamed look at each sheet's XML, before anything is loaded. Memory is
measured (tracemalloc) as a bound; time is not asserted (performance lives in the bench).
"""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from dxdesk.core.errors import DxError
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.exchange import workbook_limits as limits
from tests.core.test_workbook import PROVINCE, fill

PEAK_BOUND = 300 * 1024 * 1024


def _rewrite(path: Path, change) -> Path:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts = change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _sheet(parts: dict[str, bytes]) -> str:
    return next(n for n in parts if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))


def _stray_cell(parts, *, dimension: bool = True):
    name = _sheet(parts)
    xml = parts[name].decode()
    xml = xml.replace(
        "</sheetData>",
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    )
    xml = re.sub(
        r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>' if dimension else "", xml
    )
    parts[name] = xml.encode()
    return parts


def _refused(path: Path, session) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(DxError) as refused:
            wbk.import_workbook(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BOUND, peak
    return str(refused.value)


@pytest.fixture
def book(session, tmp_path):
    return fill(tmp_path / "tinh.xlsx", PROVINCE)


def test_a_stray_cell_at_xfd1048576_is_refused(session, book):
    _rewrite(book, _stray_cell)
    assert book.stat().st_size < 100_000
    message = _refused(book, session)
    assert "1.048.576" in message and "vượt giới hạn" in message


def test_a_stray_cell_without_a_declared_dimension_is_refused(session, book):
    _rewrite(book, lambda parts: _stray_cell(parts, dimension=False))
    assert "vượt giới hạn" in _refused(book, session)


def test_a_row_of_cells_without_references_is_refused(session, book):
    def wide(parts):
        name = _sheet(parts)
        cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 20_000
        parts[name] = parts[name].replace(
            b"</sheetData>", f'<row r="900">{cells}</row></sheetData>'.encode()
        )
        return parts

    _rewrite(book, wide)
    assert "vượt giới hạn" in _refused(book, session)


def test_a_compressed_bomb_is_refused_by_its_uncompressed_size(session, book):
    def bomb(parts):
        name = _sheet(parts)
        padding = b" " * (limits.MAX_UNCOMPRESSED_BYTES + 1)
        parts[name] = parts[name].replace(b"</sheetData>", padding + b"</sheetData>")
        return parts

    _rewrite(book, bomb)
    assert book.stat().st_size < 2 * 1024 * 1024
    assert "giải nén" in _refused(book, session)


def test_a_huge_shared_strings_part_is_refused(session, book):
    def strings(parts):
        item = b"<si><t>" + b"a" * 1000 + b"</t></si>"
        count = limits.MAX_SHARED_STRINGS_BYTES // len(item) + 10
        parts["xl/sharedStrings.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
            b'.org/spreadsheetml/2006/main">' + item * count + b"</sst>"
        )
        return parts

    _rewrite(book, strings)
    assert "chữ dùng chung" in _refused(book, session)


def test_an_ordinary_workbook_passes_the_limits(session, book):
    limits.check_workbook(book)
    wbk.import_workbook(book)
