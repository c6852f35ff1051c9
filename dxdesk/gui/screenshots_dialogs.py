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


def connect_dialog(window: Any, out: Path, name: str, settle: Any) -> Path:
    """File → Kết nối máy chủ…, filled as an officer would (the password field stays empty)."""
    from dxdesk.core.services.server_link import ServerConnection

    conn = ServerConnection("may-chu.sotttt.gov.vn", "dxdesk", "vanphong", 5432, "require")
    dialog = window.connect_server()
    dialog.host.setText(conn.host)
    dialog.database.setText(conn.database)
    dialog.user.setText(conn.user)
    dialog.tls.setCurrentIndex(dialog.tls.findData(conn.sslmode))
    dialog.adjustSize()
    settle(window)
    path = out / name
    dialog.grab().save(str(path))
    dialog.close()
    return path


def conflict_dialog(window: Any, out: Path, name: str, settle: Any, code: str) -> Path:
    """The dialog a save over another officer's change shows (task ``code``'s blocker and
    status changed by "Nguyễn Thị Lan" meanwhile), as the core's refusal describes it."""
    from dxdesk.core.services import entities
    from dxdesk.core.services.versions import ChangedMeanwhile, Meanwhile
    from dxdesk.gui.dialogs.conflict import ConflictDialog

    task = window.ops.call(entities.get, "task", code)
    who, at = "Nguyễn Thị Lan", "09:42 19/12/2023"
    error = ChangedMeanwhile(
        "task",
        code,
        [
            Meanwhile(
                "blocker", task.get("blocker"), "Chờ bố trí kinh phí", "Chờ nhân lực", who, at
            ),
            Meanwhile("status", "in_progress", "dropped", "done", who, at),
        ],
    )
    dialog = ConflictDialog("task", error, window)
    dialog.show()
    dialog.adjustSize()
    settle(window)
    path = out / name
    dialog.grab().save(str(path))
    dialog.close()
    return path
