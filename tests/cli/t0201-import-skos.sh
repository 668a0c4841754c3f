#!/bin/sh
# t0201-import-skos.sh - `brug import skos` and `brug import labels`: an ESCO
# concept from RDF shows exactly as from CSV; a CompetentNL occupation shows
# its exact ESCO match and is bridged through it (bridges, bridges --to,
# path, plan and explain, as origin and as destination, with the answers of the ESCO
# occupation it stands for on the demo data); a syntax error names
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

# path, plan and explain from it (and to it) say the same, on stderr and as
# profile_of in --json; an occupation with a profile of its own has none.
LASSER=https://linkeddata.competentnl.nl/uwv/id/occupation/lasser
MONTEUR=https://linkeddata.competentnl.nl/uwv/id/occupation/monteur-warmtepompen
# jget FILE EXPR: print a value of the JSON document in FILE (d is the document).
jget() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }
for cmd in "path $LASSER $MONTEUR" "plan --from $LASSER --to $MONTEUR" "explain $LASSER $MONTEUR"; do
    # shellcheck disable=SC2086
    "$BRUG" --db "$T/rdf.db" $cmd --json >"$T/out.json" 2>"$T/err" || fail "$cmd: $(cat "$T/err")"
    grep -q "lasser has no skill profile of its own; bridging from its exact match welder <$OCC>" \
        "$T/err" || fail "$cmd note: $(cat "$T/err")"
    [ "$(jget "$T/out.json" 'd["from"]["uri"]')" = "$OCC" ] || fail "$cmd: from is not welder"
    [ "$(jget "$T/out.json" 'd["from"]["profile_of"]')" = "{'uri': '$LASSER', 'via': 'exact_match'}" ] ||
        fail "$cmd: profile_of: $(cat "$T/out.json")"
    [ "$(jget "$T/out.json" '"profile_of" in d.get("to", d)')" = False ] ||
        fail "$cmd: a target with its own profile has no profile_of"
done
"$BRUG" --db "$T/rdf.db" path "$LASSER" "$MONTEUR" >"$T/out" 2>/dev/null || fail "path text"
grep -q "^from: welder$" "$T/out" || fail "path text from: $(cat "$T/out")"
"$BRUG" --db "$T/rdf.db" explain "$MONTEUR" "$LASSER" --lang nl --json >"$T/out.json" 2>"$T/err" ||
    fail "explain to lasser: $(cat "$T/err")"
grep -q "lasser heeft geen eigen vaardighedenprofiel; de brug gaat naar de exacte match welder" \
    "$T/err" || fail "explain to: note: $(cat "$T/err")"
[ "$(jget "$T/out.json" 'd["uri"], d["profile_of"]["uri"], "from" in d')" = "('$OCC', '$LASSER', False)" ] ||
    fail "explain to lasser: $(cat "$T/out.json")"
"$BRUG" --db "$T/rdf.db" plan --from "$MONTEUR" --to "$LASSER" --json >"$T/out.json" 2>"$T/err" ||
    fail "plan to lasser: $(cat "$T/err")"
[ "$(jget "$T/out.json" 'd["to"]["uri"], d["to"]["profile_of"]["uri"], "profile_of" in d["from"]')" = \
    "('$OCC', '$LASSER', False)" ] || fail "plan to lasser: $(cat "$T/out.json")"
"$BRUG" --db "$T/rdf.db" path "$LASSER" "$OCC" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "a path from lasser to its own match should exit 1"

# On the demo data, where routes exist: a CompetentNL occupation's path,
# plan and explanation are those of the demo occupation it exactly matches,
# field by field, apart from profile_of (and a plan's solving time).
"$BRUG" --db "$T/demo.db" import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" \
    >/dev/null 2>&1 || fail "demo import"
"$BRUG" --db "$T/demo.db" import courses "$BRUG_SOURCE_DIR/data/demo/courses.csv" >/dev/null 2>&1 ||
    fail "demo courses"
"$BRUG" --db "$T/demo.db" import skos --profile competentnl "$D/ok_skos/competentnl_demo.ttl" \
    >/dev/null 2>"$T/err" || fail "competentnl_demo import: $(cat "$T/err")"
CNL=https://linkeddata.competentnl.nl/uwv/id/occupation
NS=http://data.brug.example/demo/occupation
# same A_ARGS -- B_ARGS: the --json documents agree once profile_of is dropped.
same() {
    python3 - "$BRUG" "$T/demo.db" "$@" <<'PY'
import json, subprocess, sys
brug, db, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
cut = rest.index("--")
def doc(args):
    p = subprocess.run([brug, "--db", db] + args + ["--json"], capture_output=True, text=True)
    if p.returncode:
        sys.exit("brug %s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr))
    return json.loads(p.stdout)
def strip(v, marks):
    if isinstance(v, dict):
        if "profile_of" in v:
            marks.append(v["profile_of"]["uri"])
        return {k: strip(x, marks) for k, x in v.items() if k not in ("profile_of", "ms")}
    if isinstance(v, list):
        return [strip(x, marks) for x in v]
    return v
marks = []
a, b = strip(doc(rest[:cut]), marks), strip(doc(rest[cut + 1:]), [])
if not marks:
    sys.exit("no profile_of in brug %s" % " ".join(rest[:cut]))
if "from" in a and a["from"] == {"uri": a.get("from", {}).get("uri")}:
    a.pop("from")  # explain names a substituted source only
if a != b:
    sys.exit("brug %s differs from brug %s" % (" ".join(rest[:cut]), " ".join(rest[cut + 1:])))
PY
}
same path "$CNL/elektricien" "$CNL/warmtepompmonteur" -- path "$NS/electrician" "$NS/heat-pump-technician" ||
    fail "path"
[ "$("$BRUG" --db "$T/demo.db" path "$CNL/elektricien" "$CNL/warmtepompmonteur" --json 2>/dev/null |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin)["paths"]) > 0)')" = True ] ||
    fail "no route from elektricien to warmtepompmonteur"
same plan --from "$CNL/elektricien" --to "$NS/heat-pump-technician" -- \
    plan --from "$NS/electrician" --to "$NS/heat-pump-technician" || fail "plan from"
same plan --from "$NS/welder" --to "$CNL/warmtepompmonteur" -- \
    plan --from "$NS/welder" --to "$NS/heat-pump-technician" || fail "plan to"
same explain "$CNL/elektricien" "$CNL/warmtepompmonteur" --lang nl -- \
    explain "$NS/electrician" "$NS/heat-pump-technician" --lang nl || fail "explain"
same bridges "$CNL/elektricien" --top 5 -- bridges "$NS/electrician" --top 5 || fail "bridges"
same bridges --to "$CNL/warmtepompmonteur" --top 5 -- bridges --to "$NS/heat-pump-technician" --top 5 ||
    fail "bridges --to"

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
