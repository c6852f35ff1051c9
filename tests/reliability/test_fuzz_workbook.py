"""Hostile workbooks: every mutated workbook gives clear errors and writes nothing, or
imports with every text stored exactly as typed. Never a crash."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxdesk.bench.fuzz_workbook import FuzzReport, _base_workbook, fuzz_case
from dxdesk.core.session import Session


@pytest.fixture(scope="module")
def fixtures():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = _base_workbook(folder)
        empty = folder / "empty.db"
        Session(empty, daily_backup=False).close()
        yield base, empty, folder


TOTAL = FuzzReport()


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_workbook_never_crashes_the_import(fixtures, rng):
    base, empty, folder = fixtures
    report = FuzzReport()
    fuzz_case(rng, base, empty, folder, report)
    assert report.crashes == 0, report.first_crashes
    assert report.wrote_on_refusal == 0
    assert report.text_changed == 0
    for name in ("cases", "imported", "refused"):
        setattr(TOTAL, name, getattr(TOTAL, name) + getattr(report, name))


def test_the_fuzzer_exercised_both_outcomes():
    # runs after the property test in this module: both outcomes must have been seen
    assert TOTAL.cases >= 30
    assert TOTAL.imported > 0 and TOTAL.refused > 0
