#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster in a temp dir, on loopback only.
# Usage: eval "$(bash scripts/pg-throwaway.sh start [PORT])"   → exports TEST_DATABASE_URL and PG_THROWAWAY_DIR
#        bash scripts/pg-throwaway.sh stop DIR
set -euo pipefail
cmd=${1:-start}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "echo 'PostgreSQL server binaries not found (apt-get install postgresql)' >&2; false"
  exit 0
fi
run_as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    port=${2:-55432}
    dir=$(mktemp -d /tmp/bantin-pg-XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run_as_pg "$PGBIN/initdb" -D "$dir/data" -U bantin --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || run_as_pg "$PGBIN/initdb" -D "$dir/data" -U bantin --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    run_as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    echo "export PG_THROWAWAY_DIR=$dir"
    echo "export TEST_DATABASE_URL=postgres://bantin@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=${2:?dir}
    run_as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
