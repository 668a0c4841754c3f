/*
 * test_skos.c - brug_import_skos() on the hand-written fixtures of
 * tests/data/ok_skos: an ESCO concept from RDF describes exactly as from
 * CSV; CompetentNL's shape (its namespaces, SKOS-XL labels, exact matches
 * to ESCO, three requirement levels) under the competentnl profile, and
 * whose profile answers for an occupation with none (brug/origin.h);
 * errors name FILE:LINE:COL and leave the database as it was.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "helper_test.h"
#include "store_import.h"

#define OCC "http://data.europa.eu/esco/occupation/e3f6d7c2-0000-4000-8000-000000000001"
#define SK1 "http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000001"
#define SK2 "http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000002"
#define ISCO "http://data.europa.eu/esco/isco/C7212"
#define CNLOCC "https://linkeddata.competentnl.nl/uwv/id/occupation/"

static char *data(const char *name)
{
    char *p = malloc(4096);
    snprintf(p, 4096, "%s/tests/data/%s", test_source_dir(), name);
    return p;
}

static brug_err import_ttl(brug_db *db, const char *file, const char *profile,
                           brug_import_report *rep)
{
    char *p = data(file);
    const char *paths[1];
    brug_import_opts o;
    brug_err err;
    memset(&o, 0, sizeof(o));
    o.profile = profile;
    paths[0] = p;
    err = brug_import_skos(db, paths, 1, &o, rep);
    free(p);
    return err;
}

static void skos_esco_concept_describes_as_from_csv(void **state)
{
    char *p1 = test_tmp_path("skos-csv.db"), *p2 = test_tmp_path("skos-rdf.db");
    char *dir = data("ok_skos/esco_csv");
    brug_db *csv = test_db_create(p1), *rdf = test_db_create(p2);
    const char *dirs[1] = {dir};
    const char *uris[] = {OCC, SK1, SK2, ISCO};
    brug_import_report rep;
    size_t i;
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(brug_import_esco(csv, dirs, 1, NULL, NULL), BRUG_OK);
    assert_int_equal(import_ttl(rdf, "ok_skos/esco.ttl", NULL, &rep), BRUG_OK);
    assert_string_equal(rep.kind, "skos");
    assert_int_equal(rep.occupations, 1);
    assert_int_equal(rep.skills, 2);
    assert_int_equal(rep.isco_groups, 1);
    assert_int_equal(rep.occupation_skill, 2);
    for (i = 0; i < sizeof(uris) / sizeof(uris[0]); i++) {
        json_t *a = NULL, *b = NULL;
        assert_int_equal(brug_concept_describe(csv, uris[i], "en", &a), BRUG_OK);
        assert_int_equal(brug_concept_describe(rdf, uris[i], "en", &b), BRUG_OK);
        if (!json_equal(a, b)) {
            char *x = json_dumps(a, JSON_SORT_KEYS), *y = json_dumps(b, JSON_SORT_KEYS);
            fail_msg("%s differs:\ncsv: %s\nrdf: %s", uris[i], x, y);
        }
        json_decref(a);
        json_decref(b);
    }
    /* Importing the same RDF again changes nothing. */
    {
        uint64_t d1, d2;
        assert_int_equal(brug__store_digest(rdf, &d1), BRUG_OK);
        assert_int_equal(import_ttl(rdf, "ok_skos/esco.ttl", "esco", NULL), BRUG_OK);
        assert_int_equal(brug__store_digest(rdf, &d2), BRUG_OK);
        assert_true(d1 == d2);
    }
    brug_import_report_release(&rep);
    brug_db_close(csv);
    brug_db_close(rdf);
    test_remove_db(p1);
    test_remove_db(p2);
    free(p1);
    free(p2);
    free(dir);
}

/* The first entry of a describe list whose key equals value. */
static json_t *find_in(json_t *arr, const char *key, const char *value)
{
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e)
    {
        if (json_is_string(json_object_get(e, key)) &&
            strcmp(json_string_value(json_object_get(e, key)), value) == 0)
            return e;
    }
    return NULL;
}

static void skos_competentnl_shape_and_bridge_source(void **state)
{
    char *path = test_tmp_path("skos-cnl.db"), via[512];
    brug_db *db = test_db_create(path);
    brug_import_report rep;
    json_t *c = NULL, *m, *stats = NULL, *cov;
    size_t i;
    (void)state;
    brug_import_report_init(&rep);
    assert_int_equal(import_ttl(db, "ok_skos/esco.ttl", NULL, NULL), BRUG_OK);
    assert_int_equal(import_ttl(db, "ok_skos/competentnl.ttl", "competentnl", &rep), BRUG_OK);
    assert_int_equal(rep.occupations, 2);
    assert_int_equal(rep.skills, 4);
    assert_int_equal(rep.occupation_skill, 3);
    assert_int_equal(rep.mappings, 3);
    assert_int_equal(rep.dangling, 0);

    /* The occupation: SKOS-XL label in Dutch, its scheme, the exact match
     * to ESCO shown with the target's label. */
    assert_int_equal(brug_concept_describe(db, CNLOCC "lasser", "nl", &c), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(c, "label")), "lasser");
    assert_string_equal(json_string_value(json_object_get(c, "scheme")), "competentnl");
    assert_string_equal(json_string_value(json_object_get(c, "code")), "OCC-1001");
    m = find_in(json_object_get(c, "mappings"), "uri", OCC);
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "relation")), "exact");
    assert_string_equal(json_string_value(json_object_get(m, "direction")), "out");
    assert_string_equal(json_string_value(json_object_get(m, "label")), "welder");
    assert_string_equal(json_string_value(json_object_get(m, "label_lang")), "en");
    json_decref(c);

    /* The ESCO side lists the incoming match. */
    assert_int_equal(brug_concept_describe(db, OCC, "en", &c), BRUG_OK);
    m = find_in(json_object_get(c, "mappings"), "uri", CNLOCC "lasser");
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "direction")), "in");
    assert_string_equal(json_string_value(json_object_get(m, "scheme")), "competentnl");
    json_decref(c);

    /* Requirement levels: Essential (1.0) is essential, Important (0.5) and
     * Somewhat (0.25) optional; an untagged literal is Dutch (the
     * profile's default); a match to an ESCO concept not stored keeps a
     * null label. */
    assert_int_equal(brug_concept_describe(db, CNLOCC "monteur-warmtepompen", "nl", &c), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(c, "essential_skills")), 1);
    assert_int_equal(json_array_size(json_object_get(c, "optional_skills")), 2);
    assert_string_equal(json_string_value(json_object_get(c, "description")),
                        "Installeert en onderhoudt warmtepompen.");
    m = json_array_get(json_object_get(c, "mappings"), 0);
    assert_string_equal(json_string_value(json_object_get(m, "relation")), "close");
    assert_true(json_is_null(json_object_get(m, "label")));
    json_decref(c);

    /* Bridging: the CompetentNL occupation has no profile of its own, so
     * its exact ESCO match's is used; one with a profile keeps its own. */
    assert_int_equal(brug_concept_profile_source(db, CNLOCC "lasser", via, sizeof(via)), BRUG_OK);
    assert_string_equal(via, OCC);
    assert_int_equal(
        brug_concept_profile_source(db, CNLOCC "monteur-warmtepompen", via, sizeof(via)), BRUG_OK);
    assert_string_equal(via, "");

    /* Coverage counts the main release only: CompetentNL's skills are not in it. */
    assert_int_equal(brug_db_stats(db, &stats), BRUG_OK);
    cov = json_object_get(stats, "coverage");
    for (i = 0; i < json_array_size(cov); i++) {
        json_t *e = json_array_get(cov, i);
        if (strcmp(json_string_value(json_object_get(e, "kind")), "skills") == 0)
            assert_int_equal(json_integer_value(json_object_get(e, "total")), 2);
    }
    json_decref(stats);
    brug_import_report_release(&rep);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

/* The weight of each gap skill in explain, by URI (-1 when not listed). */
static double gap_weight(const json_t *bridge, const char *uri)
{
    static const char *const lists[] = {"missing_essential", "missing_optional", "carried"};
    size_t i, j;
    for (i = 0; i < 3; i++) {
        const json_t *l = json_object_get(bridge, lists[i]);
        for (j = 0; j < json_array_size(l); j++) {
            const json_t *e = json_array_get(l, j);
            if (strcmp(json_string_value(json_object_get(e, "uri")), uri) == 0)
                return json_number_value(json_object_get(e, "weight"));
        }
    }
    return -1;
}

/* CompetentNL's three requirement levels reach the bridges with the
 * profile's weights: Important (0.5) counts as ESCO's optional, Somewhat
 * (0.25) half of that, Essential as ESCO's essential.  (All three skills
 * are required by one occupation only, so they are equally specific.) */
static void skos_competentnl_requirement_weights(void **state)
{
    char *path = test_tmp_path("skos-w.db"), msg[256];
    brug_db *db = test_db_create(path);
    brug_onto *onto = NULL;
    brug_bridges *b = NULL;
    brug_bridges_weights w;
    json_t *x = NULL;
    double ess, imp, some;
    (void)state;
    assert_int_equal(import_ttl(db, "ok_skos/esco.ttl", NULL, NULL), BRUG_OK);
    assert_int_equal(import_ttl(db, "ok_skos/competentnl.ttl", "competentnl", NULL), BRUG_OK);
    assert_int_equal(brug_onto_load(db, &onto), BRUG_OK);
    brug_bridges_weights_init(&w);
    assert_int_equal(brug_bridges_new(onto, &w, NULL, &b), BRUG_OK);
    assert_int_equal(brug_bridges_explain(b, OCC, NULL, 0, CNLOCC "monteur-warmtepompen", "nl", &x,
                                          msg, sizeof(msg)),
                     BRUG_OK);
    ess = gap_weight(x, "https://linkeddata.competentnl.nl/id/hat-koeltechniek");
    imp = gap_weight(x, "https://linkeddata.competentnl.nl/id/hat-solderen");
    some = gap_weight(x, "https://linkeddata.competentnl.nl/id/hat-klantcontact");
    assert_true(ess > 0 && imp > 0 && some > 0);
    assert_float_equal(some / imp, 0.5, 1e-6);
    assert_float_equal(ess / imp, w.essential / w.optional, 1e-5);
    assert_float_equal(ess + imp + some, 1.0, 1e-6);
    json_decref(x);
    brug_bridges_free(b);
    brug_onto_free(onto);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

/* brug_occupation_origin_find: the CompetentNL occupation without a profile
 * stands for its exact ESCO match; one with a profile of its own, an ESCO
 * occupation and a URI that is no occupation stand for themselves.
 * brug_occupation_origin_annotate says so on the object named (created
 * when absent) or the document itself, and does nothing otherwise. */
static void skos_origin_is_the_exact_match(void **state)
{
    char *path = test_tmp_path("skos-origin.db"), msg[256];
    brug_db *db = test_db_create(path);
    brug_onto *onto = NULL;
    brug_occupation_origin o, own;
    json_t *doc, *p;
    (void)state;
    assert_int_equal(import_ttl(db, "ok_skos/esco.ttl", NULL, NULL), BRUG_OK);
    assert_int_equal(import_ttl(db, "ok_skos/competentnl.ttl", "competentnl", NULL), BRUG_OK);
    assert_int_equal(brug_onto_load(db, &onto), BRUG_OK);

    assert_int_equal(brug_occupation_origin_find(db, onto, CNLOCC "lasser", &o), BRUG_OK);
    assert_string_equal(o.asked, CNLOCC "lasser");
    assert_string_equal(o.profile, OCC);
    assert_int_equal(o.via_exact_match, 1);
    assert_ptr_equal(o.profile,
                     brug_onto_occupation_uri(onto, brug_onto_occupation_find(onto, OCC)));
    assert_int_equal(brug_occupation_origin_find(db, onto, CNLOCC "monteur-warmtepompen", &own),
                     BRUG_OK);
    assert_string_equal(own.profile, CNLOCC "monteur-warmtepompen");
    assert_int_equal(own.via_exact_match, 0);
    assert_int_equal(brug_occupation_origin_find(db, onto, OCC, &own), BRUG_OK);
    assert_string_equal(own.profile, OCC);
    assert_int_equal(own.via_exact_match, 0);
    assert_int_equal(brug_occupation_origin_find(db, onto, "http://x/none", &own), BRUG_OK);
    assert_string_equal(own.profile, "http://x/none");
    assert_int_equal(own.via_exact_match, 0);
    assert_int_equal(brug_occupation_origin_find(db, onto, NULL, &own), BRUG_EINVAL);

    doc = json_pack("{s:{s:s}, s:s}", "from", "uri", OCC, "uri", OCC);
    assert_int_equal(brug_occupation_origin_annotate(&o, doc, "from", msg, sizeof(msg)), BRUG_OK);
    p = json_object_get(json_object_get(json_object_get(doc, "from"), "profile_of"), "uri");
    assert_string_equal(json_string_value(p), CNLOCC "lasser");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(json_object_get(doc, "from"), "profile_of"), "via")),
                        "exact_match");
    assert_int_equal(brug_occupation_origin_annotate(&o, doc, NULL, msg, sizeof(msg)), BRUG_OK);
    assert_non_null(json_object_get(doc, "profile_of"));
    assert_int_equal(brug_occupation_origin_annotate(&o, doc, "to", msg, sizeof(msg)), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(json_object_get(doc, "to"), "uri")), OCC);
    assert_non_null(json_object_get(json_object_get(doc, "to"), "profile_of"));
    assert_int_equal(brug_occupation_origin_annotate(&o, doc, "uri", msg, sizeof(msg)),
                     BRUG_EINVAL);
    assert_non_null(strstr(msg, "'uri' is not an object"));
    json_decref(doc);
    doc = json_object();
    assert_int_equal(brug_occupation_origin_annotate(&own, doc, "from", msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_object_size(doc), 0);
    json_decref(doc);

    brug_onto_free(onto);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

/* A database from before the relation weights (ontology schema 1) gets
 * ESCO's weights on its relations when opened for writing. */
static void skos_migration_gives_relations_their_weight(void **state)
{
    char *path = test_tmp_path("skos-mig.db");
    brug_db *db = test_db_create(path);
    sqlite3 *sq = NULL;
    sqlite3_stmt *st = NULL;
    char *err = NULL;
    (void)state;
    assert_int_equal(import_ttl(db, "ok_skos/esco.ttl", NULL, NULL), BRUG_OK);
    brug_db_close(db);
    assert_int_equal(sqlite3_open(path, &sq), SQLITE_OK);
    if (sqlite3_exec(sq,
                     "ALTER TABLE occupation_skill DROP COLUMN weight;"
                     "UPDATE schema_version SET version = 1 WHERE module = 'ontology'",
                     NULL, NULL, &err) != SQLITE_OK)
        fail_msg("%s", err);
    sqlite3_close(sq);
    assert_int_equal(brug_db_open(path, 0, NULL, &db), BRUG_OK);
    brug_db_close(db);
    assert_int_equal(sqlite3_open(path, &sq), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(sq,
                           "SELECT count(*), sum(weight = 1.0 AND essential),"
                           " sum(weight = 0.5 AND NOT essential) FROM occupation_skill",
                           -1, &st, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_true(sqlite3_column_int(st, 0) > 0);
    assert_int_equal(sqlite3_column_int(st, 1) + sqlite3_column_int(st, 2),
                     sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(sq);
    test_remove_db(path);
    free(path);
}

static void skos_syntax_error_names_file_line_col(void **state)
{
    char *path = test_tmp_path("skos-bad.db");
    brug_db *db = test_db_create(path);
    uint64_t before, after;
    (void)state;
    assert_int_equal(import_ttl(db, "ok_skos/esco.ttl", NULL, NULL), BRUG_OK);
    assert_int_equal(brug__store_digest(db, &before), BRUG_OK);
    assert_int_equal(import_ttl(db, "bad_skos_syntax.ttl", NULL, NULL), BRUG_EPARSE);
    assert_non_null(strstr(brug_errmsg(db), "bad_skos_syntax.ttl:3:"));
    assert_int_equal(brug__store_digest(db, &after), BRUG_OK);
    assert_true(before == after);
    assert_int_equal(import_ttl(db, "ok_skos/esco.ttl", "no-such-profile", NULL), BRUG_EINVAL);
    assert_non_null(strstr(brug_errmsg(db), "unknown profile 'no-such-profile'"));
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void skos_dangling_counted_or_strict(void **state)
{
    char *path = test_tmp_path("skos-dangling.db"), *p = data("ok_skos/dangling.ttl");
    brug_db *db = test_db_create(path);
    const char *paths[1] = {p};
    brug_import_report rep;
    brug_import_opts o;
    (void)state;
    brug_import_report_init(&rep);
    memset(&o, 0, sizeof(o));
    assert_int_equal(brug_import_skos(db, paths, 1, &o, &rep), BRUG_OK);
    assert_int_equal(rep.dangling, 1);
    assert_string_equal(rep.examples[0].uri, "http://example.org/nowhere");
    o.strict = 1;
    assert_int_equal(brug_import_skos(db, paths, 1, &o, &rep), BRUG_EDANGLING);
    assert_non_null(strstr(brug_errmsg(db), "http://example.org/nowhere"));
    brug_import_report_release(&rep);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
    free(p);
}

/* More concepts than the session's first allocation, with the occupation
 * (whose entry is taken first) requiring every skill: entries must stay
 * where they are while the table grows. */
static void skos_many_concepts(void **state)
{
    char *path = test_tmp_path("skos-many.db"), *ttl = test_tmp_path("many.ttl");
    brug_db *db = test_db_create(path);
    const char *paths[1] = {ttl};
    brug_import_report rep;
    json_t *c = NULL;
    FILE *f = fopen(ttl, "w");
    int i;
    (void)state;
    assert_non_null(f);
    fputs("@prefix esco: <http://data.europa.eu/esco/model#> .\n"
          "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
          "<http://example.org/occ> a esco:Occupation ; skos:prefLabel \"occ\"@en .\n",
          f);
    for (i = 0; i < 3000; i++)
        fprintf(f,
                "<http://example.org/s%d> a esco:Skill ; skos:prefLabel \"skill %d\"@en .\n"
                "<http://example.org/occ> esco:relatedEssentialSkill <http://example.org/s%d> .\n",
                i, i, i);
    fclose(f);
    brug_import_report_init(&rep);
    assert_int_equal(brug_import_skos(db, paths, 1, NULL, &rep), BRUG_OK);
    assert_int_equal(rep.skills, 3000);
    assert_int_equal(rep.occupation_skill, 3000);
    assert_int_equal(brug_concept_describe(db, "http://example.org/occ", "en", &c), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(c, "essential_skills")), 3000);
    json_decref(c);
    brug_import_report_release(&rep);
    brug_db_close(db);
    test_remove_db(path);
    remove(ttl);
    free(path);
    free(ttl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(skos_esco_concept_describes_as_from_csv),
        cmocka_unit_test(skos_competentnl_shape_and_bridge_source),
        cmocka_unit_test(skos_competentnl_requirement_weights),
        cmocka_unit_test(skos_origin_is_the_exact_match),
        cmocka_unit_test(skos_migration_gives_relations_their_weight),
        cmocka_unit_test(skos_syntax_error_names_file_line_col),
        cmocka_unit_test(skos_dangling_counted_or_strict),
        cmocka_unit_test(skos_many_concepts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
