#!/usr/bin/env bash
# Runs the portal (a production build: `npm run build` first) behind the shipped
# nginx micro-cache on this machine, unprivileged, until Ctrl-C.
#
#   PROXY_PORT=8080 APP_PORT=3000 DATA_DIR=./data deploy/run-local.sh
#
# Readers use http://localhost:$PROXY_PORT; SITE_URL defaults to that address.
# nginx's pid, logs, temp files and cache live in a temporary prefix, removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_PORT="${PROXY_PORT:-8080}"
APP_PORT="${APP_PORT:-3000}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || { echo "nginx introuvable / not found: set NGINX=/path/to/nginx" >&2; exit 1; }
[ -f .next/BUILD_ID ] || { echo "No production build: run npm run build first." >&2; exit 1; }

PREFIX="$(mktemp -d "${TMPDIR:-/tmp}/bantin-nginx.XXXXXX")"
APP_PID=""
cleanup() {
  [ -f "$PREFIX/nginx.pid" ] && kill "$(cat "$PREFIX/nginx.pid")" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$PREFIX"
}
trap cleanup EXIT INT TERM

# The portal refreshes a changed page through the proxy on publish (lib/cache/proxy-refresh.ts).
export PROXY_REFRESH_SECRET="${PROXY_REFRESH_SECRET:-$(node -e 'process.stdout.write(require("node:crypto").randomBytes(24).toString("base64url"))')}"
export PROXY_REFRESH_URL="http://127.0.0.1:$PROXY_PORT"
node deploy/render-nginx-conf.mjs --listen "127.0.0.1:$PROXY_PORT" --upstream "127.0.0.1:$APP_PORT" --prefix "$PREFIX" >/dev/null
"$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e "$PREFIX/error.log"

export PORT="$APP_PORT" TRUST_PROXY=1 SITE_URL="${SITE_URL:-http://localhost:$PROXY_PORT}"
npx next start -p "$APP_PORT" -H 127.0.0.1 &
APP_PID=$!
echo "Bản tin: http://localhost:$PROXY_PORT (nginx) → 127.0.0.1:$APP_PORT (next start)"
wait "$APP_PID"
