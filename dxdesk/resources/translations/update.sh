#!/usr/bin/env bash
# Regenerate the English translation source from the interface's Vietnamese strings, then
# compile the .qm files dxdesk loads. Translate new strings in dxdesk_en.ts (Qt Linguist:
# .venv/bin/pyside6-linguist) before compiling for a release.
set -euo pipefail
cd "$(dirname "$0")/../../.."
T=dxdesk/resources/translations
.venv/bin/pyside6-lupdate $(find dxdesk/gui -name '*.py' | sort) \
  -ts $T/dxdesk_en.ts -source-language vi -target-language en -no-obsolete
.venv/bin/pyside6-lrelease $T/dxdesk_en.ts -qm $T/dxdesk_en.qm
.venv/bin/pyside6-lrelease $T/qt_vi.ts -qm $T/qt_vi.qm
