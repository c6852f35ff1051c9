"""The name set in the window (Công cụ → Cài đặt, or asked at the first run) is the one the
command line signs with: the window writes it through Qt, the core reads Qt's file."""

from __future__ import annotations

import pytest

from dxdesk.core.officer import chosen_officer, stored_officer
from tests.gui.conftest import commit_text


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Thanh Hương", "Hoa, Văn phòng Sở TT&TT", 'Lê "Nam"; phòng\\KH', "@Hoa"],
)
def test_the_name_saved_in_the_settings_dialog_is_the_cli_signer(window, name):
    from dxdesk.gui.dialogs.about import SettingsDialog

    dialog = SettingsDialog(window)
    dialog.officer.clear()
    commit_text(dialog.officer, name)
    dialog.save()
    assert stored_officer() == name
    assert chosen_officer().name == name
    assert window.ctx.who == name  # the window signs with the same rule


def test_the_window_follows_the_same_rule_as_the_cli(window, monkeypatch):
    from dxdesk.gui.context import settings

    store = settings()
    store.setValue("officer", "Nguyễn Thị Hoa")
    store.sync()
    assert window.ctx.who == "Nguyễn Thị Hoa"
    monkeypatch.setenv("DXDESK_OFFICER", "Lê Văn Nam")
    assert window.ctx.who == "Lê Văn Nam"
    monkeypatch.delenv("DXDESK_OFFICER")
    store.setValue("officer", "")
    store.sync()
    assert window.ctx.who == window.ctx.session.who  # none set: the session's login
