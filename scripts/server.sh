#!/usr/bin/env bash
# A PostgreSQL server for a shared register, in a folder of your choice (docs/server.md):
# creates the cluster (Debian's postgresql package) unless it is there, starts it on a Unix
# socket in that folder, creates the register and the first secretariat account, and prints
# the connection string to give dxdesk (--db or DXDESK_DB).
#
#   scripts/server.sh DIR [ACCOUNT]        (ACCOUNT: default vanphong)
#   scripts/server.sh DIR --stop
#
# Env: DXDESK_PG_BINDIR (other binaries), DXDESK_PG_DB (database name, default dxdesk),
# DXDESK_PG_PORT (also listen on localhost:PORT for other machines' clients; default: socket only).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ $# -lt 1 ]; then
  echo "Cách dùng: scripts/server.sh THƯ_MỤC [TÀI_KHOẢN] | THƯ_MỤC --stop" >&2
  exit 2
fi
DIR=$(realpath -m "$1")
ACCOUNT=${2:-vanphong}
DB=${DXDESK_PG_DB:-dxdesk}
ADMIN=dxdesk_admin

bindir() {
  if [ -n "${DXDESK_PG_BINDIR:-}" ]; then echo "$DXDESK_PG_BINDIR"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$newest" ]; then echo "$newest"; return; fi
  command -v initdb >/dev/null && dirname "$(readlink -f "$(command -v initdb)")"
}
BIN=$(bindir || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Cài gói Debian postgresql…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    BIN=$(bindir)
  else
    echo "Không có PostgreSQL: hãy cài gói Debian postgresql." >&2
    exit 1
  fi
fi

# initdb refuses to run as root: then the cluster belongs to Debian's postgres user
AS=()
if [ "$(id -u)" -eq 0 ]; then AS=(runuser -u postgres --); fi
pgrun() { "${AS[@]}" "$BIN/$1" "${@:2}"; }

if [ "${2:-}" = "--stop" ]; then
  pgrun pg_ctl -D "$DIR/data" -m fast stop
  exit 0
fi

mkdir -p "$DIR"
chmod 700 "$DIR"  # the socket is here: only the folder's owner reaches it
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  # the socket (in DIR, owner only) trusts its local users; TCP clients need a password
  pgrun initdb -D "$DIR/data" -U "$ADMIN" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
fi
OPTS="-k $DIR -c listen_addresses=''"
if [ -n "${DXDESK_PG_PORT:-}" ]; then OPTS="-k $DIR -p $DXDESK_PG_PORT -c listen_addresses=localhost"; fi
if ! pgrun pg_ctl -D "$DIR/data" status >/dev/null 2>&1; then
  pgrun pg_ctl -D "$DIR/data" -l "$DIR/server.log" -w -o "$OPTS" start >/dev/null
fi

DXDESK=${DXDESK:-}
if [ -z "$DXDESK" ]; then
  if [ -x "$ROOT/.venv/bin/dxdesk" ]; then DXDESK="$ROOT/.venv/bin/dxdesk"; else DXDESK=dxdesk; fi
fi
PORTQ=""; [ -n "${DXDESK_PG_PORT:-}" ] && PORTQ="&port=$DXDESK_PG_PORT"
"$DXDESK" server init "postgresql:///$DB?host=$DIR&user=$ADMIN$PORTQ" --account "$ACCOUNT" >&2
echo "postgresql://$ACCOUNT@/$DB?host=$DIR$PORTQ"
