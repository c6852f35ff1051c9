"""Published figure keys: defined once, documented, refused when unknown, checked against
their own denominator, counted as figures and named in Vietnamese (docs/figures.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from dxdesk.cli.main import main
from dxdesk.core.domain import figure_keys
from dxdesk.core.errors import ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.services import entities
from dxdesk.core.services.figures import check_figures
from dxdesk.core.services.summary import summarize
from tests.core.test_workbook import PROVINCE, fill

AS_OF = date(2023, 12, 19)


def _figure(code: str, metric: str, **fields) -> None:
    entities.save("figure", {"code": code, "metric": metric, "as_of": AS_OF, **fields})


def test_docs_list_every_key():
    doc = (Path(__file__).parents[2] / "docs" / "figures.md").read_text(encoding="utf-8")
    generated = doc.split("<!-- BEGIN generated", 1)[1].split("-->\n", 1)[1]
    assert generated.split("<!-- END generated -->")[0] == figure_keys.markdown_table()


def test_every_key_has_a_vietnamese_name(demo_session):
    summary = summarize(AS_OF, with_checks=False)
    for p in figure_keys.PATTERNS:
        key = p.example
        label = figure_keys.resolve(key, summary, lambda t, u: None).label
        assert key not in label and "." not in label.replace("…", ""), (key, label)


def test_a_pillars_share_is_judged_against_the_pillar(demo_session):
    pillar = next(
        p for p in summarize(AS_OF, with_checks=False)["targets"]["by_pillar"] if p["code"]
    )
    done, total = pillar["completed"], pillar["total"]
    right = round(done * 100 / total)
    _figure(
        "P-OK",
        f"targets.pillar.{pillar['code']}.completed",
        value=done,
        denominator=total,
        percent=right,
        percent_places=0,
    )
    _figure(
        "P-BAD",
        f"targets.pillar.{pillar['code']}.completed",
        value=done,
        denominator=total,
        percent=right + 10,
        percent_places=0,
    )
    bad = [c for c in check_figures() if c.code.startswith("P-")]
    assert [c.code for c in bad] == ["P-BAD"]
    assert f"trụ cột {pillar['label']}" in bad[0].message
    assert f"{done}/{total} là" in bad[0].message


def test_a_figure_wrong_three_ways_is_one_mismatch(demo_session, capsys):
    before = len(check_figures())
    _figure("X1", "targets.by_band.completed", value=7, denominator=20, percent=40)
    checks = check_figures()
    assert len(checks) == before + 1
    [mine] = [c for c in checks if c.code == "X1"]
    assert len(mine.problems) >= 2 and mine.label == "Số mục tiêu hoàn thành và vượt kế hoạch giao"


def test_an_unknown_key_is_refused_at_import(session, tmp_path):
    rows = dict(
        PROVINCE,
        **{
            "Số liệu đã công bố": [
                {
                    "Mã": "F1",
                    "Chỉ số": "targets.by_band.done_well",
                    "Tính đến ngày": "31/12/2023",
                    "Giá trị": 1,
                },
                {
                    "Mã": "F2",
                    "Chỉ số": "targets.pillar.KHONG_CO.completed",
                    "Tính đến ngày": "31/12/2023",
                    "Giá trị": 1,
                },
                {
                    "Mã": "F3",
                    "Chỉ số": "targets.pillar.CQS.completed",
                    "Tính đến ngày": "31/12/2023",
                    "Giá trị": 1,
                },
            ]
        },
    )
    with pytest.raises(ImportFailed) as caught:
        wbk.import_workbook(fill(tmp_path / "a.xlsx", rows))
    messages = {e.row: e.message for e in caught.value.errors}
    assert set(messages) == {2, 3}
    assert "không có" in messages[2] and "KHONG_CO" in messages[3]


def test_the_template_lists_the_keys(tmp_path):
    path = wbk.write_template(tmp_path / "mau.xlsx", agencies=[])
    wb = openpyxl.load_workbook(path)
    guide = "\n".join(str(c.value) for c in wb["Hướng dẫn"]["A"] if c.value)
    assert "targets.pillar.<TRỤ_CỘT>.<MỨC>" in guide
    ws = wb["Số liệu đã công bố"]
    assert any("DS_figure_key" in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)


def test_check_counts_figures(demo_session, capsys, tmp_path):
    _figure("X1", "targets.by_band.completed", value=7, denominator=20, percent=40)
    n = len(check_figures())
    demo_session.close()
    assert main(["--db", demo_session.target, "check"]) == 1
    assert f": {n} số liệu sai lệch." in capsys.readouterr().out
