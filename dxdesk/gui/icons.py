"""Icons of the window: small SVGs under dxdesk/resources/icons, drawn in the app's palette.

A missing icon is an empty icon, never an error (the interface works without them).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from dxdesk.core.paths import resources_dir

_CACHE: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon ``dxdesk/resources/icons/<name>.svg`` (cached)."""
    cached = _CACHE.get(name)
    if cached is None:
        path = resources_dir() / "icons" / f"{name}.svg"
        cached = _CACHE[name] = QIcon(str(path)) if path.exists() else QIcon()
    return cached
