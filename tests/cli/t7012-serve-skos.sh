#!/bin/sh
# t7012-serve-skos.sh - mappings, coverage and bridging through an exact
# match over HTTP (tests/http/test_skos.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_skos.py"
