"""``dxdesk bench`` at a tiny scale: the JSON shape, the honesty checks (each floor computes
what the measured path computes) and the synthetic province. No timing assertions."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dxdesk import bench
from dxdesk.bench import core_entries, summary_entries, synthetic
from dxdesk.bench.timing import BenchMismatch, Entry, Goal, best_of
from dxdesk.cli.commands import bench as bench_command
from dxdesk.cli.main import main
from dxdesk.core.services.summary import summarize
from dxdesk.core.session import Session

KEYS = {"name", "seconds", "floor_seconds", "ratio", "equal", "floor", "goal"}
CORE = [p for p in bench.ENTRY_PROVIDERS if p.run.__qualname__.startswith("_core")]


@pytest.fixture
def core_only(monkeypatch):
    """Only the core providers, plus one whose module is missing (as reports/GUI may be)."""

    def missing(workdir, quick):
        raise bench.ProviderSkipped("thử nghiệm", "chưa có mô-đun dxdesk.khong_co")

    monkeypatch.setattr(bench, "ENTRY_PROVIDERS", [*CORE, bench.Provider("thử nghiệm", missing)])


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    path = tmp_path_factory.mktemp("province") / "province.db"
    counts = synthetic.build_province(path, scale=0.004)
    return path, counts


def test_bench_json_quick(core_only, capsys):
    assert main(["bench", "--json", "--quick"]) == 0
    out = capsys.readouterr()
    entries = json.loads(out.out)
    assert isinstance(entries, list)
    assert [e["name"] for e in entries] == ["bulk load", "summary", "workbook import 50 rows"]
    for e in entries:
        assert set(e) == KEYS
        assert isinstance(e["seconds"], float) and e["seconds"] > 0
        assert isinstance(e["floor_seconds"], float) and e["floor_seconds"] > 0
        assert e["ratio"] == pytest.approx(e["seconds"] / e["floor_seconds"])
        assert len(e["floor"]) > 20  # each entry says what its floor does
        assert e["equal"] == (abs(e["ratio"] - 1) <= 0.10)
    goals = {e["name"]: e["goal"] for e in entries}
    assert goals["bulk load"] is None
    assert goals["summary"]["max_seconds"] == 0.1 and goals["summary"]["max_ratio"] == 1.5
    assert goals["workbook import 50 rows"]["max_seconds"] == 2.0
    assert isinstance(goals["summary"]["met"], bool)
    assert "Bỏ qua thử nghiệm" in out.err  # the missing provider is named, not an error
    assert "▶ tổng hợp" in out.err  # progress on stderr, stdout is pure JSON


def test_bench_human_table(core_only, capsys):
    assert main(["bench", "--quick", "--only", "summary"]) == 0
    out = capsys.readouterr().out
    assert "Thời gian (ms)" in out and "Mức sàn (ms)" in out and "Đạt/không đạt" in out
    assert "Tổng hợp tại 30/06/2025" in out
    assert "≤ 1,5 × sàn; < 100 ms" in out  # decimal comma
    assert "Nạp hàng loạt" not in out  # --only ran the summary alone
    assert "Bỏ qua" not in out  # nor the providers --only did not choose


def test_unknown_only_is_an_error(core_only, capsys):
    assert main(["bench", "--quick", "--only", "không-có-mục-này"]) == 1
    assert "không có mục đo nào" in capsys.readouterr().err


def test_a_floor_that_disagrees_fails_the_bench(core_only, monkeypatch, capsys):
    real = summary_entries.floor_summary

    def off_by_one(con, as_of):
        raw = real(con, as_of)
        state, *rest, n = raw["tasks"][0]
        raw["tasks"][0] = (state, *rest, n + 1)
        return raw

    monkeypatch.setattr(summary_entries, "floor_summary", off_by_one)
    assert main(["bench", "--json", "--quick", "--only", "summary"]) == 1
    err = capsys.readouterr().err
    assert "mức sàn SQL khác số liệu của dxdesk" in err


@pytest.mark.parametrize(
    "day",
    [date(2019, 6, 30), date(2022, 1, 1), synthetic.AS_OF, date(2026, 12, 31), date(2031, 1, 1)],
)
def test_floor_counts_equal_summary_counts(province, day):
    path, _ = province
    counts = summary_entries.check_summary_against_floor(path, day)  # raises BenchMismatch
    if day >= date(2022, 1, 1):
        assert sum(counts["targets.by_band"].values()) > 0
        assert sum(counts["tasks.by_status"].values()) > 0


def test_count_differences_names_what_differs():
    a = {"tasks.by_status": {"done": 3, "dropped": 1}, "conclusions": {}}
    b = {"tasks.by_status": {"done": 4, "dropped": 1}, "conclusions": {}}
    assert summary_entries.count_differences(a, b) == ["tasks.by_status[done]: 3 ≠ 4"]
    with pytest.raises(BenchMismatch):
        summary_entries._compare(a, b, synthetic.AS_OF)


def test_bulk_load_floor_holds_the_same_rows(tmp_path):
    province = synthetic.generate(0.001)
    measured = tmp_path / "a" / "p.db"
    measured.parent.mkdir()
    synthetic.load_province(measured, province)
    floor = tmp_path / "b.db"
    core_entries.floor_load(floor, core_entries._schema(measured), province)
    tables = list(province.counts())
    assert (
        core_entries.table_counts(floor, tables)
        == core_entries.table_counts(measured, tables)
        == province.counts()
    )


def test_synthetic_province_summary_is_consistent(province):
    path, counts = province
    assert counts["measurement"] == counts["target"] * synthetic.MEASUREMENTS_PER_TARGET
    assert counts["task"] == 200 and counts["target"] == 20 and counts["meeting"] == 8
    as_of = synthetic.AS_OF
    with Session(path, daily_backup=False) as session:
        data = summarize(as_of, with_checks=False)
        day = as_of.isoformat()
        (targets,) = session.db.execute_sql(
            "SELECT COUNT(*) FROM target WHERE assigned_on IS NULL OR assigned_on <= ?", (day,)
        ).fetchone()
        (tasks,) = session.db.execute_sql(
            "SELECT COUNT(*) FROM task WHERE assigned_on IS NULL OR assigned_on <= ?", (day,)
        ).fetchone()
    t, k = data["targets"], data["tasks"]
    assert t["total"] == targets == sum(t["by_band"].values())
    assert sum(p["total"] for p in t["by_pillar"]) == targets
    assert sum(s["total"] for s in t["by_source"]) == targets
    assert t["by_status"]["done"] + t["by_status"]["in_progress"] == targets
    assert k["total"] == tasks == sum(k["by_status"].values())
    assert sum(k["by_timeliness"].values()) == tasks - k["by_status"]["dropped"]
    assert sum(s["total"] for s in k["by_source"]) == tasks
    for c in data["conclusions"]:
        assert c["items"] == sum(
            c[s] for s in ("done", "in_progress", "not_started", "not_assigned")
        )


def test_synthetic_province_is_deterministic_and_consistent():
    a, b = synthetic.generate(0.002), synthetic.generate(0.002)
    assert a.tables["task"].rows == b.tables["task"].rows
    assert a.tables["measurement"].rows == b.tables["measurement"].rows
    assert synthetic.generate(0.002, seed=7).tables["task"].rows != a.tables["task"].rows
    statuses = set()
    for row in a.tables["task"].rows:
        task = dict(zip(a.tables["task"].columns, row, strict=True))
        days = [task[k] for k in ("assigned_on", "started_on", "completed_on") if task[k]]
        statuses.add(task["status"])
        if task["status"] != "dropped":
            assert days == sorted(days), task
        if task["status"] == "done":
            assert task["completed_on"]
        if task["status"] == "not_started":
            assert not task["started_on"] and not task["completed_on"]
    assert statuses == {"not_started", "in_progress", "done", "dropped"}
    periods = [r[2] for r in a.tables["measurement"].rows if r[1] == 1]
    assert len(periods) == len(set(periods)) == synthetic.MEASUREMENTS_PER_TARGET


def test_workbook_batch_references_only_what_it_carries():
    batch = core_entries.workbook_batch(30)
    assert len(batch["task"]) == 30
    agencies = {a["code"] for a in batch["agency"]}
    pillars = {p["code"] for p in batch["pillar"]}
    for task in batch["task"]:
        assert task["lead_agency"] in agencies | {None}
        assert set(task["coordinators"]) <= agencies
        assert task["pillar"] in pillars | {None}
    assert all(a["parent"] in agencies | {None} for a in batch["agency"])


def test_best_of_and_entries():
    calls = []
    seconds, result = best_of(lambda: calls.append(1) or len(calls), repeat=3)
    assert len(calls) == 4 and result == 4 and seconds >= 0  # one warm-up, not counted
    entry = Entry.measured("x", 0.05, 0.04, Goal(max_seconds=0.1, max_ratio=1.5))
    assert entry.ratio == pytest.approx(1.25) and entry.met is True
    assert Entry.measured("x", 0.2, 0.04, Goal(max_seconds=0.1)).met is False
    assert Entry.from_mapping(
        {"name": "gui", "seconds": None, "floor_seconds": None, "ratio": 0.5, "goal": "≤ 300 MB"}
    ).as_dict()["goal"]["text"] == ("≤ 300 MB")


def test_ratios_within_ten_percent_of_one_are_reported_equal(core_only, capsys):
    assert Entry.measured("x", 1.05, 1.0).equal is True
    assert Entry.measured("x", 0.91, 1.0).equal is True
    assert Entry.measured("x", 1.2, 1.0).equal is False
    assert Entry("x", None, None, None).equal is None
    same = Entry.measured("y", 1.04, 1.0, floor="sàn thử")
    lines = bench_command.table_lines([same], quick=True)
    assert any("bằng (1,04)" in line for line in lines)
    assert any("sàn thử" in line for line in lines)  # the floor's description is printed


def test_the_merge_entries_state_their_cost_per_change(tmp_path):
    from dxdesk.bench.merge_entries import SIZES, bench_merge

    assert SIZES == (1_000, 10_000, 100_000)
    (entry,) = bench_merge(tmp_path, quick=True)
    assert entry.name == "merge 1000" and entry.seconds > 0
    assert "µs/thay đổi" in entry.label
