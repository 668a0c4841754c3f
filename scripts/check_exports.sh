#!/bin/sh
# check_exports.sh LIB INCLUDE_DIR - a shared libbrug exports exactly the
# public API: every function declared BRUG_API in INCLUDE_DIR/*.h, and
# nothing else (no brug__ internals, no unprefixed helpers).
set -eu
lib=$1
inc=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | sort -u >"$tmp/exported"
# The name before the first "(" of each BRUG_API declaration (which may
# span lines: join each declaration up to its ";").
cat "$inc"/*.h | tr '\n' ' ' | tr ';' '\n' | grep 'BRUG_API' |
    sed -n 's/.*BRUG_API[^(]*[ *]\([a-z_][a-z0-9_]*\) *(.*/\1/p' | sort -u >"$tmp/declared"
fail=0
if [ ! -s "$tmp/declared" ]; then
    echo "FAIL: no BRUG_API declaration found in $inc"
    exit 1
fi
comm -23 "$tmp/exported" "$tmp/declared" >"$tmp/extra"
comm -13 "$tmp/exported" "$tmp/declared" >"$tmp/missing"
if [ -s "$tmp/extra" ]; then
    echo "FAIL: exported but not public API:"; sed 's/^/  /' "$tmp/extra"; fail=1
fi
if [ -s "$tmp/missing" ]; then
    echo "FAIL: declared BRUG_API but not exported:"; sed 's/^/  /' "$tmp/missing"; fail=1
fi
[ $fail -eq 0 ] && echo "ok: $(wc -l <"$tmp/exported") symbols, all public API"
exit $fail
