#!/bin/sh
# lint.sh - the formatting check (clang-format --dry-run) plus what
# clang-format cannot check: banned libc calls, a purpose comment atop
# every C file, assignments inside if/while conditions, tool/ or server/
# reaching into the library's internals, and SQLite outside its backend.
# Usage: lint.sh [ROOT]; prints each finding as FILE:LINE: what, exits 1 if any.
set -eu
root=${1:-.}
cd "$root"
files=$(find src tool server include bench tests/unit -name '*.[ch]' 2>/dev/null | sort)
status=0
for f in $files; do
    # The file must open with a block comment (its purpose).
    first=$(grep -v '^[[:space:]]*$' "$f" | head -n 1)
    case "$first" in
    "/*"*) ;;
    *) echo "$f:1: no comment atop the file saying what it is for"; status=1 ;;
    esac
done
# Banned: unbounded or non-reentrant libc calls (as git's banned.h and curl's checksrc).
if grep -n -E '\b(strcpy|strcat|strncpy|sprintf|vsprintf|strtok|gmtime|localtime|asctime|ctime|gets)[[:space:]]*\(' $files; then
    echo "(above) banned calls: use snprintf, memcpy with a checked length, strtok_r, gmtime_r"
    status=1
fi
# Assignment inside an if/while condition: `if ((x = f()))`, `while ((c = next()) > 0)`.
if grep -n -E '\b(if|while)[[:space:]]*\(\(?[[:space:]]*[A-Za-z_][A-Za-z0-9_.>-]*(\[[^]]*\])?[[:space:]]*=[^=]' $files; then
    echo "(above) assignment inside a condition: assign first, then test"
    status=1
fi
# The public API is the boundary (STYLE.md 2.1): the tool and the server
# include only include/brug/ headers, system headers and their own.
fe=$(find tool server -name '*.[ch]' 2>/dev/null | sort)
if grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*(\.\./|src/)' $fe; then
    echo "(above) tool/ and server/ may include only brug/*.h and their own headers"
    status=1
fi
if grep -n -E '\bbrug__[a-z]' $fe; then
    echo "(above) tool/ and server/ may not use library internals (brug__*)"
    status=1
fi
# The storage seam (CONTRIBUTING.md "Adding a storage backend"): only the
# SQLite backend's files see SQLite; the rest of the library, the tool and
# the server reach storage through db->be (src/backend.h).  Tests and
# benchmarks may open a database file with sqlite3 to check that backend.
lib=$(find src tool server include -name '*.[ch]' 2>/dev/null | grep -v -E '^src/(store[^/]*|backend_sqlite[^/]*)\.[ch]$' | sort)
if grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](sqlite3\.h|store\.h|backend_sqlite\.h)[>"]' $lib; then
    echo "(above) only src/store*.c and src/backend_sqlite*.c include sqlite3.h, store.h or backend_sqlite.h"
    status=1
fi
if grep -n -E '\b(brug__db_prepare|brug__db_exec|brug__db_sqlerr|brug__sql|brug__sqlite_[a-z_]+)[[:space:]]*\(' $lib; then
    echo "(above) outside the SQLite backend, call storage through db->be (src/backend.h)"
    status=1
fi
# A backend moves records, never documents: no JSON in the backend's files
# or in the method table (src/backend.h).
be=$(find src -name '*.[ch]' 2>/dev/null | grep -E '^src/(store[^/]*|backend[^/]*)\.[ch]$' | sort)
if grep -n -E '\bjson_[a-z_]+[[:space:]]*\(|\bjson_t\b|<jansson\.h>' $be; then
    echo "(above) a backend returns records: JSON documents are built in the domain (CONTRIBUTING.md)"
    status=1
fi
# Formatting: every tracked C file as .clang-format says (STYLE.md 21).
if command -v clang-format >/dev/null 2>&1; then
    for f in $files; do
        if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
            echo "$f: not formatted as .clang-format says (run: clang-format -i $f)"
            status=1
        fi
    done
else
    echo "clang-format is missing: scripts/deps.sh installs it"
    status=1
fi
exit $status
