"""Hostile workbooks: every mutated workbook gives clear errors and writes nothing, or
imports with every text stored exactly as typed. Never a crash."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxdesk.bench.fuzz_workbook import FuzzReport, _base_workbook, fuzz_case, run_fuzz
from dxdesk.core.session import Session


@pytest.fixture(scope="module")
def fixtures():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = _base_workbook(folder)
        empty = folder / "empty.db"
        Session(empty, daily_backup=False).close()
        yield base, empty, folder


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_workbook_never_crashes_the_import(fixtures, rng):
    base, empty, folder = fixtures
    report = FuzzReport()
    fuzz_case(rng, base, empty, folder, report)
    assert report.crashes == 0, report.first_crashes
    assert report.wrote_on_refusal == 0
    assert report.text_changed == 0


def test_the_fuzzer_exercises_both_outcomes():
    report = run_fuzz(count=20, seed=3)
    assert report.cases == 20 and report.crashes == 0
    assert report.imported > 0 and report.refused > 0
