/*
 * test_labels.c - brug_import_labels(): supplementary labels in the plain
 * uri,lang,role,text layout and ESCO's crosswalk layout never override a
 * label of the taxonomy's own release, are searchable and shown with
 * their source, give way to a later release import, and raise the
 * per-language coverage; on the real ESCO 1.1.1 en+nl with the ESCO-VDAB
 * crosswalk (../shared/data) the Dutch skill coverage is measured.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helper_test.h"
#include "store_import.h"

#define SK1 "http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000001"
#define SK2 "http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000002"

static char *data(const char *name)
{
    char *p = malloc(4096);
    snprintf(p, 4096, "%s/tests/data/%s", test_source_dir(), name);
    return p;
}

static brug_err import_labels(brug_db *db, const char *file, int mappings, brug_import_report *rep)
{
    char *p = data(file);
    const char *paths[1] = {p};
    brug_import_opts o;
    brug_err err;
    memset(&o, 0, sizeof(o));
    o.mappings = mappings;
    err = brug_import_labels(db, paths, 1, &o, rep);
    free(p);
    return err;
}

static brug_db *small_db(const char *name, char **path)
{
    char *dir = data("ok_skos/esco_csv");
    const char *dirs[1] = {dir};
    brug_db *db;
    *path = test_tmp_path(name);
    db = test_db_create(*path);
    assert_int_equal(brug_import_esco(db, dirs, 1, NULL, NULL), BRUG_OK);
    free(dir);
    return db;
}

static const char *pref(json_t *c, const char *lang)
{
    return json_string_value(
        json_object_get(json_object_get(json_object_get(c, "labels"), lang), "preferred"));
}

static uint64_t coverage(const brug_import_report *r, const char *lang, const char *kind,
                         uint64_t *total)
{
    size_t i;
    for (i = 0; i < r->ncoverage; i++)
        if (strcmp(r->coverage[i].lang, lang) == 0 && strcmp(r->coverage[i].kind, kind) == 0) {
            if (total)
                *total = r->coverage[i].total;
            return r->coverage[i].preferred;
        }
    return UINT64_MAX;
}

static void labels_plain_never_override_and_searchable(void **state)
{
    char *path;
    brug_db *db = small_db("labels-plain.db", &path);
    brug_import_report rep;
    json_t *c = NULL, *s;
    brug_search_opts so;
    brug_search_results *res = NULL;
    uint64_t total = 0;
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(import_labels(db, "ok_labels/plain.csv", 0, &rep), BRUG_OK);
    assert_string_equal(rep.kind, "labels");
    assert_int_equal(rep.supplementary_labels, 4); /* 2 nl pref, nl alt, en alt */
    assert_int_equal(rep.kept_release_labels, 1);  /* the en preferred label */
    assert_int_equal(rep.dangling, 1);
    assert_int_equal(coverage(&rep, "nl", "skills", &total), 2);
    assert_int_equal(total, 2);

    assert_int_equal(brug_concept_describe(db, SK1, "nl", &c), BRUG_OK);
    assert_string_equal(pref(c, "en"), "use welding equipment"); /* the release's, kept */
    assert_string_equal(pref(c, "nl"), "lasapparatuur gebruiken");
    s = json_object_get(c, "supplementary_labels");
    assert_int_equal(json_array_size(s), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(s, 0), "source")),
                        "plain.csv");
    json_decref(c);

    /* Searchable like any label. */
    brug_search_opts_init(&so);
    assert_int_equal(brug_search_run(db, "lasapparatuur gebruiken", &so, &res), BRUG_OK);
    assert_true(res->count > 0);
    assert_string_equal(res->hits[0].uri, SK1);
    brug_search_results_free(res);

    /* A second import of the same file adds nothing and keeps nothing new out. */
    assert_int_equal(import_labels(db, "ok_labels/plain.csv", 0, &rep), BRUG_OK);
    assert_int_equal(rep.supplementary_labels, 0);
    assert_int_equal(rep.kept_release_labels, 1);

    /* A bad role: FILE:LINE and nothing changes. */
    {
        uint64_t d1, d2;
        assert_int_equal(brug__store_digest(db, &d1), BRUG_OK);
        assert_int_equal(import_labels(db, "bad_labels_role.csv", 0, NULL), BRUG_EPARSE);
        assert_non_null(strstr(brug_errmsg(db), "bad_labels_role.csv:2: role 'favourite'"));
        assert_int_equal(brug__store_digest(db, &d2), BRUG_OK);
        assert_true(d1 == d2);
    }
    brug_import_report_release(&rep);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void labels_release_import_wins(void **state)
{
    char *path, *en = data("ok_skos/esco_csv");
    brug_db *db = small_db("labels-release.db", &path);
    const char *dirs[2] = {en, NULL};
    json_t *c = NULL;
    FILE *f;
    (void)state;
    assert_int_equal(import_labels(db, "ok_labels/plain.csv", 0, NULL), BRUG_OK);
    /* A later release with its own Dutch label for SK1 replaces the
     * supplementary one; SK2 (not described in Dutch) keeps none. */
    {
        char *tmp = test_tmp_path("release_nl");
        char file[4200];
        snprintf(file, sizeof(file), "mkdir -p '%s'", tmp);
        assert_int_equal(system(file), 0);
        snprintf(file, sizeof(file), "%s/skills_nl.csv", tmp);
        f = fopen(file, "w");
        assert_non_null(f);
        fputs("conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,"
              "description\n" SK1 ",skill/competence,sector-specific,lasapparatuur bedienen,,,\n",
              f);
        fclose(f);
        dirs[1] = tmp;
        assert_int_equal(brug_import_esco(db, dirs, 2, NULL, NULL), BRUG_OK);
        assert_int_equal(brug_concept_describe(db, SK1, "nl", &c), BRUG_OK);
        assert_string_equal(pref(c, "nl"), "lasapparatuur bedienen");
        assert_int_equal(json_array_size(json_object_get(c, "supplementary_labels")), 0);
        json_decref(c);
        /* Supplementary labels of languages the release does not describe
         * stay (SK2's Dutch one); those of a language it describes go
         * (SK2's English alternative). */
        assert_int_equal(brug_concept_describe(db, SK2, "en", &c), BRUG_OK);
        assert_int_equal(json_array_size(json_object_get(c, "supplementary_labels")), 1);
        assert_string_equal(
            json_string_value(json_object_get(
                json_array_get(json_object_get(c, "supplementary_labels"), 0), "text")),
            "metaalsoorten");
        json_decref(c);
        free(tmp);
    }
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(en);
}

static void labels_crosswalk_with_mappings(void **state)
{
    char *path;
    brug_db *db = small_db("labels-crosswalk.db", &path);
    brug_import_report rep;
    json_t *c = NULL, *m;
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(import_labels(db, "ok_labels/crosswalk.csv", 1, &rep), BRUG_OK);
    assert_int_equal(rep.supplementary_labels, 2); /* one per ESCO skill */
    assert_int_equal(rep.concepts, 3);             /* the other side */
    assert_int_equal(rep.mappings, 3);
    assert_int_equal(brug_concept_describe(db, SK2, "nl", &c), BRUG_OK);
    assert_string_equal(pref(c, "nl"), "metaalsoorten");
    assert_int_equal(json_array_size(json_object_get(c, "mappings")), 2);
    m = json_array_get(json_object_get(c, "mappings"), 0);
    assert_string_equal(json_string_value(json_object_get(m, "relation")), "exact");
    assert_string_equal(json_string_value(json_object_get(m, "uri")),
                        "urn:uuid:11111111-2222-4333-8444-555555555555");
    assert_string_equal(json_string_value(json_object_get(m, "label")), "Metaalsoorten");
    assert_string_equal(json_string_value(json_object_get(m, "scheme")), "Example competences");
    json_decref(c);
    /* The other side: its scheme, labels in fr and nl, the inverse match. */
    assert_int_equal(
        brug_concept_describe(db, "urn:uuid:11111111-2222-4333-8444-666666666666", "fr", &c),
        BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(c, "label")), "Métallurgie");
    m = json_array_get(json_object_get(c, "mappings"), 0);
    assert_string_equal(json_string_value(json_object_get(m, "relation")), "narrow");
    assert_string_equal(json_string_value(json_object_get(m, "direction")), "in");
    json_decref(c);
    /* Coverage stays about the release: 2 skills, not 5. */
    {
        uint64_t total = 0;
        assert_int_equal(coverage(&rep, "nl", "skills", &total), 2);
        assert_int_equal(total, 2);
    }
    brug_import_report_release(&rep);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

/* The real ESCO 1.1.1 en+nl and the ESCO-VDAB crosswalk: Dutch preferred
 * labels for skills before and after. */
static void labels_real_esco_dutch_coverage(void **state)
{
    char en[4096], nl[4096], sup[4200];
    const char *dirs[2] = {en, nl}, *paths[1] = {sup};
    const char *d = test_esco_dir("en");
    char *path;
    brug_db *db;
    brug_import_report rep;
    uint64_t before, after, total = 0;
    (void)state;
    if (!d) {
        skip();
        return;
    }
    snprintf(en, sizeof(en), "%s", d);
    snprintf(nl, sizeof(nl), "%s", test_esco_dir("nl"));
    snprintf(sup, sizeof(sup),
             "%s/../../esco-nl-supplement/escocompetencemappingfinalreport-fr-nl-45-v3.8.csv", en);
    if (access(sup, R_OK) != 0) {
        if (getenv("CI") && getenv("CI")[0])
            fail_msg("CI is set but %s is missing", sup);
        skip();
        return;
    }
    path = test_tmp_path("labels-real.db");
    db = test_db_create(path);
    brug_import_report_init(&rep);
    assert_int_equal(brug_import_esco(db, dirs, 2, NULL, &rep), BRUG_OK);
    before = coverage(&rep, "nl", "skills", &total);
    assert_int_equal(total, 13896);
    assert_int_equal(before, 2218);
    assert_int_equal(brug_import_labels(db, paths, 1, NULL, &rep), BRUG_OK);
    after = coverage(&rep, "nl", "skills", &total);
    print_message("nl skill coverage: %llu of %llu before, %llu after the crosswalk\n",
                  (unsigned long long)before, (unsigned long long)total, (unsigned long long)after);
    assert_int_equal(total, 13896);
    assert_int_equal(after, before + rep.supplementary_labels);
    assert_true(after > 6000);
    brug_import_report_release(&rep);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(labels_plain_never_override_and_searchable),
        cmocka_unit_test(labels_release_import_wins),
        cmocka_unit_test(labels_crosswalk_with_mappings),
        cmocka_unit_test(labels_real_esco_dutch_coverage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
