#!/bin/sh
# t0200-import-esco.sh - `brug import esco`: a good import with its summary
# and dangling warning, --strict refusing it with the database unchanged,
# --json, usage errors, and --help listing the options of docs/cli/import.md.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
D=$BRUG_SOURCE_DIR/tests/data
fail() { echo "FAIL: $*"; exit 1; }

"$BRUG" --db "$T/a.db" import esco "$D/ok_basic/en" "$D/ok_basic/nl" >"$T/out" 2>"$T/err" ||
    fail "import failed: $(cat "$T/err")"
grep -q "concepts: 12 (2 occupations, 4 skills, 3 skill groups, 3 ISCO groups)" "$T/out" ||
    fail "summary: $(cat "$T/out")"
grep -q "skipped 1 relation" "$T/err" || fail "no dangling warning: $(cat "$T/err")"
grep -q "occupationSkillRelations.csv:6: http://example.org/occ/missing" "$T/err" ||
    fail "dangling example: $(cat "$T/err")"
"$BRUG" --db "$T/a.db" stats --json >"$T/before.json" || fail "stats"

# --strict: the same dangling row stops the import; nothing changes.
"$BRUG" --db "$T/a.db" import esco --strict "$D/ok_basic/en" >"$T/out" 2>"$T/err"
[ $? -eq 1 ] || fail "--strict should exit 1"
grep -q "occupationSkillRelations.csv:6: occupationUri http://example.org/occ/missing is not defined" "$T/err" ||
    fail "--strict message: $(cat "$T/err")"
"$BRUG" --db "$T/a.db" stats --json >"$T/after.json" || fail "stats"
cmp -s "$T/before.json" "$T/after.json" || fail "--strict changed the database"

# Bad input: exit 1, "FILE:LINE: what" on stderr, the database unchanged.
for c in "bad_utf8 occupations_en.csv:5: invalid UTF-8" \
         "bad_broken_quote skills_en.csv:4: malformed quoting" \
         "bad_missing_column occupations_en.csv:1: missing column conceptUri" \
         "bad_relation_type occupationSkillRelations.csv:3: unknown relationType" \
         "bad_truncated occupations_en.csv:4: a quoted field never ends"; do
    dir=${c%% *}
    want=${c#* }
    "$BRUG" --db "$T/a.db" import esco "$D/$dir" >"$T/out" 2>"$T/err"
    [ $? -eq 1 ] || fail "$dir should exit 1"
    grep -q -F "$D/$dir/$want" "$T/err" || fail "$dir: $(cat "$T/err")"
    "$BRUG" --db "$T/a.db" stats --json >"$T/after.json" || fail "stats"
    cmp -s "$T/before.json" "$T/after.json" || fail "$dir changed the database"
done

# A failed import into a new database file leaves no file behind.
"$BRUG" --db "$T/new.db" import esco "$D/bad_utf8" >/dev/null 2>&1
[ $? -eq 1 ] || fail "bad_utf8 into a new file should exit 1"
[ ! -e "$T/new.db" ] || fail "a failed import left $T/new.db behind"

# --json and --taxonomy-version
"$BRUG" --db "$T/b.db" import esco --json --taxonomy-version test-7 "$D/ok_basic/en" >"$T/out" 2>"$T/err" ||
    fail "--json import failed"
grep -q '"taxonomy_version": "test-7"' "$T/out" || fail "--json: $(cat "$T/out")"
grep -q '"count": 1' "$T/out" || fail "--json dangling count"

# usage errors exit 2
"$BRUG" --db "$T/c.db" import esco >/dev/null 2>&1; [ $? -eq 2 ] || fail "no folder: exit 2"
"$BRUG" --db "$T/c.db" import nosuchkind x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad kind: exit 2"
"$BRUG" --db "$T/c.db" import esco --bogus x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad option: exit 2"

# --help lists every option, and the docs list them too.
"$BRUG" import esco --help >"$T/help" || fail "--help"
for o in strict taxonomy-version json; do
    grep -q -- "--$o" "$T/help" || fail "--help lacks --$o"
    grep -q -- "--$o" "$BRUG_SOURCE_DIR/docs/cli/import.md" || fail "docs lack --$o"
done
"$BRUG" import --help | grep -q "esco" || fail "import --help lists no kinds"
echo ok
