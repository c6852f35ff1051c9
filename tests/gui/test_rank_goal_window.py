"""The window judges a target from an index rank: the list's band and the detail pane's goal,
rank used and verdict (issue 16 part 3; docs/indices.md)."""

from __future__ import annotations

from dxdesk.core.services import entities
from tests.gui.conftest import open_page, settle


def _tie_mt02_to_the_dti_rank() -> None:
    for year, rank in ((2022, 26), (2023, 25)):
        entities.save("index_score", {"family": "DTI", "year": year, "rank": rank, "rank_of": 63})
    entities.save("target_rank_goal", {"target": "MT02", "family": "DTI", "goal_of": 63})


def test_the_target_detail_shows_the_rank_goal_and_the_rank_used(window):
    window.ops.call(_tie_mt02_to_the_dti_rank)
    window.ops.changed.emit(frozenset({"target_rank_goal", "index_score"}))
    targets = open_page(window, "targets")
    assert targets.select_key("MT02")
    settle(window)
    row = targets.selected_row()
    assert (row["latest_value"], row["latest_period"], row["band"]) == (25, "2023", "below_50")
    assert row["goal"] == 20  # the worst rank meeting "top 20 of 63" for 63 ranked
    text = targets.detail.toPlainText()
    assert "Theo thứ hạng chỉ số" in text and "Mục tiêu: top 20/63" in text
    assert "Thứ hạng dùng để đánh giá: 25/63 (năm 2023)" in text
    assert "Đánh giá: chưa đạt" in text


def _index_item(window):
    panel = window.pages["overview"].plots
    names = [panel.selector.item(i).text() for i in range(panel.selector.count())]
    return panel, panel.selector.item(names.index("Thứ hạng chỉ số"))


def test_the_overview_has_no_index_plot_without_the_committees_ranks(window):
    window.show_page("overview")
    settle(window)
    _panel, item = _index_item(window)
    assert item.isHidden()  # listed nowhere, not an empty chart


def test_the_overview_plots_the_committees_rank_and_score_over_the_years(window):
    def scores() -> None:
        for year, rank, score in ((2021, 40, 0.38), (2022, 30, 0.45), (2023, 25, 0.5)):
            row = {"family": "DTI", "year": year, "rank": rank, "rank_of": 63, "score": score}
            entities.save("index_score", row)
        entities.save("agency", {"code": "XA1", "name": "UBND xã A", "kind": "xa"})
        unit = {"family": "DTI", "year": 2023, "unit": "XA1", "rank": 1, "rank_of": 9}
        entities.save("index_score", unit)  # a unit's rank is not the committee's own

    window.ops.call(scores)
    window.ops.changed.emit(frozenset({"index_score"}))
    window.show_page("overview")
    settle(window)
    panel, item = _index_item(window)
    assert not item.isHidden()
    panel.select("index")
    settle(window)
    series = panel.plot("index").series
    assert series.family == "DTI" and [ln.code for ln in series.lines] == [""]
    assert [p[:2] for p in series.lines[0].points] == [(2021, 40), (2022, 30), (2023, 25)]
