#!/usr/bin/env bash
# Start a throwaway redis-server (no persistence) in a temp dir, on loopback only.
# Usage: eval "$(bash scripts/redis-throwaway.sh start [PORT])"   → exports E2E_REDIS_URL, REDIS_TEST_PORT and REDIS_THROWAWAY_DIR
#        bash scripts/redis-throwaway.sh stop DIR
set -euo pipefail
cmd=${1:-start}
if ! command -v redis-server >/dev/null; then
  echo "echo 'redis-server not found (apt-get install redis-server)' >&2; false"
  exit 0
fi
case "$cmd" in
  start)
    port=${2:-6390}
    dir=$(mktemp -d /tmp/bantin-redis-XXXXXX)
    redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
      --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    echo "export REDIS_THROWAWAY_DIR=$dir"
    echo "export E2E_REDIS_URL=redis://127.0.0.1:$port"
    # The Vitest handler tests start (and stop) their own server on the next port.
    echo "export REDIS_TEST_PORT=$port"
    ;;
  stop)
    dir=${2:?dir}
    [ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    rm -rf "$dir"
    ;;
esac
