"""The Windows workflow (.github/workflows/windows.yml) cannot run here; what it calls is
checked on Linux so that a renamed script or a YAML slip does not first fail on the runner."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
ISS = ROOT / "packaging" / "windows" / "dxdesk.iss"


def test_step_names_are_plain_yaml_scalars():
    """A ': ' inside an unquoted value makes the whole file unreadable to GitHub."""
    for line in WORKFLOW.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.strip().lstrip("- ").partition(": ")
        if sep and key in ("name", "uses", "shell", "runs-on", "python-version"):
            assert ": " not in value or value[:1] in "\"'", line


def test_every_file_it_calls_exists():
    text = WORKFLOW.read_text(encoding="utf-8")
    called = set(
        re.findall(r"\b((?:packaging|tests|scripts)[/\\][\w./\\-]+\.(?:py|spec|iss))", text)
    )
    assert {"packaging/smoke.py", "packaging/dxdesk.spec", "tests/packaging/test_bundle.py"} <= {
        c.replace("\\", "/") for c in called
    }
    for path in called:
        assert (ROOT / path.replace("\\", "/")).exists(), path


def test_the_installer_it_runs_is_the_one_the_script_writes():
    iss = ISS.read_text(encoding="utf-8")
    assert "OutputBaseFilename=dxdesk-{#AppVersion}-setup" in iss
    assert "OutputDir=..\\..\\dist" in iss
    assert "dist\\dxdesk-$version-setup.exe" in WORKFLOW.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "/CURRENTUSER" not in WORKFLOW.read_text(encoding="utf-8")  # needs an override
