"""pyqtgraph, imported once, after PySide6 so that it binds to PySide6.

Only the plot modules import this; it costs ~0.3–0.5 s the first time (STACK-NOTES.md).
"""

from __future__ import annotations

import pyqtgraph as pg
import PySide6.QtWidgets  # noqa: F401 - bind pyqtgraph to PySide6, not another binding

pg.setConfigOptions(antialias=True, background="w", foreground="#1A1A1A")

__all__ = ["pg"]
