#!/bin/sh
# t7000-serve-errors.sh - brug serve answers every error class with the JSON
# error shape and stays up (tests/http/test_errors.py, empty database).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_errors.py"
