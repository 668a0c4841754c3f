/*
 * test_esco_import.c - brug_import_esco() on the small data sets in
 * tests/data: every kind of bad input stops the import with "FILE:LINE:
 * what" and leaves a database that already held data exactly as it was;
 * BOM + CRLF, the 1.2 layout, merging languages, idempotent re-import,
 * the report, and allocation failures at every step.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helper_test.h"
#include "store_import.h"

/* "SRC/tests/data/NAME" in buf. */
static const char *data_dir(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/tests/data/%s", test_source_dir(), name);
    return buf;
}

static brug_err import1(brug_db *db, const char *name, int strict, brug_import_report *rep)
{
    char dir[4096];
    const char *dirs[1];
    brug_import_opts o;
    memset(&o, 0, sizeof(o));
    o.strict = strict;
    dirs[0] = data_dir(dir, sizeof(dir), name);
    return brug_import_esco(db, dirs, 1, &o, rep);
}

static brug_err import2(brug_db *db, const char *a, const char *b, brug_import_report *rep)
{
    char d1[4096], d2[4096];
    const char *dirs[2];
    dirs[0] = data_dir(d1, sizeof(d1), a);
    dirs[1] = data_dir(d2, sizeof(d2), b);
    return brug_import_esco(db, dirs, 2, NULL, rep);
}

static uint64_t digest(brug_db *db)
{
    uint64_t d = 0;
    assert_int_equal(brug__store_digest(db, &d), BRUG_OK);
    return d;
}

/* A database holding ok_basic (en + nl). */
static brug_db *db_with_data(const char *name, char **path)
{
    brug_db *db;
    *path = test_tmp_path(name);
    db = test_db_create(*path);
    if (import2(db, "ok_basic/en", "ok_basic/nl", NULL) != BRUG_OK)
        fail_msg("ok_basic: %s", brug_errmsg(db));
    return db;
}

static void drop_db(brug_db *db, char *path)
{
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

typedef struct bad_case {
    const char *dir;
    int strict;
    brug_err err;
    const char *where; /* "file.csv:LINE: " expected after the folder */
    const char *what;  /* part of the message after it */
} bad_case;

static const bad_case bad_cases[] = {
    {"bad_missing_column", 0, BRUG_EPARSE, "occupations_en.csv:1: ", "missing column conceptUri"},
    {"bad_broken_quote", 0, BRUG_EPARSE, "skills_en.csv:4: ", "malformed quoting"},
    {"bad_truncated", 0, BRUG_EPARSE, "occupations_en.csv:4: ", "a quoted field never ends"},
    {"bad_utf8", 0, BRUG_EPARSE,
     "occupations_en.csv:5: ", "invalid UTF-8 (byte 0xff) in column altLabels"},
    {"bad_nul", 0, BRUG_EPARSE, "skills_en.csv:3: ", "NUL byte in column preferredLabel"},
    {"bad_relation_type", 0, BRUG_EPARSE,
     "occupationSkillRelations.csv:3: ", "unknown relationType 'mandatory'"},
    {"bad_ragged", 0, BRUG_EPARSE,
     "occupationSkillRelations.csv:3: ", "3 fields, but the header has 4"},
    {"bad_extra_field", 0, BRUG_EPARSE,
     "skillSkillRelations.csv:2: ", "6 fields, but the header has 5"},
    {"bad_skill_type", 0, BRUG_EPARSE, "skills_en.csv:2: ", "unknown skillType 'competence'"},
    {"bad_kind_conflict", 0, BRUG_EPARSE, "skills_en.csv:2: ",
     "http://example.org/occ/nurse is an occupation, but this file makes it a skill"},
    {"bad_empty_file", 0, BRUG_EPARSE, "skills_en.csv:1: ", "empty file"},
    {"bad_empty_uri", 0, BRUG_EPARSE, "skills_en.csv:2: ", "empty conceptUri"},
    {"bad_late_error", 0, BRUG_EPARSE,
     "skillSkillRelations.csv:3: ", "unknown relationType 'related'"},
    {"ok_basic/en", 1, BRUG_EDANGLING, "occupationSkillRelations.csv:6: ",
     "occupationUri http://example.org/occ/missing is not defined by any imported file"},
};

static void esco_import_bad_input_changes_nothing(void **state)
{
    char *path;
    brug_db *db = db_with_data("bad.db", &path);
    uint64_t before = digest(db);
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++) {
        const bad_case *c = &bad_cases[i];
        char dir[4096], want[4600];
        brug_import_report rep;
        brug_err err;
        brug_import_report_init(&rep);
        err = import1(db, c->dir, c->strict, &rep);
        snprintf(want, sizeof(want), "%s/%s%s", data_dir(dir, sizeof(dir), c->dir), c->where,
                 c->what);
        if (err != c->err || strncmp(brug_errmsg(db), want, strlen(want)) != 0)
            fail_msg("%s: got %s '%s', want %s '%s...'", c->dir, brug_err_name(err),
                     brug_errmsg(db), brug_err_name(c->err), want);
        brug_import_report_release(&rep);
        assert_true(digest(db) == before);
    }
    drop_db(db, path);
}

static void esco_import_folder_without_files(void **state)
{
    char *path;
    brug_db *db = db_with_data("nofiles.db", &path);
    uint64_t before = digest(db);
    (void)state;
    assert_int_equal(import1(db, "bad_no_files", 0, NULL), BRUG_EINVAL);
    assert_non_null(strstr(brug_errmsg(db), "bad_no_files: no ESCO CSV files"));
    assert_int_equal(import1(db, "no_such_folder", 0, NULL), BRUG_EIO);
    assert_non_null(strstr(brug_errmsg(db), "no_such_folder: cannot open folder"));
    assert_int_equal(brug_import_esco(db, NULL, 0, NULL, NULL), BRUG_EINVAL);
    assert_true(digest(db) == before);
    drop_db(db, path);
}

/* A field over the 1 MiB limit, written at test time. */
static void esco_import_field_too_big(void **state)
{
    char *path;
    brug_db *db = db_with_data("big.db", &path);
    uint64_t before = digest(db);
    char *dir = test_tmp_path("bigdir"), file[4200], want[4300];
    const char *dirs[1];
    FILE *f;
    size_t i;
    (void)state;
    mkdir(dir, 0700);
    snprintf(file, sizeof(file), "%s/skills_en.csv", dir);
    f = fopen(file, "w");
    assert_non_null(f);
    fputs("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,"
          "status,modifiedDate,scopeNote,definition,inScheme,description\n"
          "KnowledgeSkillCompetence,http://example.org/skill/big,knowledge,,big,\"a\nb\n",
          f);
    for (i = 0; i < (1u << 20) + 100; i += 10)
        fputs("xxxxxxxxxx", f);
    fputs("\",,released,,,,,D.\n", f);
    fclose(f);
    dirs[0] = dir;
    assert_int_equal(brug_import_esco(db, dirs, 1, NULL, NULL), BRUG_ETOOBIG);
    snprintf(want, sizeof(want), "%s:", file);
    assert_non_null(strstr(brug_errmsg(db), want));
    assert_non_null(strstr(brug_errmsg(db), "longer than 1048576 bytes"));
    assert_true(digest(db) == before);
    remove(file);
    rmdir(dir);
    free(dir);
    drop_db(db, path);
}

static void esco_import_report_and_dangling(void **state)
{
    char *path = test_tmp_path("report.db");
    brug_db *db = test_db_create(path);
    brug_import_report rep;
    json_t *j;
    char ver[32];
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(import2(db, "ok_basic/en", "ok_basic/nl", &rep), BRUG_OK);
    assert_int_equal(rep.occupations, 2);
    assert_int_equal(rep.skills, 4);
    assert_int_equal(rep.skill_groups, 3); /* S1.1 only in the hierarchy */
    assert_int_equal(rep.isco_groups, 3);
    assert_int_equal(rep.occupation_skill, 4);
    assert_int_equal(rep.skill_skill, 1);
    assert_int_equal(rep.broader, 6);
    assert_int_equal(rep.collection_members, 2);
    assert_int_equal(rep.dangling, 1);
    assert_int_equal(rep.nexamples, 1);
    assert_string_equal(rep.examples[0].uri, "http://example.org/occ/missing");
    assert_non_null(strstr(rep.examples[0].where, "ok_basic/en/occupationSkillRelations.csv:6"));
    assert_string_equal(rep.languages, "en,nl");
    assert_string_equal(rep.taxonomy_version, "1.1"); /* from the layout */
    assert_int_equal(brug_db_meta_get(db, "taxonomy_version", ver, sizeof(ver)), BRUG_OK);
    assert_string_equal(ver, "1.1");
    j = brug_import_report_json(&rep);
    assert_non_null(j);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "dangling"), "count")),
                     1);
    assert_int_equal(json_array_size(json_object_get(j, "files")), rep.nfiles);
    json_decref(j);
    brug_import_report_release(&rep);
    brug_import_report_release(NULL);
    drop_db(db, path);
}

/* Dutch labels: occupations from occupations_nl.csv, the skill from the
 * collection file (its altLabels separated by " | "), groups from the
 * hierarchy. */
static void esco_import_dutch_labels_from_collections(void **state)
{
    char *path;
    brug_db *db = db_with_data("nl.db", &path);
    brug_onto *o = NULL;
    uint32_t s;
    (void)state;
    assert_int_equal(brug_onto_load(db, &o), BRUG_OK);
    s = brug_onto_skill_find(o, "http://example.org/skill/heatpumps");
    assert_string_equal(brug_onto_skill_label(o, s, "nl"), "warmtepompen");
    assert_string_equal(brug_onto_skill_label(o, s, "en"), "heat pumps");
    s = brug_onto_skill_find(o, "http://example.org/skill/care");
    assert_string_equal(brug_onto_skill_label(o, s, "nl"), "provide nursing care"); /* fallback */
    assert_string_equal(brug_onto_occupation_label(
                            o, brug_onto_occupation_find(o, "http://example.org/occ/nurse"), "nl"),
                        "verpleegkundige");
    s = brug_onto_skill_find(o, "http://example.org/group/S1.1");
    assert_true(brug_onto_skill_is_group(o, s));
    assert_string_equal(brug_onto_skill_label(o, s, "nl"), "verplegen");
    assert_true(brug_onto_collection_bit(o, "green") >= 0);
    assert_true(brug_onto_collection_bit(o, "transversal") >= 0);
    brug_onto_free(o);
    drop_db(db, path);
}

static void esco_import_crlf_bom_equals_lf(void **state)
{
    char *p1 = test_tmp_path("lf.db"), *p2 = test_tmp_path("crlf.db");
    brug_db *a = test_db_create(p1), *b = test_db_create(p2);
    (void)state;
    assert_int_equal(import1(a, "ok_basic/en", 0, NULL), BRUG_OK);
    assert_int_equal(import1(b, "ok_crlf_bom/en", 0, NULL), BRUG_OK);
    assert_true(digest(a) == digest(b));
    drop_db(a, p1);
    drop_db(b, p2);
}

/* Importing en, then nl, gives what importing both at once gives; and
 * importing again changes nothing. */
static void esco_import_merge_and_idempotent(void **state)
{
    char *p1 = test_tmp_path("both.db"), *p2 = test_tmp_path("apart.db");
    brug_db *a = test_db_create(p1), *b = test_db_create(p2);
    uint64_t d;
    (void)state;
    assert_int_equal(import2(a, "ok_basic/en", "ok_basic/nl", NULL), BRUG_OK);
    assert_int_equal(import1(b, "ok_basic/en", 0, NULL), BRUG_OK);
    assert_int_equal(import1(b, "ok_basic/nl", 0, NULL), BRUG_OK);
    d = digest(a);
    assert_true(d == digest(b));
    assert_int_equal(import2(a, "ok_basic/en", "ok_basic/nl", NULL), BRUG_OK);
    assert_true(d == digest(a));
    assert_int_equal(import1(a, "ok_basic/nl", 0, NULL), BRUG_OK);
    assert_true(d == digest(a));
    drop_db(a, p1);
    drop_db(b, p2);
}

static void esco_import_v12_layout(void **state)
{
    char *path = test_tmp_path("v12.db");
    brug_db *db = test_db_create(path);
    brug_import_report rep;
    brug_import_opts o;
    char dir[4096], ver[32];
    const char *dirs[1];
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(import1(db, "ok_v12/en", 0, &rep), BRUG_OK);
    assert_string_equal(rep.taxonomy_version, "1.2");
    assert_int_equal(rep.occupation_skill, 2);
    assert_int_equal(rep.skill_skill, 1);
    assert_int_equal(rep.dangling, 0);
    /* The option wins over derivation. */
    memset(&o, 0, sizeof(o));
    o.taxonomy_version = "v1.2.0-test";
    dirs[0] = data_dir(dir, sizeof(dir), "ok_v12/en");
    assert_int_equal(brug_import_esco(db, dirs, 1, &o, &rep), BRUG_OK);
    assert_int_equal(brug_db_meta_get(db, "taxonomy_version", ver, sizeof(ver)), BRUG_OK);
    assert_string_equal(ver, "v1.2.0-test");
    brug_import_report_release(&rep);
    drop_db(db, path);
}

typedef struct progress_log {
    int starts, ends;
    uint64_t rows;
} progress_log;

static void on_progress(void *ctx, const brug_import_progress *p)
{
    progress_log *l = ctx;
    assert_non_null(p->file);
    if (p->done) {
        l->ends++;
        l->rows += p->rows;
    } else if (p->rows == 0) {
        l->starts++;
    }
}

static void esco_import_progress_callback(void **state)
{
    char *path = test_tmp_path("progress.db");
    brug_db *db = test_db_create(path);
    brug_import_opts o;
    brug_import_report rep;
    progress_log log = {0, 0, 0};
    char dir[4096];
    const char *dirs[1];
    (void)state;
    memset(&o, 0, sizeof(o));
    o.progress = on_progress;
    o.progress_ctx = &log;
    dirs[0] = data_dir(dir, sizeof(dir), "ok_basic/en");
    brug_import_report_init(&rep);
    assert_int_equal(brug_import_esco(db, dirs, 1, &o, &rep), BRUG_OK);
    assert_int_equal(log.starts, (int)rep.nfiles);
    assert_int_equal(log.ends, (int)rep.nfiles);
    assert_int_equal(log.rows, 3 + 2 + 4 + 2 + 3 + 1 + 1 + 3 + 2 + 5 + 1);
    brug_import_report_release(&rep);
    drop_db(db, path);
}

/* Fail the Nth allocation for every N until the import succeeds: each
 * failure is BRUG_ENOMEM and leaves the database as it was. */
static void esco_import_survives_allocation_failures(void **state)
{
    char *path;
    brug_db *seed = db_with_data("oom.db", &path);
    uint64_t before = digest(seed);
    test_failing_alloc fa;
    brug_db *db = NULL;
    size_t n;
    brug_err err = BRUG_ENOMEM;
    (void)state;
    brug_db_close(seed);
    test_failing_alloc_init(&fa, 0);
    assert_int_equal(brug_db_open(path, 0, &fa.alloc, &db), BRUG_OK);
    for (n = 1; n < 100000 && err == BRUG_ENOMEM; n++) {
        brug_import_report rep;
        brug_import_report_init(&rep);
        fa.fail_at = fa.count + n;
        err = import2(db, "ok_crlf_bom/en", "ok_basic/nl", &rep);
        fa.fail_at = 0;
        brug_import_report_release(&rep);
        if (err == BRUG_ENOMEM)
            assert_true(digest(db) == before);
        else
            assert_int_equal(err, BRUG_OK);
    }
    assert_int_equal(err, BRUG_OK);
    assert_true(n > 20);               /* the loop really walked through the allocations */
    assert_true(digest(db) == before); /* same data as ok_basic */
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(esco_import_bad_input_changes_nothing),
        cmocka_unit_test(esco_import_folder_without_files),
        cmocka_unit_test(esco_import_field_too_big),
        cmocka_unit_test(esco_import_report_and_dangling),
        cmocka_unit_test(esco_import_dutch_labels_from_collections),
        cmocka_unit_test(esco_import_crlf_bom_equals_lf),
        cmocka_unit_test(esco_import_merge_and_idempotent),
        cmocka_unit_test(esco_import_v12_layout),
        cmocka_unit_test(esco_import_progress_callback),
        cmocka_unit_test(esco_import_survives_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
