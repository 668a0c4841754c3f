#!/bin/sh
# t7009-serve-i18n.sh - languages over HTTP: label languages, sentences and
# money per language, search across languages, refused language values and
# the 409 answer for an unclear label (tests/http/test_i18n.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_i18n.py"
