#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for tests and benchmarks.
#   scripts/postgres-cluster.sh start DIR [PORT]   -> prints a connection string on stdout
#   scripts/postgres-cluster.sh stop DIR
# Uses the PostgreSQL 15 binaries of the machine (or PG_BIN). PostgreSQL refuses to run as root,
# so as root the cluster runs as the 'postgres' user (DIR's parent must then be traversable by it).
# Binds 127.0.0.1 only, trust auth for loopback. PG_FAST=1 turns off fsync (tests only: a crash loses data).
set -euo pipefail
cmd=${1:?usage: postgres-cluster.sh start|stop DIR [PORT]}
dir=${2:?cluster directory required}
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL binaries not found (looked in ${pg_bin:-/usr/lib/postgresql/*/bin}); install postgresql or set PG_BIN" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port=${3:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; chmod 700 "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    settings="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200"
    if [ "${PG_FAST:-0}" = 1 ]; then settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$settings" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
