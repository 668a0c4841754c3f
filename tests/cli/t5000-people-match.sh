#!/bin/sh
# t5000-people-match.sh - passports and offers end to end on the demo
# taxonomy: gen (deterministic, prefix-stable), import, export round trip,
# bad input (exit 1, FILE:LINE, database unchanged), match in all modes,
# assign within capacities, delete, and usage errors.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
B() { "$BRUG" --db "$T/a.db" "$@"; }

B import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null 2>&1 ||
    fail "demo import"

# gen: the same seed gives the same files; a smaller run is a prefix.
B gen --persons 200 --offers 40 --seed 5 --out "$T/g" >/dev/null || fail "gen"
B gen --persons 200 --offers 40 --seed 5 --out "$T/g2" >/dev/null || fail "gen again"
cmp -s "$T/g/passports.jsonl" "$T/g2/passports.jsonl" || fail "gen not deterministic"
B gen --persons 50 --offers 10 --seed 5 --out "$T/g3" >/dev/null || fail "gen small"
head -n 50 "$T/g/passports.jsonl" | cmp -s - "$T/g3/passports.jsonl" || fail "not a prefix"
head -n 10 "$T/g/offers.jsonl" | cmp -s - "$T/g3/offers.jsonl" || fail "offers not a prefix"
B gen --persons 200 --offers 40 --seed 6 --out "$T/g4" >/dev/null || fail "gen seed 6"
cmp -s "$T/g/passports.jsonl" "$T/g4/passports.jsonl" && fail "seed has no effect"

B import passports "$T/g/passports.jsonl" >"$T/out" || fail "import passports"
grep -q "imported 200 passports" "$T/out" || fail "summary: $(cat "$T/out")"
B import offers "$T/g/offers.jsonl" >/dev/null || fail "import offers"

# Export is valid import input and round-trips.
B export passport p00000007 >"$T/p7.jsonl" || fail "export"
B import passports "$T/p7.jsonl" >/dev/null || fail "re-import export"
B export passport p00000007 | cmp -s - "$T/p7.jsonl" || fail "round trip differs"
B export offer o00000003 --pretty | grep -q '"essential"' || fail "export offer"

# Bad input: exit 1, FILE:LINE on stderr, nothing stored.
B match --all --out "$T/before.tsv" 2>/dev/null || fail "match --all"
head -n 1 "$T/g/passports.jsonl" | sed 's/"id":"p00000000"/"id":"new-1"/' >"$T/bad.jsonl"
echo '{"id":"new-2","region":"AM18","skills":[{"uri":"http://nowhere/skill/x"}]}' >>"$T/bad.jsonl"
B import passports "$T/bad.jsonl" >"$T/out" 2>"$T/err"
[ $? -eq 1 ] || fail "bad import should exit 1"
grep -q "bad.jsonl:2: skills\[0\].uri: unknown skill URI" "$T/err" || fail "message: $(cat "$T/err")"
B export passport new-1 >/dev/null 2>&1 && fail "line 1 of a failed import was stored"
printf '{"id":"o-x","type":"vacancy"\n' >"$T/bad2.jsonl"
B import offers "$T/bad2.jsonl" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "malformed offers should exit 1"
grep -q "bad2.jsonl:1: malformed JSON" "$T/err" || fail "message: $(cat "$T/err")"
B match --all --out "$T/after.tsv" 2>/dev/null || fail "match --all"
cmp -s "$T/before.tsv" "$T/after.tsv" || fail "failed imports changed the matches"

# match: all modes.
[ "$(wc -l <"$T/after.tsv")" -eq 200 ] || fail "match --all lines"
p=$(awk -F'\t' 'NF > 3 {print $1; exit}' "$T/after.tsv")
[ -n "$p" ] || fail "nobody has matches"
B match --passport "$p" --top 3 >"$T/out" || fail "match --passport"
grep -q "matching (" "$T/out" || fail "no explanation: $(cat "$T/out")"
B match --passport "$p" --top 3 --json >"$T/m.json" || fail "match --json"
grep -q '"missing_essential"' "$T/m.json" || fail "json explanation"
first=$(awk -F'\t' -v p="$p" '$1 == p {split($2, a, ":"); print a[1]}' "$T/after.tsv")
grep -q "\"offer\": \"$first\"" "$T/m.json" || fail "single and batch disagree"
B match --offer "$first" --top 5 >"$T/out" || fail "match --offer"
grep -q "$p" "$T/out" || fail "offer side misses $p"
B match --passport "$p" --type placement --json | grep -q '"type": "vacancy"' &&
    fail "--type placement returned a vacancy"
B match --passport nobody >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "unknown passport should exit 1"
grep -q 'no passport "nobody"' "$T/err" || fail "message: $(cat "$T/err")"

# assign: within capacities.
B assign --placements --out "$T/asg.tsv" --json >"$T/sum.json" || fail "assign"
placed=$(grep '"placed"' "$T/sum.json" | tr -dc '0-9')
[ "$placed" -gt 0 ] || fail "nobody placed"
[ "$(wc -l <"$T/asg.tsv")" -eq "$placed" ] || fail "assign lines"
[ "$(cut -f1 "$T/asg.tsv" | sort | uniq -d | wc -l)" -eq 0 ] || fail "a person placed twice"
for o in $(cut -f2 "$T/asg.tsv" | sort -u); do
    cap=$(B export offer "$o" | sed 's/.*"capacity":\([0-9]*\).*/\1/')
    n=$(awk -F'\t' -v o="$o" '$2 == o' "$T/asg.tsv" | wc -l)
    [ "$n" -le "$cap" ] || fail "$o over capacity ($n > $cap)"
done

# delete: gone, and a second delete says so.
B delete passport "$p" >/dev/null || fail "delete"
B export passport "$p" >/dev/null 2>&1 && fail "deleted passport still exported"
B delete passport "$p" >/dev/null 2>&1
[ $? -eq 1 ] || fail "second delete should exit 1"

# Usage errors exit 2.
for args in "match" "match --passport a --all" "match --all" "match --passport a --top 0" \
    "match --passport a --type job" "assign" "gen" "export passport" "delete thing x"; do
    # shellcheck disable=SC2086
    B $args >/dev/null 2>&1
    [ $? -eq 2 ] || fail "'$args' should exit 2"
done
echo "1 passed, 0 failed"
