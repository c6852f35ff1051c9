"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported."""

import os

import pytest

from dxdesk.bench.killtest import run_kill_test


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_random_moments_loses_no_saved_edit(tmp_path):
    report = run_kill_test(tmp_path / "kill.db", kills=24, seed=7)
    assert report.kills == 24
    assert report.saved_checked > 24  # the worker really got writes in between kills
    assert (report.lost, report.half_imports, report.integrity_failures) == (0, 0, 0)
