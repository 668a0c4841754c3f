#!/bin/sh
# deps.sh - install the Debian packages brug needs to build, test and
# benchmark, skipping the ones already installed.  Runs apt-get as root
# (or through sudo); does nothing when everything is there.  chromium is
# for the web page's browser test (tests/http/test_browser.py).
set -eu
PKGS="build-essential cmake pkg-config clang-format sqlite3 libsqlite3-dev libcsv-dev libjansson-dev
libyajl-dev libmicrohttpd-dev libcmocka-dev libutf8proc-dev libstemmer-dev libglpk-dev libsodium-dev zlib1g-dev
libserd-dev
python3 python3-scipy curl wrk
chromium"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
