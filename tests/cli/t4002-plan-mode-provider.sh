#!/bin/sh
# t4002-plan-mode-provider: brug plan --mode and --provider on the demo
# catalogue: every chosen course is of an allowed mode / of the provider,
# skills no such course teaches say why (in English and Dutch, as data
# and as text), and a bad mode is a usage error.
set -eu
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/demo.db
py=/usr/bin/python3
fail=0
check() { # check DESCRIPTION COMMAND...
    d=$1; shift
    if ! "$@"; then echo "FAIL: $d"; fail=1; fi
}
"$BRUG" --db "$db" import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null
"$BRUG" --db "$db" import courses "$BRUG_SOURCE_DIR/data/demo/courses.csv" >/dev/null 2>&1
plan() { "$BRUG" --db "$db" plan --from welder --to "heat pump technician" "$@" 2>/dev/null; }

plan --json >"$tmp/any.json"
plan --mode classroom,blended --json >"$tmp/mode.json"
plan --provider "installatiewerk opleidingen oost" --json >"$tmp/prov.json"
check "the unfiltered plan has an online course (so the filter has work)" "$py" -c "
import json; p = json.load(open('$tmp/any.json'))['plan']
assert any(c['mode'] == 'online' for c in p['courses']), p['courses']"
check "--mode classroom,blended: only those modes; what it rules out says mode" "$py" -c "
import json; p = json.load(open('$tmp/mode.json'))['plan']
assert p['courses'] and all(c['mode'] in ('classroom', 'blended') for c in p['courses']), p['courses']
why = [u for u in p['uncovered'] if 'mode' in u['reason_code']['filters']]
assert why and 'is not given as classroom or blended' in why[0]['reason'], p['uncovered']"
check "--provider (any case): only that provider's courses" "$py" -c "
import json; p = json.load(open('$tmp/prov.json'))['plan']
assert p['courses'] and {c['provider'] for c in p['courses']} == {'Installatiewerk Opleidingen Oost'}, p['courses']
why = [u for u in p['uncovered'] if 'provider' in u['reason_code']['filters']]
assert why and 'is not given by installatiewerk opleidingen oost' in why[0]['reason'], p['uncovered']"
plan --mode online --lang nl >"$tmp/nl.txt"
check "the reason in Dutch" grep -q "wordt niet online gegeven" "$tmp/nl.txt"
"$BRUG" --db "$db" plan --from welder --to "heat pump technician" --mode bus >/dev/null 2>"$tmp/e.txt" && rc=0 || rc=$?
check "--mode bus: exit status 2" test "$rc" -eq 2
check "--mode bus: the message names it" grep -q "mode 'bus' is not one of" "$tmp/e.txt"
exit $fail
