#!/bin/sh
# t7010-serve-cli-api.sh - the CLI's --json documents and the HTTP API's are
# the same for the same requests on the demo data: plans for every demo
# (from, to, objective, budget), bridges, matches, passports
# (tests/http/test_cli_api.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_cli_api.py"
