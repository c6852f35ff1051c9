"""The built bundle holds every module the test suite imports (dxdesk's own, loaded through
importlib, and those of its dependencies), so no page, plot or exchange step is missing from it.

It needs a built bundle: ``scripts/build-bundle.sh`` builds one and runs the whole suite with
this test (last, so it sees everything the run imported); ``DXDESK_BUNDLE`` names another
build (e.g. the Windows CI's dxdesk-cli.exe). Without a build it is skipped and says so (-rs).
The spec's lists themselves are checked without a build (test_bundle_lists.py)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import dxdesk
from tests.packaging.bundle_lists import bundle

ROOT = Path(__file__).resolve().parents[2]
EXE = "dxdesk-cli.exe" if os.name == "nt" else "dxdesk"
BUNDLE = Path(os.environ.get("DXDESK_BUNDLE") or ROOT / "dist" / "dxdesk" / EXE).absolute()


def runtime_distributions(name: str = "dxdesk") -> set[str]:
    """``name`` and what it requires at run time (not extras), recursively."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        dist = todo.pop().lower().replace("_", "-")
        if dist in seen:
            continue
        seen.add(dist)
        try:
            requires = metadata.requires(dist) or []
        except metadata.PackageNotFoundError:
            continue
        for req in requires:
            if "extra ==" in req:
                continue
            todo.append(
                req.split(";")[0]
                .split("[")[0]
                .split("<")[0]
                .split(">")[0]
                .split("=")[0]
                .split("!")[0]
                .split("~")[0]
                .strip()
            )
    return seen


def shipped_modules(imported: list[str]) -> list[str]:
    """Of ``imported``, the modules of dxdesk and its run-time dependencies that the bundle
    must hold (minus those packaging/bundle.py excludes on purpose)."""
    dists = runtime_distributions()
    owner = {
        top: {d.lower().replace("_", "-") for d in names}
        for top, names in metadata.packages_distributions().items()
    }
    owner["dxdesk"] = {"dxdesk"}
    wanted = []
    for name in imported:
        top = name.split(".")[0]
        if not owner.get(top, set()) & dists:
            continue
        if any(name == x or name.startswith(x + ".") for x in bundle.EXCLUDES):
            continue
        wanted.append(name)
    return sorted(wanted)


def _import_all_of_dxdesk() -> None:
    for info in pkgutil.walk_packages(dxdesk.__path__, "dxdesk."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


@pytest.mark.slow
@pytest.mark.skipif(
    not BUNDLE.exists(),
    reason=f"no built bundle at {BUNDLE}: "
    "scripts/build-bundle.sh builds one and runs this test against it",
)
def test_the_bundle_imports_every_module_the_suite_imported(tmp_path):
    _import_all_of_dxdesk()
    wanted = shipped_modules(sorted(sys.modules))
    assert len(wanted) > 200 and "dxdesk.gui.main_window" in wanted
    listing = tmp_path / "modules.txt"
    listing.write_text("\n".join(wanted), encoding="utf-8")
    env = {**os.environ, "DXDESK_IMPORT_CHECK": str(listing), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(BUNDLE)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
    )
    missing = [line for line in done.stdout.splitlines() if line.startswith("MISSING")]
    assert not missing, "\n".join(missing)
    assert f"IMPORTED {len(wanted)}/{len(wanted)}" in done.stdout, done.stdout + done.stderr
