#!/bin/sh
# t0100-demo-import.sh - the embedded demo (data/demo/en + nl) imports with
# the real importer, with no skipped relation, and `brug stats --json`
# reports the counts data/demo/README.md states; a second import of the
# same folders into the same database is refused or leaves the counts as
# they were; a few demo concepts resolve with `brug show`, and the search
# examples of the foundation issue find the intended demo occupations.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DEMO=$BRUG_SOURCE_DIR/data/demo
NS=http://data.brug.example/demo
fail() { echo "FAIL: $*"; exit 1; }

"$BRUG" --db "$T/demo.db" import esco --strict "$DEMO/en" "$DEMO/nl" >"$T/out" 2>"$T/err" ||
    fail "import failed: $(cat "$T/err")"
grep -q "skipped" "$T/err" && fail "the demo has dangling relations: $(cat "$T/err")"
"$BRUG" --db "$T/demo.db" stats --json >"$T/stats.json" || fail "stats --json"
# Compact the JSON so the checks do not depend on its indentation.
tr -d ' \n' <"$T/stats.json" >"$T/s"
expect() {
    grep -q -- "$1" "$T/s" || fail "stats: expected $1 in $(cat "$T/stats.json")"
}
expect '"concepts":{"occupation":163,"skill":471,"skill_group":73,"isco_group":220}'
expect '"en":{"occupation":163,"skill":471,"skill_group":73,"isco_group":220}'
expect '"nl":{"occupation":163,"skill":471,"skill_group":73,"isco_group":220}'
expect '"occupation_skill":2699,"essential":1583,"optional":1116,"skill_skill":97,"broader":980'
expect '"green":39,"digital":86,"transversal":35,"language":18,"digcomp":4,"research":21'

# Importing the same taxonomy again must not duplicate anything.
"$BRUG" --db "$T/demo.db" import esco "$DEMO/en" "$DEMO/nl" >/dev/null 2>&1
"$BRUG" --db "$T/demo.db" stats --json | tr -d ' \n' >"$T/s2" || fail "stats after re-import"
cmp -s "$T/s" "$T/s2" || fail "a second import changed the counts: $(cat "$T/s2")"

# Demo concepts resolve, with Dutch labels, skills and the alternative label
# the search examples rely on.
"$BRUG" --db "$T/demo.db" show "$NS/occupation/heat-pump-technician" --lang nl >"$T/show" 2>&1 ||
    fail "show heat-pump-technician: $(cat "$T/show")"
grep -q "warmtepompmonteur" "$T/show" || fail "show: no Dutch label: $(cat "$T/show")"
grep -q "warmtepomp installateur" "$T/show" || fail "show: no alternative label: $(cat "$T/show")"
grep -q "warmtepompen installeren" "$T/show" || fail "show: no essential skill: $(cat "$T/show")"
"$BRUG" --db "$T/demo.db" show "$NS/skill/administer-medication" --lang en >"$T/show" 2>&1 ||
    fail "show administer-medication: $(cat "$T/show")"
grep -q "nurse" "$T/show" || fail "show skill: the occupations needing it are missing: $(cat "$T/show")"
# The search examples of the foundation issue find the intended demo
# occupation among the first results.
top() { # TEXT N: the URIs of the first N results of a search
    "$BRUG" --db "$T/demo.db" search "$1" --limit "$2" --json | tr -d ' \n' |
        grep -o '"uri":"[^"]*"' | sed 's/"uri":"//; s/"$//'
}
found() { # TEXT N KEY
    top "$1" "$2" | grep -q -x "$NS/occupation/$3" ||
        fail "search '$1': $3 not in the first $2: $(top "$1" "$2" | tr '\n' ' ')"
}
found verpleegkundige 1 nurse
found verpleegkund 3 nurse
found nurse 1 nurse
found softwareontwikkelaar 1 software-developer
found "software ontwikkelaar" 3 software-developer
found "sofware developer" 3 software-developer
found lasser 1 welder
found warmtepomp 3 heat-pump-technician
found "warmtepomp installateur" 3 heat-pump-technician
found zonnepanelen 3 solar-panel-installer
found laadpaal 3 charging-point-installer
found elektromonteur 1 electrician
found "verzorgende IG" 1 certified-care-worker
found doktersassistent 1 medical-assistant
echo "1 passed, 0 failed"
