"""The bench of the overview's first open after idle time and sooner: the entries' shape
(timings are not asserted) and a run of the children on a tiny province."""

from __future__ import annotations

from dxdesk import bench
from dxdesk.bench import idle_entries, plots_entries


def test_the_idle_overview_is_a_bench_provider_with_its_goal():
    assert any(p.label == "tổng quan sau khi rảnh" for p in bench.ENTRY_PROVIDERS)
    times = {"page_s": 0.2, "summary_s": 0.05}
    got = {
        "idle": {**times, "ready_after_paint_s": 0.6},
        "warm": {**times, "ready_after_paint_s": 0.8},
        "soon": {**times, "figures_s": 0.15},
    }
    entries = idle_entries._entries(got, quick=True)
    assert len(entries) == 4
    assert "1 s" in entries[0]["name"] and "600 ms" in entries[0]["name"]
    assert entries[0]["goal"].met(0.2, None) and not entries[0]["goal"].met(0.35, None)
    assert entries[2]["seconds"] == 0.15  # the figures before the plots


def test_the_children_run(tmp_path, monkeypatch):
    monkeypatch.setattr(plots_entries, "QUICK_SCALE", 0.01)  # 500 tasks: the shape only
    entries = idle_entries.bench_idle_overview(tmp_path, quick=True)
    assert len(entries) == 4 and all(e["seconds"] > 0 for e in entries)
