#!/bin/sh
# t1010-show-dutch: brug show's text in Dutch with --lang nl: headings,
# the concept's kind, skill type and reuse level come from the message
# catalogue (no English template words), and English output is unchanged.
set -eu
: "${BRUG:?}" "${BRUG_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/demo.db
fail=0
check() { # check DESCRIPTION COMMAND...
    d=$1; shift
    if ! "$@"; then echo "FAIL: $d"; fail=1; fi
}
"$BRUG" --db "$db" import esco "$BRUG_SOURCE_DIR/data/demo/en" "$BRUG_SOURCE_DIR/data/demo/nl" >/dev/null
O=http://data.brug.example/demo/occupation/welder
S=http://data.brug.example/demo/skill/install-heat-pumps
"$BRUG" --db "$db" show "$O" --lang nl >"$tmp/o.nl"
"$BRUG" --db "$db" show "$S" --lang nl >"$tmp/s.nl"
"$BRUG" --db "$db" show "$O" >"$tmp/o.en"
check "Dutch kind" grep -q "soort: beroep" "$tmp/o.nl"
check "Dutch list heading" grep -q "^essentiële vaardigheden (" "$tmp/o.nl"
check "Dutch label heading" grep -q "^namen \[nl\]: lasser" "$tmp/o.nl"
check "Dutch skill kind" grep -q "soort: vaardigheid" "$tmp/s.nl"
check "Dutch 'essential for'" grep -q "^essentieel voor (" "$tmp/s.nl"
check "no English template words in Dutch" sh -c \
    "! grep -E '^(type|labels|essential|optional|broader|narrower|related)|  (also|type):' '$tmp/o.nl' '$tmp/s.nl'"
check "English stays English" grep -q "^essential skills (" "$tmp/o.en"
check "English kind" grep -q "type: occupation" "$tmp/o.en"
exit $fail
