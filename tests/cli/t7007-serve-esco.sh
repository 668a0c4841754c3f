#!/bin/sh
# t7007-serve-esco.sh - tests/http/test_esco.py.
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_esco.py"
