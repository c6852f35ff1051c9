"""The house's layers: the core never reaches into the bench, the window reaches storage only
through the services, and the agency-mode rule guards writes because the Session says so."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dxdesk

PACKAGE = Path(dxdesk.__file__).parent


def _imports(folder: str) -> dict[str, set[str]]:
    """Every module each file under ``dxdesk/<folder>`` imports, at any depth (lazy imports
    inside functions count too)."""
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
        found[str(path.relative_to(PACKAGE.parent))] = names
    return found


def _offenders(folder: str, forbidden: str) -> list[str]:
    return [
        f"{path}: {name}"
        for path, names in _imports(folder).items()
        for name in sorted(names)
        if name == forbidden or name.startswith(forbidden + ".")
    ]


def test_the_scan_sees_imports_inside_functions():
    assert "dxdesk.core.services.tables" in _imports("gui")["dxdesk/gui/startup.py"]


def test_the_core_does_not_import_the_bench():
    assert _offenders("core", "dxdesk.bench") == []


def test_the_window_does_not_import_storage():
    assert _offenders("gui", "dxdesk.core.storage") == []


def test_a_session_registers_the_agency_mode_guard(tmp_path):
    """Importing the rule changes nothing; opening a register puts it in front of writes."""
    code = (
        "import sys\n"
        "from dxdesk.core.exchange.offline import permissions\n"
        "from dxdesk.core.services import changes\n"
        "before = permissions.guard in changes.GUARDS\n"
        "from dxdesk.core.session import Session\n"
        "Session(sys.argv[1], daily_backup=False).close()\n"
        "Session(sys.argv[1], daily_backup=False).close()\n"
        "print(before, changes.GUARDS.count(permissions.guard))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "r.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["False", "1"]
