#!/bin/sh
# t7003-serve-demo.sh - the README's first command's script (scripts/demo.sh)
# imports the demo data, runs the sample queries and ends serving the web
# page and the API on the address it prints.
set -eu
tmp=$(mktemp -d)
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
cd "$BRUG_SOURCE_DIR"
: >"$tmp/out"
BRUG_DEMO_PORT=0 sh scripts/demo.sh "$BRUG" "$tmp/demo.db" >"$tmp/out" 2>"$tmp/err" &
pid=$!
i=0
while ! grep -q "listening on http://" "$tmp/out"; do
    i=$((i + 1))
    if [ $i -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "demo.sh did not start the server:"; cat "$tmp/out" "$tmp/err"; exit 1
    fi
    sleep 0.1
done
url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$tmp/out")
curl -fsS "$url" | grep -q "ESCO" || { echo "no page at $url"; exit 1; }
curl -fsS "${url}api/v1/health" | grep -q '"status":"ok"' || { echo "health not ok"; exit 1; }
curl -fsS "${url}api/v1/bridges?from=http%3A%2F%2Fdata.brug.example%2Fdemo%2Foccupation%2Felectrician&top=3" \
    | grep -q '"results"' || { echo "no bridges from the demo data"; exit 1; }
# demo.sh ends by exec'ing the server: it stops cleanly on SIGTERM.
kill -TERM "$pid"
wait "$pid"
pid=""
grep -q "shutting down" "$tmp/err" || { echo "no clean shutdown"; cat "$tmp/err"; exit 1; }
echo ok
