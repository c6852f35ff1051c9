"""Backing up and restoring a server register as README tells IT (issue 20): ``dxdesk
backup`` of a server register restored with ``server init`` + ``server push``, and
``pg_dump`` restored with ``createdb -l C`` + ``pg_restore``; each gives the same summary."""

from __future__ import annotations

import json
import subprocess

from dxdesk.cli.main import main
from dxdesk.core.session import Session
from dxdesk.core.storage import pg


def _run(capsys, *args: str) -> str:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.out + out.err
    return out.out


def _summary(capsys, target: str) -> dict:
    return json.loads(_run(capsys, "--db", target, "summary", "--as-of", "2023-12-19", "--json"))


def _sibling(url: str, name: str) -> str:
    """The URL of another database on the same server."""
    head, _, query = url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}?{query}"


def test_a_backup_file_of_a_server_register_restores_onto_a_new_server_register(
    pg_url, tmp_path, capsys
):
    _run(capsys, "--db", pg_url, "demo")
    _run(capsys, "--db", pg_url, "task", "update", "NV01", "--blocker", "Chờ kinh phí")
    backup = tmp_path / "sao-luu.db"
    _run(capsys, "--db", pg_url, "backup", "--out", backup)
    restored = _sibling(pg_url, f"khoi_phuc_{tmp_path.name[-12:].lower()}")
    _run(capsys, "server", "init", restored, "--account", "vanphong_kp")
    _run(capsys, "server", "push", backup, restored)
    assert _summary(capsys, restored) == _summary(capsys, pg_url)
    assert "Đã hoàn tác: Cập nhật nhiệm vụ NV01" in _run(capsys, "--db", restored, "undo")


def test_pg_dump_then_pg_restore_into_a_c_ordered_database_gives_the_same_register(
    pg_cluster, pg_url, tmp_path, capsys
):
    _run(capsys, "--db", pg_url, "demo")
    dump = tmp_path / "dxdesk.dump"
    name = f"phuc_hoi_{tmp_path.name[-12:].lower()}"
    env = {"PGHOST": str(pg_cluster.root), "PGUSER": "dxdesk", "PATH": "/usr/bin:/bin"}
    for command in (
        ["pg_dump", "-Fc", "-d", pg_url, "-f", str(dump)],
        ["createdb", "-T", "template0", "-l", "C", "-E", "UTF8", name],
        ["pg_restore", "-d", name, str(dump)],
    ):
        done = subprocess.run(
            [str(pg_cluster.bindir / command[0]), *command[1:]], env=env, capture_output=True
        )
        assert done.returncode == 0, done.stderr.decode()
    restored = _sibling(pg_url, name)
    assert _summary(capsys, restored) == _summary(capsys, pg_url)
    with Session(restored) as session:
        assert pg.sort_note(session.db) is None  # ordered as the file: -l C is not optional
