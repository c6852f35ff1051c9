"""A report beyond the stated cap of changes is refused with a sentence, nothing written."""

from __future__ import annotations

from dxdesk.bench.merge_entries import _secretariat, build_report
from dxdesk.core.exchange.offline import merging
from tests.exchange.conftest import dump


def test_a_report_over_the_cap_of_changes_is_refused_whole(tmp_path, cli, monkeypatch):
    sec, key, slice_man = _secretariat(tmp_path)
    report = build_report(tmp_path / "bc.dxpkg", 30, key, slice_man)
    monkeypatch.setattr(merging, "MAX_CHANGES", 20)
    before = dump(sec)
    out = cli("--db", sec, "exchange", "merge", report, ok=False)
    assert "có 30 thay đổi, vượt giới hạn 20 thay đổi" in out
    assert dump(sec) == before
    monkeypatch.setattr(merging, "MAX_CHANGES", 100_000)
    assert "áp dụng 30 thay đổi" in cli("--db", sec, "exchange", "merge", report)
