/*
 * fuzz.h - what the libFuzzer drivers (fuzz/fuzz_<name>.c) share: the
 * libFuzzer entry points, a per-process scratch folder, writing the fuzzed
 * bytes to a file there, and the small databases the drivers read from.
 *
 * The drivers are built two ways: with clang -fsanitize=fuzzer (the fuzzer,
 * -DBRUG_FUZZ=ON, scripts/fuzz.sh) and as plain programs linked with
 * fuzz/replay.c, whose main feeds every file of a corpus folder to
 * LLVMFuzzerTestOneInput once (the fuzz_replay_<name> tests of make test).
 *
 * A driver is a program, not the library: it may keep per-process state in
 * statics (the scratch folder, a template database) and abort when its own
 * set-up fails, which libFuzzer reports as a crash to look at.
 */
#ifndef BRUG_FUZZ_H
#define BRUG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "brug/brug.h"

/* libFuzzer's entry points (the driver defines the first, maybe the second). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A scratch folder of this process (created on first use, removed at exit). */
const char *fuzz_tmpdir(void);

/* DIR/name in the scratch folder, in a static buffer (valid until the next call). */
const char *fuzz_path(const char *name);

/* Write size bytes to path (replacing it); aborts when it cannot. */
void fuzz_write(const char *path, const uint8_t *data, size_t size);

/* Remove a database file and its -wal/-shm siblings. */
void fuzz_remove_db(const char *path);

/* Copy file src to dst (replacing it); aborts when it cannot. */
void fuzz_copy(const char *src, const char *dst);

/* Open (creating) the database at path; aborts when it cannot. */
brug_db *fuzz_db_open(const char *path);

/*
 * The demo database (data/demo: ESCO-layout taxonomy in English and Dutch,
 * plus data/demo/courses.csv when with_courses), imported once per process
 * into the scratch folder and closed; returns its path.  Drivers copy it
 * (fuzz_copy) to get a fresh writable database per input.
 */
const char *fuzz_demo_db(int with_courses);

/*
 * An empty database (schema only), made once per process; returns its
 * path.  Copying it is much cheaper than creating the schema per input.
 */
const char *fuzz_empty_db(void);

/*
 * The small valid taxonomy of tests/data/ok_basic (en and nl), imported
 * once per process like fuzz_demo_db; returns its path.
 */
const char *fuzz_basic_db(void);

/* The source tree (BRUG_SOURCE_DIR at build time, or $BRUG_SOURCE_DIR). */
const char *fuzz_source_dir(void);

#endif
