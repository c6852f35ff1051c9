"""The core, the CLI and the reports must work where Qt cannot be imported."""

import subprocess
import sys
from pathlib import Path

import dxdesk

SCRIPT = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
import dxdesk
seen = []
for info in pkgutil.walk_packages(dxdesk.__path__, 'dxdesk.'):
    if info.name.startswith('dxdesk.gui') or info.name == 'dxdesk.__main__':
        continue
    importlib.import_module(info.name)
    seen.append(info.name)
print(len(seen))
"""


def test_every_module_outside_gui_imports_without_pyside6():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=Path(dxdesk.__file__).parents[1],
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 20  # the walk really found the core, CLI and reports
