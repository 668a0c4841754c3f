/*
 * helper_test.h - shared helpers of the unit tests: temporary databases,
 * the location of test data and of the real ESCO files, and a failing
 * allocator for fault injection.
 */
#ifndef BRUG_HELPER_TEST_H
#define BRUG_HELPER_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "brug/brug.h"

/* A fresh path for a database file in a temporary folder (removed by
 * test_tmp_cleanup).  Returns a static-free malloc'd string: free() it. */
char *test_tmp_path(const char *name);

/* Remove a file and its -wal/-shm siblings. */
void test_remove_db(const char *path);

/* The source tree root ($BRUG_SOURCE_DIR, else "."). */
const char *test_source_dir(void);

/*
 * The real ESCO folder (shared/data/esco-1.1.1/LANG), or NULL when it is
 * missing; when $CI is set a missing folder fails the test instead.
 */
const char *test_esco_dir(const char *lang);

/* An allocator that fails the Nth allocation (counting from 1) and every
 * one after it while fail_at != 0. */
typedef struct test_failing_alloc {
    brug_alloc alloc;
    size_t count;
    size_t fail_at;
} test_failing_alloc;

void test_failing_alloc_init(test_failing_alloc *f, size_t fail_at);

/* Open a new database at path (removing any old one); asserts success. */
brug_db *test_db_create(const char *path);

/* Create a database at path and run the SQL file tests/data/<name> in it
 * (for fixtures that must not depend on the importer); asserts success. */
brug_db *test_db_from_sql(const char *path, const char *name);

/* BRUG_SHARED_DATA (else ../shared/data) + "/" + rel when readable, else NULL; when $CI
 * is set a missing file fails the test instead.  Static buffer: valid until the next call. */
const char *test_shared_path(const char *rel);

/* The whole file (NUL-terminated, malloc'd: free() it); *len (may be NULL) its size.
 * Asserts that it can be read. */
char *test_read_file(const char *path, size_t *len);
#endif
