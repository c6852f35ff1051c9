#!/usr/bin/env bash
# Build the one-folder dxdesk (PyInstaller) and test what ships, on a clean clone:
#   scripts/build-bundle.sh           # → dist/dxdesk/ (Linux; Windows: .github/workflows/windows.yml)
#   scripts/build-bundle.sh --quick   # the same without the whole test suite's module check
# Steps: the venv (scripts/setup.sh) and PyInstaller in it; the build (packaging/dxdesk.spec);
# the smoke test of the built program from another folder with an empty HOME
# (packaging/smoke.py); the whole test suite, whose last test checks that the bundle imports
# every module the run imported (tests/packaging/test_bundle.py); then window start-up, bundle
# against the source run (python packaging/launch.py), median of paired runs.
# Last line: the bundle's size and the start-up ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
rm -rf dist/dxdesk
.venv/bin/pyinstaller packaging/dxdesk.spec --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller
BUNDLE="$PWD/dist/dxdesk/dxdesk"

echo "== smoke test of the bundle"
.venv/bin/python packaging/smoke.py "$BUNDLE"

if [ "${1:-}" != "--quick" ]; then
  echo "== test suite, then the bundle's module check against everything it imported"
  DXDESK_BUNDLE="$BUNDLE" QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -rs
else
  echo "== module check (dxdesk's modules and their imports only: --quick)"
  DXDESK_BUNDLE="$BUNDLE" QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -rs \
    tests/packaging/test_bundle.py
fi

echo "== window start-up: bundle vs source run (5 pairs)"
.venv/bin/python packaging/smoke.py --compare 5 "$BUNDLE" -- .venv/bin/python packaging/launch.py
