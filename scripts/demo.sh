#!/bin/sh
# demo.sh - the main job on the embedded demo data: import data/demo into a
# fresh database and run sample queries.  Usage: demo.sh BRUG_BINARY DB
set -eu
BRUG=$1
DB=$2
rm -f "$DB" "$DB-wal" "$DB-shm"
"$BRUG" --db "$DB" import esco data/demo/en data/demo/nl
"$BRUG" --db "$DB" stats
echo
echo "\$ brug search verpleegkundige --limit 5"
"$BRUG" --db "$DB" search verpleegkundige --limit 5
