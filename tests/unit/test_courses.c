/*
 * test_courses.c - the course catalogue: importing CSV and JSON, label
 * resolution and its report, replacing courses, loading the in-memory
 * catalogue, and every kind of bad input failing with FILE:LINE and the
 * database unchanged.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "helper_test.h"
#include "courses.h"

#define S "http://data.europa.eu/esco/skill/"

/* A few skills with English and Dutch labels, written straight into the
 * ontology tables (the ESCO importer is tested elsewhere). */
static void seed_skills(const char *path)
{
    sqlite3 *sql;
    char *msg = NULL;
    assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
    if (sqlite3_exec(sql,
                     "INSERT INTO concept(id, uri, kind) VALUES"
                     " (1, '" S "t-care', 2), (2, '" S "t-hygiene', 2),"
                     " (3, '" S "t-medication', 2), (4, '" S "t-python', 2),"
                     " (5, '" S "t-height', 2), (6, 'http://data.europa.eu/esco/occupation/x', 1);"
                     "INSERT INTO label(concept, lang, role, text) VALUES"
                     " (1, 'en', 0, 'provide basic care'), (2, 'en', 0, 'hygiene'),"
                     " (3, 'en', 0, 'administer medication'), (4, 'en', 0, 'Python'),"
                     " (4, 'nl', 0, 'programmeren in Python'), (4, 'en', 1, 'python programming'),"
                     " (5, 'en', 0, 'work at heights'), (5, 'en', 1, 'working at heights'),"
                     " (6, 'en', 0, 'Python');",
                     NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("seed: %s", msg);
    sqlite3_close(sql);
}

static brug_db *fresh_db(const char *name, char **path)
{
    brug_db *db;
    *path = test_tmp_path(name);
    db = test_db_create(*path);
    seed_skills(*path);
    assert_int_equal(brug_search_reindex(db), BRUG_OK); /* the labels went in by SQL */
    return db;
}

static char *data_path(const char *file)
{
    size_t n = strlen(test_source_dir()) + strlen(file) + 64;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/tests/data/courses/%s", test_source_dir(), file);
    return p;
}

static uint32_t find_course(const brug_courses *c, const char *id)
{
    uint32_t i;
    for (i = 0; i < c->ncourse; i++)
        if (strcmp(c->id[i], id) == 0)
            return i;
    return BRUG_NO_INDEX;
}

static void check_small_catalogue(brug_db *db)
{
    brug_courses *cat = NULL;
    uint32_t i;
    json_t *d;
    assert_int_equal(brug_courses_load(db, &cat), BRUG_OK);
    assert_int_equal(brug_courses_count(cat), 4);
    i = find_course(cat, "VZ-101");
    assert_int_not_equal(i, BRUG_NO_INDEX);
    assert_int_equal(cat->cost_cents[i], 125050);
    assert_string_equal(cat->region[i], "CR17"); /* canonical spelling of cr17 */
    assert_string_equal(cat->starts[i], "2027-02-01 2027-09-01");
    assert_string_equal(cat->title_lang[i], "nl");
    assert_int_equal(brug__csr_row_len(&cat->teaches, i), 2);
    i = find_course(cat, "VZ-102");
    assert_int_equal(cat->mode[i], BRUG_COURSE_BLENDED);
    assert_string_equal(cat->title_lang[i], "nl"); /* "NL" and "nl-NL" are nl */
    assert_int_equal(brug__csr_row_len(&cat->requires, i), 1);
    assert_int_equal(cat->requires.col[cat->requires.ptr[i]], brug__courses_skill(cat, S "t-care"));
    i = find_course(cat, "ON-7");
    assert_true(cat->hours[i] == 12.5);
    assert_int_equal(cat->cost_cents[i], 0);
    /* "Python" and "programmeren in Python" both name t-python (the
     * occupation also called Python is not a skill). */
    assert_int_equal(brug__csr_row_len(&cat->teaches, i), 1);
    i = find_course(cat, "IC-3");
    assert_int_equal(cat->teaches.col[cat->teaches.ptr[i]], brug__courses_skill(cat, S "t-height"));
    d = brug_courses_describe(cat, i);
    assert_non_null(d);
    assert_string_equal(json_string_value(json_object_get(d, "mode")), "in-company");
    assert_true(fabs(json_real_value(json_object_get(d, "cost")) - 395.0) < 1e-9);
    /* No title_lang given: null in the document, never a guess. */
    assert_true(json_is_null(json_object_get(d, "title_lang")));
    json_decref(d);
    d = brug_courses_describe(cat, find_course(cat, "ON-7"));
    assert_string_equal(json_string_value(json_object_get(d, "title_lang")), "en");
    json_decref(d);
    brug_courses_free(cat);
}

static void import_file_ok(const char *file)
{
    char *path, *fp = data_path(file);
    brug_db *db = fresh_db("courses-ok.db", &path);
    brug_import_report rep;
    json_t *doc;
    brug_import_report_init(&rep);
    assert_int_equal(brug_courses_import(db, fp, NULL, &rep), BRUG_OK);
    assert_string_equal(rep.kind, "courses");
    assert_int_equal(rep.records, 4);
    assert_int_equal(rep.replaced, 0);
    assert_int_equal(rep.dangling, 1);
    assert_string_equal(rep.examples[0].uri, "made-up skill nobody has");
    assert_int_equal(rep.nresolved, 3);
    /* The same JSON shape as every import's report. */
    doc = brug_import_report_json(&rep);
    assert_int_equal(json_integer_value(json_object_get(doc, "records")), 4);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(doc, "dangling"), "count")),
                     1);
    assert_int_equal(json_array_size(json_object_get(doc, "resolved")), 3);
    json_decref(doc);
    check_small_catalogue(db);

    /* Importing again replaces every course. */
    assert_int_equal(brug_courses_import(db, fp, NULL, &rep), BRUG_OK);
    assert_int_equal(rep.replaced, 4);
    brug_import_report_release(&rep);
    check_small_catalogue(db);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(fp);
}

static void courses_import_csv(void **state)
{
    (void)state;
    import_file_ok("ok_small.csv");
}

static void courses_import_json(void **state)
{
    (void)state;
    import_file_ok("ok_small.json");
}

static void courses_labels_resolve_through_search(void **state)
{
    char *path, *fp = data_path("ok_search.csv");
    brug_db *db = fresh_db("courses-search.db", &path);
    brug_import_report rep;
    brug_courses *cat = NULL;
    uint32_t i;
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(brug_courses_import(db, fp, NULL, &rep), BRUG_OK);
    /* "heights work": every word is a word of "work at heights". */
    assert_int_equal(rep.nresolved, 1);
    assert_string_equal(rep.resolved[0].how, "search");
    assert_string_equal(rep.resolved[0].uri, S "t-height");
    /* "python coding": "coding" is no word of any label, so it is
     * reported rather than guessed. */
    assert_int_equal(rep.dangling, 1);
    assert_string_equal(rep.examples[0].uri, "python coding");
    brug_import_report_release(&rep);
    assert_int_equal(brug_courses_load(db, &cat), BRUG_OK);
    i = find_course(cat, "S-1");
    assert_int_equal(brug__csr_row_len(&cat->teaches, i), 1);
    brug_courses_free(cat);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(fp);
}

static void courses_strict_refuses_unresolved_labels(void **state)
{
    char *path, *fp = data_path("ok_small.csv");
    brug_db *db = fresh_db("courses-strict.db", &path);
    brug_import_opts o;
    brug_courses *cat = NULL;
    (void)state;
    memset(&o, 0, sizeof(o));
    o.strict = 1;
    o.lang = "en";
    assert_int_equal(brug_courses_import(db, fp, &o, NULL), BRUG_EDANGLING);
    assert_non_null(strstr(brug_errmsg(db), "ok_small.csv:4: "));
    assert_non_null(strstr(brug_errmsg(db), "made-up skill nobody has"));
    assert_int_equal(brug_courses_load(db, &cat), BRUG_OK);
    assert_int_equal(brug_courses_count(cat), 0);
    brug_courses_free(cat);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(fp);
}

static const struct bad_case {
    const char *file;
    brug_err err;
    int line;
    const char *words;
} bad_cases[] = {
    {"bad_missing_column.csv", BRUG_EPARSE, 1, "missing column teaches"},
    {"bad_unknown_column.csv", BRUG_EPARSE, 1, "unknown column 'titel'"},
    {"bad_mode.csv", BRUG_EPARSE, 3, "mode 'by pigeon'"},
    {"bad_missing_region.csv", BRUG_EPARSE, 3, "needs a region"},
    {"bad_region.csv", BRUG_EPARSE, 3, "unknown region 'Atlantis'"},
    {"bad_online_with_region.csv", BRUG_EPARSE, 2, "online course has no region"},
    {"bad_hours.csv", BRUG_EPARSE, 2, "hours '-3'"},
    {"bad_cost_comma.csv", BRUG_EPARSE, 2, "cost_eur '12,50'"},
    {"bad_cost_decimals.csv", BRUG_EPARSE, 2, "cost_eur '1.234'"},
    {"bad_date.csv", BRUG_EPARSE, 2, "start date '2027-02-30'"},
    {"bad_duplicate_id.csv", BRUG_EPARSE, 4, "already on line 2"},
    {"bad_unknown_uri.csv", BRUG_EDANGLING, 2, "unknown skill URI"},
    {"bad_quote.csv", BRUG_EPARSE, 3, "a quoted field never ends"},
    {"bad_inner_quote.csv", BRUG_EPARSE, 2, "malformed quoting"},
    {"bad_utf8.csv", BRUG_EPARSE, 2, "invalid UTF-8"},
    {"bad_nul.csv", BRUG_EPARSE, 2, "NUL byte in column teaches"},
    {"bad_too_few_fields.csv", BRUG_EPARSE, 2, "7 fields, but the header has"},
    {"bad_no_teaches.csv", BRUG_EPARSE, 2, "teaches no skill"},
    {"bad_title_lang.csv", BRUG_EPARSE, 3, "title_lang 'Nederlands' is not a language code"},
    {"bad_syntax.json", BRUG_EPARSE, 4, ""},
    {"bad_hours.json", BRUG_EPARSE, 4, "hours 'ten'"},
    {"bad_teaches_type.json", BRUG_EPARSE, 2, "\"teaches\" must be an array"},
    {"bad_unknown_key.json", BRUG_EPARSE, 4, "unknown key \"prijs\""},
    {"bad_shape.json", BRUG_EPARSE, 1, "expected {\"courses\""},
};

static void courses_bad_input_changes_nothing(void **state)
{
    char *path, *ok = data_path("ok_small.csv");
    brug_db *db = fresh_db("courses-bad.db", &path);
    size_t i;
    (void)state;
    assert_int_equal(brug_courses_import(db, ok, NULL, NULL), BRUG_OK);
    for (i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++) {
        const struct bad_case *bc = &bad_cases[i];
        char *fp = data_path(bc->file), where[512];
        brug_err err = brug_courses_import(db, fp, NULL, NULL);
        if (err != bc->err)
            fail_msg("%s: expected %s, got %s (%s)", bc->file, brug_err_name(bc->err),
                     brug_err_name(err), brug_errmsg(db));
        snprintf(where, sizeof(where), "%s:%d: ", fp, bc->line);
        if (!strstr(brug_errmsg(db), where) || !strstr(brug_errmsg(db), bc->words))
            fail_msg("%s: message '%s' lacks '%s' or '%s'", bc->file, brug_errmsg(db), where,
                     bc->words);
        check_small_catalogue(db);
        free(fp);
    }
    /* A missing file. */
    assert_int_equal(brug_courses_import(db, "/nonexistent/courses.csv", NULL, NULL), BRUG_EIO);
    assert_non_null(strstr(brug_errmsg(db), "/nonexistent/courses.csv"));
    check_small_catalogue(db);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(ok);
}

static void courses_read_only_db_is_refused(void **state)
{
    char *path, *fp = data_path("ok_small.csv");
    brug_db *db = fresh_db("courses-ro.db", &path);
    (void)state;
    brug_db_close(db);
    assert_int_equal(brug_db_open(path, BRUG_OPEN_READONLY, NULL, &db), BRUG_OK);
    assert_int_not_equal(brug_courses_import(db, fp, NULL, NULL), BRUG_OK);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(fp);
}

static void courses_import_survives_allocation_failures(void **state)
{
    char *path, *fp = data_path("ok_small.json");
    brug_db *db = fresh_db("courses-nomem.db", &path);
    size_t n;
    int succeeded = 0;
    (void)state;
    brug_db_close(db);
    for (n = 1; n < 400 && !succeeded; n++) {
        test_failing_alloc fa;
        brug_courses *cat = NULL;
        brug_err err;
        test_failing_alloc_init(&fa, 0);
        assert_int_equal(brug_db_open(path, 0, &fa.alloc, &db), BRUG_OK);
        fa.count = 0;
        fa.fail_at = n;
        err = brug_courses_import(db, fp, NULL, NULL);
        fa.fail_at = 0;
        if (err == BRUG_OK) {
            succeeded = 1;
        } else {
            assert_int_equal(err, BRUG_ENOMEM);
            assert_int_equal(brug_courses_load(db, &cat), BRUG_OK);
            assert_int_equal(brug_courses_count(cat), 0);
            brug_courses_free(cat);
        }
        brug_db_close(db);
    }
    assert_true(succeeded);
    test_remove_db(path);
    free(path);
    free(fp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(courses_import_csv),
        cmocka_unit_test(courses_import_json),
        cmocka_unit_test(courses_labels_resolve_through_search),
        cmocka_unit_test(courses_strict_refuses_unresolved_labels),
        cmocka_unit_test(courses_bad_input_changes_nothing),
        cmocka_unit_test(courses_read_only_db_is_refused),
        cmocka_unit_test(courses_import_survives_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
