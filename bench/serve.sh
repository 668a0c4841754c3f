#!/bin/sh
# serve.sh - benchmark of brug serve with wrk on the real ESCO: requests/s,
# p50/p99 latency, errors and the server's peak memory for
#   1. /api/v1/bridges over a fixed mix of 200 occupations (the web page's
#      parameters: top=10, max_missing=5, max_carried=5), cache warm;
#   2. the same with the response cache off (--cache-mb 0): every request
#      computes its bridges;
#   3. /search (ESCO-compatible) over a fixed mix of 100 occupation labels;
#   4. /api/v1/health, the framework's own ceiling, as the reference.
# Usage: bench/serve.sh [BRUG] [SECONDS] (defaults: build/brug, 30).
# Needs wrk, sqlite3, curl (scripts/deps.sh) and shared/data/esco-1.1.1.
set -eu
BRUG=${1:-build/brug}
SECS=${2:-30}
THREADS=${BRUG_BENCH_SERVER_THREADS:-2}
CONNS=${BRUG_BENCH_CONNECTIONS:-64}
ESCO=${BRUG_SHARED_DATA:-$(dirname "$0")/../../shared/data}/esco-1.1.1
tmp=$(mktemp -d)
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
DB=$tmp/esco.db
"$BRUG" --db "$DB" import esco "$ESCO/en" "$ESCO/nl" >/dev/null 2>&1

# The fixed mixes: every 15th occupation in URI order (200), and the first
# English word of every 30th occupation's label (100 searches).
sqlite3 "$DB" "SELECT uri FROM concept WHERE kind = 1 ORDER BY uri" |
    awk 'NR % 15 == 1 && n < 200 { n++; print }' >"$tmp/occ"
enc() { sed 's/:/%3A/g; s|/|%2F|g'; }
enc <"$tmp/occ" | sed 's|^|/api/v1/bridges?top=10\&max_missing=5\&max_carried=5\&from=|' >"$tmp/bridges"
sqlite3 "$DB" "SELECT l.text FROM label l JOIN concept c ON c.id = l.concept
               WHERE c.kind = 1 AND l.lang = 'en' AND l.role = 0 ORDER BY c.uri" |
    awk 'NR % 30 == 1 && n < 100 { n++; print $1 }' |
    sed 's|^|/search?type=occupation\&language=en\&limit=10\&text=|' >"$tmp/search"
echo /api/v1/health >"$tmp/health"
cat >"$tmp/mix.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("BRUG_BENCH_URLS")) do paths[#paths + 1] = line end
local i = math.random(#paths)
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
LUA

start() { # start [serve options...]: sets pid and port
    : >"$tmp/out"
    "$BRUG" --db "$DB" serve --port 0 --threads "$THREADS" --quiet "$@" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    while ! grep -q "listening on" "$tmp/out"; do
        kill -0 "$pid" 2>/dev/null || { cat "$tmp/err"; exit 1; }
        sleep 0.1
    done
    port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/out")
}
stop() {
    peak=$(awk '/VmHWM/ { print $2 }' /proc/"$pid"/status)
    kill -TERM "$pid"
    wait "$pid" || true
    pid=""
}
run() { # run NAME URLFILE: prints one result line
    name=$1
    urls=$2
    # Warm-up: every URL once (fills the cache when it is on).
    while read -r u; do curl -s -o /dev/null "http://127.0.0.1:$port$u"; done <"$urls"
    BRUG_BENCH_URLS=$urls wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s "$tmp/mix.lua" \
        "http://127.0.0.1:$port" >"$tmp/wrk" 2>&1
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$tmp/wrk")
    p50=$(awk '$1 == "50%" { print $2 }' "$tmp/wrk")
    p99=$(awk '$1 == "99%" { print $2 }' "$tmp/wrk")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$tmp/wrk")
    sockerr=$(awk '/Socket errors/ { print }' "$tmp/wrk")
    total=$(awk '/requests in/ { print $1 }' "$tmp/wrk")
    bytes=$(awk '/requests in/ { print $5 }' "$tmp/wrk")
    eval "rps_$name=$rps"
    printf '%-16s %10s req/s  p50 %8s  p99 %8s  requests %9s  read %8s  non-2xx %s  %s\n' \
        "$name" "$rps" "$p50" "$p99" "$total" "$bytes" "${non2xx:-0}" "${sockerr:-socket errors 0}"
}

echo "brug serve on the real ESCO ($(wc -l <"$tmp/occ") occupations in the bridges mix," \
     "$(wc -l <"$tmp/search") searches), ${SECS}s each, wrk -t2 -c$CONNS, server --threads $THREADS," \
     "$(nproc) cores"
start
run health "$tmp/health"
run bridges "$tmp/bridges"
run search "$tmp/search"
stop
echo "server peak memory (VmHWM): $peak kB"
start --cache-mb 0
run bridges_nocache "$tmp/bridges"
stop
echo "server peak memory (VmHWM, no cache): $peak kB"
awk -v b="$rps_bridges" -v h="$rps_health" -v n="$rps_bridges_nocache" 'BEGIN {
    printf "bridges/health ratio %.2f; bridges vs target 20000 req/s: %.2f; uncached/cached %.3f\n",
           b / h, b / 20000, n / b }'
