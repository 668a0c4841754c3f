#!/bin/sh
# t0002-cli-habits.sh - the tool helps a person who mistypes: a near
# command or option name is suggested, a missing database says how to make
# one, range errors read the same everywhere, an empty search says so (in
# the person's language), --lang values brug does not have are refused,
# and show takes a label like bridges does.
set -u
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
NS=http://data.brug.example/demo
fail() { echo "FAIL: $*"; exit 1; }
B() { "$BRUG" --db "$T/demo.db" "$@"; }

# Did you mean: commands and options.
"$BRUG" serch lasser 2>"$T/err"; [ $? -eq 2 ] || fail "serch should exit 2"
grep -q "'serch' is not a command; did you mean search?" "$T/err" || fail "serch: $(cat "$T/err")"
"$BRUG" help brdiges 2>"$T/err"; grep -q "did you mean bridges?" "$T/err" || fail "help brdiges: $(cat "$T/err")"
"$BRUG" xyzzy 2>"$T/err"; grep -q "'xyzzy' is not a command; see 'brug --help'" "$T/err" || fail "xyzzy: $(cat "$T/err")"
"$BRUG" search --lmit 3 x 2>"$T/err"; [ $? -eq 2 ] || fail "--lmit should exit 2"
grep -q "unknown option '--lmit'; did you mean --limit?" "$T/err" || fail "--lmit: $(cat "$T/err")"

# A missing database says how to create one (and creates nothing).
"$BRUG" --db "$T/none.db" bridges lasser 2>"$T/err"; [ $? -eq 1 ] || fail "missing db should exit 1"
grep -q "no database at $T/none.db; create one with 'brug --db $T/none.db import esco FOLDER...'" "$T/err" ||
    fail "missing db message: $(cat "$T/err")"
[ -e "$T/none.db" ] && fail "a missing database was created"

B import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null 2>"$T/err" ||
    fail "import: $(cat "$T/err")"

# One message for every range error.
for args in "search x --limit 0" "search x --limit 5000" "bridges welder --top 0" "match --passport p --top 0" \
            "path welder nurse --k 0"; do
    # shellcheck disable=SC2086
    B $args 2>"$T/err"; [ $? -eq 2 ] || fail "$args should exit 2"
    grep -q "^brug: --[a-z]*: expected a whole number from [0-9]* to [0-9]*, got '[0-9]*'$" "$T/err" ||
        fail "$args: $(cat "$T/err")"
done

# An empty result says so, in the person's language.
B search xyzzyq >"$T/out" 2>"$T/err" || fail "empty search should succeed"
[ -s "$T/out" ] && fail "empty search printed results: $(cat "$T/out")"
grep -q "nothing found for 'xyzzyq'" "$T/err" || fail "empty search message: $(cat "$T/err")"
B search xyzzyq --lang nl 2>"$T/err"
grep -q "niets gevonden voor 'xyzzyq'" "$T/err" || fail "Dutch empty search: $(cat "$T/err")"
B bridges welder --isco 9 --min-score 0.99 >"$T/out" 2>/dev/null || fail "empty bridges"
grep -q "no bridges match" "$T/out" || fail "empty bridges message: $(cat "$T/out")"

# --lang: a language brug has neither labels nor messages in is refused, by name.
for c in "search lasser" "show lasser" "bridges lasser" "path lasser nurse" "plan --from lasser --to nurse"; do
    # shellcheck disable=SC2086
    B $c --lang de >/dev/null 2>"$T/err"; [ $? -eq 2 ] || fail "$c --lang de should exit 2"
    grep -q "language 'de' is not available: the taxonomy has labels in en, nl and messages are in en, nl" "$T/err" ||
        fail "$c --lang de: $(cat "$T/err")"
done
B show lasser --lang dutch 2>"$T/err"; [ $? -eq 2 ] || fail "--lang dutch should exit 2"
grep -q "language 'dutch': expected a code such as nl or en" "$T/err" || fail "--lang dutch: $(cat "$T/err")"
# A region part is the language: nl-BE is nl.
B show lasser --lang nl-BE >"$T/out" 2>/dev/null || fail "--lang nl-BE"
head -n 1 "$T/out" | grep -q '^lasser$' || fail "nl-BE labels: $(cat "$T/out")"

# show takes a label as bridges does: clear ones directly, unclear ones with candidates.
B show lasser --lang nl >"$T/out" 2>"$T/err" || fail "show lasser: $(cat "$T/err")"
grep -q "^  $NS/occupation/welder$" "$T/out" || fail "show lasser: $(cat "$T/out")"
grep -q "'lasser' is lasser <$NS/occupation/welder> (by label)" "$T/err" || fail "show note: $(cat "$T/err")"
B show "manual metal arc welding" --json >"$T/j" 2>/dev/null || fail "show a skill by label"
grep -q "\"uri\": \"$NS/skill/weld-mma\"" "$T/j" || fail "show skill label: $(head -c 300 "$T/j")"
B show "heat pump" >"$T/out" 2>"$T/err"; [ $? -eq 1 ] || fail "show 'heat pump' should exit 1"
grep -q "'heat pump' fits more than one occupation or skill" "$T/err" || fail "show unclear: $(cat "$T/err")"
grep -q "skill: heat pump technology" "$T/err" || fail "show candidates name their type: $(cat "$T/err")"
B show "heat pump" --first >"$T/out" 2>"$T/err" || fail "show --first: $(cat "$T/err")"
echo ok
