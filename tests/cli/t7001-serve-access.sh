#!/bin/sh
# t7001-serve-access.sh - tokens, consent and the audit log over HTTP
# (tests/http/test_access.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_access.py"
