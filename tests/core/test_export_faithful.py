"""Export → import of an unchanged register changes nothing (issue 13, item 5).

Text Excel cannot hold as it is (a NUL or other control character, more than 32.767
characters) was cut or stripped on export, so the re-import saw a different note and added a
duplicate. The export now refuses, naming every such cell, and writes nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.exchange.workbook_write import EXCEL_CELL_LIMIT, ExportRefused
from dxdesk.core.services import tasks
from dxdesk.core.storage import models as m
from dxdesk.core.storage.pg import NulInText


@pytest.mark.parametrize(
    "text",
    ["a\x00b", "tiến\x0bđộ", "x" * (EXCEL_CELL_LIMIT + 1), "😀" * (EXCEL_CELL_LIMIT // 2 + 1)],
)
def test_export_refuses_a_note_it_cannot_write_faithfully(demo_session, tmp_path, text, engine):
    if engine == "postgresql" and "\x00" in text:  # the server cannot store it: refused first
        notes = m.ProgressNote.select().count()
        with pytest.raises(NulInText, match="NUL"):
            tasks.update_task("NV01", note=text, today=date(2023, 12, 1))
        assert m.ProgressNote.select().count() == notes
        return
    tasks.update_task("NV01", note=text, today=date(2023, 12, 1))
    path = tmp_path / "xuat.xlsx"
    with pytest.raises(ExportRefused) as refused:
        wbk.export_workbook(path)
    assert [(e.sheet, e.column) for e in refused.value.errors] == [("Tiến độ", "Nội dung")]
    assert not path.exists()


def test_export_then_import_of_an_unchanged_register_changes_nothing(demo_session, tmp_path):
    tasks.update_task("NV01", note="x" * EXCEL_CELL_LIMIT, today=date(2023, 12, 1))
    path = tmp_path / "xuat.xlsx"
    wbk.export_workbook(path)
    notes, sets = m.ProgressNote.select().count(), m.ChangeSet.select().count()
    result = wbk.import_workbook(path)
    assert result.total == 0
    assert m.ProgressNote.select().count() == notes
    assert m.ChangeSet.select().count() == sets
