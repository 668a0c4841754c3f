#!/bin/sh
# t4000-plan-demo: import the demo taxonomy and the demo course catalogue,
# then plan: a bridge plan covers its essential skills in study order, the
# JSON has the documented keys, limits are respected, a bad catalogue
# changes nothing, and usage errors exit 2.
set -eu
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/demo.db
py=/usr/bin/python3
fail=0
n=0
check() { # check DESCRIPTION COMMAND...
    d=$1; shift
    n=$((n + 1))
    if ! "$@"; then echo "FAIL: $d"; fail=1; fi
}
"$BRUG" --db "$db" import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null
"$BRUG" --db "$db" import courses "$BRUG_SOURCE_DIR/data/demo/courses.csv" >"$tmp/imp.txt" 2>&1
check "the demo catalogue imports (at least 150 courses)" "$py" -c "
import re, sys
m = re.search(r'imported (\\d+) courses \\(csv, 0 replaced\\)', open('$tmp/imp.txt').read())
assert m and int(m.group(1)) >= 150, open('$tmp/imp.txt').read()"
check "no unresolved labels" sh -c "! grep -q 'could not be resolved' '$tmp/imp.txt'"

check "courses teach (nearly) every essential skill of the demo occupations" "$py" - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
taught = {r[0] for r in db.execute("SELECT uri FROM course_skill WHERE role = 0")}
ess = {r[0] for r in db.execute("SELECT s.uri FROM occupation_skill os JOIN concept s"
                                 " ON s.id = os.skill WHERE os.essential = 1")}
missing = sorted(ess - taught)
if missing:
    print("essential demo skills no course teaches:", missing)
assert len(missing) <= 0.05 * len(ess)
PY

# A bridge plan from welder to heat pump technician.
"$BRUG" --db "$db" plan --from welder --to "heat pump technician" --json >"$tmp/p1.json"
check "plan JSON shape, coverage and order" "$py" - "$tmp/p1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["from"]["uri"].endswith("/welder") and d["to"]["uri"].endswith("/heat-pump-technician")
assert 0 < d["score"] < 1 and d["explanation"]
p = d["plan"]                                    # the document GET /api/v1/plans sends
for k in ("covered", "uncovered", "courses", "total_hours", "total_cost", "optimal", "gap"):
    assert k in p, k
assert p["optimal"] is True and p["gap"] == 0
assert not [s for s in p["uncovered"] if s["essential"]], p["uncovered"]
ids = [c["id"] for c in p["courses"]]
assert "EN-101" in ids, ids                      # installing heat pumps
for i, c in enumerate(p["courses"]):             # prerequisites come first
    for a in c["after"]:
        assert a in ids[:i], (c["id"], a)
    for k in ("id", "title", "hours", "cost", "teaches"):
        assert k in c
assert abs(sum(c["hours"] for c in p["courses"]) - p["total_hours"]) < 1e-6
assert abs(sum(c["cost"] for c in p["courses"]) - p["total_cost"]) < 1e-6
PY

# Limits: a budget, online only, a region.
"$BRUG" --db "$db" plan --from nurse --to "intensive care nurse" --objective cost --budget 100 --json >"$tmp/p2.json"
check "budget respected, the rest reported" "$py" - "$tmp/p2.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))["plan"]
assert p["total_cost"] <= 100
assert [s for s in p["uncovered"] if s["essential"] and "budget" in s["reason"]], p["uncovered"]
PY
"$BRUG" --db "$db" plan --from "warehouse worker" --to "software developer" --online-only --json >"$tmp/p3.json"
check "online only" "$py" -c "import json,sys; p=json.load(open('$tmp/p3.json'))['plan']; assert all(c['mode']=='online' for c in p['courses']) and p['courses']"
"$BRUG" --db "$db" plan --from welder --to "heat pump technician" --region CR34 --json >"$tmp/p4.json"
check "region" "$py" -c "import json; p=json.load(open('$tmp/p4.json'))['plan']; assert all(c['mode']=='online' or c['region'] in ('CR34','PV30','NL') for c in p['courses'])"

# Skills given directly; the text output names the courses.
"$BRUG" --db "$db" plan --skills http://data.brug.example/demo/skill/program-in-python >"$tmp/p5.txt"
check "skills plan (text)" grep -q "Python voor beginners" "$tmp/p5.txt"

# A bad catalogue is refused with FILE:LINE and changes nothing.
printf 'id,title,provider,mode,region,hours,cost_eur,teaches\nX1,T,P,online,,1,1,Python\nX2,T,P,online,,one,1,Python\n' >"$tmp/bad.csv"
set +e
"$BRUG" --db "$db" import courses "$tmp/bad.csv" >"$tmp/bad.out" 2>&1
st=$?
set -e
check "bad catalogue exits 1" [ "$st" -eq 1 ]
check "bad catalogue names FILE:LINE" grep -q "bad.csv:3: course X2: hours 'one'" "$tmp/bad.out"
"$BRUG" --db "$db" plan --skills http://data.brug.example/demo/skill/program-in-python --json >"$tmp/p6.json"
check "database unchanged" "$py" -c "import json; p=json.load(open('$tmp/p6.json')); assert 'X1' not in [c['id'] for c in p['courses']]"

# Bridges and paths with plans.
"$BRUG" --db "$db" bridges "truck driver" --top 3 --with-plans --budget 3000 --json >"$tmp/b.json" 2>/dev/null
check "bridges --with-plans" "$py" - "$tmp/b.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["results"]) == 3
for r in d["results"]:
    p = r["plan"]
    assert p["total_cost"] <= 3000 and "optimal" in p and "courses" in p
    planned = {s["uri"] for s in p["covered"] + p["uncovered"] if s["essential"]}
    assert planned == {s["uri"] for s in r["missing_essential"]}, r["uri"]
PY
"$BRUG" --db "$db" path "truck driver" electrician --k 1 --with-plans --json >"$tmp/path.json" 2>/dev/null
check "path --with-plans plans nothing twice" "$py" - "$tmp/path.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
route = d["paths"][0]
seen = set()
for st in route["steps"]:
    ids = [c["id"] for c in st["plan"]["courses"]]
    assert not seen & set(ids), (seen & set(ids))
    seen |= set(ids)
assert abs(route["plan_hours"] - sum(st["plan"]["total_hours"] for st in route["steps"])) < 1e-6
PY
"$BRUG" --db "$db" bridges welder --top 2 --with-plans >"$tmp/b.txt" 2>/dev/null
check "bridges --with-plans text" grep -q "plan: " "$tmp/b.txt"

# Usage errors.
for args in "plan" "plan --from welder" "plan --skills x --from welder --to nurse" \
            "plan --from a --to b --region Atlantis" "plan --from a --to b --objective speed" \
            "plan --from a --to b --budget lots" "plan --have x --from a --to b" \
            "bridges welder --with-plans --region Mars"; do
    set +e
    # shellcheck disable=SC2086
    "$BRUG" --db "$db" $args >/dev/null 2>&1
    st=$?
    set -e
    check "usage error: brug $args" [ "$st" -eq 2 ]
done
[ $fail -eq 0 ] && echo "$n passed, 0 failed"
exit $fail
