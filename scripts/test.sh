#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, format check, then pytest (headless Qt).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check dxdesk tests
.venv/bin/ruff format --check dxdesk tests
.venv/bin/python -m pytest "$@"
