/*
 * helper_test.c - shared helpers of the unit tests (see helper_test.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "helper_test.h"

char *test_tmp_path(const char *name)
{
    const char *dir = getenv("TMPDIR");
    size_t n;
    char *p;
    if (!dir || !dir[0])
        dir = "/tmp";
    n = strlen(dir) + strlen(name) + 64;
    p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/brug-test-%ld-%s", dir, (long)getpid(), name);
    return p;
}

void test_remove_db(const char *path)
{
    char buf[4096];
    remove(path);
    snprintf(buf, sizeof(buf), "%s-wal", path);
    remove(buf);
    snprintf(buf, sizeof(buf), "%s-shm", path);
    remove(buf);
}

const char *test_source_dir(void)
{
    const char *d = getenv("BRUG_SOURCE_DIR");
    return d && d[0] ? d : ".";
}

const char *test_esco_dir(const char *lang)
{
    static char path[4096]; /* test-only scratch; tests are single-threaded */
    const char *base = getenv("BRUG_SHARED_DATA");
    const char *ci = getenv("CI");
    if (!base || !base[0])
        base = "../shared/data";
    snprintf(path, sizeof(path), "%s/esco-1.1.1/%s", base, lang);
    if (access(path, R_OK) == 0)
        return path;
    if (ci && ci[0]) {
        fail_msg("CI is set but the real ESCO data is missing at %s", path);
    }
    return NULL;
}

static void *failing_malloc(void *ctx, size_t size)
{
    test_failing_alloc *f = ctx;
    f->count++;
    if (f->fail_at && f->count >= f->fail_at)
        return NULL;
    return malloc(size);
}

static void *failing_realloc(void *ctx, void *ptr, size_t size)
{
    test_failing_alloc *f = ctx;
    f->count++;
    if (f->fail_at && f->count >= f->fail_at)
        return NULL;
    return realloc(ptr, size);
}

static void failing_free(void *ctx, void *ptr)
{
    (void)ctx;
    free(ptr);
}

void test_failing_alloc_init(test_failing_alloc *f, size_t fail_at)
{
    f->alloc.malloc = failing_malloc;
    f->alloc.realloc = failing_realloc;
    f->alloc.free = failing_free;
    f->alloc.ctx = f;
    f->count = 0;
    f->fail_at = fail_at;
}

brug_db *test_db_create(const char *path)
{
    brug_db *db = NULL;
    brug_err err;
    test_remove_db(path);
    err = brug_db_open(path, BRUG_OPEN_CREATE, NULL, &db);
    if (err)
        fail_msg("cannot create %s: %s", path, brug_errmsg(db));
    return db;
}

brug_db *test_db_from_sql(const char *path, const char *name)
{
    char file[4096];
    FILE *f;
    char *sql;
    long n;
    sqlite3 *s = NULL;
    char *msg = NULL;
    brug_db *db = test_db_create(path); /* creates the schema */
    brug_db_close(db);

    snprintf(file, sizeof(file), "%s/tests/data/%s", test_source_dir(), name);
    f = fopen(file, "rb");
    if (!f)
        fail_msg("cannot open %s", file);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    sql = malloc((size_t)n + 1);
    assert_non_null(sql);
    assert_int_equal(fread(sql, 1, (size_t)n, f), (size_t)n);
    sql[n] = '\0';
    fclose(f);
    assert_int_equal(sqlite3_open(path, &s), SQLITE_OK);
    if (sqlite3_exec(s, sql, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", file, msg ? msg : "?");
    sqlite3_close(s);
    free(sql);
    assert_int_equal(brug_db_open(path, 0, NULL, &db), BRUG_OK);
    return db;
}

const char *test_shared_path(const char *rel)
{
    static char path[4096]; /* test-only scratch; tests are single-threaded */
    const char *base = getenv("BRUG_SHARED_DATA");
    const char *ci = getenv("CI");
    if (!base || !base[0])
        base = "../shared/data";
    snprintf(path, sizeof(path), "%s/%s", base, rel);
    if (access(path, R_OK) == 0)
        return path;
    if (ci && ci[0])
        fail_msg("CI is set but the shared data is missing at %s", path);
    return NULL;
}

char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    assert_true(n >= 0);
    rewind(f);
    buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}
