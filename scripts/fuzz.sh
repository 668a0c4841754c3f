#!/bin/sh
# fuzz.sh - build the libFuzzer drivers (fuzz/fuzz_<name>.c) with clang,
# ASan and UBSan into build-fuzz/, then run each for SECONDS, one at a time.
# Usage: fuzz.sh [SECONDS] [NAME...]   (default 60 seconds, every driver)
# Each driver starts from its seed corpus fuzz/corpus/NAME (with the
# dictionary fuzz/dict/NAME.dict when there is one) and keeps what it
# finds in build-fuzz/corpus/NAME (not committed); crashes, leaks and
# timeouts are written to build-fuzz/artifacts/NAME/ and stop that run.
# The log of each run is build-fuzz/logs/NAME.log; the last libFuzzer
# status line (execs, cov:, ft:) is printed per driver.
# Env: FUZZ_JOBS (make -j, default 2), FUZZ_RSS_MB (default 2048),
#      FUZZ_TIMEOUT (seconds per input, default 10), CC (default clang).
set -eu
secs=${1:-60}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
cc=${CC:-clang}
cmake -S "$root" -B "$out" -DCMAKE_C_COMPILER="$cc" -DBRUG_FUZZ=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
names=${*:-$(cd "$root/fuzz" && ls fuzz_*.c | sed 's/^fuzz_//; s/\.c$//')}
targets=$(for n in $names; do printf 'fuzz_%s ' "$n"; done)
# shellcheck disable=SC2086
cmake --build "$out" -j "${FUZZ_JOBS:-2}" --target $targets
status=0
for n in $names; do
    mkdir -p "$out/corpus/$n" "$out/artifacts/$n" "$out/logs"
    echo "== fuzz_$n: ${secs}s"
    dict=
    [ -f "$root/fuzz/dict/$n.dict" ] && dict=-dict=$root/fuzz/dict/$n.dict
    # shellcheck disable=SC2086
    if ! "$out/fuzz/fuzz_$n" "$out/corpus/$n" "$root/fuzz/corpus/$n" $dict \
        -max_total_time="$secs" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
        -timeout="${FUZZ_TIMEOUT:-10}" -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$n/" >"$out/logs/$n.log" 2>&1; then
        echo "fuzz_$n FAILED: see $out/logs/$n.log and $out/artifacts/$n/"
        status=1
    fi
    grep -E '^#[0-9]+' "$out/logs/$n.log" | tail -n 1 || true
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$out/logs/$n.log" || true
done
exit $status
