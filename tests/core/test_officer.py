"""Progress notes and changes made from the command line are signed with the officer's name
(the one the window asks for at the first run), not the computer's login: one rule in the
core (``core.officer``), --officer and DXDESK_OFFICER to give it, the login only as the last
resort, said so."""

from __future__ import annotations

import getpass

import pytest

from dxdesk.cli.main import main
from dxdesk.core.officer import Officer, chosen_officer, qt_ini_value, stored_officer
from dxdesk.core.session import Session


def write_settings(path, officer_line: str) -> None:
    """A settings file as the window's Qt writes it."""
    path.write_text(f"[General]\n{officer_line}\n\n[window]\npage=tasks\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Nguyễn Thị Hoa", "Nguyễn Thị Hoa"),
        ('"Hoa, Văn phòng Sở TT&TT"', "Hoa, Văn phòng Sở TT&TT"),
        ('" lead \\"x\\"; y\\\\z"', ' lead "x"; y\\z'),
        ("@@Hoa", "@Hoa"),
        ("@Invalid()", ""),
        ("", ""),
    ],
)
def test_a_name_is_read_as_qt_wrote_it(raw, name):
    assert qt_ini_value(raw) == name


def test_the_rule_option_then_environment_then_settings_then_none(tmp_path, monkeypatch):
    ini = tmp_path / "dxdesk.ini"
    monkeypatch.setenv("DXDESK_SETTINGS", str(ini))
    assert chosen_officer() is None  # no file: nobody named, the session's login signs
    write_settings(ini, 'officer="Nguyễn Thị Hoa, Văn phòng"')
    assert stored_officer() == "Nguyễn Thị Hoa, Văn phòng"
    assert chosen_officer() == Officer("Nguyễn Thị Hoa, Văn phòng", "settings")
    monkeypatch.setenv("DXDESK_OFFICER", "Lê Văn Nam")
    assert chosen_officer() == Officer("Lê Văn Nam", "env")
    assert chosen_officer("  Trần   Thị  B ") == Officer("Trần Thị B", "option")
    assert chosen_officer("   ") == Officer("Lê Văn Nam", "env")  # blank: not a name
    # decomposed Vietnamese (as some keyboards send it) is stored composed
    assert chosen_officer("Nguye\u0302\u0303n").name == "Nguyễn"


@pytest.fixture
def demo_db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DXDESK_SETTINGS", str(tmp_path / "dxdesk.ini"))
    db = str(tmp_path / "laocai.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    return db


def note_author(db: str, code: str = "NV01") -> str:
    from dxdesk.core.services.lists import note_list

    with Session(db, daily_backup=False):
        return note_list(code).dicts()[0]["author"]


def test_the_cli_signs_notes_with_the_officer_name_the_window_keeps(demo_db, tmp_path, capsys):
    write_settings(tmp_path / "dxdesk.ini", "officer=Nguyễn Thị Hoa")
    assert main(["--db", demo_db, "task", "update", "NV01", "--note", "Đã họp triển khai"]) == 0
    assert "Người ghi: Nguyễn Thị Hoa." in capsys.readouterr().out
    assert note_author(demo_db) == "Nguyễn Thị Hoa"
    # --officer names someone else for this run only
    assert (
        main(["--db", demo_db, "--officer", "Lê Văn Nam", "task", "update", "NV01", "--note", "x"])
        == 0
    )
    capsys.readouterr()
    assert note_author(demo_db) == "Lê Văn Nam"


def test_without_a_name_the_login_signs_and_the_cli_says_how_to_set_one(demo_db, capsys):
    assert main(["--db", demo_db, "task", "update", "NV01", "--note", "Đã họp"]) == 0
    out = capsys.readouterr().out
    assert "chưa đặt tên người ghi sổ" in out and "--officer TÊN" in out
    assert note_author(demo_db) == getpass.getuser()


def test_the_officer_option_value_is_not_taken_for_the_command():
    from dxdesk.cli.main import chosen_command

    assert chosen_command(["--officer", "demo", "summary"]) == "summary"
    assert chosen_command(["--off", "demo", "task", "update"]) == "task"
