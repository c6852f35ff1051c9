"""``scripts/server.sh``, ``dxdesk server init|push|pull`` and ``dxdesk backup`` of a server
register (issue 20, docs/server.md): a register moves whole between a file and a server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import pytest

from dxdesk.cli.main import main
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from tests import pgserver

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys, *args: str, ok: bool = True) -> str:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert (code == 0) == ok, out.out + out.err
    return out.out + out.err


def _summary(capsys, target: str) -> dict:
    return json.loads(_run(capsys, "--db", target, "summary", "--as-of", "2023-12-19", "--json"))


def _cells(path: Path) -> dict:
    book = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


@pytest.mark.slow
def test_server_sh_then_demo_gives_the_summary_of_the_file(tmp_path, capsys):
    """The issue's check, whole: scripts/server.sh, then ``--db URL demo``, then the summary
    JSON, equal to the same demo's in a file."""
    if pgserver.find_bindir() is None:
        pytest.skip("PostgreSQL: không có initdb, pg_ctl (cài gói Debian postgresql)")
    base = Path(tempfile.mkdtemp(prefix="dxsrv-", dir="/tmp"))
    base.chmod(0o755)  # the server's own user (postgres, when we are root) reaches DIR in it
    env = {**os.environ, "DXDESK": str(Path(sys.executable).parent / "dxdesk")}
    try:
        made = subprocess.run(
            [ROOT / "scripts" / "server.sh", base / "pg"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert made.returncode == 0, made.stderr
        url = made.stdout.strip().splitlines()[-1]
        assert url.startswith("postgresql://vanphong@")
        _run(capsys, "--db", url, "demo")
        _run(capsys, "--db", tmp_path / "demo.db", "demo")
        server = _summary(capsys, url)
        assert server == _summary(capsys, str(tmp_path / "demo.db"))
        assert server["tasks"]["completion_rate"] == 80.65
    finally:
        subprocess.run(
            [ROOT / "scripts" / "server.sh", base / "pg", "--stop"], capture_output=True, env=env
        )
        shutil.rmtree(base, ignore_errors=True)


def test_push_then_pull_moves_a_register_whole(pg_url, tmp_path, capsys):
    """Every row and the change log go up and come back; the three export the same workbook,
    and the change log still undoes on the server."""
    source = tmp_path / "so.db"
    _run(capsys, "--db", source, "demo")
    _run(capsys, "--db", source, "task", "update", "NV01", "--status", "in_progress")
    with Session(source) as s:
        logged = m.Change.select().count()
        wbk.export_workbook(tmp_path / "tep.xlsx")
        s.close()
    _run(capsys, "server", "push", source, pg_url)
    back = tmp_path / "ve.db"
    _run(capsys, "server", "pull", pg_url, back)
    with Session(pg_url):
        assert m.Change.select().count() == logged
        wbk.export_workbook(tmp_path / "may-chu.xlsx")
    with Session(back):
        assert m.Change.select().count() == logged
        wbk.export_workbook(tmp_path / "ve.xlsx")
    original = _cells(tmp_path / "tep.xlsx")
    assert _cells(tmp_path / "may-chu.xlsx") == original
    assert _cells(tmp_path / "ve.xlsx") == original
    assert "Đã hoàn tác" in _run(capsys, "--db", pg_url, "undo", "--anyone")  # logged by root
    with Session(pg_url):
        assert m.Task.get(m.Task.code == "NV01").status != "in_progress"
        m.Agency.create(code="MOI", name="Cơ quan mới", kind="so_nganh")  # ids go on


def test_push_into_a_register_with_work_is_refused_and_writes_nothing(pg_url, tmp_path, capsys):
    source = tmp_path / "so.db"
    _run(capsys, "--db", source, "demo")
    _run(capsys, "server", "push", source, pg_url)
    _run(capsys, "--db", source, "task", "update", "NV01", "--status", "in_progress")
    out = _run(capsys, "server", "push", source, pg_url, ok=False)
    assert "đã có dữ liệu" in out
    with Session(pg_url):
        assert m.Task.get(m.Task.code == "NV01").status == "done"


def test_pull_never_overwrites_a_file(pg_url, tmp_path, capsys):
    existing = tmp_path / "co-san.db"
    existing.write_bytes(b"x")
    assert "đã có" in _run(capsys, "server", "pull", pg_url, existing, ok=False)
    assert existing.read_bytes() == b"x"


def test_backup_of_a_server_register_is_a_register_file(pg_url, tmp_path, capsys):
    _run(capsys, "--db", pg_url, "demo")
    out = tmp_path / "sao-luu.db"
    assert "Đã sao lưu" in _run(capsys, "--db", pg_url, "backup", "--out", out)
    assert _summary(capsys, str(out)) == _summary(capsys, pg_url)


def test_bad_server_arguments_are_one_sentence(tmp_path, capsys):
    for argv, said in (
        (["server", "init", "so.db"], "không phải chuỗi kết nối"),
        (["server", "pull", str(tmp_path / "x.db"), str(tmp_path / "y.db")], "không phải chuỗi"),
        (["server", "push", str(tmp_path), "postgresql:///x?host=/khong-co"], "thư mục"),
        (["server", "push", str(tmp_path / "khong-co.db"), "postgresql:///x"], "Không có tệp"),
    ):
        out = _run(capsys, *argv, ok=False)
        assert said in out and "không mong đợi" not in out, out
    assert not (tmp_path / "khong-co.db").exists()
