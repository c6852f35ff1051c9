"""The committee's identity in the window (issue 16 part 1): asked, prefilled and skippable,
when a new empty register is created (welcome screen, Tệp → Tạo sổ mới…), and kept in the
"Ban Chỉ đạo" tab of Công cụ → Cài đặt… (the same form), saved only when changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dxdesk.core.services import committee as cm
from dxdesk.core.storage import models as m
from dxdesk.gui.dialogs.committee import CommitteeDialog
from tests.gui.conftest import commit_text, settle

QN = "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi"


def _changes() -> int:
    return m.ChangeSet.select().count()


@pytest.fixture
def empty_window(qtbot, tmp_path, monkeypatch):
    """A window without a register, whose Tệp → Tạo sổ mới… picks tmp_path/moi.db."""
    from dxdesk.gui import app
    from dxdesk.gui.main_window import MainWindow

    app.create_app()
    monkeypatch.setattr(app, "choose_new_register", lambda _parent: str(tmp_path / "moi.db"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.ops.shutdown()


def _asked(win) -> CommitteeDialog:
    dialogs = [d for d in win.findChildren(CommitteeDialog) if d.isVisible()]
    assert len(dialogs) == 1, "a new empty register asks for its committee"
    return dialogs[0]


def test_a_new_register_asks_for_its_committee_prefilled(empty_window):
    win = empty_window
    win.new_register()
    settle(win)
    dialog = _asked(win)
    values = dialog.values()
    assert values["name"] == cm.DEFAULT_NAME and values["level"] == "tinh"
    assert values["symbol"] == "BCĐCĐS" and values["standing_agency"] == "Sở Khoa học và Công nghệ"
    assert (
        values["signer_authority"] == "TM. BAN CHỈ ĐẠO" and values["signer_title"] == "TRƯỞNG BAN"
    )
    commit_text(dialog.fields["province"], "Quảng Ngãi")  # the name and place follow it
    assert dialog.values()["name"] == QN and dialog.values()["place"] == "Quảng Ngãi"
    dialog.fields["signer_name"].setText("Nguyễn Văn A")
    dialog.save()
    settle(win)
    stored = win.ops.call(cm.committee)
    assert stored["name"] == QN and stored["place"] == "Quảng Ngãi"
    assert stored["province"] == "Quảng Ngãi" and stored["signer_name"] == "Nguyễn Văn A"


def test_a_name_written_by_hand_is_not_replaced_by_the_province(empty_window):
    win = empty_window
    win.new_register()
    settle(win)
    dialog = _asked(win)
    dialog.fields["name"].setText("Ban Chỉ đạo 57 tỉnh Quảng Ngãi")
    commit_text(dialog.fields["province"], "Quảng Ngãi")
    assert dialog.values()["name"] == "Ban Chỉ đạo 57 tỉnh Quảng Ngãi"


def test_the_question_can_be_skipped_and_writes_nothing(empty_window):
    win = empty_window
    win.new_register()
    settle(win)
    dialog = _asked(win)
    later = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert later.text() == "Để sau"
    later.click()
    settle(win)
    assert not win.ops.call(cm.is_set)
    assert win.ops.call(_changes) == 0
    assert win.ctx is not None  # the register stays open, empty


def test_the_welcome_screens_empty_register_asks_too(empty_window, tmp_path):
    win = empty_window
    win.show_welcome(tmp_path / "dau.db")
    win.welcome.empty.click()
    settle(win)
    _asked(win).reject()


def test_the_settings_keep_the_committee_and_save_it_when_changed(window):
    window.ops.call(cm.set_committee, {"name": QN, "symbol": "BCĐCĐS"})
    dialog = window.open_settings()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Chung",
        "Ban Chỉ đạo",
    ]
    fields = dialog.committee.fields
    assert fields["name"].text() == QN and fields["symbol"].text() == "BCĐCĐS"
    fields["symbol"].setText("BCĐ57")
    fields["doc_style"].setCurrentIndex(fields["doc_style"].findData("dang"))
    dialog.save()
    settle(window)
    assert not dialog.isVisible()
    stored = window.ops.call(cm.committee)
    assert stored["symbol"] == "BCĐ57" and stored["doc_style"] == "dang"
    window.undo()  # the window's undo takes it back
    settle(window)
    assert window.ops.call(cm.committee)["symbol"] == "BCĐCĐS"


def test_the_settings_refuse_a_committee_without_a_name(window):
    window.ops.call(cm.set_committee, {"name": QN})
    dialog = window.open_settings()
    dialog.committee.fields["name"].setText("  ")
    dialog.officer.setText("Nguyễn Thị Hoa")
    dialog.save()
    settle(window)
    assert dialog.isVisible() and dialog.message.text() == "Hãy ghi tên Ban Chỉ đạo."
    assert dialog.tabs.currentIndex() == 1
    assert window.ops.call(cm.committee)["name"] == QN
    dialog.reject()


def test_saving_the_language_alone_leaves_the_committee_untouched(window):
    before = window.ops.call(_changes)
    dialog = window.open_settings()
    dialog.officer.setText("Nguyễn Thị Hoa")
    dialog.save()
    settle(window)
    assert not dialog.isVisible()
    assert window.ops.call(_changes) == before
    assert not window.ops.call(cm.is_set)


def test_tools_committee_opens_the_settings_on_its_tab(window):
    window.act_committee.trigger()
    settle(window)
    from dxdesk.gui.dialogs.about import SettingsDialog

    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    assert dialog.tabs.currentIndex() == 1
    dialog.reject()
