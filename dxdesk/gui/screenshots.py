"""Screenshots of every main view (``attention.png``: "Cần xử lý") and of the task dialog, at
1366×768, without a display; the print dialog with page 1 previewed (``print-dialog.png``, and
``print-dialog-en.png`` in the other language); the tasks list, the overview and "Cần xử lý" at
1920×1080 too (``tasks-1920.png``, ``overview-1920.png``, ``attention-1920.png``), and the same
three in the other language (``overview-en.png``, ``tasks-en.png``, ``attention-en.png``, or
``-vi`` when the run is in English), and the preview of an Excel import (``import-preview.png``);
File → Kết nối máy chủ… (``connect-dialog.png``) and a save over another officer's change
(``conflict-dialog.png``), in both languages.

Used by ``dxdesk screenshots --out DIR`` so that a person can check diacritics, headers and
layout; the window uses fresh settings (default columns), not the user's.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

SIZE = (1366, 768)
LARGE = (1920, 1080)
VIEWS = ["overview", "attention", "targets", "tasks", "meetings", "documents", "agencies"]


def _settle(window, rounds: int = 3) -> None:
    """Let every fetch (and the fetches its results start) finish and paint."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        window.ops.wait_idle()
        QCoreApplication.processEvents()


def take(db: Path, out: Path, *, as_of: date | None = None, language: str = "vi") -> list[Path]:
    """Write overview.png … agencies.png and task-dialog.png into ``out``; return the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DXDESK_SETTINGS"] = str(Path(tmp) / "dxdesk.ini")
        from dxdesk.gui.context import settings

        store = settings()
        store.setValue("language", language)
        store.sync()
        written = _take(db, out, as_of)
        from dxdesk.gui.screenshots_register import take_register_views

        return written + take_register_views(out, language)  # indices, a target's units, a draft


def _take(db: Path, out: Path, as_of: date | None) -> list[Path]:
    from dxdesk.core.errors import DxError
    from dxdesk.core.services import entities
    from dxdesk.gui import screenshots_dialogs
    from dxdesk.gui.app import create_app, open_register
    from dxdesk.gui.dialogs.record import RecordDialog
    from dxdesk.gui.main_window import MainWindow

    app = create_app()
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    errors: list[str] = []
    window.ops.error.connect(lambda title, message: errors.append(f"{title}: {message}"))
    if not db.exists():
        raise DxError(f"Không có tệp {db}.")
    if not open_register(window, db, as_of=as_of):
        raise DxError(f"Không mở được {db}.")
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        for key in VIEWS:
            window.show_page(key)
            _settle(window)
            path = out / f"{key}.png"
            window.grab().save(str(path))
            written.append(path)
        tasks = window.pages["tasks"]
        window.show_page("tasks")
        _settle(window)
        if tasks.model.rowCount():
            code = tasks.selected_key() or tasks.model.key_at(0)
            record = window.ops.call(entities.get, "task", code)
            dialog = RecordDialog(window.ctx, "task", record, parent=window)
        else:
            dialog = RecordDialog(window.ctx, "task", parent=window)
        dialog.show()
        _settle(window)
        path = out / "task-dialog.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
        from dxdesk.gui import screenshot_import

        written.append(screenshot_import.shoot(window, out, _settle))
        written.append(screenshots_dialogs.print_dialog(window, out, "print-dialog.png", _settle))
        written += _server_dialogs(window, out, "")
        window.resize(*LARGE)
        for key in ("tasks", "overview", "attention"):
            window.show_page(key)
            _settle(window)
            path = out / f"{key}-1920.png"
            window.grab().save(str(path))
            written.append(path)
        window.resize(*SIZE)
        window = _other_language(window, out, written)
    finally:
        window.close()
        window.ops.shutdown()
        app.processEvents()
    if errors:
        raise DxError("; ".join(errors))
    return written


def _other_language(window, out: Path, written: list[Path]):
    """The overview and the tasks list in the other language; returns the window shown."""
    from PySide6.QtCore import QLocale

    from dxdesk.gui import app, screenshots_dialogs

    other = "vi" if QLocale().language() == QLocale.Language.English else "en"
    window = app.switch_language(window, other)
    window.resize(*SIZE)
    for key in ("overview", "tasks", "attention"):
        window.show_page(key)
        _settle(window)
        path = out / f"{key}-{other}.png"
        window.grab().save(str(path))
        written.append(path)
    name = f"print-dialog-{other}.png"
    written.append(screenshots_dialogs.print_dialog(window, out, name, _settle))
    written += _server_dialogs(window, out, f"-{other}")
    return window


def _server_dialogs(window, out: Path, suffix: str) -> list[Path]:
    """File → Kết nối máy chủ… and the dialog of a save over another officer's change."""
    from dxdesk.gui import screenshots_dialogs as shots

    tasks = window.pages["tasks"]
    written = [shots.connect_dialog(window, out, f"connect-dialog{suffix}.png", _settle)]
    if tasks.model.rowCount():
        code = tasks.model.key_at(0)
        name = f"conflict-dialog{suffix}.png"
        written.append(shots.conflict_dialog(window, out, name, _settle, code))
    return written
