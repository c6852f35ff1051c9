"""Targets judged from an index rank ("top 30 DTI", "nhóm trung bình khá"): the one rule at its
edges, then through the register (bands, summary JSON, target show, brief, workbook, migration)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from dxdesk.cli.main import main
from dxdesk.core.demo import load_quang_ngai
from dxdesk.core.domain.rank_goal import PublishedRank, RankGoal, judge, latest_rank, percent_of
from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.services import entities
from dxdesk.core.services.entities import FieldError
from dxdesk.core.services.series import target_trajectory
from dxdesk.core.services.summary import summarize
from dxdesk.core.services.units import target_units
from dxdesk.core.session import Session
from dxdesk.core.storage import migrations
from tests.core.test_committee import v5_register

TOP_30_OF_63 = RankGoal(goal=30, goal_of=63)


# --- the rule ------------------------------------------------------------------------------


def test_a_tie_at_the_goal_meets_it_and_one_place_below_does_not():
    assert judge(RankGoal(goal=30), PublishedRank(2023, 30, 63)).met  # tied 30th: still 30th
    assert not judge(RankGoal(goal=30), PublishedRank(2023, 31, 63)).met


def test_no_rank_yet_is_no_data_not_a_failure():
    assert judge(TOP_30_OF_63, None) is None and percent_of(None) is None
    assert latest_rank([PublishedRank(2024, 20, 63)], 2023) is None  # 2024's is not yet due


def test_the_latest_rank_not_after_the_as_of_year_is_used():
    ranks = [PublishedRank(2021, 60, 63), PublishedRank(2023, 21, 63), PublishedRank(2022, 26)]
    assert latest_rank(ranks, 2023).rank == 21 and latest_rank(ranks, 2022).rank == 26


def test_of_n_changes_across_2025_and_a_goal_set_of_63_is_scaled_to_34():
    # a rank printed without its N: 63 before 2025, 34 from 2025
    assert judge(RankGoal(goal=30), PublishedRank(2024, 30)).of == 63
    assert judge(RankGoal(goal=30), PublishedRank(2025, 30)).of == 34
    # top 30 of 63 is top 16 of 34 (30 × 34 ÷ 63 = 16,19, rounded down)
    assert judge(TOP_30_OF_63, PublishedRank(2024, 30, 63)).met
    assert judge(TOP_30_OF_63, PublishedRank(2025, 16, 34)).limit == 16
    assert judge(TOP_30_OF_63, PublishedRank(2025, 16, 34)).met
    assert not judge(TOP_30_OF_63, PublishedRank(2025, 17, 34)).met
    # a goal without its N is compared as written
    assert judge(RankGoal(goal=30), PublishedRank(2025, 17, 34)).met


def test_named_groups_are_shares_of_n_rounded_down():
    fair_good = RankGoal(group="trung_binh_kha")
    assert judge(fair_good, PublishedRank(2023, 31, 63)).met
    assert not judge(fair_good, PublishedRank(2023, 32, 63)).met
    assert judge(fair_good, PublishedRank(2025, 17, 34)).limit == 17
    assert judge(RankGoal(group="kha"), PublishedRank(2023, 21, 63)).limit == 21
    assert judge(RankGoal(group="trung_binh"), PublishedRank(2025, 1, 34)).limit == 22


def test_a_rank_goal_maps_to_the_bands_as_met_or_not():
    assert percent_of(judge(TOP_30_OF_63, PublishedRank(2023, 12, 63))) == 100.0
    assert percent_of(judge(TOP_30_OF_63, PublishedRank(2023, 31, 63))) == 0.0


# --- through the register ------------------------------------------------------------------


def _rank_target(goal: float | None = 30, **rank_goal) -> None:
    entities.save(
        "target",
        {
            "code": "XH",
            "text": "DTI top 30",
            "unit": "thứ hạng",
            "direction": "giam",
            "kind": "so_lieu",
            "target_value": goal,
        },
    )
    entities.save("target_rank_goal", {"target": "XH", "family": "DTI", **rank_goal})


def _rank(year: int, rank: int, of: int | None = None) -> None:
    entities.save("index_score", {"family": "DTI", "year": year, "rank": rank, "rank_of": of})


def test_without_a_rank_the_target_has_no_data_then_the_rank_judges_it(
    session, register_target, capsys
):
    _rank_target(goal_of=63)
    as_of = date(2024, 12, 31)
    assert summarize(as_of)["targets"]["by_band"]["no_data"] == 1
    _rank(2023, 31, 63)
    _rank(2024, 30, 63)  # tied 30th
    data = summarize(as_of)
    assert data["targets"]["by_band"]["completed"] == 1
    [entry] = data["targets"]["rank_goals"]
    assert entry["rank_used"] == {"year": 2024, "rank": 30, "of": 63}
    assert (entry["met"], entry["band"], entry["goal"]["text"]) == (True, "completed", "top 30/63")
    assert summarize(date(2023, 12, 31))["targets"]["by_band"]["below_50"] == 1  # 31st
    assert (
        main(
            [
                "--db",
                str(register_target),
                "target",
                "show",
                "XH",
                "--as-of",
                "31/12/2024",
                "--json",
            ]
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)["rank_goal"]
    assert shown["rank_used"]["rank"] == 30 and shown["limit"] == 30
    trajectory = target_trajectory("XH", as_of)
    assert [p.value for p in trajectory.measurements] == [31.0, 30.0]
    assert trajectory.band == "completed"


def test_a_2023_goal_is_judged_against_34_provinces_in_2025(session):
    _rank_target(goal_of=63)
    _rank(2025, 17)  # N not printed: 34 from 2025
    entry = summarize(date(2025, 12, 31))["targets"]["rank_goals"][0]
    assert (entry["rank_used"]["of"], entry["limit"], entry["met"]) == (34, 16, False)


def test_a_goal_of_fewer_than_two_is_refused(session):
    entities.save("target", {"code": "XH", "text": "x", "direction": "giam", "kind": "so_lieu"})
    with pytest.raises(FieldError):
        entities.save("target_rank_goal", {"target": "XH", "family": "DTI", "goal_of": 0})


def test_the_quang_ngai_demo_judges_qn01_from_its_dti_rank(tmp_path):
    with Session(tmp_path / "qn.db", who="kiểm thử"):
        load_quang_ngai()
        entry = summarize(date(2023, 12, 31))["targets"]["rank_goals"][0]
        assert entry["code"] == "QN01" and entry["goal"]["group"] == "trung_binh_kha"
        assert (entry["rank_used"]["rank"], entry["limit"], entry["met"]) == (21, 31, True)
        early = target_units("QN01", date(2021, 12, 31))["rank_goal"]
        assert (early["rank_used"]["rank"], early["met"]) == (60, False)


def test_the_brief_says_what_the_rank_goal_came_to(tmp_path):
    from dxdesk.core.reports.brief_doc import _targets_section
    from dxdesk.core.reports.pdf.brief_data import brief_data

    with Session(tmp_path / "qn.db", who="kiểm thử"):
        load_quang_ngai()
        meeting = {"code": "HN", "title": "Hội nghị tổng kết năm 2023", "kind": "tong_ket"}
        entities.save("meeting", {**meeting, "meeting_date": date(2023, 12, 29)})
        data = brief_data(date(2023, 12, 31))
    texts = [getattr(b, "content", "") for b in _targets_section(data)]
    assert any(
        "Mục tiêu QN01 (DTI, nhóm trung bình khá" in str(t) and "21/63, đạt" in str(t)
        for t in texts
    )
    [qn01] = [t for t in data.targets if t.code == "QN01"]
    assert (qn01.rank_goal, qn01.rank_used) == ("DTI top 31/63", "21/63 (2023)")


def test_a_rank_goal_of_an_unknown_family_is_refused_at_import(tmp_path):
    import openpyxl

    with Session(tmp_path / "qn.db", who="kiểm thử"):
        load_quang_ngai()
        path = wbk.export_workbook(tmp_path / "x.xlsx")
        wb = openpyxl.load_workbook(path)
        wb["Mục tiêu xếp hạng"].cell(row=2, column=2, value="DTX")
        wb.save(path)
        with pytest.raises(ImportFailed) as caught:
            wbk.import_workbook(path)
    assert any("DTX" in e.message for e in caught.value.errors)


def test_a_v5_register_gains_rank_goals_and_keeps_its_bands(tmp_path):
    path = v5_register(tmp_path / "v5.db")
    with Session(path, daily_backup=False):
        bands = summarize(date(2023, 12, 19))["targets"]["by_band"]
        assert [bands[k] for k in ("completed", "above_70", "from_50_to_70", "below_50")] == [
            20,
            3,
            3,
            4,
        ]
        assert summarize(date(2023, 12, 19))["targets"]["rank_goals"] == []
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        columns = {r[1] for r in con.execute("PRAGMA table_info(target_rank_goal)")}
    assert {"target_id", "family_id", "unit_id", "rank_group", "goal_of"} <= columns
