"""``dxdesk demo --through 2026``: the Lào Cai register continued through the 2025
reorganisation. 2023 stays exactly as published; in 2026 no open work sits with an agency that
has ended, the brief names only living agencies, and NQ 57's work can be read alone."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dxdesk.cli.main import main
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries

LATE = date(2026, 6, 30)


def _run(capsys, *args) -> str:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


@pytest.fixture
def demos(tmp_path, capsys):
    plain, continued = tmp_path / "2023.db", tmp_path / "2026.db"
    _run(capsys, "--db", plain, "demo")
    out = _run(capsys, "--db", continued, "demo", "--through", "2026")
    assert "dữ liệu minh họa" in out
    return plain, continued


def _summary(capsys, db, day: str, *more: str) -> dict:
    return json.loads(_run(capsys, "--db", db, "summary", "--as-of", day, "--json", *more))


def test_2023_is_unchanged_and_2026_has_no_open_work_with_an_ended_agency(demos, capsys):
    plain, continued = demos
    assert _summary(capsys, continued, "2023-12-19") == _summary(capsys, plain, "2023-12-19")
    with Session(continued, daily_backup=False):
        ended = {a.id: a for a in m.Agency.select() if a.valid_to and a.valid_to < LATE}
        assert {a.code for a in ended.values()} >= {"STTTT", "HBX", "TPLC", "TXSP"}
        open_tasks = [
            t for t in queries.task_rows(LATE) if t["status_at"] in ("not_started", "in_progress")
        ]
        assert open_tasks and not [t["code"] for t in open_tasks if t["lead_agency_id"] in ended]
        from dxdesk.core.reports.pdf.brief_data import brief_data

        brief = brief_data(LATE)
        named = {t.agency for t in brief.tasks} | {g.agency for g in brief.targets}
        named |= {o.agency for o in brief.overdue} | {b.agency for b in brief.blockers}
        living = {a.name for a in m.Agency.select() if a.id not in ended}
        assert named and named <= living, named - living
        assert "Sở Thông tin và Truyền thông" in {
            t.agency for t in brief_data(date(2023, 12, 19)).tasks
        }


def test_nq57_alone_and_the_programmes_add_up_with_no_programme(demos, capsys):
    _, continued = demos
    whole = _summary(capsys, continued, "2026-06-30")
    nq57 = _summary(capsys, continued, "2026-06-30", "--programme", "NQ57")
    with Session(continued, daily_backup=False):
        nq57_codes = {
            c
            for (c,) in m.TaskProgramme.select(m.Task.code)
            .join(m.Task)
            .join_from(m.TaskProgramme, m.Programme)
            .where(m.Programme.code == "NQ57")
            .tuples()
        }
    assert nq57["tasks"]["total"] == len(nq57_codes) == 8
    parts = [nq57] + [
        _summary(capsys, continued, "2026-06-30", "--programme", p) for p in ("DA06", "khong")
    ]
    for kind, key in (("tasks", "by_status"), ("tasks", "by_timeliness"), ("targets", "by_band")):
        for name, n in whole[kind][key].items():
            assert sum(p[kind][key][name] for p in parts) == n, (kind, key, name)


def test_a_brief_of_one_programme(demos, capsys, tmp_path):
    _, continued = demos
    out = tmp_path / "nq57.pdf"
    _run(
        capsys,
        "--db",
        continued,
        "brief",
        "--as-of",
        "2026-06-30",
        "--programme",
        "NQ57",
        "--out",
        out,
    )
    assert out.read_bytes().startswith(b"%PDF")
    with Session(continued, daily_backup=False):
        from dxdesk.core.reports.pdf.brief_data import brief_data

        with queries.only_programme("NQ57"):
            brief = brief_data(LATE)
    assert brief.headline[0].startswith("Số liệu của chương trình: Nghị quyết 57-NQ/TW")
    assert {t.code for t in brief.tasks} == {f"NQ57-0{i}" for i in range(1, 9)}
    assert (
        main(
            [
                "--db",
                str(continued),
                "brief",
                "--programme",
                "NQ99",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "Không có chương trình mã “NQ99”" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
