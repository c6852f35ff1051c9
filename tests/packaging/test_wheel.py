"""What `pip install dxdesk-*.whl` gives an officer: the wheel built by `python -m build` (from
its sdist, so the sdist is checked too), installed in a fresh virtualenv and run from another
folder with an empty HOME, prints the demo brief with embedded fonts, finds its icons and
speaks English when asked. Slow (~40 s: a build and a virtualenv with PySide6)."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.pdf import fonts_not_embedded

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(cmd: list, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], cwd=ROOT)
    return out


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """A fresh virtualenv with the wheel (and its dependencies) installed: its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", str(venv)], cwd=venv)
    wheel = next(dist.glob("dxdesk-*.whl"))
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], cwd=venv)
    return venv / "bin"


def _user_env(home: Path) -> dict:
    """An officer's environment: nothing from this checkout, an empty HOME."""
    home.mkdir(parents=True, exist_ok=True)
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TMPDIR")}
    return {**keep, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_sdist_holds_what_builds_and_tests_dxdesk(dist):
    with tarfile.open(next(dist.glob("dxdesk-*.tar.gz"))) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for path in (
        "LICENSE",
        "MANIFEST.in",
        "tests/conftest.py",
        "docs/architecture.md",
        "packaging/dxdesk.spec",
        "scripts/test.sh",
        "dxdesk/resources/translations/dxdesk_en.ts",
        "dxdesk/resources/translations/update.sh",
        "dxdesk/resources/fonts/LICENSE-LiberationSerif.txt",
    ):
        assert path in names, path


def test_wheel_carries_the_resources(dist):
    with zipfile.ZipFile(next(dist.glob("dxdesk-*.whl"))) as whl:
        names = set(whl.namelist())
    shipped = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "dxdesk/resources").rglob("*")
        if p.is_file() and p.suffix in {".ttf", ".txt", ".svg", ".png", ".ico", ".qm"}
    }
    assert shipped and shipped <= names, sorted(shipped - names)


def test_installed_wheel_prints_the_demo_brief_from_another_folder(installed, tmp_path):
    env = _user_env(tmp_path / "home")
    work = tmp_path / "elsewhere"
    work.mkdir()
    _run([str(installed / "dxdesk"), "demo"], cwd=work, env=env)
    _run(
        [str(installed / "dxdesk"), "brief", "--as-of", "19/12/2023", "--out", "b.pdf"],
        cwd=work,
        env=env,
    )
    assert (tmp_path / "home").glob("**/register.db"), "the register goes to the user's data"
    assert fonts_not_embedded(work / "b.pdf") == []


def test_installed_wheel_has_icons_and_english(installed, tmp_path):
    probe = (
        "from PySide6.QtWidgets import QApplication\n"
        "from dxdesk.gui import i18n, icons\n"
        "app = QApplication([])\n"
        "assert not icons.icon('tasks').isNull(), 'no icon'\n"
        "i18n.install(app, 'en')\n"
        "print(i18n.translator_for('')('Dữ liệu mẫu'))\n"
    )
    out = _run(
        [str(installed / "python"), "-c", probe], cwd=tmp_path, env=_user_env(tmp_path / "h")
    )
    assert out.stdout.strip() == "Demo data"
