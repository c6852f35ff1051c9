"""One validator for numbers and one for periods, asked by every way in (issue 13, item 7).

inf, nan, 1e28, 10**30, 1e999 and impossible periods (2024-Q9, free text) used to be stored
and then crash the brief, the plots and the targets table.
"""

from __future__ import annotations

import math

import pytest

from dxdesk.core.domain.values import NUMBER_LIMIT, check_number, check_period, read_number
from dxdesk.core.errors import ImportFailed, ValidationError
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.services import entities, targets
from dxdesk.core.services.changes import recording
from dxdesk.core.storage import models as m
from tests.core.test_workbook import PROVINCE, fill

BAD_NUMBERS = [
    "nan",
    "NaN",
    "inf",
    "-inf",
    "Infinity",
    "1e28",
    "10**30",
    "1e999",
    "-1e999",
    "1e16",
    "abc",
    "1,2,3",
]
BAD_VALUES = [math.nan, math.inf, -math.inf, 1e28, 10**30, 1e16, True]
BAD_PERIODS = [
    "2024-Q9",
    "2024-Q0",
    "2024-H3",
    "2024-13",
    "2024-00",
    "0000",
    "1900",
    "9999",
    "tháng ba",
    "",
    "2024Q1",
    "2024-Q1-Q2",
    "Q1-2024",
]


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_read_number_refuses_what_the_register_cannot_hold(text):
    with pytest.raises(ValueError, match=r"không phải là số|vượt giới hạn"):
        read_number(text)


@pytest.mark.parametrize("value", BAD_VALUES)
def test_check_number_refuses_values(value):
    with pytest.raises(ValueError):
        check_number(value)


def test_ordinary_numbers_pass():
    assert read_number("92,5") == 92.5
    assert read_number("21.914") == 21914
    assert read_number("-3") == -3
    assert read_number(" ") is None
    assert check_number(NUMBER_LIMIT) == NUMBER_LIMIT


@pytest.mark.parametrize("text", BAD_PERIODS)
def test_check_period_refuses_impossible_periods(text):
    with pytest.raises(ValueError, match="Kỳ"):
        check_period(text)


def test_periods_are_normalised():
    assert [check_period(p) for p in ("2023-q2", " 2023-H1", "2023-06", "2023")] == [
        "2023-Q2",
        "2023-H1",
        "2023-06",
        "2023",
    ]


@pytest.fixture
def province(session, tmp_path):
    wbk.import_workbook(fill(tmp_path / "tinh.xlsx", PROVINCE), who="kiểm thử")
    return session


@pytest.mark.parametrize("value", ["nan", "inf", "1e28", "1e999", 1e28, "10**30"])
def test_the_workbook_refuses_bad_numbers_as_cell_errors(province, tmp_path, value):
    rows = {
        "Kết quả đo": [
            {"Mục tiêu": "MT01", "Kỳ": "2024", "Ngày số liệu": "31/12/2024", "Giá trị": value}
        ]
    }
    with pytest.raises(ImportFailed) as failed:
        wbk.import_workbook(fill(tmp_path / "x.xlsx", rows))
    assert [(e.sheet, e.row) for e in failed.value.errors] == [("Kết quả đo", 2)]
    assert not m.Measurement.select().where(m.Measurement.period == "2024").exists()


@pytest.mark.parametrize("period", ["2024-Q9", "năm nay", "0000"])
def test_the_workbook_refuses_impossible_periods(province, tmp_path, period):
    rows = {
        "Kết quả đo": [
            {"Mục tiêu": "MT01", "Kỳ": period, "Ngày số liệu": "31/12/2024", "Giá trị": 5}
        ]
    }
    with pytest.raises(ImportFailed) as failed:
        wbk.import_workbook(fill(tmp_path / "x.xlsx", rows))
    assert ["Kỳ" in str(e) for e in failed.value.errors] == [True]


@pytest.mark.parametrize("value", [math.nan, math.inf, 1e28])
def test_the_dialogs_service_and_measure_refuse_bad_numbers(province, value):
    with pytest.raises(ValidationError):
        entities.save("target", {"code": "MT01", "target_value": value})
    with pytest.raises(ValidationError):
        targets.measure("MT01", period="2024", value=value)
    assert m.Target.get(m.Target.code == "MT01").target_value == 80


def test_the_change_recorder_is_the_last_line(province):
    """Any use case, present or future, that writes through the change log is checked."""
    with pytest.raises(ValidationError, match="Kỳ"), recording("thử") as rec:
        rec.write(
            "measurement",
            {"target": "MT01", "period": "2024-Q9", "value": 1.0, "measured_on": None},
        )
    with pytest.raises(ValidationError), recording("thử") as rec:
        rec.write("milestone", {"target": "MT01", "year": 2030, "value": math.inf})
    assert not m.Milestone.select().where(m.Milestone.year == 2030).exists()
