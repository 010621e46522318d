#!/usr/bin/env bash
# Install, build and start Bản tin on the embedded default (SQLite under ./data).
# Usage: npm run setup        (or: bash scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATA_DIR=${DATA_DIR:-./data}
export PORT=${PORT:-3000}

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<9)) { console.error("Bản tin needs Node.js >= 20.9 (found "+process.version+")"); process.exit(1) }'

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing dependencies (better-sqlite3 compiles from source: three to five minutes)"
  npm ci --no-audit --no-fund
fi

echo "==> Building"
npm run build

mkdir -p "$DATA_DIR"
# The session secret: from the environment, or generated once into DATA_DIR.
if [ -z "${NEXTAUTH_SECRET:-}" ] && [ ! -s "$DATA_DIR/nextauth-secret" ]; then
  node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > "$DATA_DIR/nextauth-secret"
  chmod 600 "$DATA_DIR/nextauth-secret"
fi
# The first admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or generated once and written to DATA_DIR.
if [ -z "${ADMIN_EMAIL:-}" ] && [ ! -e "$DATA_DIR/bantin.sqlite" ] && [ -z "${DATABASE_URL:-}" ]; then
  export ADMIN_EMAIL=admin@localhost
  export ADMIN_PASSWORD=$(node -e 'process.stdout.write(require("crypto").randomBytes(12).toString("base64url"))')
  umask 077
  printf 'email: %s\npassword: %s\n' "$ADMIN_EMAIL" "$ADMIN_PASSWORD" > "$DATA_DIR/first-admin.txt"
  echo "==> First admin: $ADMIN_EMAIL — password written to $DATA_DIR/first-admin.txt"
fi

echo "==> Bản tin is starting at ${SITE_URL:-http://localhost:$PORT}  (editor area: /editor)"
exec sh scripts/start.sh -p "$PORT"
