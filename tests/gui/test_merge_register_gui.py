"""File → Gộp sổ…: the preview is shown, the merge happens only when confirmed."""

from __future__ import annotations

import subprocess
import sys

from dxdesk.core.services import lists
from tests.gui.conftest import AS_OF, settle


def _tasks(window) -> int:
    return len(window.ops.call(lists.task_list, AS_OF).rows)


def _demo(path) -> None:
    subprocess.run(
        [sys.executable, "-m", "dxdesk", "--db", str(path), "demo"],
        check=True,
        capture_output=True,
    )


def test_merging_another_register_from_the_file_menu(window, tmp_path):
    other = tmp_path / "yenbai.db"
    _demo(other)
    assert any(a.text() == "Gộp sổ…" for a in window.actions())
    before = _tasks(window)
    dialog = window.merges.merge_register(str(other))
    settle(window)
    # the preview is shown before anything is written: collisions not yet resolved
    assert dialog.codes.rowCount() > 0 and dialog.codes.item(0, 3).text() == "Chưa có cách xử lý"
    assert not dialog.apply_button.isEnabled() and "chưa có cách xử lý" in dialog.status.text()
    dialog.prefix.setText("YB")
    dialog.preview()
    settle(window)
    cells = [dialog.codes.item(r, 2).text() for r in range(dialog.codes.rowCount())]
    assert "YB-NV01" in cells and dialog.apply_button.isEnabled()
    rows = [
        [dialog.added.item(r, c).text() for c in range(3)] for r in range(dialog.added.rowCount())
    ]
    assert ["Thêm", "Nhiệm vụ", "75"] in rows and ["Thêm", "Cơ quan", "25"] in rows
    dialog.apply(ask=lambda *a: False)
    settle(window)
    assert _tasks(window) == before  # declined: nothing written
    asked: list = []
    dialog.apply(ask=lambda *a: asked.append(a) or True)
    settle(window)
    settle(window)
    assert len(asked) == 1 and _tasks(window) == before + 75
    assert "vào sổ đang mở" in asked[0][2]
    dialog.close()


def test_the_merge_dialog_takes_a_mapping_table(window, tmp_path):
    other = tmp_path / "yenbai.db"
    _demo(other)
    table = tmp_path / "map.csv"
    table.write_text("cơ quan,SYT,SYT\nnhiệm vụ,NV01,YB01\n", encoding="utf-8")
    dialog = window.merges.merge_register(str(other), "YB", str(table))
    settle(window)
    rows = [
        [dialog.codes.item(r, c).text() for c in range(4)] for r in range(dialog.codes.rowCount())
    ]
    assert ["Nhiệm vụ", "NV01", "YB01", "Bảng ánh xạ: mã mới"] in rows
    assert ["Cơ quan", "SYT", "SYT", "Bảng ánh xạ: dùng chung bản ghi đã có ở sổ này"] in rows
    table.write_text("nhiệm vụ,NV01,NV02\n", encoding="utf-8")  # work folded into work
    dialog.preview()
    settle(window)
    assert "không thể nhập vào nhiệm vụ NV02" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()
    dialog.close()


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
