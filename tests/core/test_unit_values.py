"""One value per unit: a measurement is keyed by target, period and reporting unit, and each
target states how the units' values roll up (docs/units.md)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from dxdesk.cli.main import main
from dxdesk.core.domain.rollup import COUNT_REACHED, MEAN, SINGLE, SUM, roll_up
from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.services import entities
from dxdesk.core.services.summary import summarize
from dxdesk.core.services.targets import measure
from dxdesk.core.services.units import target_units
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from tests.core.test_committee import v5_register
from tests.core.test_workbook import PROVINCE, fill

END_2023 = date(2023, 12, 31)


# -- the rule, at its edges ---------------------------------------------------------------------
def test_no_unit_value_rolls_up_to_nothing_not_zero():
    for rule in (SUM, MEAN, COUNT_REACHED):
        assert roll_up(rule, [], unit_goal=1).value is None


def test_sum_and_mean():
    assert roll_up(SUM, [10, 20.5]).value == 30.5
    assert roll_up(MEAN, [10, 20, 60]).value == 30
    assert roll_up(MEAN, [7]).value == 7


def test_a_unit_exactly_at_the_unit_goal_has_reached_it():
    result = roll_up(COUNT_REACHED, [90, 89.99, 95, 90.0], unit_goal=90)
    assert (result.value, result.reached, result.units) == (3, 3, 4)


def test_lower_is_better_counts_units_at_or_below_the_goal():
    result = roll_up(COUNT_REACHED, [3, 5, 5.01], unit_goal=5, lower_is_better=True)
    assert (result.reached, result.units) == (2, 3)


def test_count_without_a_unit_goal_and_single_give_no_value():
    assert roll_up(COUNT_REACHED, [1, 2]).value is None
    assert roll_up(SINGLE, [1, 2]).value is None


# -- the register ---------------------------------------------------------------------------------
def _communes(n: int) -> None:
    for i in range(1, n + 1):
        entities.save("agency", {"code": f"XA{i:02d}", "name": f"UBND xã {i}", "kind": "xa"})


def _target(code: str, **fields) -> None:
    entities.save(
        "target",
        {
            "code": code,
            "text": f"Mục tiêu {code}",
            "direction": "tang",
            "kind": "so_lieu",
            "target_value": 20,
            **fields,
        },
    )


def test_two_units_values_for_one_period_are_both_kept(session):
    _communes(2)
    _target("MT01", rollup="sum")
    measure("MT01", period="2023", value=12, unit="XA01", today=END_2023)
    measure("MT01", period="2023", value=5, unit="XA02", today=END_2023)
    measure("MT01", period="2023", value=7, today=END_2023)  # the committee's own figure
    assert m.Measurement.select().count() == 3
    data = target_units("MT01", END_2023)
    [period] = data["periods"]
    assert [(u["unit"], u["value"]) for u in period["units"]] == [("XA01", 12), ("XA02", 5)]
    assert period["committee_value"] == 7 and period["value"] == 17  # the rule decides
    measure("MT01", period="2023", value=6, unit="XA02", today=END_2023)  # a correction
    assert target_units("MT01", END_2023)["latest"]["value"] == 18


def test_n_of_n_units_reached_judges_the_target(session):
    _communes(12)
    _target("MT02", rollup="count_reached", unit_goal=90, target_value=10)
    for i in range(1, 13):
        measure(
            "MT02", period="2023", value=95 if i <= 11 else 80, unit=f"XA{i:02d}", today=END_2023
        )
    data = summarize(END_2023, with_checks=False)
    assert data["targets"]["by_band"]["completed"] == 1  # 11 units reached ≥ 10 asked
    [rolled] = data["targets"]["rolled_up"]
    assert rolled == {
        "code": "MT02",
        "rule": "count_reached",
        "period": "2023",
        "value": 11.0,
        "units": 12,
        "reached": 11,
    }


def test_a_units_own_kpi_does_not_enter_the_bands(session):
    _communes(1)
    _target("MT03")  # single: the committee's value judges it
    measure("MT03", period="2023", value=92.5, unit="XA01", today=END_2023)
    data = summarize(END_2023, with_checks=False)
    assert data["targets"]["by_band"]["no_data"] == 1 and data["targets"]["rolled_up"] == []
    unit = target_units("MT03", END_2023)["periods"][0]["units"][0]
    assert unit["value"] == 92.5 and unit["unit"] == "XA01"


def test_a_v5_register_keeps_its_values_as_the_committees(tmp_path):
    path = v5_register(tmp_path / "v5.db")
    with sqlite3.connect(path) as con:
        before = con.execute("SELECT COUNT(*) FROM measurement").fetchone()[0]
    with Session(path, daily_backup=False):
        assert m.Measurement.select().count() == before
        assert m.Measurement.select().where(m.Measurement.unit.is_null()).count() == before
        assert {t.rollup for t in m.Target.select()} == {"single"}
        bands = summarize(date(2023, 12, 19), with_checks=False)["targets"]["by_band"]
    assert [bands[k] for k in ("completed", "above_70", "from_50_to_70", "below_50")] == [
        20,
        3,
        3,
        4,
    ]


def test_the_workbook_takes_two_units_and_refuses_a_repeated_row(session, tmp_path):
    rows = {k: list(v) for k, v in PROVINCE.items()}
    rows["Cơ quan"] = [
        *rows["Cơ quan"],
        {"Mã": "XA01", "Tên": "UBND xã A", "Loại": "xa"},
        {"Mã": "XA02", "Tên": "UBND xã B", "Loại": "xa"},
    ]
    rows["Mục tiêu"] = [
        {**rows["Mục tiêu"][0], "Cách tổng hợp": "Trung bình các đơn vị"},
        *rows["Mục tiêu"][1:],
    ]
    unit_rows = [
        {"Mục tiêu": "MT01", "Kỳ": "2023", "Ngày số liệu": "31/12/2023", "Giá trị": v, "Đơn vị": u}
        for u, v in (("XA01", "60"), ("XA02", "70,5"))
    ]
    rows["Kết quả đo"] = [*rows["Kết quả đo"], *unit_rows]
    wbk.import_workbook(fill(tmp_path / "a.xlsx", rows))
    assert target_units("MT01", END_2023)["latest"]["value"] == 65.25
    again = dict(rows, **{"Kết quả đo": [*rows["Kết quả đo"], unit_rows[1]]})
    with pytest.raises(ImportFailed) as caught:
        wbk.import_workbook(fill(tmp_path / "b.xlsx", again))
    assert any("Đã có dòng" in e.message for e in caught.value.errors)
    path = wbk.export_workbook(tmp_path / "xuat.xlsx")
    with Session(tmp_path / "copy.db"):
        wbk.import_workbook(path)
        assert target_units("MT01", END_2023)["latest"]["value"] == 65.25


def test_cli_target_show_json(tmp_path, capsys):
    db = str(tmp_path / "so.db")
    with Session(db):
        _communes(2)
        _target("MT01", rollup="sum")
    assert (
        main(
            [
                "--db",
                db,
                "target",
                "measure",
                "MT01",
                "--period",
                "2023",
                "--value",
                "3",
                "--unit",
                "XA01",
                "--on",
                "31/12/2023",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                db,
                "target",
                "measure",
                "MT01",
                "--period",
                "2023",
                "--value",
                "4,5",
                "--unit",
                "XA02",
                "--on",
                "31/12/2023",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", db, "target", "show", "MT01", "--as-of", "31/12/2023", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["latest"] == {
        "period": "2023",
        "value": 7.5,
        "rolled_up": {"value": 7.5, "units": 2, "reached": None},
    }
    assert [u["unit"] for u in data["periods"][0]["units"]] == ["XA01", "XA02"]
