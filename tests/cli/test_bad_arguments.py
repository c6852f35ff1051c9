"""Every command of ``dxdesk --help`` with the bad arguments an office types by mistake.

A folder or /dev/null as --db, a folder as --out, an impossible period or number, a backups
folder that cannot be written: each ends in one Vietnamese sentence ("Lỗi: …"), never in
"Lỗi không mong đợi" or an SQLite message, and a mistyped --db creates nothing unless the
command is meant to create a register.
"""

from __future__ import annotations

import argparse

import pytest

from dxdesk.cli.main import COMMANDS, build_parser, main

# One ordinary invocation of every command (paths filled in per test); bench never opens --db.
INVOCATIONS: dict[str, list[str]] = {
    "gui": ["gui"],
    "demo": ["demo"],
    "summary": ["summary"],
    "attention": ["attention"],
    "check": ["check"],
    "template": ["template", "{out}/mau.xlsx"],
    "import": ["import", "{pkg}"],
    "export": ["export", "{out}/so.xlsx"],
    "task update": ["task", "update", "NV01", "--note", "x"],
    "target measure": ["target", "measure", "MT01", "--period", "2023-Q4", "--value", "5"],
    "target show": ["target", "show", "MT01"],
    "undo": ["undo"],
    "screenshots": ["screenshots", "--out", "{out}/anh"],
    "brief": ["brief", "--out", "{out}/b.pdf"],
    "notice": ["notice", "--meeting", "HN01", "--out", "{out}/n.pdf"],
    "reminder": ["reminder", "--agency", "STTTT", "--out", "{out}/cv.pdf"],
    "plot": ["plot", "bands", "--out", "{out}/p.png"],
    "exchange issue": ["exchange", "issue", "--agency", "STTTT", "--out", "{out}/g.dxpkg"],
    "exchange open": ["exchange", "open", "{pkg}"],
    "exchange report": ["exchange", "report", "--out", "{out}/r.dxpkg"],
    "exchange preview": ["exchange", "preview", "{pkg}"],
    "exchange merge": ["exchange", "merge", "{pkg}"],
    "exchange conflicts": ["exchange", "conflicts"],
    "exchange revoke": ["exchange", "revoke", "--agency", "STTTT"],
    "exchange resolve": ["exchange", "resolve", "1", "--keep", "agency"],
    "exchange status": ["exchange", "status"],
    "exchange history": ["exchange", "history", "task", "NV01"],
    "backup": ["backup"],
    "restore": ["restore", "{pkg}", "--yes"],
    "committee show": ["committee", "show"],
    "committee set": ["committee", "set", "--name", "Ban Chỉ đạo"],
    "index show": ["index", "show", "--family", "DTI"],
    "index member": ["index", "member", "TV01"],
    "agency succeed": ["agency", "succeed", "STTTT", "--by", "SKHCN", "--on", "01/03/2025"],
    "agency history": ["agency", "history", "STTTT"],
    "register merge": ["register", "merge", "{pkg}", "--preview"],
    "draft add": ["draft", "add", "DT1", "--title", "Dự thảo"],
    "draft show": ["draft", "show", "DT1"],
    "draft indicator": ["draft", "indicator", "DT1", "CT01", "--text", "x", "--y2025", "9,5"],
    "draft comment": ["draft", "comment", "DT1", "--by", "A", "--text", "x"],
    "draft handle": ["draft", "handle", "DT1", "1", "--as", "tiep_thu"],
    "draft table": ["draft", "table", "DT1", "--out", "{out}/bang.pdf"],
    "draft adopt": ["draft", "adopt", "DT1", "--document", "KH09"],
}
NO_REGISTER = {"bench"}  # builds its own registers in a temporary folder
# take a server URL and files as their own arguments, not --db (tests/cli/test_server_cli.py)
NO_REGISTER |= {"server init", "server account", "server push", "server pull"}
CREATORS = {"demo", "exchange open", "restore"}  # commands meant to make a register


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = _commands(sub, f"{prefix}{name} ")
                names |= inner or {f"{prefix}{name}"}
    return names


def test_the_table_covers_every_command_of_help():
    assert _commands(build_parser(COMMANDS)) == set(INVOCATIONS) | NO_REGISTER


def _run(capsys, db, argv: list[str], tmp_path) -> tuple[int, str]:
    filled = [a.format(out=tmp_path, pkg=tmp_path / "khong-co.xlsx") for a in argv]
    try:
        code = main(["--db", str(db), *filled])
    except SystemExit as exc:  # argparse
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.err


def _assert_one_sentence(code: int, err: str, what: str) -> None:
    assert code != 0, what
    assert "không mong đợi" not in err and "Traceback" not in err, (what, err)
    assert "sqlite" not in err.lower() and "Errno" not in err, (what, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("Lỗi: "), (what, err)


@pytest.mark.parametrize("bad", ["folder", "/dev/null"])
def test_db_that_cannot_be_a_register_gets_one_sentence(tmp_path, capsys, bad):
    db = tmp_path if bad == "folder" else bad
    for name, argv in INVOCATIONS.items():
        code, err = _run(capsys, db, argv, tmp_path)
        _assert_one_sentence(code, err, name)
        assert "thư mục" in err or "tệp đặc biệt" in err, (name, err)


def test_a_mistyped_db_creates_nothing_unless_the_command_creates(tmp_path, capsys):
    for name, argv in INVOCATIONS.items():
        if name in CREATORS or name == "gui":  # gui: a new file opens the welcome screen
            continue
        typo = tmp_path / "nham-thu-muc" / "so.db"
        code, err = _run(capsys, typo, argv, tmp_path)
        if name == "template":  # an empty template needs no register
            assert code == 0
        else:
            _assert_one_sentence(code, err, name)
        assert not typo.parent.exists(), name


def test_import_into_a_new_file_needs_the_flag(tmp_path, capsys):
    book = tmp_path / "mau.xlsx"
    assert main(["template", str(book)]) == 0
    db = tmp_path / "moi" / "so.db"
    assert main(["--db", str(db), "import", str(book)]) == 1
    assert not db.exists()
    assert main(["--db", str(db), "import", "--new", str(book)]) == 0
    assert db.exists()


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "so.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    return db


def test_out_at_a_folder_gets_one_sentence_and_writes_nothing(tmp_path, capsys, demo_db):
    for name, argv in INVOCATIONS.items():
        if "{out}" not in " ".join(argv) or name == "screenshots":  # screenshots: out IS a folder
            continue
        folder_argv = [a.split("/")[0] if a.startswith("{out}/") else a for a in argv]
        before = sorted(p.name for p in tmp_path.iterdir())
        code, err = _run(capsys, demo_db, folder_argv, tmp_path)
        _assert_one_sentence(code, err, name)
        assert "là một thư mục" in err, (name, err)
        assert sorted(p.name for p in tmp_path.iterdir()) == before, name
    code, err = _run(capsys, demo_db, ["backup", "--out", "{out}"], tmp_path)
    _assert_one_sentence(code, err, "backup --out")


@pytest.mark.parametrize(
    ("period", "value"),
    [
        ("0000", "5"),
        ("2024-Q9", "5"),
        ("tháng ba", "5"),
        ("2023-13", "5"),
        ("2023-Q4", "nan"),
        ("2023-Q4", "inf"),
        ("2023-Q4", "1e28"),
        ("2023-Q4", "10**30"),
        ("2023-Q4", "1e999"),
        ("2023-Q4", "-1e999"),
    ],
)
def test_impossible_periods_and_numbers_are_refused(demo_db, tmp_path, capsys, period, value):
    argv = ["target", "measure", "MT01", "--period", period, f"--value={value}"]
    code, err = _run(capsys, demo_db, argv, tmp_path)
    _assert_one_sentence(code, err, " ".join(argv))


def test_backups_folder_that_cannot_be_written(tmp_path, capsys, demo_db, monkeypatch):
    """Read commands work on; ``backup`` says why it cannot, and leaves no .tmp behind."""
    from dxdesk.core.storage import backups

    folder = backups.backup_dir(demo_db)
    for copy in folder.glob("*"):
        copy.unlink()
    folder.rmdir()
    folder.write_text("")  # the backups folder is a file: no one, not even root, writes in it
    for argv in (["summary"], ["check"], ["exchange", "status"], ["undo"]):
        code, err = _run(capsys, demo_db, argv, tmp_path)
        assert code in (0, 1) and "Lỗi" not in err, (argv, err)
    code, err = _run(capsys, demo_db, ["backup"], tmp_path)
    _assert_one_sentence(code, err, "backup")
    assert "bản sao lưu" in err
    assert not list(tmp_path.rglob("*.tmp"))
