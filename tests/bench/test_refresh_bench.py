"""The bench's window-refresh entry runs end to end on a server register (issue 20): the
window in its child process sees each of another officer's saves, beside the bare floor.
(Its time is the bench's to judge, not this test's.)"""

from __future__ import annotations

from dxdesk.bench.refresh_entries import bench_refresh


def test_the_refresh_entry_measures_the_window_and_its_floor(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DXDESK_BENCH_SERVER", pg_url)
    (entry,) = bench_refresh(tmp_path, quick=True)
    assert entry.name == "window refresh"
    assert entry.seconds is not None and entry.floor_seconds is not None
    assert entry.goal is not None and entry.goal.max_seconds == 2.0
