#!/bin/sh
# t7006-serve-passports.sh - passports, offers and matches with the access
# rules and the audit log (tests/http/test_passports.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_passports.py"
