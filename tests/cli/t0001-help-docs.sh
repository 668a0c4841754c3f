#!/bin/sh
# t0001-help-docs: every command listed by `brug --help` has a page
# docs/cli/<name>.md, and the options in its --help and in that page agree
# (both ways), so the option table, --help and the docs cannot drift.
set -eu
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
fail=0
cmds=$("$BRUG" --help | awk '/^commands:/ {on=1; next} /^$/ {on=0} on {print $1}')
[ -n "$cmds" ] || { echo "no commands listed by brug --help"; exit 1; }
for c in $cmds; do
    doc="$BRUG_SOURCE_DIR/docs/cli/$c.md"
    if [ ! -f "$doc" ]; then
        echo "missing $doc"; fail=1; continue
    fi
    help_opts=$("$BRUG" "$c" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u | grep -v -x -e '--help' -e '--db' || true)
    doc_opts=$(grep -o -- '--[a-z][a-z0-9-]*' "$doc" | sort -u | grep -v -x -e '--help' -e '--db' || true)
    for o in $help_opts; do
        echo "$doc_opts" | grep -q -x -- "$o" || { echo "$c: $o is in --help but not in $doc"; fail=1; }
    done
    for o in $doc_opts; do
        echo "$help_opts" | grep -q -x -- "$o" || { echo "$c: $o is in $doc but not in --help"; fail=1; }
    done
    "$BRUG" help "$c" >/dev/null || { echo "brug help $c failed"; fail=1; }
done
# Unknown commands and options are usage errors (exit 2).
set +e
"$BRUG" no-such-command >/dev/null 2>&1; [ $? -eq 2 ] || { echo "unknown command did not exit 2"; fail=1; }
"$BRUG" help no-such-command >/dev/null 2>&1; [ $? -eq 2 ] || { echo "help of an unknown command did not exit 2"; fail=1; }
"$BRUG" stats --no-such-option >/dev/null 2>&1; [ $? -eq 2 ] || { echo "unknown option did not exit 2"; fail=1; }
set -e
[ $fail -eq 0 ] && echo "1 passed, 0 failed"
exit $fail
