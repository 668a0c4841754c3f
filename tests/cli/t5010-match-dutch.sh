#!/bin/sh
# t5010-match-dutch: brug match's text in Dutch with --lang nl: the
# explanation's words and the offer type come from the message catalogue,
# numbers as percentages; the English text keeps its words.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
B() { "$BRUG" --db "$T/a.db" "$@"; }
B import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null 2>&1 ||
    fail "demo import"
B gen --persons 60 --offers 20 --seed 5 --out "$T/g" >/dev/null || fail "gen"
B import passports "$T/g/passports.jsonl" >/dev/null || fail "import passports"
B import offers "$T/g/offers.jsonl" >/dev/null || fail "import offers"
B match --all --out "$T/all.tsv" 2>/dev/null || fail "match --all"
p=$(awk -F'\t' 'NF > 3 {print $1; exit}' "$T/all.tsv")
[ -n "$p" ] || fail "nobody has matches"
B match --passport "$p" --top 3 --lang nl >"$T/nl" || fail "match --lang nl"
B match --passport "$p" --top 3 >"$T/en" || fail "match"
grep -q "^paspoort $p (" "$T/nl" || fail "Dutch heading: $(head -1 "$T/nl")"
grep -q "overeenkomsten$" "$T/nl" || fail "Dutch count: $(head -1 "$T/nl")"
grep -q "komt overeen (" "$T/nl" || fail "Dutch explanation: $(cat "$T/nl")"
grep -q "dekking van de vaardigheden [0-9]*%; past bij: uren [0-9]*%" "$T/nl" || fail "Dutch fit line"
grep -Eq "(vacature|proefplaatsing): " "$T/nl" || fail "Dutch offer type"
grep -Eq "skill coverage|matching \(|travels up to|employer |missing essential" "$T/nl" &&
    fail "English words in the Dutch text: $(cat "$T/nl")"
grep -q "^passport $p (" "$T/en" || fail "English heading"
grep -q "matching (" "$T/en" || fail "English explanation"
o=$(awk -F'\t' 'NF > 3 {split($2, a, ":"); print a[1]; exit}' "$T/all.tsv")
B match --offer "$o" --top 2 --lang nl >"$T/onl" || fail "match --offer --lang nl"
grep -Eq "^aanbod $o \((vacature|proefplaatsing): " "$T/onl" || fail "Dutch offer heading: $(head -1 "$T/onl")"
echo ok
