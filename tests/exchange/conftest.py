"""Fixtures of the exchange tests: a secretariat register, the CLI, package surgery."""

from __future__ import annotations

import hashlib
import importlib
import json
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from dxdesk.cli.main import main
from dxdesk.core.exchange import package, package_keys
from dxdesk.core.services import entities, register
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from tests.exchange.fixtures import batch

OFFICER = "Nguyễn Thị Lan"


@pytest.fixture(autouse=True)
def _officer(monkeypatch):
    """The officer's login name, which Session records as ``who``."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, OFFICER)


@pytest.fixture
def cli(capsys):
    """Run ``dxdesk`` in-process; return stdout + stderr; check the exit code."""

    def run(*args, ok: bool = True) -> str:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        text = captured.out + captured.err
        assert (code == 0) == ok, text
        return text

    return run


def demo_available() -> bool:
    """Whether ``dxdesk demo`` can build the Lào Cai 2023 register (being written elsewhere)."""
    try:
        module = importlib.import_module("dxdesk.core.demo")
    except ImportError:
        return False
    return hasattr(module, "load_demo")


def load_small(path: Path) -> None:
    """The small fixture register (two districts, a department, eight tasks)."""
    with Session(path, who="Văn phòng"):
        register.load(batch(), action="Nạp dữ liệu thử", who="Văn phòng")


@pytest.fixture
def secretariat(tmp_path, engine, request) -> Path | str:
    """The secretariat's register: the small fixture (fast, known codes), in a file or on
    the test server (the suite runs on both engines: tests/conftest.py)."""
    path = request.getfixturevalue("pg_url") if engine == "postgresql" else tmp_path / "vanphong.db"
    load_small(path)
    return path


def open_db(path: Path) -> Session:
    return Session(path, who="kiểm thử", daily_backup=False)


def dump(path: Path | str) -> list[str]:
    """Every row of every table: equal dumps mean nothing changed."""
    if isinstance(path, str) and path.startswith("postgresql://"):
        import psycopg2

        con = psycopg2.connect(path)
        try:
            cur = con.cursor()
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            out = []
            for (table,) in cur.fetchall():
                cur.execute(f'SELECT * FROM "{table}" ORDER BY 1')
                out += [f"{table}: {row!r}" for row in cur.fetchall()]
            return out
        finally:
            con.close()
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def summary(cli, path: Path) -> dict:
    """``dxdesk summary --json`` of a register."""
    return json.loads(cli("--db", path, "summary", "--json"))


def _open_tasks(agency=None):
    """Tasks not done and already assigned (of one agency, or of any)."""
    query = m.Task.select().where(
        (m.Task.status.not_in(["done", "dropped"]))
        & (m.Task.assigned_on.is_null() | (m.Task.assigned_on <= date.today()))
    )
    if agency is not None:
        query = query.where(m.Task.lead_agency == agency)
    return query.order_by(m.Task.id)


def district_work(path: Path) -> tuple[str, list[str], str]:
    """A district with two open tasks and a numeric target it leads (the secretariat assigns
    them first if the register has none: the demo's districts are not known here)."""
    with open_db(path):
        districts = list(m.Agency.select().where(m.Agency.kind == "huyen"))
        assert districts, "the register has no district (kind 'huyen')"
        best = max(districts, key=lambda a: _open_tasks(a).count())
        tasks = [t.code for t in _open_tasks(best).limit(2)]
        for task in _open_tasks().where(m.Task.code.not_in(tasks)).limit(2 - len(tasks)):
            entities.save("task", {"code": task.code, "lead_agency": best.code})
            tasks.append(task.code)
        numeric = m.Target.select().where(m.Target.kind == "so_lieu").order_by(m.Target.id)
        target = numeric.where(m.Target.lead_agency == best).first()
        if target is None:
            target = numeric.first()
            entities.save("target", {"code": target.code, "lead_agency": best.code})
        return best.code, tasks, target.code


def repack(
    src: Path,
    dst: Path,
    *,
    manifest=None,
    payload=None,
    key: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Rewrite a package: edit its manifest/payload, re-sign with ``key``, add members."""
    with zipfile.ZipFile(src) as zf:
        man_bytes, pay_bytes, sig = (
            zf.read(n) for n in (package.MANIFEST, package.PAYLOAD, package.SIGNATURE)
        )
    man = package.loads(man_bytes)
    if payload is not None:
        pay_bytes = package.dumps(payload(package.loads(pay_bytes))).encode()
    if manifest is not None:
        manifest(man)
    if key is not None:
        man["payload_sha256"] = hashlib.sha256(pay_bytes).hexdigest()
        man["payload_size"] = len(pay_bytes)  # as package.build states it
        man_bytes = package.dumps(man).encode()
        sig = package_keys.sign(key, man_bytes)
    elif manifest is not None:
        man_bytes = package.dumps(man).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(package.MANIFEST, man_bytes)
        zf.writestr(package.PAYLOAD, pay_bytes)
        zf.writestr(package.SIGNATURE, sig)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return dst
