"""A merge writes a report's new records many at a time, tells its progress, and a cancel
rolls it back whole (issue 13 item 8).

The bulk path must log, write and mark provenance exactly as the one-by-one path did:
the first test merges one report both ways and compares every row they wrote.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from dxdesk.bench.merge_entries import _secretariat, build_report
from dxdesk.core.exchange.offline import MergeCancelled, applying, merge, preview
from dxdesk.core.session import Session
from tests.exchange.conftest import dump


def _written(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            "note": con.execute(
                "SELECT id, task_id, noted_on, text, author FROM progress_note ORDER BY id"
            ).fetchall(),
            "change": con.execute(
                "SELECT id, entity, entity_code, entity_key, op, field, old, new FROM change "
                "ORDER BY id"
            ).fetchall(),
            "provenance": con.execute(
                "SELECT change_id, package_id, agency, seq, officer, at_agency "
                "FROM exchange_provenance ORDER BY change_id"
            ).fetchall(),
        }
    finally:
        con.close()


def _merged(base, report, copy, **kw):
    shutil.copy(base, copy)
    with Session(copy, who="Văn phòng", daily_backup=False):
        return merge(report, who="Văn phòng", **kw)


def test_the_bulk_merge_writes_what_one_by_one_wrote(tmp_path, monkeypatch):
    base, key, slice_man = _secretariat(tmp_path)
    report = build_report(tmp_path / "bc.dxpkg", 120, key, slice_man)
    monkeypatch.setattr(applying, "_RUN", 50)  # several runs, and a short last one
    bulk = _merged(base, report, tmp_path / "bulk.db")
    monkeypatch.setattr(applying, "BULK", ())  # every item through the change recorder
    single = _merged(base, report, tmp_path / "single.db")
    assert bulk.applied == single.applied == 120
    assert _written(tmp_path / "bulk.db") == _written(tmp_path / "single.db")


def test_progress_is_told_and_a_cancel_rolls_the_merge_back(tmp_path, monkeypatch):
    base, key, slice_man = _secretariat(tmp_path)
    report = build_report(tmp_path / "bc.dxpkg", 60, key, slice_man)
    monkeypatch.setattr(applying, "_RUN", 10)
    copy = tmp_path / "copy.db"
    shutil.copy(base, copy)
    with Session(copy, who="Văn phòng", daily_backup=False):
        pass  # (whatever opening writes is not the merge's)
    before = dump(copy)
    told: list[tuple[int, int]] = []

    def cancelled() -> bool:  # once 20 changes are written (two runs), stop
        return bool(told) and told[-1][0] >= 60 + 20

    with (
        Session(copy, who="Văn phòng", daily_backup=False),
        pytest.raises(MergeCancelled) as stopped,
    ):
        merge(
            report,
            who="Văn phòng",
            progress=lambda d, t: told.append((d, t)),
            cancelled=cancelled,
        )
    assert "sổ không thay đổi" in str(stopped.value)
    assert told[-1] == (80, 120) and all(t == 120 for _, t in told)
    assert [d for d, _ in told] == sorted(d for d, _ in told)
    assert dump(copy) == before  # the 20 notes written are rolled back, nothing logged

    told.clear()
    with Session(copy, who="Văn phòng", daily_backup=False):
        assert (
            merge(report, who="Văn phòng", progress=lambda d, t: told.append((d, t))).applied == 60
        )
        assert preview(report).merged_at is not None
    assert told[-1] == (120, 120)


def test_a_report_merges_in_bulk_on_either_engine(session, tmp_path, monkeypatch):
    """The bulk path on the open register — a file, or a database on the server (ids asked
    for one by one there): every new note is written once, logged once, with provenance."""
    from datetime import date

    from dxdesk.core.exchange import package
    from dxdesk.core.exchange.offline import issue_slice
    from dxdesk.core.services import register
    from dxdesk.core.storage import models as m
    from dxdesk.core.storage.exchange_models import ExchangeProvenance

    register.load(
        {
            "agency": [{"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"}],
            "task": [
                {
                    "code": "NV01",
                    "text": "Nhiệm vụ thử",
                    "status": "in_progress",
                    "lead_agency": "BX",
                    "assigned_on": date(2023, 3, 10),
                }
            ],
        },
        action="Khởi tạo",
        who="Văn phòng",
    )
    issue_slice("BX", tmp_path / "giao.dxpkg", who="Văn phòng")
    pkg = package.read(tmp_path / "giao.dxpkg")
    report = build_report(
        tmp_path / "bc.dxpkg", 30, pkg.payload()["agency_private_key"], pkg.manifest
    )
    monkeypatch.setattr(applying, "_RUN", 10)
    assert merge(report, who="Văn phòng").applied == 30
    assert m.ProgressNote.select().count() == 30
    cs = m.ChangeSet.select().order_by(m.ChangeSet.id.desc()).first()
    logged = [c.id for c in cs.changes.where(m.Change.op == "insert", m.Change.entity == "note")]
    assert len(logged) == 30
    marked = [p.change_id for p in ExchangeProvenance.select().order_by(ExchangeProvenance.change)]
    assert marked == sorted(logged)
