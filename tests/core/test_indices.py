"""Index families, scores and ranks per year, members answering for components, and the
Quảng Ngãi demo built from seed 004 (docs/indices.md)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dxdesk.cli.main import main
from dxdesk.core.demo import load_quang_ngai
from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.services import entities
from dxdesk.core.services.figures import check_figures
from dxdesk.core.services.indices import family_view, member_view, structure
from dxdesk.core.services.summary import summarize
from dxdesk.core.services.units import target_units
from dxdesk.core.session import Session
from dxdesk.core.storage import index_models as im
from tests.core.test_committee import v5_register
from tests.core.test_workbook import cells

END_2023 = date(2023, 12, 31)


@pytest.fixture
def quang_ngai(tmp_path):
    s = Session(tmp_path / "qn.db", who="kiểm thử")
    load_quang_ngai()
    yield s
    s.close()


def test_a_new_register_ships_the_dti_structure_of_qd_922(session):
    main_indices = structure("DTI", "QĐ 922/QĐ-BTTTT (2022)")
    assert len(main_indices) == 9
    assert sum(c["max_points"] for c in main_indices) == 1000
    assert {c["name"]: c["max_points"] for c in main_indices}["Hoạt động chính quyền số"] == 200
    assert {f.code for f in im.IndexFamily.select()} >= {"DTI", "ICT", "PAR", "SIPAS", "PCI"}


def test_a_v5_register_gains_the_index_tables(tmp_path):
    with Session(v5_register(tmp_path / "v5.db"), daily_backup=False):
        assert len(structure("DTI")) == 9 and im.IndexScore.select().count() == 0


def test_the_demo_has_published_ranks_and_members_on_components(quang_ngai):
    view = family_view("DTI")
    ranks = {e["year"]: (e["rank"], e["of"]) for e in view["overall"]}
    assert ranks == {2021: (60, 63), 2022: (26, 63), 2023: (21, 63)}
    pillars_2022 = {
        e["component"]: e["rank"]
        for e in view["components"]
        if e["year"] == 2022 and e["rank"] is not None
    }
    assert pillars_2022 == {"TC.CQS": 17, "TC.KTS": 17, "TC.XHS": 15}
    assigned = [
        c["component"] for a in im.IndexAssignment.select() for c in [{"component": a.component}]
    ]
    assert sorted(assigned) == [f"CS{i}" for i in range(1, 10)]  # one member per main index
    tv03 = member_view("TV03")
    assert [c["component"] for c in tv03["components"]] == ["CS3"]
    assert [e["year"] for e in tv03["components"][0]["history"]] == [2022, 2023]


def test_the_demo_rolls_up_twelve_communes(quang_ngai):
    qn02 = target_units("QN02", END_2023)
    assert len(qn02["periods"][-1]["units"]) == 12
    assert qn02["latest"]["rolled_up"] == {"value": 8, "units": 12, "reached": 8}
    assert target_units("QN03", END_2023)["latest"]["value"] == 185
    data = summarize(END_2023)
    bands = data["targets"]["by_band"]
    assert (bands["completed"], bands["above_70"]) == (1, 2)  # rank 21 ≤ 32; 8/10; 185/200
    assert [(e["year"], e["rank"]) for e in data["indices"]] == [(2021, 60), (2022, 26), (2023, 21)]
    assert data["figure_checks"] == []


def test_a_wrong_published_rank_is_flagged(quang_ngai):
    entities.save(
        "figure",
        {
            "code": "SAI",
            "metric": "indices.DTI.2022.rank",
            "as_of": END_2023,
            "value": 25,
            "denominator": 63,
        },
    )
    [bad] = check_figures()
    assert bad.code == "SAI" and "Thứ hạng DTI năm 2022" in bad.message


def test_export_import_export_gives_identical_cells(quang_ngai, tmp_path):
    first = wbk.export_workbook(tmp_path / "1.xlsx")
    with Session(tmp_path / "copy.db"):
        wbk.import_workbook(first)
        second = wbk.export_workbook(tmp_path / "2.xlsx")
    assert cells(first) == cells(second)
    assert cells(first)["Ban Chỉ đạo"][1][0] == "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi"


def test_the_lao_cai_demo_round_trips_too(demo_session, tmp_path):
    first = wbk.export_workbook(tmp_path / "1.xlsx")
    with Session(tmp_path / "copy.db"):
        wbk.import_workbook(first)
        second = wbk.export_workbook(tmp_path / "2.xlsx")
    assert cells(first) == cells(second)


def test_a_score_of_an_unknown_family_is_refused(quang_ngai, tmp_path):
    path = wbk.export_workbook(tmp_path / "x.xlsx")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["Điểm chỉ số"]
    ws.cell(row=2, column=1, value="DTX")
    wb.save(path)
    with pytest.raises(ImportFailed) as caught:
        wbk.import_workbook(path)
    assert any("DTX" in e.message for e in caught.value.errors)


def test_cli_index_show_and_demo(tmp_path, capsys):
    db = str(tmp_path / "qn.db")
    assert main(["--db", db, "demo", "--province", "quang-ngai"]) == 0
    assert "minh họa" in capsys.readouterr().out
    assert main(["--db", db, "index", "show", "--family", "DTI", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"][-1]["rank"] == 21
    assert main(["--db", db, "index", "member", "TV03"]) == 0
    assert "CS3 Hạ tầng số" in capsys.readouterr().out
