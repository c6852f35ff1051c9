"""``dxdesk attention``: the same groups as the window's "Cần xử lý", for people and scripts."""

from __future__ import annotations

import json

from dxdesk.cli.main import main
from tests.gui.sample import load_sample


def test_attention_lists_each_group_with_its_count(session, register_target, capsys):
    load_sample()
    db = str(register_target)  # a file, or a database on the test server
    session.close()
    assert main(["--db", db, "attention", "--as-of", "19/12/2023", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2023-12-19"
    assert data["counts"] == {
        "overdue": 2,
        "due_soon": 0,
        "not_assigned": 1,
        "unmeasured": 1,
        "conflicts": 0,
    }
    assert [r["key"] for r in data["groups"]["overdue"]] == ["NV02", "NV03"]
    assert main(["--db", db, "attention", "--as-of", "19/12/2023"]) == 0
    out = capsys.readouterr().out
    assert "Cần xử lý tính đến ngày 19/12/2023: 4 việc" in out
    assert "Nhiệm vụ quá hạn: 2" in out
    assert "NV02  Phát triển du lịch thông minh Đà Nẵng — Sở Du lịch Đà Nẵng" in out
    assert "(hạn 30/09/2023, quá 80 ngày)" in out
    assert "MT02  Xếp hạng chỉ số DTI — Sở Thông tin và Truyền thông" in out
    assert "chưa có kết quả quý III/2023; gần nhất: chưa có kết quả nào" in out
    assert "KL01  Xây dựng kho dữ liệu dùng chung của tỉnh" in out
    assert "(kết luận ngày 14/07/2023, hạn 31/12/2023)" in out
