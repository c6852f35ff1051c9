"""The Lào Cai 2023 demo reproduces the province's published figures, through the CLI."""

import json

import pytest

from dxdesk.cli.main import main


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = str(tmp_path / "laocai.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    return db


def summary(db, capsys, as_of):
    assert main(["--db", db, "summary", "--as-of", as_of, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_year_end_figures_match_the_published_report(demo_db, capsys):
    data = summary(demo_db, capsys, "2023-12-19")
    t, k = data["targets"], data["tasks"]
    assert data["as_of"] == "2023-12-19"
    assert t["total"] == 30
    assert [t["by_band"][b] for b in ("completed", "above_70", "from_50_to_70", "below_50")] == [
        20,
        3,
        3,
        4,
    ]
    assert t["by_band"]["no_data"] == 0
    assert t["by_status"] == {"done": 20, "in_progress": 10}
    by_source = {s["label"]: s["total"] for s in t["by_source"]}
    assert sorted(by_source.values()) == [7, 23]
    assert any("09-KH/BCĐCĐS" in label for label, n in by_source.items() if n == 23)
    assert k["total"] == 75
    assert k["by_status"] == {"not_started": 6, "in_progress": 19, "done": 50, "dropped": 0}
    docs = {s["label"]: s["total"] for s in k["by_source"] if s["kind"] == "document"}
    assert sorted(docs.values()) == [22, 23]
    assert sum(s["total"] for s in k["by_source"] if s["kind"] == "meeting") == 30
    assert sum(k["by_timeliness"].values()) == 75
    assert data["figure_checks"] == []


def test_earlier_dates_give_the_smaller_figures_of_that_moment(demo_db, capsys):
    june = summary(demo_db, capsys, "30/06/2023")
    year_end = summary(demo_db, capsys, "19/12/2023")
    assert june["tasks"]["total"] < year_end["tasks"]["total"]
    assert june["tasks"]["by_status"]["done"] < year_end["tasks"]["by_status"]["done"]
    assert june["targets"]["total"] == 23  # the 7 targets came at the quý II meeting (July)
    before_plan = summary(demo_db, capsys, "01/03/2023")
    assert before_plan["targets"]["total"] == 0 and before_plan["tasks"]["total"] == 0


def test_check_passes_on_the_demo(demo_db, capsys):
    assert main(["--db", demo_db, "check"]) == 0
    assert "tất cả khớp" in capsys.readouterr().out


def test_human_summary_speaks_vietnamese_numbers(demo_db, capsys):
    assert main(["--db", demo_db, "summary", "--as-of", "19/12/2023"]) == 0
    out = capsys.readouterr().out
    assert "Hoàn thành và vượt kế hoạch giao: 20/30 (66,7 %)" in out
    assert "TỔNG HỢP ĐẾN NGÀY 19/12/2023" in out


def test_a_wrong_date_is_one_vietnamese_sentence(demo_db, capsys):
    assert main(["--db", demo_db, "summary", "--as-of", "19-12"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Ngày “19-12” không hợp lệ") and "Traceback" not in err
    # a well-written date the calendar lacks is said not to exist, not to be badly written
    assert main(["--db", demo_db, "summary", "--as-of", "31/02/2023"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "Lỗi: Ngày 31/02/2023 không có thật: tháng 02/2023 chỉ có 28 ngày."


def test_demo_refuses_to_overwrite_a_register_with_data(demo_db, capsys):
    assert main(["--db", demo_db, "demo"]) == 1
    assert "--force" in capsys.readouterr().err


def test_task_update_and_measure_change_the_summary(demo_db, capsys):
    before = summary(demo_db, capsys, "2023-12-19")["tasks"]["by_status"]
    not_started = next(iter(_codes_with_status(demo_db, "not_started")))
    assert (
        main(
            [
                "--db",
                demo_db,
                "task",
                "update",
                not_started,
                "--status",
                "done",
                "--done-on",
                "18/12/2023",
                "--note",
                "Đã hoàn thành",
            ]
        )
        == 0
    )
    assert "Đã cập nhật nhiệm vụ" in capsys.readouterr().out
    after = summary(demo_db, capsys, "2023-12-19")["tasks"]["by_status"]
    assert (after["done"], after["not_started"]) == (before["done"] + 1, before["not_started"] - 1)
    assert (
        main(
            ["--db", demo_db, "target", "measure", "MT01", "--period", "2023-Q4", "--value", "abc"]
        )
        == 1
    )
    assert "không phải là số" in capsys.readouterr().err


def _codes_with_status(db, status):
    from dxdesk.core.session import Session
    from dxdesk.core.storage import models as m

    with Session(db, daily_backup=False):
        return [t.code for t in m.Task.select().where(m.Task.status == status)]
