#!/bin/sh
# t0099-demo-data: the committed demo CSVs are exactly what data/demo/source
# generates, and they pass the independent checks of scripts/check_demo.py
# (ESCO headers, UTF-8, every relation URI defined, no duplicate pairs,
# counts, skill clusters).
set -eu
: "${BRUG_SOURCE_DIR:?}"
cd "$BRUG_SOURCE_DIR"
command -v python3 >/dev/null || { echo "python3 is missing (scripts/deps.sh installs it)"; exit 1; }
python3 scripts/gen_demo.py --check
python3 scripts/check_demo.py data/demo
