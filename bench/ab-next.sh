#!/usr/bin/env bash
# Two production builds of the portal side by side, Next alone: `bash bench/ab-next.sh DIR_A DIR_B [ROUNDS] [SECONDS]`
# (each DIR a checkout with node_modules and `npm run build` done). Starts `next start` for each on an empty
# DATA_DIR (ports 3601, 3602), warms the caches, then wrk -t2 -c64 on the article, home, section and feed,
# alternating A and B each round, and prints req/s and CPU per request from /proc/<pid>/stat.
set -euo pipefail
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); ROUNDS=${3:-3}; SECS=${4:-6}
SEED=tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020
PAGES="/bai/$SEED / /chuyen-muc/quoc-phong-an-ninh /rss.xml"
WORK=$(mktemp -d); PIDS=()
trap 'kill -INT "${PIDS[@]}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
start() {
  (cd "$1" && DATA_DIR="$WORK/data-$2" NEXTAUTH_SECRET=bench-secret-not-for-production-0123456789 SITE_URL="http://localhost:$2" \
    exec node node_modules/next/dist/bin/next start -p "$2" -H 127.0.0.1 > "$WORK/$2.log" 2>&1) &
  PIDS+=($!)
}
start "$A" 3601; start "$B" 3602
for port in 3601 3602; do
  for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 1; done
  for u in $PAGES; do for _ in 1 2 3; do curl -s -o /dev/null "http://127.0.0.1:$port$u"; done; done
done
pid_of() { ss -ltnp | grep ":$1 " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for u in $PAGES; do
  for r in $(seq 1 "$ROUNDS"); do
    for port in 3601 3602; do
      pid=$(pid_of "$port"); c0=$(cpu "$pid")
      out=$(wrk -t2 -c64 -d"${SECS}s" "http://127.0.0.1:$port$u")
      c1=$(cpu "$pid")
      rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out"); n=$(awk '/requests in/ {print $1}' <<< "$out")
      label=$([ "$port" = 3601 ] && echo A || echo B)
      echo "${u:0:40} $label round $r: $rps req/s, CPU $(awk -v d="$((c1 - c0))" -v n="$n" 'BEGIN {printf "%.3f", d * 10 / n}') ms/request"
    done
  done
done
