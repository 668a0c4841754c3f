#!/bin/sh
# t7027-serve-esco-walk.sh - tests/http/test_esco_walk.py: a client walks
# ISCO's top concepts down to every occupation and skill by href alone.
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_esco_walk.py"
