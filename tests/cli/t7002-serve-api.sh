#!/bin/sh
# t7002-serve-api.sh - /api/v1 endpoints on the real ESCO over HTTP
# (tests/http/test_api.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_api.py"
