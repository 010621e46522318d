#!/usr/bin/env bash
# Every test: typecheck, Vitest (units + integration on SQLite, and on PostgreSQL
# when TEST_DATABASE_URL is set or PostgreSQL server binaries are installed),
# then Playwright end-to-end against the production build in Debian's Chromium.
# Usage: npm test
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

[ -d node_modules ] || npm ci --no-audit --no-fund

# Chromium: Debian's package (Playwright's own browser download does not work here).
CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> Installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    CHROMIUM_PATH=$(command -v chromium)
  else
    echo "Chromium not found. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

# PostgreSQL: use TEST_DATABASE_URL when given; else start a throwaway cluster if the server is installed.
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done' EXIT
if [ -z "${TEST_DATABASE_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  eval "$(bash scripts/pg-throwaway.sh start "${PG_TEST_PORT:-55439}")"
  cleanup+=('bash scripts/pg-throwaway.sh stop "$PG_THROWAWAY_DIR"')
fi
# Redis: the shared cache (issue 12). A throwaway server when redis-server is installed: the
# e2e servers share it (E2E_REDIS_URL); the handler's Vitest tests start their own beside it.
if [ -z "${E2E_REDIS_URL:-}" ] && command -v redis-server >/dev/null; then
  eval "$(bash scripts/redis-throwaway.sh start "${REDIS_TEST_PORT:-6390}")"
  cleanup+=('bash scripts/redis-throwaway.sh stop "$REDIS_THROWAWAY_DIR"')
fi
if [ -n "${E2E_REDIS_URL:-}" ]; then echo "==> Shared cache on Redis: on"; else echo "==> Shared cache on Redis: off (no redis-server found)"; fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then echo "==> PostgreSQL tests: on"; else echo "==> PostgreSQL tests: off (no server found)"; fi

echo "==> contentlayer2 build"
npx contentlayer2 build

echo "==> Typecheck"
npx tsc --noEmit -p tsconfig.json

echo "==> Vitest (TZ=UTC)"
TZ=UTC npx vitest run
echo "==> Vietnamese dates under TZ=America/New_York"
TZ=America/New_York npx vitest run lib/text

echo "==> next build"
build_started=$SECONDS
npm run build
echo "==> next build took $((SECONDS - build_started)) s"

echo "==> Playwright (SQLite)"
npx playwright test

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "==> Playwright (PostgreSQL)"
  db="bantin_e2e_$(date +%s)"
  node -e 'const {Client}=require("pg");(async()=>{const c=new Client({connectionString:process.env.TEST_DATABASE_URL});await c.connect();await c.query("create database "+process.argv[1]);await c.end()})().catch(e=>{console.error(e);process.exit(1)})' "$db"
  E2E_DATABASE_URL=$(node -e 'const u=new URL(process.env.TEST_DATABASE_URL);u.pathname="/"+process.argv[1];console.log(u.toString())' "$db") \
    npx playwright test
fi
echo "==> All tests passed in $SECONDS s"
