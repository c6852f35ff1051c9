"""The plotted series are the brief's figures: ``dxdesk summary`` on the demo (no Qt)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from dxdesk.core.errors import NotFound
from dxdesk.core.services import series
from dxdesk.core.services.summary import BAND_KEYS, summarize
from tests.plots.conftest import AS_OF


@pytest.fixture
def summary(demo_session):
    return summarize(AS_OF, with_checks=False)


def test_band_bars_add_up_to_the_published_20_3_3_4(summary):
    bands = series.band_series(AS_OF)
    per_band = {b: sum(row.counts[b] for row in bands.rows) for b in BAND_KEYS}
    assert [per_band[b] for b in ("completed", "above_70", "from_50_to_70", "below_50")] == [
        20,
        3,
        3,
        4,
    ]
    assert per_band == bands.totals == summary["targets"]["by_band"]
    assert bands.total == summary["targets"]["total"] == 30


def test_band_rows_are_the_summary_pillars_in_order(summary):
    bands = series.band_series(AS_OF)
    assert [(r.code, r.label, r.total) for r in bands.rows] == [
        (p["code"], p["label"], p["total"]) for p in summary["targets"]["by_pillar"]
    ]
    for row, pillar in zip(bands.rows, summary["targets"]["by_pillar"], strict=True):
        assert dict(row.counts) == {b: pillar[b] for b in BAND_KEYS}


def test_task_cross_table_adds_up_to_the_summary(summary):
    tasks = series.task_series(AS_OF)
    assert tasks.by_status == summary["tasks"]["by_status"]
    assert tasks.by_timeliness == summary["tasks"]["by_timeliness"]
    assert tasks.total == summary["tasks"]["total"] == 75
    assert tasks.cell("in_progress", "overdue") + tasks.cell("not_started", "overdue") == 12
    assert tasks.cell("done", "done_on_time") == 43


def test_agencies_are_the_summary_overdue_table_sorted(summary):
    agencies = series.agency_series(AS_OF)
    expected = summary["tasks"]["overdue_by_agency"]
    assert [(a.code, a.overdue, a.in_progress, a.total) for a in agencies.rows] == [
        (e["code"], e["overdue"], e["in_progress"], e["total"]) for e in expected
    ]
    assert agencies.rows[0].code == "STTTT" and agencies.rows[0].overdue == 8
    overdue = [a.overdue for a in agencies.rows]
    assert overdue == sorted(overdue, reverse=True)
    short = series.agency_series(AS_OF, limit=2)
    assert len(short.rows) == 2 and short.left_out == len(expected) - 2


def test_each_trend_point_is_the_summary_at_its_date(demo_session):
    trend = series.trend_series(AS_OF)
    kinds = Counter(p.kind for p in trend.points)
    assert kinds["quarter"] == 3 and kinds["meeting"] == 4  # 19/12 is the year-end meeting
    assert [p.day for p in trend.points] == sorted(p.day for p in trend.points)
    assert trend.points[-1].day == AS_OF
    for point in trend.points:
        data = summarize(point.day, with_checks=False)
        assert point.targets_done == data["targets"]["by_band"]["completed"]
        assert point.targets_total == data["targets"]["total"]
        assert point.tasks_done == data["tasks"]["by_status"]["done"]
        assert point.tasks_total == data["tasks"]["total"]
    last = trend.points[-1]
    assert last.targets_share == pytest.approx(20 * 100 / 30)
    assert last.tasks_share == pytest.approx(50 * 100 / 75)


def test_trend_keeps_the_quarter_ends_when_meetings_are_too_many(demo_session):
    trend = series.trend_series(AS_OF, max_points=5)
    assert trend.thinned
    assert [p.kind for p in trend.points] == ["quarter", "quarter", "quarter", "as_of"]
    later = series.trend_series(date(2023, 7, 20), period_start=date(2023, 4, 1))
    assert [p.day for p in later.points] == [
        date(2023, 4, 6),
        date(2023, 6, 30),
        date(2023, 7, 14),
        date(2023, 7, 20),
    ]


def test_trajectory_of_a_target(demo_session):
    mt01 = series.target_trajectory("MT01", AS_OF)
    assert (mt01.baseline, mt01.target_value, mt01.unit) == (35.0, 80.0, "%")
    assert [m.value for m in mt01.measurements] == [40.25, 45.5, 50.75, 56.0]
    assert mt01.milestones == ((2023, 50.0), (2024, 65.0), (2025, 80.0))
    assert mt01.deadline == date(2025, 12, 31)
    assert mt01.percent == pytest.approx(112.0) and mt01.band == "completed"
    early = series.target_trajectory("MT01", date(2023, 7, 1))
    assert [m.period for m in early.measurements] == ["2023-Q1", "2023-Q2"]
    with pytest.raises(NotFound):
        series.target_trajectory("KHONG-CO", AS_OF)


def test_target_bands_agree_with_the_summary(summary):
    choices = series.target_choices(AS_OF)
    assert Counter(c.band for c in choices) == {
        k: v for k, v in summary["targets"]["by_band"].items() if v
    }
    for choice in choices[:10]:  # the trajectory's own reading gives the same band
        assert series.target_trajectory(choice.code, AS_OF).band == choice.band


def test_overview_bundle_from_a_summary_needs_no_second_summary(summary, monkeypatch):
    fresh = series.overview_series(AS_OF)
    monkeypatch.setattr(series.summary, "summarize", lambda *a, **k: pytest.fail("queried"))
    reused = series.overview_series(AS_OF, summary)
    assert reused == fresh


def test_an_empty_register_gives_empty_series(session):
    assert series.band_series(AS_OF).rows == ()
    assert series.task_series(AS_OF).total == 0
    assert series.agency_series(AS_OF).rows == ()
    assert [p.kind for p in series.trend_series(AS_OF).points] == ["quarter"] * 3 + ["as_of"]
    assert series.target_choices(AS_OF) == []
