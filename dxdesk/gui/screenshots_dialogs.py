"""Screenshots of the dialogs a person should look at: ``print-dialog.png`` (File → In báo
cáo…, with page 1 previewed) and, in the other language, ``print-dialog-en.png`` (or
``-vi``). Called by ``gui/screenshots.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def print_dialog(window: Any, out: Path, name: str, settle: Any) -> Path:
    """Open the print dialog, preview page 1, grab it, close it."""
    dialog = window.files.print_dialog()
    dialog.show()
    settle(window)
    dialog.preview()
    settle(window)
    path = out / name
    dialog.grab().save(str(path))
    dialog.close()
    return path
