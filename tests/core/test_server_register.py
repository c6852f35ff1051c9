"""A register on a PostgreSQL server: the same migrations, SQL and figures as a file
(issue 20, docs/server.md). These run on the test cluster (tests/pgserver.py) and are
skipped, with the reason shown, where there are no server binaries."""

from __future__ import annotations

import json

import psycopg2
import pytest

from dxdesk.cli.main import main
from dxdesk.core.errors import DatabaseError
from dxdesk.core.session import Session
from dxdesk.core.storage import engine, migrations
from dxdesk.core.storage.pgsql import translate


def test_shared_sql_gets_psycopg_placeholders_and_keeps_quoted_text():
    sql = "SELECT ? FROM t WHERE a = :d AND b LIKE '%:x%' AND c::text = 'it''s' -- 5%"
    assert translate(sql) == (
        "SELECT %s FROM t WHERE a = %(d)s AND b LIKE '%%:x%%' AND c::text = 'it''s' -- 5%%"
    )


def test_the_schema_version_is_one_row_on_the_server(pg_url):
    with Session(pg_url) as session:
        assert engine.schema_version(session.db) == migrations.LATEST
        rows = session.db.execute_sql("SELECT version FROM dxdesk_schema").fetchall()
    assert rows == [(migrations.LATEST,)]


def test_the_migrations_run_again_on_the_server_change_nothing(pg_url):
    """Each step adds only what is missing, on PostgreSQL too: from v5 again, same schema."""
    with Session(pg_url) as session:
        db = session.db
        before = _schema(db)
        references = db.execute_sql("SELECT count(*) FROM index_component").fetchone()[0]
        migrations.migrate(db, 5)
        assert _schema(db) == before
        assert db.execute_sql("SELECT count(*) FROM index_component").fetchone()[0] == references


def _schema(db) -> dict:
    return {
        table: sorted((c.name, c.data_type) for c in db.get_columns(table))
        for table in db.get_tables()
    } | {"indexes": sorted(i.name for t in db.get_tables() for i in db.get_indexes(t))}


def test_a_register_of_a_newer_dxdesk_is_refused_untouched(pg_url):
    with Session(pg_url) as session:
        session.db.execute_sql("UPDATE dxdesk_schema SET version = ?", (migrations.LATEST + 1,))
    with pytest.raises(DatabaseError, match="phiên bản dxdesk mới hơn"):
        Session(pg_url)
    con = psycopg2.connect(pg_url)
    try:
        cur = con.cursor()
        cur.execute("SELECT version FROM dxdesk_schema")
        assert cur.fetchone()[0] == migrations.LATEST + 1
    finally:
        con.close()


def test_a_server_that_cannot_be_reached_is_one_sentence(tmp_path, capsys):
    url = f"postgresql:///khong_co?host={tmp_path}&user=ai_do"
    assert main(["--db", url, "summary"]) == 1
    err = capsys.readouterr().err
    assert "Không kết nối được máy chủ" in err and "Traceback" not in err


def test_the_demo_on_a_server_gives_the_same_summary_as_in_a_file(pg_url, tmp_path, capsys):
    """The issue's check: ``dxdesk --db URL demo`` then ``summary --as-of 2023-12-19 --json``
    gives the Lào Cai figures, equal to those of the same demo in a file."""
    out = {}
    for name, target in (("file", str(tmp_path / "demo.db")), ("server", pg_url)):
        assert main(["--db", target, "demo"]) == 0
        capsys.readouterr()
        assert main(["--db", target, "summary", "--as-of", "2023-12-19", "--json"]) == 0
        out[name] = json.loads(capsys.readouterr().out)
    assert out["server"] == out["file"]
    assert out["server"]["targets"]["total"] == 30 and out["server"]["tasks"]["total"] == 75
    assert out["server"]["tasks"]["completion_rate"] == 80.65


def test_a_server_register_keeps_dates_and_text_as_a_file_does(pg_url):
    from datetime import date

    from dxdesk.core.services import tasks
    from dxdesk.core.storage import models as m

    with Session(pg_url, who="Nguyễn Thị Lan"):
        m.Task.create(code="NV1", text="Đề án 06: Đà Nẵng", deadline=date(2023, 12, 31))
        tasks.update_task("NV1", note="Đã ký kết", today=date(2023, 12, 1), who="Nguyễn Thị Lan")
        task = m.Task.get(m.Task.code == "NV1")
        assert task.deadline == date(2023, 12, 31) and task.text == "Đề án 06: Đà Nẵng"
        assert m.ProgressNote.get().noted_on == date(2023, 12, 1)
        assert m.ChangeSet.select().order_by(m.ChangeSet.id.desc()).get().who == "Nguyễn Thị Lan"
