"""Where things live: the user's data directory and the resources shipped with dxdesk."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP = "dxdesk"


@cache  # resolve() stats every folder up the path; icons and translations ask at start-up
def resources_dir() -> Path:
    """The ``resources/`` folder, also inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    import platformdirs  # here: the window's start-up only needs resources_dir

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_database() -> Path:
    """``DXDESK_DB`` if set, else ``register.db`` in the per-user data directory."""
    env = os.environ.get("DXDESK_DB")
    return Path(env) if env else data_dir() / "register.db"
