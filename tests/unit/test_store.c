/*
 * test_store.c - the database handle: creating, schema migration,
 * metadata, read-only opening, error codes and allocation failures.
 */
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"

static void store_creates_schema_and_reopens(void **state)
{
    char *path = test_tmp_path("store1.db");
    brug_db *db = test_db_create(path);
    json_t *stats = NULL;
    (void)state;
    assert_int_equal(brug_db_stats(db, &stats), BRUG_OK);
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(stats, "concepts"), "occupation")), 0);
    assert_true(json_is_null(json_object_get(stats, "taxonomy_version")));
    json_decref(stats);
    brug_db_close(db);

    /* Reopening an up-to-date file migrates nothing and works read-only. */
    assert_int_equal(brug_db_open(path, BRUG_OPEN_READONLY, NULL, &db), BRUG_OK);
    assert_int_equal(brug_db_stats(db, &stats), BRUG_OK);
    json_decref(stats);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void store_missing_file_is_an_error(void **state)
{
    brug_db *db = NULL;
    (void)state;
    assert_int_equal(brug_db_open("/nonexistent/dir/x.db", BRUG_OPEN_READONLY, NULL, &db),
                     BRUG_EIO);
    assert_non_null(strstr(brug_errmsg(db), "/nonexistent/dir/x.db"));
    brug_db_close(db);
}

static void store_meta_missing_key(void **state)
{
    char *path = test_tmp_path("store2.db");
    brug_db *db = test_db_create(path);
    char buf[32];
    (void)state;
    assert_int_equal(brug_db_meta_get(db, "taxonomy_version", buf, sizeof(buf)), BRUG_ENOTFOUND);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void store_onto_load_of_empty_db_says_so(void **state)
{
    char *path = test_tmp_path("store3.db");
    brug_db *db = test_db_create(path);
    brug_onto *onto = NULL;
    (void)state;
    assert_int_equal(brug_onto_load(db, &onto), BRUG_EEMPTY);
    assert_null(onto);
    assert_non_null(strstr(brug_errmsg(db), "import"));
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void store_open_survives_allocation_failures(void **state)
{
    char *path = test_tmp_path("store4.db");
    size_t n;
    (void)state;
    /* The handle itself is the only allocation made through brug_alloc at
     * open (SQLite has its own allocator). */
    for (n = 1; n < 2; n++) {
        test_failing_alloc fa;
        brug_db *db = NULL;
        test_failing_alloc_init(&fa, n);
        test_remove_db(path);
        assert_int_equal(brug_db_open(path, BRUG_OPEN_CREATE, &fa.alloc, &db), BRUG_ENOMEM);
        brug_db_close(db);
    }
    test_remove_db(path);
    free(path);
}

static void store_error_names_are_stable(void **state)
{
    (void)state;
    assert_string_equal(brug_err_name(BRUG_OK), "OK");
    assert_string_equal(brug_err_name(BRUG_ENOTFOUND), "ENOTFOUND");
    assert_int_equal(BRUG_ENOTFOUND, 6);
    assert_string_equal(brug_err_name((brug_err)9999), "EUNKNOWN");
    assert_string_equal(brug_strerror(BRUG_ENOMEM), "out of memory");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(store_creates_schema_and_reopens),
        cmocka_unit_test(store_missing_file_is_an_error),
        cmocka_unit_test(store_meta_missing_key),
        cmocka_unit_test(store_onto_load_of_empty_db_says_so),
        cmocka_unit_test(store_open_survives_allocation_failures),
        cmocka_unit_test(store_error_names_are_stable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
