#!/bin/sh
# t7008-serve-fuzz.sh - tests/http/test_fuzz.py.
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_fuzz.py"
