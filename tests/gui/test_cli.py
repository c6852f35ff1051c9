"""``dxdesk screenshots`` and ``dxdesk undo``: the window's CLI verbs."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from dxdesk.core.services import entities
from dxdesk.core.session import Session
from tests.gui.sample import load_sample

VIEWS = ["overview", "attention", "targets", "tasks", "meetings", "documents", "agencies"]


def _register(path) -> None:
    with Session(path, who="kiểm thử"):
        load_sample()


def _dxdesk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dxdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=120,
    )


def test_screenshots_writes_one_png_per_view_and_the_task_dialog(tmp_path):
    db = tmp_path / "so.db"
    _register(db)
    out = tmp_path / "anh"
    done = _dxdesk("--db", str(db), "screenshots", "--out", str(out), "--as-of", "19/12/2023")
    assert done.returncode == 0, done.stderr
    for name in VIEWS:
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name
    dialog = QImage(str(out / "task-dialog.png"))
    assert dialog.width() > 500 and dialog.height() > 300
    large = QImage(str(out / "tasks-1920.png"))
    assert (large.width(), large.height()) == (1920, 1080)
    assert QImage(str(out / "overview-en.png")).width() == 1366  # the other language
    # "Cần xử lý", also large and in the other language
    assert QImage(str(out / "attention-1920.png")).width() == 1920
    assert QImage(str(out / "attention-en.png")).width() == 1366
    settings = QImage(str(out / "settings-committee.png"))  # the settings' committee tab
    assert settings.width() >= 720 and settings.height() > 300


def test_undo_and_redo_from_the_command_line(tmp_path):
    db = tmp_path / "so.db"
    _register(db)
    with Session(db, who="Lan"):
        entities.save("task", {"code": "NV01", "text": "Nội dung mới"}, who="Lan")
    lan = {name: "Lan" for name in ("LOGNAME", "USER", "LNAME", "USERNAME")}
    done = _dxdesk("--db", str(db), "undo", env={**lan, "LOGNAME": "Minh", "USER": "Minh"})
    assert done.returncode != 0 and "của Lan" in done.stderr  # not Minh's change
    done = _dxdesk("--db", str(db), "undo", env=lan)
    assert done.returncode == 0 and "Đã hoàn tác" in done.stdout
    with Session(db):
        assert entities.get("task", "NV01")["text"] == "Chuyển đổi số trong y tế"
    done = _dxdesk("--db", str(db), "undo", "--redo", env=lan)
    assert "Đã làm lại" in done.stdout
    with Session(db):
        assert entities.get("task", "NV01")["text"] == "Nội dung mới"
