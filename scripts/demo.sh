#!/bin/sh
# demo.sh - the main job on the embedded demo data: import data/demo into a
# fresh database, run sample queries (search, bridges, a training plan,
# generated passports and offers matched and assigned), then start the web
# server in the foreground and print the address to open (Ctrl-C stops it).
# Usage: demo.sh BRUG_BINARY DB.  BRUG_DEMO_SERVE=no skips the server;
# BRUG_DEMO_PORT picks the port (default 8080; 0: any free port).
set -eu
BRUG=$1
DB=$2
NS=http://data.brug.example/demo
rm -f "$DB" "$DB-wal" "$DB-shm"
"$BRUG" --db "$DB" import esco data/demo/en data/demo/nl
# Commands that are still being built are skipped until they exist.
has() { "$BRUG" "$1" --help >/dev/null 2>&1; }
if has plan; then
    "$BRUG" --db "$DB" import courses data/demo/courses.csv
fi
"$BRUG" --db "$DB" stats
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
if has plan; then
    echo
    echo "\$ brug plan --from welder --to 'heat pump technician' --region NL-NB"
    "$BRUG" --db "$DB" plan --from welder --to "heat pump technician" --region NL-NB
fi
if has match; then
    # Skills passports and offers: generated from the demo taxonomy (brug gen
    # is deterministic for a seed), then matched and assigned.
    PEOPLE=$(dirname "$DB")/demo-people
    echo
    echo "\$ brug gen --persons 5000 --offers 800 --seed 1 --out $PEOPLE"
    "$BRUG" --db "$DB" gen --persons 5000 --offers 800 --seed 1 --out "$PEOPLE"
    "$BRUG" --db "$DB" import offers "$PEOPLE/offers.jsonl"
    "$BRUG" --db "$DB" import passports "$PEOPLE/passports.jsonl"
    echo
    echo "\$ brug match --passport p00000001 --top 3"
    "$BRUG" --db "$DB" match --passport p00000001 --top 3
    echo
    echo "\$ brug match --offer o00000254 --top 3"
    "$BRUG" --db "$DB" match --offer o00000254 --top 3
    echo
    echo "\$ brug match --all --top 5 --out $PEOPLE/matches.tsv"
    "$BRUG" --db "$DB" match --all --top 5 --out "$PEOPLE/matches.tsv" 2>/dev/null
    head -n 3 "$PEOPLE/matches.tsv"
    echo
    echo "\$ brug assign --placements --out $PEOPLE/placements.tsv"
    "$BRUG" --db "$DB" assign --placements --out "$PEOPLE/placements.tsv"
fi
if [ "${BRUG_DEMO_SERVE:-yes}" != no ] && has serve; then
    PORT=${BRUG_DEMO_PORT:-8080}
    echo
    echo "\$ brug serve --port $PORT"
    echo "Open the address below in a browser (Dutch and English); Ctrl-C stops the server."
    echo "(Port busy? BRUG_DEMO_PORT=8081 make demo, or 0 for any free port.)"
    exec "$BRUG" --db "$DB" serve --port "$PORT" --quiet
fi
