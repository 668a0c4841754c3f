#!/bin/sh
# t4003-plan-skills-labels: --skills (plan, bridges) takes labels in any
# language as well as URIs, through brug_resolve: a clear label is the
# skill (and says so), an unclear one lists candidates and exits 1, one
# that names nothing exits 1, --first takes the best.
set -eu
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/demo.db
py=/usr/bin/python3
S=http://data.brug.example/demo/skill
fail=0
check() { # check DESCRIPTION COMMAND...
    d=$1; shift
    if ! "$@"; then echo "FAIL: $d"; fail=1; fi
}
"$BRUG" --db "$db" import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null
"$BRUG" --db "$db" import courses "$BRUG_SOURCE_DIR/data/demo/courses.csv" >/dev/null 2>&1

"$BRUG" --db "$db" plan --skills "$S/install-heat-pumps,$S/electricity-principles" --json >"$tmp/uri.json"
"$BRUG" --db "$db" plan --skills "warmtepompen installeren,electricity principles" --json \
    >"$tmp/label.json" 2>"$tmp/label.err"
check "labels (Dutch and English) give the plan the URIs give" "$py" -c "
import json; a = json.load(open('$tmp/uri.json')); b = json.load(open('$tmp/label.json'))
a.pop('ms'); b.pop('ms')
assert a == b, (a, b)"
"$BRUG" --db "$db" plan --skills "warmtepompen installeren" >/dev/null 2>"$tmp/note.err"
check "the text output says what a label was taken for" grep -q \
    "'warmtepompen installeren' is install heat pumps <$S/install-heat-pumps>" "$tmp/note.err"
"$BRUG" --db "$db" plan --skills install >/dev/null 2>"$tmp/amb.err" && rc=0 || rc=$?
check "an unclear label exits 1" test "$rc" -eq 1
check "... listing candidates" grep -q "$S/install-heat-pumps" "$tmp/amb.err"
"$BRUG" --db "$db" plan --skills install --first >/dev/null 2>&1 && rc=0 || rc=$?
check "--first takes the best candidate" test "$rc" -eq 0
"$BRUG" --db "$db" plan --skills xyzzyq >/dev/null 2>"$tmp/none.err" && rc=0 || rc=$?
check "a label naming nothing exits 1" test "$rc" -eq 1
check "... saying so" grep -q "no skill found for 'xyzzyq'" "$tmp/none.err"
"$BRUG" --db "$db" plan --skills "$S/install-heat-pumps" --have "join pipes" >/dev/null 2>&1 && rc=0 || rc=$?
check "--have takes labels too" test "$rc" -eq 0
"$BRUG" --db "$db" bridges --skills "$S/install-heat-pumps,$S/electricity-principles" --json >"$tmp/b1.json"
"$BRUG" --db "$db" bridges --skills "install heat pumps,principes van elektriciteit" --json >"$tmp/b2.json" 2>/dev/null || true
check "bridges --skills: labels give the bridges URIs give" "$py" -c "
import json; a = json.load(open('$tmp/b1.json')); b = json.load(open('$tmp/b2.json'))
assert a['results'] == b['results'] and a['results'], 'differs'"
exit $fail
