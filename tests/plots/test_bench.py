"""The plots' bench entries: their shape (timings are not asserted) and a quick run."""

from __future__ import annotations

import pytest

from dxdesk.bench import plots_entries as bench_entries


def test_entries_have_the_bench_shape():
    got = {
        "page_cold_s": 0.5,
        "import_s": 0.3,
        "page_warm_s": 0.2,
        "plots_share_s": 0.05,
        "page_reopen_s": 0.25,
        "summary_s": 0.1,
        "tally_s": 0.05,
        "bare_plot_s": 0.02,
        "panel_s": 0.2,
        "trend_points": 3,
        "trend_s": 0.4,
        "trend_floor_s": 0.3,
    }
    entries = bench_entries._entries(got, quick=True)
    assert len(entries) == 6
    for e in entries:
        assert {"name", "seconds", "floor_seconds", "ratio"} <= set(e)
        assert e["ratio"] == pytest.approx(e["seconds"] / e["floor_seconds"])
    assert entries[1]["goal"].met(entries[1]["seconds"], None) is True
    assert entries[2]["seconds"] == 0.25 and entries[2]["goal"].met(0.25, None) is True


def test_quick_bench_runs_in_a_child_process(tmp_path, monkeypatch):
    monkeypatch.setattr(bench_entries, "QUICK_SCALE", 0.01)  # 500 tasks: the shape only
    entries = bench_entries.bench_plots(tmp_path, quick=True)
    assert len(entries) == 6
    assert all(e["seconds"] > 0 for e in entries)
