"""The window's drafts and indices pages, a target's units × periods table and the unit
field when recording a value (issue 16 parts 2, 3 and 5)."""

from __future__ import annotations

from datetime import date

from dxdesk.core.services import drafts, entities, targets
from dxdesk.core.services.units import target_units
from dxdesk.gui.dialogs.target_units import TargetUnitsDialog, units_table
from tests.gui.conftest import open_page, settle


def _draft() -> None:
    entities.save("draft", {"code": "DT1", "title": "Dự thảo Kế hoạch năm 2024"})
    drafts.revise_indicator("DT1", "CT01", {"text": "Hồ sơ trực tuyến", "value_2025": 50})
    drafts.revise_indicator("DT1", "CT01", {"value_2025": 60, "note": "Tiếp thu ý kiến 1"})
    drafts.add_comment("DT1", {"member": "TV01", "indicator": "CT01", "content": "Nâng lên."})
    drafts.handle_comment("DT1", 1, "tiep_thu", "Nâng lên 60%.")
    drafts.add_comment("DT1", {"commenter": "Sở Tư pháp", "passage": "Mục II", "content": "Sửa."})


def test_the_drafts_page_shows_indicators_and_comments_with_their_handling(window):
    window.ops.call(_draft)
    page = open_page(window, "drafts")
    ind = [[page.indicators.item(0, c).text() for c in range(6)]]
    assert ind == [["CT01", "2", "Hồ sơ trực tuyến", "60", "", ""]]
    rows = [
        [page.comments.item(r, c).text() for c in range(6)] for r in range(page.comments.rowCount())
    ]
    assert rows[0][0] == "1" and "Trịnh Xuân Trường" in rows[0][1]
    assert rows[0][4:] == ["Tiếp thu", "Nâng lên 60%."]
    assert rows[1][1:3] == ["Sở Tư pháp", "Mục II"] and rows[1][4] == "Chưa xử lý"
    assert "2 ý kiến: tiếp thu 1" in page.intro.text()
    window.ops.call(drafts.handle_comment, "DT1", 2, "giai_trinh", "Đã có.")
    window.ops.changed.emit(frozenset({"draft_comment"}))
    settle(window)
    assert page.comments.item(1, 4).text() == "Giải trình"


def test_the_indices_page_shows_ranks_over_the_years(window):
    for year, rank in ((2022, 26), (2023, 21)):
        window.ops.call(
            entities.save,
            "index_score",
            {
                "family": "DTI",
                "year": year,
                "component": "",
                "rank": rank,
                "rank_of": 63,
                "score": 0.45,
            },
        )
    page = open_page(window, "indices")
    assert page.chosen() == "DTI"
    rows = [[page.overall.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows == [["2022", "0,4500", "26/63", ""], ["2023", "0,4500", "21/63", "tăng 5 bậc"]]


def _units(window) -> dict:
    def work():
        for code, name in (("XA1", "UBND xã An Phú"), ("XA2", "UBND xã Bình Hòa")):
            entities.save("agency", {"code": code, "name": name, "kind": "xa"})
        entities.save(
            "target", {**entities.get("target", "MT01"), "rollup": "count_reached", "unit_goal": 50}
        )
        for unit, period, value in (
            ("XA1", "2023-Q3", 40),
            ("XA1", "2023-Q4", 55),
            ("XA2", "2023-Q4", 70),
        ):
            targets.measure(
                "MT01", period=period, value=value, unit=unit, measured_on=date(2023, 12, 1)
            )
        return target_units("MT01", date(2023, 12, 19))

    return window.ops.call(work)


def test_a_targets_units_by_periods(window):
    data = _units(window)
    headers, rows = units_table(data)
    assert headers == ["Đơn vị", "quý III/2023", "quý IV/2023"]
    assert rows == [
        ["UBND xã An Phú", "40", "55 ✓"],
        ["UBND xã Bình Hòa", "", "70 ✓"],
        ["Ban Chỉ đạo (số chung)", "", "60"],  # the sample's own value, kept apart
        ["Tổng hợp", "0/1", "2/2"],
    ]
    dialog = TargetUnitsDialog(data, window)
    assert dialog.table.rowCount() == 4 and dialog.table.item(3, 2).font().bold()
    dialog.close()


def test_recording_a_value_for_a_unit(window):
    from dxdesk.gui.dialogs.small import MeasureDialog

    _units(window)
    window.ops.call(
        entities.save, "agency", {"code": "XA3", "name": "UBND xã Cát Hải", "kind": "xa"}
    )
    dialog = MeasureDialog(window.ctx, "MT01", "Mục tiêu", "%", window)
    dialog.unit.set_value("XA3")
    dialog.value.setText("80")
    dialog.save()
    settle(window)
    data = window.ops.call(target_units, "MT01", date(2023, 12, 31))
    q4 = next(p for p in data["periods"] if p["period"] == "2023-Q4")
    assert {u["unit"]: u["value"] for u in q4["units"]} == {"XA1": 55, "XA2": 70, "XA3": 80}
