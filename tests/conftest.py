"""Shared fixtures. Qt runs headless: without a display it would abort the process."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from dxdesk.core.session import Session


@pytest.fixture
def session(tmp_path):
    """An empty register in a temporary file."""
    s = Session(tmp_path / "register.db", who="kiểm thử")
    yield s
    s.close()


@pytest.fixture
def demo_session(tmp_path):
    """The Lào Cai 2023 demo register in a temporary file."""
    from dxdesk.core.demo import load_demo

    s = Session(tmp_path / "demo.db", who="kiểm thử")
    load_demo()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Never touch the real user's data directory or settings."""
    monkeypatch.setenv("DXDESK_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def pytest_collection_modifyitems(items):
    """The bundle's module check runs last: it checks the modules the whole run imported."""
    last = [i for i in items if i.nodeid.startswith("tests/packaging/test_bundle.py")]
    items[:] = [i for i in items if i not in last] + last
