#!/bin/sh
# t7005-serve-browser.sh - the web application's journeys in Debian's
# headless Chromium (tests/browser/run.js: puppeteer-core and axe-core,
# installed here with `npm ci` from tests/browser/package-lock.json into the
# build folder).  Screenshots go to build/screenshots/.
# Runs in the normal build only: the page is the same JavaScript in both
# builds, and the server code it reaches is the /api/v1 that the HTTP tests
# exercise under ASan/UBSan; running it twice would double the suite's time.
set -eu
if [ "${BRUG_BUILD_TYPE:-}" = Sanitize ]; then
    echo "skipped: the browser suite runs in the normal build (see this file)"
    exit 0
fi
need() {
    if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$1" ]; then
        if [ -n "${CI:-}" ]; then echo "FAIL: $1 is missing (scripts/deps.sh installs it)"; exit 1; fi
        echo "skipped: no $1"
        exit 0
    fi
}
need /usr/bin/chromium
need node
need npm
bin=$(dirname "$BRUG")
deps="$bin/browser-deps"
mkdir -p "$deps"
if ! cmp -s "$BRUG_SOURCE_DIR/tests/browser/package-lock.json" "$deps/package-lock.json" ||
   [ ! -d "$deps/node_modules/puppeteer-core" ]; then
    cp "$BRUG_SOURCE_DIR/tests/browser/package.json" "$BRUG_SOURCE_DIR/tests/browser/package-lock.json" "$deps/"
    (cd "$deps" && npm ci --no-audit --no-fund --loglevel=error) || {
        if [ -n "${CI:-}" ]; then echo "FAIL: npm ci in $deps"; exit 1; fi
        echo "skipped: npm ci failed (no registry?)"
        exit 0
    }
fi
export NODE_PATH="$deps/node_modules"
export BRUG_SCREENSHOTS="${BRUG_SCREENSHOTS:-$bin/screenshots}"
exec node "$BRUG_SOURCE_DIR/tests/browser/run.js"
