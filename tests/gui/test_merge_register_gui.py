"""File → Gộp sổ…: the preview is shown, the merge happens only when confirmed."""

from __future__ import annotations

import subprocess
import sys

from dxdesk.core.services import lists
from tests.gui.conftest import AS_OF, settle


def _tasks(window) -> int:
    return len(window.ops.call(lists.task_list, AS_OF).rows)


def test_merging_another_register_from_the_file_menu(window, tmp_path):
    other = tmp_path / "yenbai.db"
    subprocess.run(
        [sys.executable, "-m", "dxdesk", "--db", str(other), "demo"],
        check=True,
        capture_output=True,
    )
    assert any(a.text() == "Gộp sổ…" for a in window.actions())
    before = _tasks(window)
    window.merges.merge_register(str(other), "YB", ask=lambda *a: False)
    settle(window)
    assert window.merges.last_dialog is not None  # the preview was shown
    assert _tasks(window) == before  # declined: nothing written
    asked: list = []
    window.merges.merge_register(str(other), "YB", ask=lambda *a: asked.append(a) or True)
    settle(window)
    settle(window)
    assert len(asked) == 1 and _tasks(window) == before + 75


def test_an_agency_succeeded_from_the_edit_menu(window):
    from dxdesk.core.services import entities

    window.ops.call(
        entities.save,
        "agency",
        {"code": "SKHCN", "name": "Sở Khoa học và Công nghệ", "kind": "so_nganh"},
    )
    assert any(a.text() == "Kế tục cơ quan…" for a in window.actions())
    asked: list = []
    window.merges.succeed_agency(
        ("SYT", "SKHCN", "01/07/2025"), ask=lambda *a: asked.append(a) or True
    )
    settle(window)
    assert len(asked) == 1 and "SKHCN kế tục SYT" in asked[0][2]
    assert str(window.ops.call(entities.get, "agency", "SYT")["valid_to"]) == "2025-06-30"
