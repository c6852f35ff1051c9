"""Bench entries for the start-up of the ``dxdesk`` command itself, from its real entry point
(the console script's function, in a new interpreter each run): ``--version``, ``--help`` and
the parse of ``gui`` up to the moment the window's code would start. The floor is a bare
interpreter that imports argparse, what any Python command pays."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from dxdesk.bench.timing import Entry, Goal

# the console script as installed (`dxdesk = dxdesk.cli.main:main`), argv as the OS passes it
ENTRY = (
    "import sys\n"
    "from dxdesk.cli.main import main\n"
    "sys.argv[0] = 'dxdesk'\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
)
# `dxdesk gui` up to the handler: the command's whole share of the window's start-up
UP_TO_GUI = (
    "import sys\n"
    "from dxdesk.cli.main import build_parser, chosen_command\n"
    "argv = ['gui']\n"
    "build_parser([chosen_command(argv)]).parse_args(argv)\n"
)
FLOOR = "import argparse\n"
GOAL_RATIO = 1.5  # the command may cost half a bare interpreter's start on top of it


def _once(code: str, *argv: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *argv], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_command_startup(workdir: Path, quick: bool) -> list[Entry]:
    """Median of paired runs (command, floor back to back) for each way of starting."""
    runs = 3 if quick else 15
    cases = [
        ("dòng lệnh: dxdesk --version", ENTRY, ("--version",)),
        ("dòng lệnh: dxdesk --help", ENTRY, ("--help",)),
        ("dòng lệnh: dxdesk gui đến lúc mở cửa sổ", UP_TO_GUI, ()),
    ]
    entries: list[Entry] = []
    for name, code, argv in cases:
        _once(code, *argv)  # warm: bytecode and the OS file cache
        pairs = [(_once(code, *argv), _once(FLOOR)) for _ in range(runs)]
        seconds = statistics.median(m for m, _ in pairs)
        floor = statistics.median(f for _, f in pairs)
        ratio = statistics.median(m / f for m, f in pairs)
        entries.append(
            Entry(
                name,
                seconds,
                floor,
                ratio,
                Goal(max_ratio=GOAL_RATIO),
                floor="trình thông dịch Python trần chỉ nạp argparse",
            )
        )
    return entries
