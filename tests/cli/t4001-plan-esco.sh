#!/bin/sh
# t4001-plan-esco: training plans on the real English ESCO with a small
# hand-written catalogue named by real ESCO labels: every label resolves
# (one through search), the plumber -> heat pump technician bridge is
# covered in full, prerequisites first, proven optimal.  Skipped when the
# real data is missing, unless $CI is set (then it fails).
set -eu
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
esco=${BRUG_SHARED_DATA:-$BRUG_SOURCE_DIR/../shared/data}/esco-1.1.1/en
if [ ! -r "$esco/skills_en.csv" ]; then
    if [ -n "${CI:-}" ]; then echo "FAIL: CI is set but the real ESCO data is missing at $esco"; exit 1; fi
    echo "skipped: no real ESCO data at $esco"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/esco.db
py=/usr/bin/python3
"$BRUG" --db "$db" import esco "$esco" >/dev/null 2>&1
"$BRUG" --db "$db" import courses "$BRUG_SOURCE_DIR/tests/data/courses/ok_esco.csv" --json >"$tmp/imp.json"
"$BRUG" --db "$db" plan --from plumber --to "refrigeration air condition and heat pump technician" \
    --json >"$tmp/plan.json" 2>/dev/null
"$BRUG" --db "$db" plan --from plumber --to "refrigeration air condition and heat pump technician" \
    --objective cost --json >"$tmp/cost.json" 2>/dev/null
"$py" - "$tmp/imp.json" "$tmp/plan.json" "$tmp/cost.json" <<'PY'
import json, sys
imp = json.load(open(sys.argv[1]))["imports"][0]
assert imp["kind"] == "courses" and imp["records"] == 11, imp
assert imp["dangling"]["count"] == 0, imp["dangling"]
how = {r["label"]: r["how"] for r in imp["resolved"]}
assert how["refrigerant leak checks"] == "search", how
p = json.load(open(sys.argv[2]))["plan"]
assert not [s for s in p["uncovered"] if s["essential"]], p["uncovered"]
assert p["optimal"] is True and p["gap"] == 0
ids = [c["id"] for c in p["courses"]]
assert ids.index("KT-100") < ids.index("KT-130"), ids     # refrigerants first
for i, c in enumerate(p["courses"]):
    for a in c["after"]:
        assert a in ids[:i]
# KT-150 teaches more than KT-151 and is needed anyway; KT-110 more than KT-111.
assert "KT-151" not in ids and "KT-111" not in ids, ids
c = json.load(open(sys.argv[3]))["plan"]
cids = [x["id"] for x in c["courses"]]
assert c["optimal"] is True and c["total_cost"] <= p["total_cost"], (c["total_cost"], p["total_cost"])
print("plan: %d courses, %.0f h, EUR %.2f; cost plan EUR %.2f" % (len(ids), p["total_hours"], p["total_cost"], c["total_cost"]))
PY
echo "1 passed, 0 failed"
