"""Where things live: the user's data directory and the resources shipped with dxdesk."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP = "dxdesk"
# beside the program, this file makes it portable (a USB stick): data in <program folder>/data
PORTABLE_MARKER = "dxdesk-portable.txt"


@cache  # icons and translations ask at start-up
def resources_dir() -> Path:
    """``dxdesk/resources`` (fonts, translations, icons): package data found with
    importlib.resources, so it is there in a wheel, an editable install and a PyInstaller bundle."""
    from importlib.resources import files

    return Path(str(files("dxdesk") / "resources"))


def portable_dir() -> Path | None:
    """``<program folder>/data`` when the frozen program has ``dxdesk-portable.txt`` beside
    it (the portable zip), else None: the register then lives in the user's data directory."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder / "data" if (folder / PORTABLE_MARKER).exists() else None


def data_dir() -> Path:
    """The per-user data directory (created on demand), or the portable one."""
    portable = portable_dir()
    if portable is not None:
        return portable
    import platformdirs  # here: the window's start-up only needs resources_dir

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def settings_path() -> Path:
    """The window's settings file (an INI file Qt writes): ``DXDESK_SETTINGS`` if set, else
    beside the portable program's data, else in the user's config directory (also on
    Windows). The command line reads the officer's name there (``core.officer``)."""
    env = os.environ.get("DXDESK_SETTINGS")
    if env:
        return Path(env)
    portable = portable_dir()
    if portable is not None:  # the portable zip keeps its settings beside its data
        return portable / "dxdesk.ini"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "dxdesk.ini"


def default_database() -> Path:
    """``DXDESK_DB`` if set, else ``register.db`` in the per-user data directory."""
    env = os.environ.get("DXDESK_DB")
    return Path(env) if env else data_dir() / "register.db"


def is_server_target(target: object) -> bool:
    """Whether ``--db``/``DXDESK_DB``/a recent register names a PostgreSQL register (a
    ``postgresql://`` URL) rather than a file. (Here, not in storage.pg: the window's start-up
    asks before peewee is imported.)"""
    return isinstance(target, str) and target.lower().startswith(("postgresql://", "postgres://"))
