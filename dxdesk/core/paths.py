"""Where things live: the user's data directory and the resources shipped with dxdesk."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP = "dxdesk"


@cache  # icons and translations ask at start-up
def resources_dir() -> Path:
    """``dxdesk/resources`` (fonts, translations, icons): package data found with
    importlib.resources, so it is there in a wheel, an editable install and a PyInstaller bundle."""
    from importlib.resources import files

    return Path(str(files("dxdesk") / "resources"))


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    import platformdirs  # here: the window's start-up only needs resources_dir

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_database() -> Path:
    """``DXDESK_DB`` if set, else ``register.db`` in the per-user data directory."""
    env = os.environ.get("DXDESK_DB")
    return Path(env) if env else data_dir() / "register.db"
