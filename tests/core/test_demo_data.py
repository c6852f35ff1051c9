"""The Lào Cai 2023 demo batch, checked record by record with the pure rules (no database),
then loaded once into a temporary register.

At 19/12/2023 (the year-end meeting) the province published: 30 targets = 23 from Kế hoạch
09-KH/BCĐCĐS (10/03/2023) + 7 added at the quý II/2023 meeting, in bands 20 / 3 / 3 / 4;
75 tasks = 23 (09-KH/BCĐCĐS) + 22 (13-KH/BCĐCĐS, 27/04/2023) + 30 (quarterly meetings), of
which 50 done, 19 in progress, 6 not started.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from datetime import date
from itertools import pairwise

import pytest

from dxdesk.core.demo import build_batch, load_demo
from dxdesk.core.domain import rules
from dxdesk.core.domain.docnumber import parse_document_number
from dxdesk.core.domain.enums import (
    Band,
    Direction,
    DocumentStyle,
    MeetingKind,
    TargetKind,
    TaskStatus,
    Timeliness,
)
from dxdesk.core.domain.formats import percent_of, period_end, round_half_up
from dxdesk.core.storage.records import LOAD_ORDER, REF, REFS, SPECS

YEAR_END = date(2023, 12, 19)
SEPTEMBER = date(2023, 9, 30)
JUNE = date(2023, 6, 30)
CUT_OFF = date(2023, 12, 15)  # the year-end figures had to be reported by this day
BANDS = (Band.COMPLETED, Band.ABOVE_70, Band.FROM_50_TO_70, Band.BELOW_50, Band.NO_DATA)
STATUSES = (TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.DROPPED)


@pytest.fixture(scope="module")
def batch():
    return build_batch()


@pytest.fixture(scope="module")
def by_code(batch):
    return {
        entity: {r["code"]: r for r in batch.get(entity, []) if "code" in r}
        for entity in LOAD_ORDER
    }


# --- the rules' view of the records -------------------------------------------------------


def target_facts(batch, target: dict) -> rules.TargetFacts:
    milestones = tuple(
        (m["year"], m["value"]) for m in batch["milestone"] if m["target"] == target["code"]
    )
    return rules.TargetFacts(
        direction=Direction(target["direction"]),
        kind=TargetKind(target["kind"]),
        target_value=target["target_value"],
        milestones=milestones,
    )


def measurements_of(batch, code: str) -> list[rules.Measurement]:
    return [
        rules.Measurement(m["measured_on"], m["value"])
        for m in batch["measurement"]
        if m["target"] == code
    ]


def target_percent(batch, target: dict, as_of: date) -> float | None:
    latest = rules.latest_measurement(measurements_of(batch, target["code"]), as_of)
    value = latest.value if latest else None
    return rules.percent_of_plan(target_facts(batch, target), value, as_of)


def task_facts(task: dict) -> rules.TaskFacts:
    return rules.TaskFacts(
        status=TaskStatus(task["status"]),
        assigned_on=task["assigned_on"],
        started_on=task["started_on"],
        completed_on=task["completed_on"],
        deadline=task["deadline"],
    )


def targets_at(batch, as_of: date) -> list[dict]:
    return [t for t in batch["target"] if t["assigned_on"] is None or t["assigned_on"] <= as_of]


def tasks_at(batch, as_of: date) -> list[dict]:
    return [t for t in batch["task"] if rules.task_exists(task_facts(t), as_of)]


def band_counts(batch, as_of: date) -> dict[Band, int]:
    counts = Counter(
        rules.band_of(target_percent(batch, t, as_of)) for t in targets_at(batch, as_of)
    )
    return {band: counts[band] for band in BANDS}


def status_counts(batch, as_of: date) -> dict[TaskStatus, int]:
    counts = Counter(rules.task_status_at(task_facts(t), as_of) for t in tasks_at(batch, as_of))
    return {status: counts[status] for status in STATUSES}


def target_sources(batch, by_code, as_of: date) -> Counter:
    return Counter(
        by_code["document"][t["source_document"]]["symbol"]
        if t["source_document"]
        else by_code["meeting"][t["source_meeting"]]["title"]
        for t in targets_at(batch, as_of)
    )


def task_sources(batch, by_code, as_of: date) -> Counter:
    return Counter(
        by_code["document"][t["source_document"]]["symbol"]
        if t["source_document"]
        else "kết luận hội nghị quý"
        for t in tasks_at(batch, as_of)
    )


def meeting_of(by_code, conclusion_code: str) -> dict:
    return by_code["meeting"][by_code["conclusion"][conclusion_code]["meeting"]]


def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from texts(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from texts(v)


# --- the published year-end figures ----------------------------------------------------------


def test_thirty_targets_23_from_the_plan_and_7_added_at_the_q2_meeting(batch, by_code):
    assert len(batch["target"]) == 30
    plan = [t for t in batch["target"] if t["source_document"]]
    added = [t for t in batch["target"] if t["source_meeting"]]
    assert len(plan) == 23 and len(added) == 7
    assert {by_code["document"][t["source_document"]]["symbol"] for t in plan} == {"09-KH/BCĐCĐS"}
    assert {t["assigned_on"] for t in plan} == {date(2023, 3, 10)}
    (q2,) = {by_code["meeting"][t["source_meeting"]]["code"] for t in added}
    meeting = by_code["meeting"][q2]
    assert meeting["kind"] == MeetingKind.QUARTERLY and "quý II/2023" in meeting["title"]
    assert {t["assigned_on"] for t in added} == {meeting["meeting_date"]}
    for t in added:
        if t["source_conclusion"]:
            assert by_code["conclusion"][t["source_conclusion"]]["meeting"] == q2
    assert not [t for t in batch["target"] if t["source_document"] and t["source_meeting"]]


def test_year_end_bands_are_20_3_3_4(batch):
    assert band_counts(batch, YEAR_END) == {
        Band.COMPLETED: 20,
        Band.ABOVE_70: 3,
        Band.FROM_50_TO_70: 3,
        Band.BELOW_50: 4,
        Band.NO_DATA: 0,
    }


def test_no_target_sits_on_a_band_edge_by_accident(batch):
    edges = {50.0, 70.0, 100.0}
    on_edge = [
        t["code"]
        for t in batch["target"]
        if TargetKind(t["kind"]) is TargetKind.NUMERIC
        and round(target_percent(batch, t, YEAR_END), 6) in edges
    ]
    assert len(on_edge) <= 1, on_edge


def test_targets_are_spread_over_four_pillars_with_yes_no_and_lower_is_better(batch, by_code):
    assert set(by_code["pillar"]) == {"CQS", "KTS", "XHS", "HTS"}
    assert {t["pillar"] for t in batch["target"]} == {"CQS", "KTS", "XHS", "HTS"}
    yes_no = [t for t in batch["target"] if TargetKind(t["kind"]) is TargetKind.YES_NO]
    assert len(yes_no) >= 2
    assert all(t["target_value"] == 1 for t in yes_no)
    assert {
        m["value"] for m in batch["measurement"] if m["target"] in {t["code"] for t in yes_no}
    } <= {0.0, 1.0}
    assert any(Direction(t["direction"]) is Direction.LOWER_IS_BETTER for t in batch["target"])
    for t in batch["target"]:
        assert t["lead_agency"] in by_code["agency"] and t["unit"] and t["method"]
        assert t["deadline"] in (date(2023, 12, 31), date(2025, 12, 31)), t["code"]


def test_2025_targets_are_judged_against_their_2023_milestone(batch):
    milestones = defaultdict(dict)
    for m in batch["milestone"]:
        milestones[m["target"]][m["year"]] = m["value"]
    late = [t for t in batch["target"] if t["deadline"].year == 2025]
    assert late
    for t in late:
        assert 2023 in milestones[t["code"]], t["code"]
        assert rules.goal_for(target_facts(batch, t), YEAR_END) == milestones[t["code"]][2023]


def test_seventy_five_tasks_23_22_30_by_source(batch, by_code):
    assert len(batch["task"]) == 75
    assert task_sources(batch, by_code, YEAR_END) == {
        "09-KH/BCĐCĐS": 23,
        "13-KH/BCĐCĐS": 22,
        "kết luận hội nghị quý": 30,
    }
    plan_dates = {"09-KH/BCĐCĐS": date(2023, 3, 10), "13-KH/BCĐCĐS": date(2023, 4, 27)}
    for t in batch["task"]:
        assert bool(t["source_document"]) != bool(t["source_conclusion"]), t["code"]
        if t["source_document"]:
            doc = by_code["document"][t["source_document"]]
            assert doc["issue_date"] == plan_dates[doc["symbol"]] == t["assigned_on"]
        else:
            meeting = meeting_of(by_code, t["source_conclusion"])
            item = by_code["conclusion"][t["source_conclusion"]]
            assert meeting["kind"] == MeetingKind.QUARTERLY
            assert t["assigned_on"] == meeting["meeting_date"]
            assert t["lead_agency"] in item["agencies"]


def test_year_end_statuses_are_50_19_6(batch):
    assert status_counts(batch, YEAR_END) == {
        TaskStatus.DONE: 50,
        TaskStatus.IN_PROGRESS: 19,
        TaskStatus.NOT_STARTED: 6,
        TaskStatus.DROPPED: 0,
    }
    # the stored status is the year-end status (nothing was completed after the meeting)
    assert all(
        rules.task_status_at(task_facts(t), YEAR_END) == TaskStatus(t["status"])
        for t in batch["task"]
    )


def test_not_started_tasks_mostly_wait_for_guidance_or_a_method(batch):
    waiting = [t for t in batch["task"] if t["status"] == TaskStatus.NOT_STARTED]
    blocked = [t for t in waiting if t["blocker"]]
    assert len(blocked) * 2 > len(waiting)
    assert any("Bộ TT&TT" in t["blocker"] for t in blocked)
    assert any("phương pháp tính" in t["blocker"] for t in blocked)


def test_timeliness_has_late_and_overdue_tasks(batch):
    counts = Counter(rules.timeliness_of(task_facts(t), YEAR_END) for t in batch["task"])
    assert counts[Timeliness.DONE_LATE] > 0 and counts[Timeliness.DONE_ON_TIME] > 0
    assert counts[Timeliness.OVERDUE] > 0 and counts[Timeliness.ON_TRACK] > 0
    assert counts[Timeliness.DONE_ON_TIME] + counts[Timeliness.DONE_LATE] == 50


def test_published_figures_agree_with_the_records(batch):
    computed = {
        "targets.total": len(targets_at(batch, YEAR_END)),
        "tasks.total": len(tasks_at(batch, YEAR_END)),
        **{f"targets.by_band.{b.value}": n for b, n in band_counts(batch, YEAR_END).items()},
        **{f"tasks.by_status.{s.value}": n for s, n in status_counts(batch, YEAR_END).items()},
    }
    figures = {f["metric"]: f for f in batch["figure"]}
    assert set(figures) == {
        "targets.total",
        "targets.by_band.completed",
        "targets.by_band.above_70",
        "targets.by_band.from_50_to_70",
        "targets.by_band.below_50",
        "tasks.total",
        "tasks.by_status.done",
        "tasks.by_status.in_progress",
        "tasks.by_status.not_started",
    }
    for metric, f in figures.items():
        assert f["as_of"] == YEAR_END and f["value"] == computed[metric], metric
        assert f["source"].startswith("Báo cáo tổng kết năm 2023 của BCĐ CĐS tỉnh")
        if f["percent"] is not None:
            whole = computed[metric.split(".")[0] + ".total"]
            exact = percent_of(computed[metric], whole)
            assert f["percent"] == round_half_up(exact, f["percent_places"]), metric
    assert figures["targets.by_band.completed"]["percent"] == 66.7


# --- earlier as-of dates ---------------------------------------------------------------------


def test_earlier_dates_give_the_smaller_figures_of_that_moment(batch, by_code):
    june, september = status_counts(batch, JUNE), status_counts(batch, SEPTEMBER)
    year_end = status_counts(batch, YEAR_END)
    assert len(tasks_at(batch, JUNE)) < len(tasks_at(batch, SEPTEMBER)) < 75
    assert june[TaskStatus.DONE] < september[TaskStatus.DONE] < year_end[TaskStatus.DONE]
    # the 7 targets only exist from the quý II meeting (July)
    assert target_sources(batch, by_code, JUNE) == {"09-KH/BCĐCĐS": 23}
    assert sum(target_sources(batch, by_code, SEPTEMBER).values()) == 30
    assert (
        band_counts(batch, JUNE)[Band.COMPLETED]
        < band_counts(batch, SEPTEMBER)[Band.COMPLETED]
        < 20
    )
    # every target assigned by then has a figure of that moment: a measurement per quarter
    assert band_counts(batch, JUNE)[Band.NO_DATA] == 0
    assert band_counts(batch, SEPTEMBER)[Band.NO_DATA] == 0
    assert not tasks_at(batch, date(2023, 3, 9)) and not targets_at(batch, date(2023, 3, 9))


# --- meetings and conclusions ----------------------------------------------------------------


def test_four_meetings_and_year_end_directions_without_tasks(batch, by_code):
    meetings = sorted(batch["meeting"], key=lambda m: m["meeting_date"])
    assert [m["kind"] for m in meetings] == ["quy", "quy", "quy", "tong_ket"]
    q1, q2, q3, year_end = (m["meeting_date"] for m in meetings)
    assert date(2023, 3, 10) < q1 <= date(2023, 4, 30)
    assert (q2.year, q2.month, q3.year, q3.month) == (2023, 7, 2023, 10)
    assert year_end == YEAR_END
    final = meetings[-1]
    assert "Đặng Xuân Phong" in final["chair"]
    assert final["title"] == "Hội nghị tổng kết hoạt động năm 2023 và triển khai nhiệm vụ năm 2024"
    for m in meetings:
        assert m["chair"] and m["attendees"] and m["agenda"]
        assert parse_document_number(m["notice_symbol"]).doc_type == "TB"
    directions = [c for c in batch["conclusion"] if c["meeting"] == final["code"]]
    assert 4 <= len(directions) <= 8
    assert all(c["deadline"].year == 2024 and c["agencies"] for c in directions)
    sources = {t["source_conclusion"] for t in batch["task"]}
    assert not sources & {c["code"] for c in directions}
    assert any("Cửa khẩu thông minh" in c["text"] for c in directions)
    for c in batch["conclusion"]:
        assert c["agencies"] and all(a in by_code["agency"] for a in c["agencies"])


def test_members_documents_and_agencies(batch, by_code):
    roles = Counter(m["role"] for m in batch["member"])
    assert roles["truong_ban"] == roles["pho_truong_ban_thuong_truc"] == 1
    assert roles["pho_truong_ban"] >= 1 and roles["thanh_vien"] >= 6
    assert 2 <= roles["to_giup_viec"] <= 3
    names = {m["role"]: m["name"] for m in batch["member"] if m["role"] != "thanh_vien"}
    assert names["truong_ban"] == "Đặng Xuân Phong"
    assert names["pho_truong_ban_thuong_truc"] == "Vũ Xuân Cường"
    assert any(m["name"] == "Trịnh Xuân Trường" for m in batch["member"])
    districts = [a for a in batch["agency"] if a["kind"] == "huyen"]
    assert len(districts) == 9 and len(batch["agency"]) >= 20
    for doc in batch["document"]:
        parsed = parse_document_number(doc["symbol"])
        assert parsed.style == DocumentStyle(doc["style"]), doc["symbol"]
    kh09 = next(d for d in batch["document"] if d["symbol"] == "09-KH/BCĐCĐS")
    assert (kh09["issue_date"], kh09["style"], kh09["issuer"]) == (
        date(2023, 3, 10),
        "dang",
        "Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai",
    )
    assert len(batch["document"]) >= 4


# --- consistency -----------------------------------------------------------------------------


def test_every_reference_and_key_resolves(batch):
    codes = {e: {r.get("code") for r in batch.get(e, [])} for e in LOAD_ORDER}
    for entity in LOAD_ORDER:
        spec = SPECS[entity]
        keys = [spec.key_of(r) for r in batch.get(entity, [])]
        assert len(keys) == len(set(keys)), entity
        for record in batch.get(entity, []):
            for f in spec.fields:
                if f.required:
                    assert record.get(f.name) not in (None, ""), (entity, f.name)
                if f.kind == REF and record.get(f.name):
                    assert record[f.name] in codes[f.ref], (entity, f.name, record[f.name])
                if f.kind == REFS:
                    assert set(record.get(f.name) or []) <= codes[f.ref], (entity, f.name)
                if f.enum is not None and record.get(f.name) is not None:
                    f.enum(record[f.name])  # a stable code of the enum


def test_task_dates_are_in_order(batch):
    for t in batch["task"]:
        assigned, started, completed = t["assigned_on"], t["started_on"], t["completed_on"]
        status = TaskStatus(t["status"])
        assert assigned is not None, t["code"]
        if status is TaskStatus.DONE:
            assert assigned <= started <= completed <= YEAR_END, t["code"]
        elif status is TaskStatus.IN_PROGRESS:
            assert started is not None and assigned <= started <= YEAR_END, t["code"]
            assert completed is None, t["code"]
        else:
            assert started is None and completed is None, t["code"]
        if t["deadline"]:
            assert t["deadline"] >= assigned, t["code"]


def test_measurements_and_notes_fall_in_their_periods(batch, by_code):
    for m in batch["measurement"]:
        target = by_code["target"][m["target"]]
        assert target["assigned_on"] <= m["measured_on"] <= period_end(m["period"]), m
        assert m["measured_on"] <= CUT_OFF, m  # known at the year-end meeting
        assert m["agency"] in by_code["agency"]
    periods = Counter(m["target"] for m in batch["measurement"])
    assert sum(n >= 2 for n in periods.values()) >= 25  # trends need several points
    tasks = by_code["task"]
    assert len({n["task"] for n in batch["note"]}) >= 15
    for n in batch["note"]:
        task = tasks[n["task"]]
        assert task["assigned_on"] <= n["noted_on"] <= YEAR_END, n
        assert n["text"] and n["author"]


def test_measured_values_rise_from_the_baseline_and_stay_plausible(batch):
    falling, impossible = [], []
    for t in batch["target"]:
        if TargetKind(t["kind"]) is TargetKind.YES_NO:
            continue
        values = [
            m["value"]
            for m in sorted(
                (m for m in batch["measurement"] if m["target"] == t["code"]),
                key=lambda m: m["measured_on"],
            )
        ]
        sign = 1 if Direction(t["direction"]) is Direction.HIGHER_IS_BETTER else -1
        if any(sign * (b - a) < 0 for a, b in pairwise([t["baseline"], *values])):
            falling.append(t["code"])
        if t["unit"] == "%" and not all(0 <= v <= 100 for v in values):
            impossible.append(t["code"])
    assert (falling, impossible) == ([], [])


def test_every_text_is_nfc(batch):
    assert [s for s in texts(batch) if unicodedata.normalize("NFC", s) != s] == []


def test_the_batch_is_deterministic(batch):
    assert build_batch() == batch


# --- into a register -------------------------------------------------------------------------


def test_the_demo_loads_into_an_empty_register(tmp_path):
    from dxdesk.core.services.summary import summarize
    from dxdesk.core.session import Session
    from dxdesk.core.storage import models

    session = Session(tmp_path / "d.db", who="kiểm thử", daily_backup=False)
    try:
        result = load_demo()
        assert result.created["task"] == 75
        assert models.Task.select().count() == 75
        assert models.Target.select().count() == 30
        (committee,) = models.Committee.select()
        assert committee.name == "Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai"
        assert (committee.short_name, committee.level, committee.standing_agency) == (
            "BCĐ CĐS tỉnh Lào Cai",
            "tinh",
            "Sở Thông tin và Truyền thông",
        )
        data = summarize(YEAR_END)
        assert data["figure_checks"] == []  # the stored queries agree with the pure rules
        assert data["tasks"]["by_status"]["done"] == 50
    finally:
        session.close()
