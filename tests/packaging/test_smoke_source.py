"""The bundle's smoke test (packaging/smoke.py), run on the source program through the frozen
entry point (packaging/launch.py): so a change of the command line that the smoke test does
not follow fails here, not first in scripts/build-bundle.sh or the Windows CI. Slow (~40 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_smoke_test_passes_on_the_source_run(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "smoke.py"),
            "--display",
            "offscreen",
            sys.executable,
            str(ROOT / "packaging" / "launch.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rows=" in done.stdout and "smoke test passed" in done.stdout
