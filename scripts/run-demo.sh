#!/usr/bin/env bash
# Starts dxdesk on the Lào Cai 2023 demo register (created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export DXDESK_DB=${DXDESK_DB:-$PWD/demo/laocai-2023.db}
mkdir -p "$(dirname "$DXDESK_DB")"
[ -f "$DXDESK_DB" ] || .venv/bin/dxdesk demo
if .venv/bin/dxdesk --help | grep -q " gui "; then
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    echo "Không có màn hình: chạy dxdesk trên màn hình ảo (xvfb-run)."
    exec xvfb-run -a .venv/bin/dxdesk gui "$@"
  fi
  exec .venv/bin/dxdesk gui "$@"
fi
.venv/bin/dxdesk summary --as-of 19/12/2023
