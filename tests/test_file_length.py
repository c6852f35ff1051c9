"""The house stays plain: no Python file in dxdesk/ is longer than 400 lines (issue 19). A
file that grows past it is split by responsibility, not squeezed."""

from __future__ import annotations

from pathlib import Path

import dxdesk

PACKAGE = Path(dxdesk.__file__).parent
MAX_LINES = 400


def test_no_file_in_dxdesk_is_over_400_lines():
    too_long = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}, f"split these by responsibility (lines): {too_long}"


def test_the_check_sees_every_package():
    files = {p.relative_to(PACKAGE).parts[0] for p in PACKAGE.rglob("*.py")}
    assert {"core", "gui", "cli", "bench"} <= files
