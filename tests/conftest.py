"""Shared fixtures. Qt runs headless: without a display it would abort the process."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from dxdesk.core.session import Session

# the credential stores the server-connection tests set (fixtures store, no_store)
pytest_plugins = ["tests.keyring_stores"]

# The suites that run on both engines: their tests that take a register fixture (session,
# demo_session, register_target) run once on a file and once on a PostgreSQL server.
TWO_ENGINE_SUITES = ("tests/core/", "tests/exchange/", "tests/cli/")
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    path = str(metafunc.definition.path.relative_to(metafunc.config.rootpath))
    if (
        "engine" in metafunc.fixturenames
        and path.startswith(TWO_ENGINE_SUITES)
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request) -> str:
    """The register's engine: "sqlite" unless the suite runs on both (see above)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster (tests/pgserver.py), or a skip saying why there is none."""
    from tests import pgserver

    try:
        cluster = pgserver.start_cluster()
    except RuntimeError as exc:
        pytest.skip(f"PostgreSQL: {exc}")
    try:
        _create(cluster, pgserver.TEMPLATE, "template0")
        Session(cluster.url(pgserver.TEMPLATE), who="kiểm thử").close()  # migrated once
        yield cluster
    finally:
        cluster.stop()


def _create(cluster, name: str, template: str) -> None:
    import psycopg2

    con = psycopg2.connect(cluster.url("postgres"))
    con.autocommit = True
    try:
        con.cursor().execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    finally:
        con.close()


_COUNT = iter(range(1, 10**9))


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster) -> str:
    """A database holding the Lào Cai 2023 demo, loaded once and copied for each test (a
    copy costs a tenth of loading it again)."""
    from dxdesk.core.demo import load_demo
    from tests import pgserver

    name = pgserver.TEMPLATE + "_demo"
    _create(pg_cluster, name, pgserver.TEMPLATE)
    with Session(pg_cluster.url(name), who="kiểm thử"):
        load_demo()
    return name


def _pg_register(cluster, template: str):
    import psycopg2

    name = f"reg{next(_COUNT)}"
    _create(cluster, name, template)
    yield cluster.url(name)
    con = psycopg2.connect(cluster.url("postgres"))
    con.autocommit = True
    try:
        con.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        con.close()


@pytest.fixture
def pg_url(pg_cluster):
    """The URL of a new, migrated, empty register database on the test cluster."""
    from tests import pgserver

    yield from _pg_register(pg_cluster, pgserver.TEMPLATE)


@pytest.fixture
def register_target(engine, tmp_path, request):
    """Where a test's register lives: a new file, or a new database on the test server."""
    if engine == "postgresql":
        return request.getfixturevalue("pg_url")
    return tmp_path / "register.db"


@pytest.fixture
def session(register_target):
    """An empty register (a temporary file, or a database on the test server)."""
    s = Session(register_target, who="kiểm thử")
    yield s
    s.close()


@pytest.fixture
def demo_session(engine, tmp_path, request):
    """The Lào Cai 2023 demo register (a temporary file, or a database on the test server)."""
    from dxdesk.core.demo import load_demo

    if engine == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        template = request.getfixturevalue("pg_demo_template")
        registers = _pg_register(cluster, template)
        s = Session(next(registers), who="kiểm thử")
        yield s
        s.close()
        next(registers, None)  # drops the database
        return
    s = Session(tmp_path / "demo.db", who="kiểm thử")
    load_demo()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _no_dialog_left_open():
    """A dialog a test leaves open stays shown after it and, if modal, takes the input of every
    later test's windows (the plots' hover test waited in vain behind one)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")  # only where a test used Qt
    if widgets is None or widgets.QApplication.instance() is None:
        return
    for widget in widgets.QApplication.topLevelWidgets():
        if isinstance(widget, widgets.QDialog) and widget.isVisible():
            widget.reject()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Never touch the real user's data directory or settings."""
    monkeypatch.setenv("DXDESK_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("DXDESK_OFFICER", raising=False)  # the officer's name: none set


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test is about the register file itself"
    )


def pytest_collection_modifyitems(items):
    """The bundle's module check runs last: it checks the modules the whole run imported."""
    last = [i for i in items if i.nodeid.startswith("tests/packaging/test_bundle.py")]
    items[:] = [i for i in items if i not in last] + last
