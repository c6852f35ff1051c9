#!/usr/bin/env bash
# Regenerate the English translation source from the interface's Vietnamese strings, then
# compile the .qm files dxdesk loads. Translate new strings in dxdesk_en.ts (Qt Linguist:
# .venv/bin/pyside6-linguist) before compiling for a release.
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/pyside6-lupdate $(find dxdesk/gui -name '*.py' | sort) \
  -ts resources/translations/dxdesk_en.ts -source-language vi -target-language en -no-obsolete
.venv/bin/pyside6-lrelease resources/translations/dxdesk_en.ts -qm resources/translations/dxdesk_en.qm
.venv/bin/pyside6-lrelease resources/translations/qt_vi.ts -qm resources/translations/qt_vi.qm
