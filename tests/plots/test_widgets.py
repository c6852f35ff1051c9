"""The plot widgets: they draw the series they are given (no query), tell exact values on
hover in the Vietnamese number format, and a click on a bar asks for the matching list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from dxdesk.core.domain import palette
from dxdesk.core.domain.enums import Band
from dxdesk.core.services import series
from tests.plots.conftest import AS_OF

pytestmark = pytest.mark.usefixtures("demo_session")


def viewport_point(plot, x: float, y: float):
    """Where the data point (x, y) of ``plot`` is on its viewport, in pixels."""
    scene = plot.plot.vb.mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def bar_items(plot):
    return {item.colour: item for item in plot.bar_items}


def click_bar(qtbot, plot, item, index):
    centre = item.bars[index].centre
    qtbot.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(plot, centre.x(), centre.y())
    )


def test_band_bars_are_the_summary_figures_in_the_palette_colours(plot_of):
    from dxdesk.gui.plots.bands import BandsPlot

    plot = plot_of(BandsPlot, series.band_series(AS_OF))
    items = bar_items(plot)
    widths = {colour: sum(b.width for b in item.bars) for colour, item in items.items()}
    assert widths == {
        palette.BAND_COLOURS[Band.COMPLETED]: 20,
        palette.BAND_COLOURS[Band.ABOVE_70]: 3,
        palette.BAND_COLOURS[Band.FROM_50_TO_70]: 3,
        palette.BAND_COLOURS[Band.BELOW_50]: 4,
    }
    legend = [label.text for _sample, label in plot.legend.items]
    assert legend[0] == "Hoàn thành và vượt kế hoạch giao: 20"
    assert legend[3] == "Dưới 50% kế hoạch: 4"
    assert "tính đến ngày 19/12/2023" in plot.title.text
    axis = plot.plot.getAxis("left")._tickLevels[0]
    assert [text for _, text in axis] == [
        "Chính quyền số",
        "Kinh tế số",
        "Xã hội số",
        "Hạ tầng số và an toàn thông tin",
    ]


def test_clicking_a_band_bar_asks_for_those_targets(qtbot, plot_of):
    from dxdesk.gui.plots.bands import BandsPlot

    plot = plot_of(BandsPlot, series.band_series(AS_OF))
    below_50 = bar_items(plot)[palette.BAND_COLOURS[Band.BELOW_50]]
    kts = next(i for i, b in enumerate(below_50.bars) if b.filter["pillar"] == "KTS")
    with qtbot.waitSignal(plot.bar_clicked, timeout=2000) as blocker:
        click_bar(qtbot, plot, below_50, kts)
    assert blocker.args == [{"view": "targets", "pillar": "KTS", "band": "below_50"}]


def test_clicking_an_agency_bar_asks_for_its_overdue_tasks(qtbot, plot_of):
    from dxdesk.gui.plots.agencies import OVERDUE, AgenciesPlot

    plot = plot_of(AgenciesPlot, series.agency_series(AS_OF))
    overdue = bar_items(plot)[OVERDUE.upper()]
    assert overdue.bars[0].width == 8  # Sở Thông tin và Truyền thông, first: most overdue
    with qtbot.waitSignal(plot.bar_clicked, timeout=2000) as blocker:
        click_bar(qtbot, plot, overdue, 0)
    assert blocker.args == [
        {"view": "tasks", "agency": "STTTT", "role": "lead", "timeliness": "overdue"}
    ]
    in_progress = plot.bar_items[1]
    with qtbot.waitSignal(plot.bar_clicked, timeout=2000) as blocker:
        click_bar(qtbot, plot, in_progress, 0)
    assert blocker.args == [
        {"view": "tasks", "agency": "STTTT", "role": "lead", "status": "in_progress"}
    ]


def test_clicking_a_task_segment_asks_for_that_status_and_timeliness(qtbot, plot_of):
    from dxdesk.gui.plots.tasks import TasksPlot

    plot = plot_of(TasksPlot, series.task_series(AS_OF))
    overdue = bar_items(plot)[palette.TIMELINESS_COLOURS[palette.Timeliness.OVERDUE]]
    assert sorted(b.width for b in overdue.bars) == [3, 9]
    row = next(i for i, b in enumerate(overdue.bars) if b.filter["status"] == "in_progress")
    with qtbot.waitSignal(plot.bar_clicked, timeout=2000) as blocker:
        click_bar(qtbot, plot, overdue, row)
    assert blocker.args == [{"view": "tasks", "status": "in_progress", "timeliness": "overdue"}]


def test_a_click_beside_the_bars_asks_for_nothing(qtbot, plot_of):
    from dxdesk.gui.plots.bands import BandsPlot

    plot = plot_of(BandsPlot, series.band_series(AS_OF))
    asked = []
    plot.bar_clicked.connect(asked.append)
    qtbot.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(plot, 10.5, 3.0)
    )  # right of "Hạ tầng số" (4)
    qtbot.wait(50)
    assert asked == []


def test_hovering_a_bar_tells_its_exact_value_in_vietnamese(qtbot, plot_of):
    from dxdesk.gui.plots.bands import BandsPlot

    plot = plot_of(BandsPlot, series.band_series(AS_OF))
    below_50 = bar_items(plot)[palette.BAND_COLOURS[Band.BELOW_50]]
    kts = next(b for b in below_50.bars if b.filter["pillar"] == "KTS")
    qtbot.mouseMove(plot.viewport(), viewport_point(plot, kts.centre.x(), kts.centre.y()))
    qtbot.waitUntil(lambda: below_50.toolTip() != "", timeout=2000)
    assert below_50.toolTip().splitlines()[:2] == [
        "Kinh tế số",
        "Dưới 50% kế hoạch: 2 mục tiêu (25,0 % của trụ cột)",
    ]
    assert below_50.tip_at(QPointF(-5, -5)) == ""


def test_trend_points_tell_both_shares(plot_of):
    from dxdesk.gui.plots.trend import TrendPlot

    trend = series.trend_series(AS_OF)
    plot = plot_of(TrendPlot, trend)
    tips = [
        item.data["data"]
        for item in plot.plot.items
        if hasattr(item, "data") and getattr(item, "opts", {}).get("hoverable")
    ]
    assert tips, "no hoverable points"
    last = tips[0][-1]
    assert "19/12/2023" in last
    assert "Mục tiêu hoàn thành: 20/30 (66,7 %)" in last
    assert "Nhiệm vụ hoàn thành: 50/75 (66,7 %)" in last


def test_trajectory_draws_baseline_measurements_milestones_and_target(plot_of):
    from dxdesk.gui.plots.trajectory import TrajectoryPlot

    plot = plot_of(TrajectoryPlot, series.target_trajectory("MT01", AS_OF))
    names = [label.text for _sample, label in plot.legend.items]
    assert names == ["Kết quả đo", "Giá trị gốc", "Lộ trình năm", "Chỉ tiêu"]
    assert "112,0 % kế hoạch" in plot.title.text
    yes_no = plot_of(TrajectoryPlot, series.target_trajectory("MT07", AS_OF))
    ticks = [text for _, text in yes_no.plot.getAxis("left")._tickLevels[0]]
    assert ticks == ["Chưa đạt", "Đạt"]


def test_axis_numbers_use_the_decimal_comma_and_thousands_dot(qapp):
    from dxdesk.gui.plots.base import VnAxis

    axis = VnAxis("left")
    assert axis.tickStrings([21914.0, 30000.0], 1.0, 5000.0) == ["21.914", "30.000"]
    assert axis.tickStrings([2.5, 5.0], 1.0, 2.5) == ["2,5", "5"]


def test_value_labels_leave_out_what_does_not_fit(plot_of):
    from dxdesk.gui.plots.bands import BandsPlot

    def shown(plot):
        plot.plot.vb.updateMatrix()
        return plot.labels.shown(plot.plot.vb.childGroup.sceneTransform())

    wide = shown(plot_of(BandsPlot, series.band_series(AS_OF)))
    assert wide.count("8") == 3  # CQS's 8 completed, and the totals 8 of KTS and XHS
    assert len(wide) == 16  # 12 non-empty segments and 4 totals
    narrow = shown(plot_of(BandsPlot, series.band_series(AS_OF), size=(380, 300)))
    assert narrow.count("1") < wide.count("1")  # the 1-target segments are too thin now


def test_an_empty_series_says_so(plot_of, session):
    from dxdesk.gui.plots.bands import BandsPlot

    plot = plot_of(BandsPlot, series.band_series(AS_OF))
    assert plot.bar_items == []
    assert plot.labels.entries[0][1] == "Không có số liệu để vẽ"
