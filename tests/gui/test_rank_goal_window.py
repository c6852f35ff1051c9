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
    text = targets.detail.toPlainText()
    assert "Theo thứ hạng chỉ số" in text and "Mục tiêu: top 20/63" in text
    assert "Thứ hạng dùng để đánh giá: 25/63 (năm 2023)" in text
    assert "Đánh giá: chưa đạt" in text
