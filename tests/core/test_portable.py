"""The portable zip (a USB stick): with dxdesk-portable.txt beside the frozen program, the
register, its backups and the settings live in <program folder>/data; without it, in the
user's data directory (what the installer's updates never touch)."""

from __future__ import annotations

import sys

import pytest

from dxdesk.core import paths
from dxdesk.core.storage import backups


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    folder = tmp_path / "USB" / "dxdesk"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "dxdesk.exe"))
    monkeypatch.delenv("DXDESK_DB", raising=False)
    monkeypatch.delenv("DXDESK_SETTINGS", raising=False)
    return folder


def test_with_the_marker_data_and_settings_live_beside_the_program(frozen):
    (frozen / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.default_database() == frozen / "data" / "register.db"
    assert backups.backup_dir(frozen / "data" / "register.db").is_relative_to(frozen / "data")
    from dxdesk.gui.context import settings_path

    assert settings_path() == frozen / "data" / "dxdesk.ini"


def test_without_the_marker_the_users_data_directory(frozen, tmp_path):
    assert paths.portable_dir() is None
    assert not paths.default_database().is_relative_to(frozen)
    assert paths.default_database().is_relative_to(tmp_path / "xdg-data")


def test_a_source_run_is_never_portable(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.portable_dir() is None
