"""The import preview: what a workbook would add and change, with nothing written; the bar
of a whole import run moves with the work."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.storage import models as m
from tests.core.test_workbook import PROVINCE, counts, fill


@pytest.fixture
def province(session, tmp_path):
    wbk.import_workbook(fill(tmp_path / "tinh.xlsx", PROVINCE), who="kiểm thử")
    return session


def _edited_export(tmp_path):
    """The register's export with NV02 marked done and a new task NV04 (as an officer would)."""
    path = wbk.export_workbook(tmp_path / "xuat.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Nhiệm vụ"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "NV02")
    row[header.index("Trạng thái *")].value = "Đã hoàn thành"
    row[header.index("Ngày hoàn thành")].value = datetime(2023, 11, 20)
    ws.append({1: "NV04", 2: "Việc mới", header.index("Trạng thái *") + 1: "Chưa triển khai"})
    wb.save(path)
    return path


def test_the_preview_says_per_sheet_what_is_added_changed_and_unchanged(province, tmp_path):
    path = _edited_export(tmp_path)
    before, sets = counts(), [(c.id, c.action) for c in m.ChangeSet.select()]
    plan = wbk.plan_import(path)
    assert counts() == before and [(c.id, c.action) for c in m.ChangeSet.select()] == sets
    assert plan.errors == [] and plan.changes == 2
    by = {p.entity: p for p in plan.entities}
    tasks = by["task"]
    assert tasks.sheet == "Nhiệm vụ" and tasks.added == ["NV04"]
    changed = {(c.code, c.field): (c.old, c.new) for c in tasks.changed}
    assert changed[("NV02", "status")] == ("in_progress", "done")
    assert changed[("NV02", "completed_on")] == (None, date(2023, 11, 20))
    assert tasks.changed_records == 1
    assert tasks.unchanged == m.Task.select().count() - 1  # every other task as it is
    assert by["pillar"].added == [] and by["pillar"].changed == []
    assert by["pillar"].unchanged == 3
    # applying the plan does what it showed, in one change set
    result = wbk.apply_import(plan, who="Nguyễn Thị Hoa")
    assert result.created == {"task": 1} and result.updated == {"task": 1}
    assert m.Task.get(m.Task.code == "NV02").status == "done"
    assert m.ChangeSet.select().count() == len(sets) + 1


def test_a_preview_of_a_file_with_errors_lists_them_and_cannot_be_applied(province, tmp_path):
    bad = fill(
        tmp_path / "loi.xlsx",
        {"Văn bản": [{"Mã": "KH13", "Số, ký hiệu": "13-KH/BCĐCĐS", "Ngày ban hành": "31/02/2023"}]},
    )
    before = counts()
    plan = wbk.plan_import(bad)
    assert plan.entities == [] and plan.errors
    messages = [e.message for e in plan.errors]
    assert "Ngày 31/02/2023 không có thật: tháng 02/2023 chỉ có 28 ngày." in messages
    with pytest.raises(ImportFailed):
        wbk.apply_import(plan)
    assert counts() == before


def test_the_bar_of_a_whole_import_moves_through_reading_and_writing(session, tmp_path):
    path = fill(tmp_path / "tinh.xlsx", PROVINCE)
    seen: list[tuple[int, int]] = []
    wbk.import_workbook(path, progress=lambda done, total: seen.append((done, total)))
    steps = [done for done, total in seen]
    assert {total for _, total in seen} == {wbk.STEPS}
    assert steps == sorted(steps) and steps[-1] == wbk.STEPS
    # the writing has its own part of the bar: it is not reached at the end of the reading
    assert wbk.READ_SHARE in steps and steps.index(wbk.READ_SHARE) < len(steps) - 1
    seen.clear()
    plan = wbk.plan_import(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (wbk.STEPS, wbk.STEPS) and plan.changes == 0
