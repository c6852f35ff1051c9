#!/usr/bin/env bash
# Installs what dxdesk needs on a Debian machine, safe to run again:
# the shared libraries Qt needs (when run as root or with sudo), then a virtualenv in .venv
# with dxdesk and its test tools. Usage: scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
      fonts-dejavu-core fonts-liberation2 poppler-utils xvfb python3-venv
      libreoffice-writer-nogui  # the tests open the Word copies (soffice --headless), ~20 s to install
      postgresql)  # the suites run on a throwaway PostgreSQL cluster too (tests/pgserver.py)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "dxdesk: cài gói Debian còn thiếu: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.dxdesk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
