#!/bin/sh
# t3000-bridges-usage: usage errors of brug bridges, similarity and path exit 2
# with a message naming the problem, before any database is opened.
set -eu
: "${BRUG:?}"
fail=0
expect() { # expect STATUS PATTERN -- ARGS...
    want=$1; pat=$2; shift 3
    set +e
    out=$("$BRUG" --db /nonexistent/brug.db "$@" 2>&1)
    got=$?
    set -e
    if [ "$got" -ne "$want" ]; then echo "brug $*: exit $got, want $want: $out"; fail=1; fi
    if ! printf '%s' "$out" | grep -q -- "$pat"; then echo "brug $*: no '$pat' in: $out"; fail=1; fi
}
expect 2 "give one FROM" -- bridges
expect 2 "give one FROM" -- bridges nurse --skills http://x/s
expect 2 "unknown weight 'colour'" -- bridges nurse --set colour=1
expect 2 "credit_sibling" -- bridges nurse --set credit_sibling=3
expect 2 "cannot read" -- bridges nurse --weights /nonexistent/w.conf
expect 2 "min-score" -- bridges nurse --min-score 2
expect 1 "/nonexistent/brug.db" -- bridges nurse
[ $fail -eq 0 ] && echo "7 passed, 0 failed"
exit $fail
