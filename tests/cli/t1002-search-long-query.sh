#!/bin/sh
# t1002-search-long-query.sh - a query longer than the searched maximum
# (BRUG_SEARCH_MAX_QUERY bytes) whose cut falls inside a multi-byte UTF-8
# character is still valid text: it is searched, not refused as invalid
# UTF-8 (found by fuzzing the query path).
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DEMO=$BRUG_SOURCE_DIR/data/demo
fail() { echo "FAIL: $*"; exit 1; }

"$BRUG" --db "$T/demo.db" import esco "$DEMO/en" "$DEMO/nl" >/dev/null 2>"$T/err" ||
    fail "import failed: $(cat "$T/err")"

# 1023 ASCII bytes, then "é" (2 bytes) straddling byte 1024.
long=$(printf '%01023d' 0 | tr 0 a)
for q in "${long}é nurse" "${long} é nurse" "verpleegkundige ${long}€"; do
    "$BRUG" --db "$T/demo.db" search "$q" >"$T/out" 2>"$T/err" ||
        fail "valid UTF-8 query of ${#q} characters refused: $(cat "$T/err")"
done
# Several arguments joined past the maximum, the cut inside a character.
"$BRUG" --db "$T/demo.db" search "$long" "ééé" >"$T/out" 2>"$T/err" ||
    fail "joined arguments refused: $(cat "$T/err")"
# Invalid UTF-8 is still an error (exit 1).
"$BRUG" --db "$T/demo.db" search "$(printf 'nurse \377')" >"$T/out" 2>"$T/err"
[ $? -eq 1 ] || fail "invalid UTF-8 was not refused"
grep -q "not valid UTF-8" "$T/err" || fail "unexpected message: $(cat "$T/err")"
echo ok
