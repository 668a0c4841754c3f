#!/bin/sh
# t7005-serve-browser.sh - the web page in headless Chromium
# (tests/http/test_browser.py).
set -eu
exec /usr/bin/python3 "$BRUG_SOURCE_DIR/tests/http/test_browser.py"
