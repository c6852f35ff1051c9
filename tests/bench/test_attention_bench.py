"""The bench of the "Cần xử lý" view: the entries' shape and goals (timings are not
asserted) and a run of its child on a tiny province."""

from __future__ import annotations

from dxdesk import bench
from dxdesk.bench import attention_entries, plots_entries


def test_the_attention_view_is_a_bench_provider_with_its_goals():
    assert any(p.label == "cần xử lý" for p in bench.ENTRY_PROVIDERS)
    got = {
        "rows": 16321,
        "overdue": 15431,
        "service_s": 0.4,
        "open_s": 0.6,
        "group_s": 0.05,
        "all_s": 0.05,
        "floor_s": 0.2,
    }
    entries = attention_entries._entries(got, quick=False)
    assert len(entries) == 4
    assert "16.321 dòng" in entries[1]["name"] and "15.431 dòng" in entries[2]["name"]
    assert entries[1]["goal"].met(0.9, None) and not entries[1]["goal"].met(1.2, None)
    assert entries[2]["goal"].met(0.09, None) and not entries[2]["goal"].met(0.15, None)
    assert entries[0]["ratio"] == 2.0


def test_the_child_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(plots_entries, "QUICK_SCALE", 0.01)  # 500 tasks: the shape only
    entries = attention_entries.bench_attention(tmp_path, quick=True)
    assert len(entries) == 4 and all(e["seconds"] > 0 for e in entries)
