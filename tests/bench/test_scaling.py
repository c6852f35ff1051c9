"""``dxdesk bench --scale``: the cost per record at each scale (the shape only: no timing is
asserted), and a bad scale list refused with one sentence."""

from __future__ import annotations

import json

from dxdesk.bench import scaling
from dxdesk.cli.main import main


def test_scale_reports_every_path_at_every_scale(capsys):
    assert main(["bench", "--scale", "0.001,0.002", "--no-window", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    names = [
        "bulk load",
        "summary",
        "workbook import 1,000 rows",
        "workbook import 50,000 rows",
        "export",
        "brief 2,000-task appendix",
    ]
    assert [r["name"] for r in rows] == names * 2
    assert [r["scale"] for r in rows] == [0.001] * 6 + [0.002] * 6
    for first, second in zip(rows[:6], rows[6:], strict=True):
        assert first["growth"] == 1.0 and second["growth"] > 0
        assert second["records"] > first["records"] > 0  # twice the register, more records
        assert second["per_record_us"] > 0
    imports = [r for r in rows if r["name"].startswith("workbook import")]
    assert all(r["ratio"] > 0 for r in imports)  # beside openpyxl's read-only read


def test_the_table_says_whether_growth_is_linear():
    rows = [
        scaling.ScaleRow("summary", "Tổng hợp", 1, 100, 0.1),
        scaling.ScaleRow("summary", "Tổng hợp", 4, 400, 0.6),
    ]
    lines = scaling.table_lines(rows)
    assert any("1,50 (không đạt)" in line for line in lines)  # 1,5 × the cost per record


def test_a_bad_scale_list_is_one_sentence(capsys):
    assert main(["bench", "--scale", "1,x"]) == 1
    err = capsys.readouterr().err
    assert "--scale “1,x” không hợp lệ" in err and "Traceback" not in err


def test_scale_only_runs_the_chosen_paths(capsys):
    assert (
        main(["bench", "--scale", "0.001", "--only", "summary", "--only", "brief", "--json"]) == 0
    )
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == [
        "summary",
        "brief 2,000-task appendix",
    ]
