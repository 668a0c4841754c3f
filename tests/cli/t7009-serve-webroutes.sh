#!/bin/sh
# t7009-serve-webroutes.sh - the caseload, employer offers and vocabulary
# routes of the web page (tests/http/test_webroutes.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_webroutes.py"
