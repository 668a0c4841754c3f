#!/bin/sh
# t7004-serve-openapi.sh - the OpenAPI document matches the real responses
# of every documented endpoint (tests/http/test_openapi.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_openapi.py"
