#!/bin/sh
# t1000-search-demo.sh - `brug search` over the imported demo data: the
# --json shape, plain output, --type, --lang, --limit, --offset, usage
# errors (exit 2), bad text (exit 1) and hostile queries (exit 0).
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DEMO=$BRUG_SOURCE_DIR/data/demo
NS=http://data.brug.example/demo
fail() { echo "FAIL: $*"; exit 1; }
S() { "$BRUG" --db "$T/demo.db" search "$@"; }

"$BRUG" --db "$T/demo.db" import esco "$DEMO/en" "$DEMO/nl" >/dev/null 2>"$T/err" ||
    fail "import failed: $(cat "$T/err")"

# --json: exactly {"results":[{"uri","type","label","label_lang","matched","matched_lang",
# "score"}...]}, best first.
S verpleegkundige --json --limit 2 >"$T/j" || fail "search --json"
grep -q '^{"results":\[{"uri":"'"$NS"'/occupation/nurse","type":"occupation","label":"verpleegkundige","label_lang":"nl","matched":"verpleegkundige","matched_lang":"nl","score":1\.0},{"uri":"[^"]*","type":"occupation","label":"[^"]*","label_lang":"nl","matched":"[^"]*","matched_lang":"nl","score":0\.[0-9]*}\]}$' "$T/j" ||
    fail "unexpected JSON: $(cat "$T/j")"

# Several arguments are one query; plain output, one line per result.
S sofware developer --limit 1 >"$T/p" || fail "search plain"
[ "$(wc -l <"$T/p")" -eq 1 ] || fail "--limit 1 printed: $(cat "$T/p")"
grep -q "occupation  software developer  <$NS/occupation/software-developer>" "$T/p" ||
    fail "typo not corrected: $(cat "$T/p")"

# --type and --lang.
S software --type skill --json >"$T/j" || fail "--type skill"
grep -q '"type":"occupation"' "$T/j" && fail "--type skill returned an occupation: $(cat "$T/j")"
grep -q '"type":"skill"' "$T/j" || fail "--type skill found nothing"
# The language never hides a hit: "lasser" in English finds the welder, shown in English.
S lasser --lang en --json >"$T/j" || fail "--lang en"
grep -q "^{\"results\":\[{\"uri\":\"$NS/occupation/welder\",\"type\":\"occupation\",\"label\":\"welder\",\"label_lang\":\"en\",\"matched\":\"lasser\",\"matched_lang\":\"nl\"" "$T/j" ||
    fail "--lang en did not find the welder by its Dutch label: $(cat "$T/j")"
S welder --lang nl --json >"$T/j" || fail "--lang nl"
grep -q "^{\"results\":\[{\"uri\":\"$NS/occupation/welder\",\"type\":\"occupation\",\"label\":\"lasser\",\"label_lang\":\"nl\"" "$T/j" ||
    fail "--lang nl did not find the welder by its English label: $(cat "$T/j")"
S lasser --lang nl --type occupation --limit 1 >"$T/p" || fail "--lang nl"
grep -q "lasser  <$NS/occupation/welder>" "$T/p" || fail "--lang nl: $(cat "$T/p")"

# --offset pages through the same order.
S verpleegkundige --limit 3 >"$T/a" || fail "limit 3"
S verpleegkundige --limit 1 --offset 2 >"$T/b" || fail "offset 2"
[ "$(sed -n 3p "$T/a")" = "$(cat "$T/b")" ] || fail "offset: $(cat "$T/b") vs $(cat "$T/a")"

# Usage errors exit 2.
for args in "" "--limit 0 x" "--limit 1001 x" "--limit abc x" "--type job x" "--offset -1 x" "--lang= x"; do
    # shellcheck disable=SC2086
    S $args >/dev/null 2>&1
    [ $? -eq 2 ] || fail "'search $args' did not exit 2"
done
# Text that is not UTF-8 is an error (exit 1) that says so.
S "$(printf 'nurse\303')" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "invalid UTF-8 did not exit 1"
grep -q "UTF-8" "$T/err" || fail "invalid UTF-8: $(cat "$T/err")"

# Hostile queries: never an error.
for q in '"' '*' 'NEAR(a b)' '-' 'a OR b' 'AND' '"nurse' "'" '(' '^x' 'col:x' ' '; do
    S "$q" --json >"$T/j" 2>"$T/err" || fail "query '$q' failed: $(cat "$T/err")"
    grep -q '^{"results":\[' "$T/j" || fail "query '$q': $(cat "$T/j")"
done
S "$(head -c 20000 /dev/zero | tr '\0' 'x')" --json >"$T/j" || fail "long query failed"
[ "$(cat "$T/j")" = '{"results":[]}' ] || fail "long query: $(cat "$T/j")"

# A missing database is an error (exit 1).
"$BRUG" --db "$T/none.db" search nurse >/dev/null 2>&1
[ $? -eq 1 ] || fail "missing database did not exit 1"
echo "1 passed, 0 failed"
