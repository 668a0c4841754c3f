#!/bin/sh
# t3002-eval-bridges.sh - brug eval bridges on the demo data with a small
# reference in the shape of the O*NET development reference
# (tests/data/ok_bridges_ref: four groups of related demo occupations):
# the text report, the JSON document (origins, destinations, methods,
# every facet alone, the weights), the cross-validated fit and its curve,
# determinism, and errors that name the file and line, a missing file, a
# reference with no origin in the taxonomy and options out of range.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
REF=$BRUG_SOURCE_DIR/tests/data/ok_bridges_ref
PY=/usr/bin/python3
fail() { echo "FAIL: $*"; exit 1; }
B() { "$BRUG" --db "$T/demo.db" "$@"; }

B import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null 2>"$T/err" ||
    fail "import: $(cat "$T/err")"

# Text: 19 origins (every occupation of the four groups; the four others have
# codes outside the related list's first column), 3 destinations each.
B eval bridges --reference "$REF" --at 3 >"$T/out" 2>"$T/err" || fail "eval: $(cat "$T/err")"
grep -q "^origins: 19, destinations taken: 57, precision@3$" "$T/out" || fail "header: $(cat "$T/out")"
for m in "transition score (these weights)" "baseline: IDF-weighted coverage" \
    "baseline: cosine of IDF vectors" "facets alone: coverage"; do
    grep -q "$m" "$T/out" || fail "no '$m' line: $(cat "$T/out")"
done
[ -s "$T/err" ] && fail "stderr not empty (the stored models should be used): $(cat "$T/err")"

# JSON: the same figures; on groups this clear the score finds the group.
B eval bridges --reference "$REF" --at 3 --json >"$T/a.json" || fail "eval --json"
B eval bridges --reference "$REF" --at 3 --json >"$T/b.json" || fail "eval --json (2)"
cmp -s "$T/a.json" "$T/b.json" || fail "two runs differ"
$PY - "$T/a.json" <<'PYEOF' || fail "eval JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["origins"] == 19 and d["destinations"] == 57 and d["at"] == 3, d
m = d["methods"]
assert set(m) == {"score", "baseline_idf_coverage", "baseline_idf_cosine"}, m
assert all(0.0 <= v <= 1.0 for v in m.values()), m
assert m["score"] >= 0.9, m
assert set(d["facets_alone"]) == {"coverage", "latent", "text", "isco", "activities", "level"}, d
assert d["weights"]["facet_coverage"] == 1.0, d["weights"]
assert "curve" not in d and "fit" not in d
PYEOF

# The fit: one curve entry per facet added; the folds hold every origin once.
B eval bridges --reference "$REF" --at 3 --fit --folds 2 --json >"$T/fit.json" || fail "eval --fit"
$PY - "$T/fit.json" <<'PYEOF' || fail "fit JSON"
import json, sys
d = json.load(open(sys.argv[1]))
c = d["curve"]
assert [e["added"] for e in c] == ["coverage", "latent", "text", "isco", "activities", "level"], c
for e in c:
    assert len(e["folds"]) == 2 and sum(f["test_destinations"] for f in e["folds"]) == 57, e
    assert 0.0 <= e["mean_test"] <= 1.0 and 0.0 <= e["fit_all"] <= 1.0, e
    assert e["weights_all"]["coverage"] == 1.0, e
assert d["fit"] == c[-1], d["fit"]
PYEOF
B eval bridges --reference "$REF" --at 3 --fit --folds 2 >"$T/out" || fail "eval --fit text"
grep -q "^+ level .*cross-validated mean" "$T/out" || fail "fit text: $(cat "$T/out")"

# Errors.
B eval bridges --reference "$BRUG_SOURCE_DIR/tests/data/bad_bridges_ref" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "a malformed reference should exit 1"
grep -q "bad_bridges_ref/esco_onet_crosswalk.csv:3: expected 2 fields" "$T/err" ||
    fail "malformed message: $(cat "$T/err")"
B eval bridges --reference "$T/none" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "a missing reference should exit 1"
grep -q "none/esco_onet_crosswalk.csv: cannot read" "$T/err" || fail "missing message: $(cat "$T/err")"
mkdir "$T/other"
printf 'esco_uri,onet_soc_2019\nhttp://example.org/occ/x,11-1011.00\n' >"$T/other/esco_onet_crosswalk.csv"
printf 'onet_soc_2019,related_onet_soc_2019,index\n11-1011.00,11-1021.00,1\n' >"$T/other/onet_related_dev.csv"
B eval bridges --reference "$T/other" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "a reference with no origin here should exit 1"
grep -q "no origin of the reference is in this taxonomy" "$T/err" || fail "no-origin message: $(cat "$T/err")"
B eval bridges --reference "$REF" --folds 30 >/dev/null 2>&1
[ $? -eq 2 ] || fail "--folds 30 should be a usage error"
B eval bridges --reference "$REF" --at 100 >/dev/null 2>&1
[ $? -eq 2 ] || fail "--at 100 should be a usage error"
echo "ok"
