#!/bin/sh
# t7029-serve-plan-filters.sh - tests/http/test_plan_filters.py.
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_plan_filters.py"
