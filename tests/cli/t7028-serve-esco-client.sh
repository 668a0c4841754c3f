#!/bin/sh
# t7028-serve-esco-client.sh - tests/http/test_esco_client.py: a client
# written against ESCO's documentation, with only its base URL changed.
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_esco_client.py"
