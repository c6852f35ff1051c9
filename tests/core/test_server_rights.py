"""Rights enforced by the server itself (issue 20, docs/server.md): a unit account changes
its own tasks' progress and nothing else, even through plain SQL with its own credentials;
its change log names its account whatever the client says; a reader writes nothing."""

from __future__ import annotations

import psycopg2
import pytest
from psycopg2 import errors

from dxdesk.cli.main import main
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from dxdesk.core.storage import server_admin

UNIT, READER = "so_du_lich", "chu_tich"  # the unit leads NV31 (Sở Du lịch), not NV01


@pytest.fixture
def server(pg_cluster, pg_demo_template, request):
    """The demo on the test server with dxdesk's rights, a unit account and a reader."""
    from tests.conftest import _pg_register

    registers = _pg_register(pg_cluster, pg_demo_template)
    url = next(registers)
    with Session(url) as s, s.db.atomic():
        server_admin.grant_rights(s.db)
        server_admin.create_account(s.db, UNIT, role="unit", agency="SDL")
        server_admin.create_account(s.db, READER, role="reader")
    yield url
    next(registers, None)


def _as(url: str, account: str):
    con = psycopg2.connect(url.replace("user=dxdesk", f"user={account}"))
    con.autocommit = True
    return con


def _one(url: str, sql: str, params=()):
    con = psycopg2.connect(url)
    try:
        cur = con.cursor()
        cur.execute(sql, params)
        return cur.fetchone()[0]
    finally:
        con.close()


def test_a_unit_changes_its_own_tasks_progress_through_plain_sql(server):
    con = _as(server, UNIT)
    cur = con.cursor()
    cur.execute("UPDATE task SET blocker = 'Chờ kinh phí' WHERE code = 'NV31'")
    assert cur.rowcount == 1
    con.close()
    assert _one(server, "SELECT blocker FROM task WHERE code = 'NV31'") == "Chờ kinh phí"


def test_a_unit_cannot_change_another_units_task_a_deadline_or_a_target(server):
    con = _as(server, UNIT)
    cur = con.cursor()
    cur.execute("UPDATE task SET status = 'dropped' WHERE code = 'NV01'")  # led by STTTT
    assert cur.rowcount == 0  # the server shows the unit no such row to change
    with pytest.raises(errors.InsufficientPrivilege):
        cur.execute("UPDATE task SET deadline = '2030-12-31' WHERE code = 'NV31'")
    with pytest.raises(errors.InsufficientPrivilege):
        cur.execute("UPDATE target SET target_value = 1")
    with pytest.raises(errors.InsufficientPrivilege):
        cur.execute("UPDATE task SET lead_agency_id = NULL WHERE code = 'NV31'")
    with pytest.raises(errors.InsufficientPrivilege):  # a value in another unit's name
        cur.execute(
            "INSERT INTO measurement (target_id, period, measured_on, value, note, unit_id) "
            "SELECT t.id, '2023-Q4', '2023-12-01', 5, '', a.id FROM target t, agency a "
            "WHERE a.code = 'STTTT' LIMIT 1"
        )
    con.close()
    assert _one(server, "SELECT status FROM task WHERE code = 'NV01'") == "done"
    assert _one(server, "SELECT deadline::text FROM task WHERE code = 'NV31'") != "2030-12-31"


def test_the_change_log_names_the_units_account_whatever_the_client_writes(server):
    con = _as(server, UNIT)
    cur = con.cursor()
    cur.execute(
        "INSERT INTO change_set (at, who, action, undone) "
        "VALUES (now(), 'Giám đốc Sở TT&TT', 'giả mạo', false) RETURNING who"
    )
    assert cur.fetchone()[0] == UNIT
    con.close()


def test_a_reader_writes_nothing(server):
    con = _as(server, READER)
    with pytest.raises(errors.InsufficientPrivilege):
        con.cursor().execute("UPDATE task SET blocker = 'x' WHERE code = 'NV31'")
    con.close()


def test_dxdesk_as_a_unit_account_updates_its_task_and_is_refused_another(server, capsys):
    unit_url = server.replace("user=dxdesk", f"user={UNIT}")
    assert main(["--db", unit_url, "task", "update", "NV31", "--note", "Đã triển khai"]) == 0
    assert main(["--db", unit_url, "task", "update", "NV01", "--status", "in_progress"]) == 1
    assert "Máy chủ từ chối" in capsys.readouterr().err
    assert main(["--db", unit_url, "undo"]) == 0  # its own change
    with Session(server):
        last = m.ChangeSet.select().order_by(m.ChangeSet.id.desc()).get()
        assert (last.who, last.undone) == (UNIT, True)
        assert m.Task.get(m.Task.code == "NV01").status == "done"
