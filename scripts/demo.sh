#!/bin/sh
# demo.sh - the main job on the embedded demo data: import data/demo into a
# fresh database and run sample queries.  Usage: demo.sh BRUG_BINARY DB
set -eu
BRUG=$1
DB=$2
NS=http://data.brug.example/demo
rm -f "$DB" "$DB-wal" "$DB-shm"
"$BRUG" --db "$DB" import esco data/demo/en data/demo/nl
"$BRUG" --db "$DB" stats
# Commands that are still being built are skipped until they exist.
has() { "$BRUG" "$1" --help >/dev/null 2>&1; }
if has search; then
    echo
    echo "\$ brug search verpleegkundige --limit 5"
    "$BRUG" --db "$DB" search verpleegkundige --limit 5
    echo
    echo "\$ brug search warmtepomp --limit 5"
    "$BRUG" --db "$DB" search warmtepomp --limit 5
fi
if has bridges; then
    echo
    echo "\$ brug bridges $NS/occupation/electrician --top 3 --lang nl"
    "$BRUG" --db "$DB" bridges "$NS/occupation/electrician" --top 3 --lang nl
fi
