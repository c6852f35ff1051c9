"""Tasks and targets carry programmes; the figures of each programme and of "no programme"
add up to the register's, and an unknown programme is one sentence."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.errors import NotFound
from dxdesk.core.services import changes, entities, register
from dxdesk.core.services.summary import summarize
from dxdesk.core.storage import queries

AS_OF = date(2026, 6, 30)


@pytest.fixture
def reg(session):
    def task(code, programmes, status="in_progress"):
        return {
            "code": code,
            "text": f"Việc {code}",
            "lead_agency": "SKHCN",
            "status": status,
            "programmes": programmes,
            "assigned_on": date(2025, 3, 1),
            "deadline": date(2025, 12, 31),
            "started_on": None if status == "not_started" else date(2025, 4, 1),
        }

    register.load(
        {
            "agency": [{"code": "SKHCN", "name": "Sở Khoa học và Công nghệ", "kind": "so_nganh"}],
            "programme": [
                {"code": "NQ57", "name": "Nghị quyết 57-NQ/TW"},
                {"code": "DA06", "name": "Đề án 06"},
            ],
            "target": [
                {
                    "code": "MT01",
                    "text": "Doanh nghiệp số",
                    "target_value": 10.0,
                    "programmes": ["NQ57"],
                },
                {"code": "MT02", "text": "Hồ sơ trực tuyến", "target_value": 80.0},
            ],
            "task": [
                task("NV01", ["NQ57"]),
                task("NV02", ["NQ57"], "not_started"),
                task("NV03", ["DA06"]),
                task("NV04", []),
            ],
        },
        action="Nạp",
    )
    return session


def test_each_programme_alone_and_the_counts_add_up_with_no_programme(reg):
    whole = summarize(AS_OF, with_checks=False)
    nq57 = summarize(AS_OF, with_checks=False, programme="NQ57")
    assert nq57["programme"] == {"code": "NQ57", "label": "Nghị quyết 57-NQ/TW"}
    assert (nq57["tasks"]["total"], nq57["targets"]["total"]) == (2, 1)
    assert nq57["tasks"]["by_status"]["not_started"] == 1
    parts = [
        summarize(AS_OF, with_checks=False, programme=p)
        for p in ("NQ57", "DA06", queries.NO_PROGRAMME)
    ]
    for kind, key in (("tasks", "by_status"), ("tasks", "by_timeliness"), ("targets", "by_band")):
        for name, n in whole[kind][key].items():
            assert sum(p[kind][key][name] for p in parts) == n, (kind, key, name)
    assert sum(p["tasks"]["total"] for p in parts) == whole["tasks"]["total"] == 4


def test_the_brief_rows_follow_the_programme_and_the_list_is_kept(reg):
    with queries.only_programme("DA06"):
        assert [r["code"] for r in queries.task_rows(AS_OF)] == ["NV03"]
        assert [r.code for r in queries.target_rows(AS_OF)] == []
    assert len(queries.task_rows(AS_OF)) == 4
    entities.save("task", {"code": "NV04", "programmes": ["DA06", "NQ57"]})
    assert entities.get("task", "NV04")["programmes"] == ["DA06", "NQ57"]
    changes.undo_last()
    assert entities.get("task", "NV04")["programmes"] == []


def test_an_unknown_programme_is_one_sentence(reg):
    with pytest.raises(NotFound, match="Không có chương trình mã “NQ99” \\(các mã: DA06, NQ57"):
        summarize(AS_OF, programme="NQ99")
