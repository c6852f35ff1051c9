"""Notes are matched by identity on import, not by their text (issue 13 item 5).

A note's key is its task, day and text; a note whose text was edited in the workbook was
not found by it and came back as a second note. The export writes each note's identity
("Mã ghi chú"); the import replaces the note holding it. Workbooks without the column are
read as before.
"""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook

from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.exchange.workbook_format import BY_ENTITY
from dxdesk.core.services import changes
from dxdesk.core.storage import migrations
from dxdesk.core.storage import models as m


def _cells(path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


def _notes() -> list[tuple]:
    return sorted(
        (n.task.code, n.noted_on, n.text, n.author, n.uid) for n in m.ProgressNote.select()
    )


def _note_sheet(path):
    wb = load_workbook(path)
    ws = wb[BY_ENTITY["note"].name]
    headers = [c.value for c in ws[1]]
    return wb, ws, headers


def test_export_import_export_of_the_demo_gives_identical_cells(demo_session, tmp_path):
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    wbk.export_workbook(first)
    notes = _notes()
    assert wbk.import_workbook(first).total == 0
    assert _notes() == notes
    wbk.export_workbook(second)
    assert _cells(second) == _cells(first)


def test_a_note_edited_in_the_workbook_is_replaced_not_duplicated(demo_session, tmp_path):
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    wbk.export_workbook(first)
    before = _notes()
    wb, ws, headers = _note_sheet(first)
    text_col, uid_col = headers.index("Nội dung *") + 1, headers.index("Mã ghi chú") + 1
    old_text, uid = ws.cell(2, text_col).value, ws.cell(2, uid_col).value
    assert uid  # the export wrote the note's identity
    ws.cell(2, text_col).value = old_text + " (đã sửa trong Excel)"
    wb.save(first)

    result = wbk.import_workbook(first)
    assert result.updated == {"note": 1} and not result.created
    after = _notes()
    assert len(after) == len(before)
    edited = [n for n in after if n[4] == uid]
    assert [n[2] for n in edited] == [old_text + " (đã sửa trong Excel)"]
    assert not [n for n in after if n[2] == old_text and n[0] == edited[0][0]]

    wbk.export_workbook(second)  # and the round trip is now stable
    assert _cells(second) == _cells(first)
    assert wbk.import_workbook(second).total == 0

    changes.undo_last("kiểm thử")  # undo puts the old text back (the identity is new)
    restored = _notes()
    assert len(restored) == len(before)
    assert [n[:4] for n in restored] == [n[:4] for n in before]


def test_a_workbook_without_the_identity_column_is_read_as_before(demo_session, tmp_path):
    path = tmp_path / "cu.xlsx"
    wbk.export_workbook(path)
    wb, ws, headers = _note_sheet(path)
    ws.delete_cols(headers.index("Mã ghi chú") + 1)
    wb.save(path)
    notes = _notes()
    assert wbk.import_workbook(path).total == 0
    assert _notes() == notes


def test_two_rows_with_one_identity_are_refused(demo_session, tmp_path):
    from dxdesk.core.errors import ImportFailed

    path = tmp_path / "trung.xlsx"
    wbk.export_workbook(path)
    wb, ws, headers = _note_sheet(path)
    uid_col = headers.index("Mã ghi chú") + 1
    ws.cell(3, uid_col).value = ws.cell(2, uid_col).value
    wb.save(path)
    try:
        wbk.import_workbook(path)
    except ImportFailed as failed:
        assert [(e.sheet, e.row, e.column) for e in failed.errors] == [("Tiến độ", 3, "Mã ghi chú")]
    else:
        raise AssertionError("two notes with one identity were imported")


def test_notes_of_an_older_register_get_an_identity(tmp_path):
    from dxdesk.core.session import Session

    path = tmp_path / "old.db"
    s = Session(path, who="kiểm thử")
    from dxdesk.core.demo import load_demo

    load_demo()
    count = m.ProgressNote.select().count()
    s.close()
    con = sqlite3.connect(path)
    con.execute("DROP INDEX progress_note_uid")
    con.execute("ALTER TABLE progress_note DROP COLUMN uid")
    # the version before note identities (not LATEST - 1: later steps move LATEST)
    before = migrations.STEPS.index(migrations._v14_note_identity)
    con.execute(f"PRAGMA user_version = {before}")
    con.commit()
    con.close()
    s = Session(path, who="kiểm thử")
    uids = [n.uid for n in m.ProgressNote.select()]
    s.close()
    assert len(uids) == count > 0
    assert all(uids) and len(set(uids)) == count
