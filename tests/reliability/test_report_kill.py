"""``exchange report`` killed at each of its steps and at random moments loses no change."""

import os

import pytest

from dxdesk.bench.report_killtest import run_report_kill_test


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_thirty_kills_of_exchange_report_lose_no_change_on_either_side(tmp_path):
    report = run_report_kill_test(tmp_path, kills=30, seed=7)
    assert report.kills >= 15  # every kill at a step, and most random ones, really killed it
    assert report.files == report.recorded  # every file on the stick is one the agency counted
    assert report.refused == [] and report.lost == []
