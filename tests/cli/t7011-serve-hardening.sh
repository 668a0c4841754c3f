#!/bin/sh
# t7011-serve-hardening.sh - the regression tests of issue 14's defects
# (tests/http/test_hardening.py): limits, erasure, audit, durability.
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_hardening.py"
