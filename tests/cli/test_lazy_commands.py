"""`dxdesk` builds its command line from a table and imports only the chosen verb's module, so
`--version` and `--help` answer without loading openpyxl, numpy, peewee or Qt (~0,4 s)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from dxdesk.cli import main as cli

HEAVY = ("openpyxl", "numpy", "peewee", "PySide6", "reportlab", "pyqtgraph", "cryptography")
# the installed console script `dxdesk`, called as the OS calls it
PROBE = """
import sys
from importlib.metadata import entry_points
main = entry_points(group="console_scripts")["dxdesk"].load()
sys.argv = ["dxdesk", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("LOADED", *sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[-1:] and %r)))
"""


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["--db", "x.db", "--help"]])
def test_version_and_help_import_nothing_heavy(argv, tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), *argv],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == "LOADED", loaded
    assert "dxdesk" in done.stdout


def _modules_help() -> dict[str, str]:
    parser = cli.build_parser(cli.COMMANDS)  # every verb's real sub-parser
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {c.dest: c.help for c in action._choices_actions}


def test_the_table_lists_every_command_module_with_its_own_help():
    modules = {p.stem for p in Path(cli.__file__).with_name("commands").glob("*.py")}
    assert modules - {"__init__"} == {module for module, _ in cli.COMMANDS.values()}
    assert _modules_help() == {name: help for name, (_, help) in cli.COMMANDS.items()}


def test_the_verb_is_found_past_the_db_option():
    assert cli.chosen_command(["--db", "demo", "summary", "--json"]) == "summary"
    assert cli.chosen_command(["--d", "brief", "plot"]) == "plot"
    assert cli.chosen_command(["--version"]) is None


def test_a_verb_still_parses_its_own_options(capsys):
    with pytest.raises(SystemExit):
        cli.main(["brief", "--help"])
    assert "--style" in capsys.readouterr().out
