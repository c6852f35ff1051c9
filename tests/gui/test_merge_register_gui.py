"""File → Gộp sổ…: the preview is shown, the merge happens only when confirmed."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

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


def _agency(window, code, name, kind="so_nganh", **kw):
    from dxdesk.core.services import entities

    window.ops.call(entities.save, "agency", {"code": code, "name": name, "kind": kind, **kw})


def test_the_succession_dialog_merges_several_agencies_into_one(window):
    from dxdesk.core.services import entities

    _agency(window, "SKHCN", "Sở Khoa học và Công nghệ")
    asked: list = []
    dialog = window.merges.succeed_agency(ask=lambda *a: asked.append(a) or True)
    dialog.old.set_value(["SYT", "SGDDT"])
    dialog.new.set_value(["SKHCN"])
    dialog.refresh()
    assert dialog.shares.isHidden()  # one successor: nothing to share out
    dialog.accept()
    settle(window)
    assert len(asked) == 1 and "SKHCN kế tục SYT, SGDDT" in asked[0][2]
    for code in ("SYT", "SGDDT"):
        assert str(window.ops.call(entities.get, "agency", code)["valid_to"]) == "2025-06-30"
    assert window.ops.call(entities.get, "task", "NV03")["lead_agency"] == "SKHCN"


def test_the_succession_dialog_splits_with_shares(window):
    from dxdesk.core.services import entities

    on = date(2025, 7, 1)
    _agency(window, "XA1", "UBND xã Một", "xa", valid_from=on)
    _agency(window, "XA2", "UBND xã Hai", "xa", valid_from=on)
    dialog = window.merges.succeed_agency(ask=lambda *a: True)
    dialog.old.set_value(["STTTT"])
    dialog.new.set_value(["XA1", "XA2"])
    dialog.refresh()
    codes = [dialog.shares.item(r, 0).text() for r in range(dialog.shares.rowCount())]
    assert codes == ["MT01", "MT02"] and not dialog.shares.isHidden()
    dialog.shares.cellWidget(1, 2).setCurrentText("XA2")
    dialog.texts.item(1, 1).setText("các xã phía tây")
    dialog.accept()
    settle(window)
    assert window.ops.call(entities.get, "target", "MT01")["lead_agency"] == "XA1"
    assert window.ops.call(entities.get, "target", "MT02")["lead_agency"] == "XA2"
    from dxdesk.core.storage import models as m

    shares = window.ops.call(
        lambda: {(r.successor.code, r.kind, r.share) for r in m.AgencySuccession.select()}
    )
    assert shares == {("XA1", "chia_tach", ""), ("XA2", "chia_tach", "các xã phía tây")}
