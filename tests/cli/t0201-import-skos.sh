#!/bin/sh
# t0201-import-skos.sh - `brug import skos` and `brug import labels`: an ESCO
# concept from RDF shows exactly as from CSV; a CompetentNL occupation shows
# its exact ESCO match and is bridged through it; a syntax error names
# FILE:LINE:COL and changes nothing; supplementary labels show with their
# source and raise the coverage in the import summary and in `brug stats`.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
D=$BRUG_SOURCE_DIR/tests/data
OCC=http://data.europa.eu/esco/occupation/e3f6d7c2-0000-4000-8000-000000000001
SK1=http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000001
fail() { echo "FAIL: $*"; exit 1; }

"$BRUG" --db "$T/csv.db" import esco "$D/ok_skos/esco_csv" >/dev/null 2>&1 || fail "csv import"
"$BRUG" --db "$T/rdf.db" import skos "$D/ok_skos/esco.ttl" >"$T/out" 2>"$T/err" ||
    fail "skos import: $(cat "$T/err")"
grep -q "concepts: 4 (1 occupations, 2 skills, 0 skill groups, 1 ISCO groups)" "$T/out" ||
    fail "summary: $(cat "$T/out")"
for u in "$OCC" "$SK1"; do
    "$BRUG" --db "$T/csv.db" show "$u" >"$T/a" || fail "show csv $u"
    "$BRUG" --db "$T/rdf.db" show "$u" >"$T/b" || fail "show rdf $u"
    cmp -s "$T/a" "$T/b" || fail "show $u differs: $(diff "$T/a" "$T/b")"
done

# CompetentNL: the exact match is shown with the ESCO label, and bridges says
# it uses the ESCO occupation's profile.
"$BRUG" --db "$T/rdf.db" import skos --profile competentnl "$D/ok_skos/competentnl.ttl" \
    >/dev/null 2>"$T/err" || fail "competentnl import: $(cat "$T/err")"
"$BRUG" --db "$T/rdf.db" show https://linkeddata.competentnl.nl/uwv/id/occupation/lasser --lang nl \
    >"$T/out" || fail "show cnl"
grep -q "exacte match: welder  <$OCC>" "$T/out" || fail "mapping not shown: $(cat "$T/out")"
grep -q "taxonomie: competentnl" "$T/out" || fail "scheme not shown: $(cat "$T/out")"
"$BRUG" --db "$T/rdf.db" bridges https://linkeddata.competentnl.nl/uwv/id/occupation/lasser \
    >"$T/out" 2>"$T/err" || fail "bridges: $(cat "$T/err")"
grep -q "no skill profile of its own; bridging from its exact match welder" "$T/err" ||
    fail "bridges note: $(cat "$T/err")"

# A syntax error: FILE:LINE:COL, exit 1, the database unchanged.
"$BRUG" --db "$T/rdf.db" stats --json >"$T/before.json"
"$BRUG" --db "$T/rdf.db" import skos "$D/bad_skos_syntax.ttl" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "bad file should exit 1"
grep -q "bad_skos_syntax.ttl:3:[0-9]*: " "$T/err" || fail "error place: $(cat "$T/err")"
"$BRUG" --db "$T/rdf.db" stats --json >"$T/after.json"
cmp -s "$T/before.json" "$T/after.json" || fail "a failed import changed the database"
"$BRUG" --db "$T/rdf.db" import skos --profile nope "$D/ok_skos/esco.ttl" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "unknown profile should exit 1"
grep -q "unknown profile 'nope'" "$T/err" || fail "profile message: $(cat "$T/err")"

# Supplementary labels: shown with their source, coverage before and after.
"$BRUG" --db "$T/csv.db" stats >"$T/out"
grep -q "en: 2 of 2 skills have a preferred label" "$T/out" || fail "stats before: $(cat "$T/out")"
grep -q "nl: " "$T/out" && fail "no Dutch label yet: $(cat "$T/out")"
"$BRUG" --db "$T/csv.db" import labels "$D/ok_labels/plain.csv" >"$T/out" 2>"$T/err" ||
    fail "labels import: $(cat "$T/err")"
grep -q "imported 4 supplementary labels" "$T/out" || fail "labels summary: $(cat "$T/out")"
grep -q "coverage: nl: 2 of 2 skills have a preferred label" "$T/out" ||
    fail "labels coverage: $(cat "$T/out")"
grep -q "skipped 1 labels of a URI no import defines" "$T/err" || fail "dangling: $(cat "$T/err")"
"$BRUG" --db "$T/csv.db" stats >"$T/out"
grep -q "nl: 2 of 2 skills have a preferred label" "$T/out" || fail "stats coverage: $(cat "$T/out")"
"$BRUG" --db "$T/csv.db" show "$SK1" --lang nl >"$T/out"
grep -q "\[nl\] voorkeursnaam: lasapparatuur gebruiken  (uit plain.csv)" "$T/out" ||
    fail "supplementary label not shown: $(cat "$T/out")"
[ "$(head -n 1 "$T/out")" = "lasapparatuur gebruiken" ] || fail "title: $(head -n 1 "$T/out")"
grep -q "namen \[en\]: use welding equipment" "$T/out" || fail "release label: $(cat "$T/out")"
"$BRUG" --db "$T/csv.db" import labels --json "$D/ok_labels/plain.csv" >"$T/out" ||
    fail "labels --json"
grep -q '"kind": "labels"' "$T/out" || fail "json kind: $(cat "$T/out")"
echo "1 passed, 0 failed"
