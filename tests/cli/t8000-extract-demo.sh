#!/bin/sh
# t8000-extract-demo.sh - `brug extract` over the demo data: Dutch compounds
# and inflections, negation, boilerplate, overlapping matches, empty and huge
# input, invalid UTF-8, and the --lines output contract.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DEMO=$BRUG_SOURCE_DIR/data/demo
NS=http://data.brug.example/demo
fail() { echo "FAIL: $*"; exit 1; }
X() { "$BRUG" --db "$T/demo.db" extract "$@"; }

"$BRUG" --db "$T/demo.db" import esco "$DEMO/en" "$DEMO/nl" >/dev/null 2>"$T/err" ||
    fail "import failed: $(cat "$T/err")"

# The document's shape: lang, skills and occupations with every field.
X "I installed heat pumps" --json --top 3 >"$T/j" || fail "extract --json"
grep -q '^{"lang":"en","skills":\[{"uri":"'"$NS"'/skill/install-heat-pumps","label":"install heat pumps","label_lang":"en","score":0\.[0-9]*,"spans":\[\[2,22\]\],"how":\["label","stem"' "$T/j" ||
    fail "unexpected document: $(cat "$T/j")"
grep -q '"occupations":\[' "$T/j" || fail "no occupations list: $(cat "$T/j")"
X "I installed heat pumps" --json --type skill >"$T/j" || fail "--type skill"
grep -q '"occupations"' "$T/j" && fail "--type skill has occupations: $(cat "$T/j")"

# Dutch inflection (a plural) and a compound whose head is a label.
X wijkverpleegkundigen --type occupation --top 1 >"$T/p" || fail "inflection"
grep -q "$NS/occupation/district-nurse>  (label, stem" "$T/p" || fail "plural not matched: $(cat "$T/p")"
X "Ik werk als aluminiumconstructielasser." --type occupation --top 1 >"$T/p" || fail "compound"
grep -q "$NS/occupation/structural-welder>  (label, compound" "$T/p" ||
    fail "compound head not matched: $(cat "$T/p")"

# Negation: the same mention, negated, gives nothing.
X "Ik ben TIG-lasser" --type occupation --top 1 | grep -q "$NS/occupation/tig-welder" ||
    fail "TIG-lasser not found"
X "Ik ben geen TIG-lasser" --type occupation >"$T/p" || fail "negation nl"
grep -q "tig-welder" "$T/p" && fail "negated Dutch mention found: $(cat "$T/p")"
X "I have no experience installing heat pumps." --type skill >"$T/p" || fail "negation en"
grep -q "install-heat-pumps" "$T/p" && fail "negated English mention found: $(cat "$T/p")"

# Boilerplate: an offer section and a salary line give nothing.
printf 'Wij bieden:\n- een cursus warmtepomp installeren\n- salaris EUR 3000\n' >"$T/offer"
X --file "$T/offer" --json >"$T/j" || fail "offer text"
grep -q '"skills":\[\],"occupations":\[\]' "$T/j" || fail "boilerplate produced results: $(cat "$T/j")"

# Overlapping matches are all reported with their own spans.
X "I am a heat pump service engineer" --type occupation --json >"$T/j" || fail "overlap"
grep -q '"uri":"'"$NS"'/occupation/heat-pump-service-engineer","label":"heat pump service engineer","label_lang":"en","score":[0-9.]*,"spans":\[\[7,33\]\]' "$T/j" ||
    fail "long match missing: $(cat "$T/j")"
grep -q '"uri":"'"$NS"'/occupation/service-technician","label":"[^"]*","label_lang":"en","score":[0-9.]*,"spans":\[\[17,33\]\]' "$T/j" ||
    fail "inner match missing: $(cat "$T/j")"

# Empty text: empty lists.
X "" --json >"$T/j" || fail "empty text"
grep -q '^{"lang":"en","skills":\[\],"occupations":\[\]}$' "$T/j" || fail "empty: $(cat "$T/j")"

# Invalid UTF-8: exit 1 naming the byte offset.
printf 'lasser \377 x' >"$T/bad"
X --file "$T/bad" >/dev/null 2>"$T/err" && fail "invalid UTF-8 accepted"
grep -q "not valid UTF-8 at byte offset 7" "$T/err" || fail "no offset: $(cat "$T/err")"
printf 'ok\nlasser \377\n' >"$T/bad2"
X --file "$T/bad2" --lines >/dev/null 2>"$T/err" && fail "invalid UTF-8 line accepted"
grep -q "bad2:2: text: not valid UTF-8 at byte offset 7" "$T/err" || fail "no line: $(cat "$T/err")"

# --lines: one object per input line (empty lines too), in input order.
printf 'Ik ben TIG-lasser\n\nI installed heat pumps\r\nwijkverpleegkundige' >"$T/lines"
X --file "$T/lines" --lines --top 2 >"$T/jl" || fail "--lines"
[ "$(wc -l <"$T/jl")" -eq 4 ] || fail "--lines wrote $(wc -l <"$T/jl") lines: $(cat "$T/jl")"
sed -n 1p "$T/jl" | grep -q '"lang":"nl".*tig-welder' || fail "line 1: $(sed -n 1p "$T/jl")"
sed -n 2p "$T/jl" | grep -q '^{"lang":"en","skills":\[\],"occupations":\[\]}$' || fail "line 2: $(sed -n 2p "$T/jl")"
sed -n 3p "$T/jl" | grep -q '"spans":\[\[2,22\]\]' || fail "line 3: $(sed -n 3p "$T/jl")"
sed -n 4p "$T/jl" | grep -q 'district-nurse' || fail "line 4: $(sed -n 4p "$T/jl")"
X "Ik ben TIG-lasser" --lines >"$T/jl" || fail "--lines TEXT"
[ "$(wc -l <"$T/jl")" -eq 1 ] || fail "--lines TEXT: $(cat "$T/jl")"

# A 10 MB file: refused whole with a clear limit, streamed with --lines.
awk 'BEGIN { for (i = 0; i < 10240; i++) { s = ""; for (j = 0; j < 40; j++) s = s "lasser en warmtepompmonteur "; print s } }' >"$T/huge"
X --file "$T/huge" >/dev/null 2>"$T/err" && fail "10 MB accepted whole"
grep -q "larger than 4194304 bytes.*--lines" "$T/err" || fail "no limit message: $(cat "$T/err")"
X --file "$T/huge" --lines --top 1 --type occupation >"$T/jl" || fail "--lines on 10 MB"
[ "$(wc -l <"$T/jl")" -eq 10240 ] || fail "--lines on 10 MB wrote $(wc -l <"$T/jl") lines"

# Usage errors exit 2.
X >/dev/null 2>&1; [ $? -eq 2 ] || fail "no text: not exit 2"
X x --lang fr >/dev/null 2>&1; [ $? -eq 2 ] || fail "--lang fr: not exit 2"
X x --top 0 >/dev/null 2>&1; [ $? -eq 2 ] || fail "--top 0: not exit 2"
X x --type any >/dev/null 2>&1; [ $? -eq 2 ] || fail "--type any: not exit 2"

# A user synonym file adds phrases; a malformed one names file and line.
printf '# mine\nwarmtepompwerk\t%s/skill/install-heat-pumps\tnl\n' "$NS" >"$T/syn"
X "Ik zoek warmtepompwerk" --synonyms "$T/syn" --type skill --top 1 | grep -q "install-heat-pumps>  (synonym" ||
    fail "user synonym not used"
printf 'no tab here\n' >"$T/syn2"
X x --synonyms "$T/syn2" >/dev/null 2>"$T/err" && fail "malformed synonyms accepted"
grep -q "syn2:1:" "$T/err" || fail "synonym error without line: $(cat "$T/err")"
echo "1 passed, 0 failed"
