/*
 * test_esco_real.c - importing the real ESCO v1.1.1 (English + Dutch, from
 * test_esco_dir()) and checking the counts its README states, a handful of
 * known concepts, idempotent re-import, and brug_onto_load() on the result.
 * Skips when the data is absent (fails instead when $CI is set).
 */
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
#include "onto.h"
#include "store_import.h"

#define OCC_SOFTWARE_DEV                                                                           \
    "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
#define OCC_TECH_DIRECTOR                                                                          \
    "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
#define OCC_DANGLING "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e"
#define SKILL_HASKELL "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02"

typedef struct fixture {
    char *path;
    brug_db *db;
    brug_import_report rep;
} fixture;

static int setup(void **state)
{
    const char *en = test_esco_dir("en");
    fixture *fx;
    char nl[4096];
    const char *dirs[2];
    brug_err err;
    if (!en)
        return 0;
    fx = calloc(1, sizeof(*fx));
    assert_non_null(fx);
    dirs[0] = strdup(en);
    snprintf(nl, sizeof(nl), "%s", test_esco_dir("nl"));
    dirs[1] = nl;
    fx->path = test_tmp_path("esco_real.db");
    fx->db = test_db_create(fx->path);
    brug_import_report_init(&fx->rep);
    err = brug_import_esco(fx->db, dirs, 2, NULL, &fx->rep);
    free((void *)dirs[0]);
    if (err)
        fail_msg("import failed: %s", brug_errmsg(fx->db));
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    if (!fx)
        return 0;
    brug_import_report_release(&fx->rep);
    brug_db_close(fx->db);
    test_remove_db(fx->path);
    free(fx->path);
    free(fx);
    return 0;
}

static json_int_t jint(json_t *root, const char *a, const char *b)
{
    json_t *v = json_object_get(root, a);
    if (b)
        v = json_object_get(v, b);
    return json_integer_value(v);
}

static const brug_import_file *file_named(const brug_import_report *r, const char *name)
{
    size_t i, n = strlen(name);
    for (i = 0; i < r->nfiles; i++) {
        size_t m = strlen(r->files[i].path);
        if (m >= n && strcmp(r->files[i].path + m - n, name) == 0)
            return &r->files[i];
    }
    return NULL;
}

static void esco_real_counts_match_readme(void **state)
{
    fixture *fx = *state;
    json_t *st = NULL;
    const brug_import_file *f;
    if (!fx)
        skip();
    assert_int_equal(brug_db_stats(fx->db, &st), BRUG_OK);
    assert_int_equal(jint(st, "concepts", "occupation"), 3007);
    assert_int_equal(jint(st, "concepts", "skill"), 13896);
    /* 640 rows of skillGroups_en.csv plus 7 groups that only the
     * hierarchy file defines (S6.8, S6.8.0-2, S7.1.3, S4.4.1, S3.4.3). */
    assert_int_equal(jint(st, "concepts", "skill_group"), 647);
    assert_int_equal(jint(st, "concepts", "isco_group"), 619);
    assert_int_equal(jint(st, "relations", "occupation_skill"), 123855 - 67);
    assert_int_equal(jint(st, "relations", "skill_skill"), 5899);
    /* 3617 - 1 dangling occupation pillar edges + 20656 skill pillar edges;
     * the hierarchy's 643 edges are all among them. */
    assert_int_equal(jint(st, "relations", "broader"), 3616 + 20656);
    /* distinct skillUri of the relations whose occupation is defined */
    assert_int_equal(jint(st, "relations", "linked_skills"), 13123);
    assert_int_equal(json_integer_value(json_object_get(
                         json_object_get(json_object_get(st, "labels"), "nl"), "occupation")),
                     3007);
    assert_int_equal(json_integer_value(json_object_get(
                         json_object_get(json_object_get(st, "labels"), "en"), "skill")),
                     13896);
    assert_int_equal(jint(st, "collections", "green"), 570);
    assert_int_equal(jint(st, "collections", "digital"), 1201);
    assert_int_equal(jint(st, "collections", "transversal"), 96);
    assert_int_equal(jint(st, "collections", "language"), 346);
    assert_int_equal(jint(st, "collections", "digcomp"), 26);
    assert_int_equal(jint(st, "collections", "research"), 122 + 40);
    assert_string_equal(json_string_value(json_object_get(st, "taxonomy_version")), "1.1.1");
    json_decref(st);

    /* The report: rows per file and the 67 + 1 dangling relations. */
    f = file_named(&fx->rep, "/occupationSkillRelations.csv");
    assert_non_null(f);
    assert_int_equal(f->rows, 123855);
    assert_int_equal(f->dangling, 67);
    f = file_named(&fx->rep, "/broaderRelationsOccPillar.csv");
    assert_non_null(f);
    assert_int_equal(f->dangling, 1);
    assert_int_equal(fx->rep.dangling, 68);
    assert_int_equal(file_named(&fx->rep, "/skills_en.csv")->rows, 13896);
    assert_int_equal(file_named(&fx->rep, "/skillsHierarchy_nl.csv")->rows, 647);
    assert_int_equal(fx->rep.nexamples, BRUG_IMPORT_MAX_EXAMPLES);
    assert_string_equal(fx->rep.examples[0].uri, OCC_DANGLING);
    assert_non_null(strstr(fx->rep.examples[0].where, "broaderRelationsOccPillar.csv:3205"));
    assert_non_null(strstr(fx->rep.examples[1].where, "occupationSkillRelations.csv:84425"));
    assert_string_equal(fx->rep.languages, "en,nl");
    /* every file is read, conceptSchemes_en.csv included (19 schemes) */
    assert_int_equal(fx->rep.nfiles, 28);
    assert_int_equal(fx->rep.nignored, 0);
    assert_int_equal(file_named(&fx->rep, "/conceptSchemes_en.csv")->rows, 19);
    {
        char buf[64];
        assert_int_equal(brug_db_meta_get(fx->db, "languages", buf, sizeof(buf)), BRUG_OK);
        assert_string_equal(buf, "en,nl");
    }
}

static const char *jstr(json_t *o, const char *k)
{
    const char *v = json_string_value(json_object_get(o, k));
    return v ? v : "(missing)";
}

/* The ISCO scheme: its ten major groups as top concepts, and a major
 * group that says which schemes it tops (ISCO and ESCO occupations). */
static void esco_real_schemes(void **state)
{
    fixture *fx = *state;
    json_t *d = NULL, *tops;
    size_t i;
    if (!fx)
        skip();
    assert_int_equal(
        brug_scheme_describe(fx->db, "http://data.europa.eu/esco/concept-scheme/isco", "nl", &d),
        BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(d, "label")), "ISCO 2008");
    assert_string_equal(json_string_value(json_object_get(d, "label_lang")), "en");
    tops = json_object_get(d, "top_concepts");
    assert_int_equal(json_array_size(tops), 10);
    for (i = 0; i < 10; i++)
        assert_string_equal(json_string_value(json_object_get(json_array_get(tops, i), "type")),
                            "isco_group");
    assert_int_equal(json_integer_value(json_object_get(d, "top_concepts_not_stored")), 0);
    json_decref(d);
    /* the label roles are top concepts of a scheme, but no file defines them */
    assert_int_equal(brug_scheme_describe(
                         fx->db, "http://data.europa.eu/esco/concept-scheme/label-role", "en", &d),
                     BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(d, "top_concepts")), 0);
    assert_int_equal(json_integer_value(json_object_get(d, "top_concepts_not_stored")), 3);
    json_decref(d);
    assert_int_equal(brug_scheme_describe(fx->db, "http://data.europa.eu/esco/isco/C7", "en", &d),
                     BRUG_ENOTFOUND);
    assert_int_equal(brug_concept_describe(fx->db, "http://data.europa.eu/esco/isco/C7", "en", &d),
                     BRUG_OK);
    tops = json_object_get(d, "top_concept_of");
    assert_int_equal(json_array_size(tops), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(tops, 0), "uri")),
                        "http://data.europa.eu/esco/concept-scheme/isco");
    assert_string_equal(json_string_value(json_object_get(json_array_get(tops, 1), "uri")),
                        "http://data.europa.eu/esco/concept-scheme/occupations");
    json_decref(d);
}

static void esco_real_known_concepts(void **state)
{
    fixture *fx = *state;
    json_t *d = NULL, *b;
    if (!fx)
        skip();
    /* An ISCO unit group: code, Dutch label, broader minor group. */
    assert_int_equal(
        brug_concept_describe(fx->db, "http://data.europa.eu/esco/isco/C2512", "nl", &d), BRUG_OK);
    assert_string_equal(jstr(d, "type"), "isco_group");
    assert_string_equal(jstr(d, "code"), "2512");
    assert_string_equal(jstr(d, "label"), "Softwareontwikkelaars");
    b = json_array_get(json_object_get(d, "broader"), 0);
    assert_string_equal(jstr(b, "uri"), "http://data.europa.eu/esco/isco/C251");
    json_decref(d);

    /* A skill group only skillsHierarchy defines (S6.8): code, both
     * languages, and its broader edge from broaderRelationsSkillPillar. */
    assert_int_equal(brug_concept_describe(
                         fx->db,
                         "http://data.europa.eu/esco/skill/1e924921-b7ff-4326-a698-c8275bbcf60d",
                         "nl", &d),
                     BRUG_OK);
    assert_string_equal(jstr(d, "type"), "skill_group");
    assert_string_equal(jstr(d, "code"), "S6.8");
    assert_string_equal(jstr(d, "label"), "positioneren van materialen, gereedschap en apparatuur");
    b = json_array_get(json_object_get(d, "broader"), 0);
    assert_string_equal(jstr(b, "uri"),
                        "http://data.europa.eu/esco/skill/03e0b95b-67d1-457a-b3f7-06c407cf6bec");
    json_decref(d);

    /* An occupation: ESCO code, ISCO group, broader occupation, 7 English
     * alternative labels from a multi-line field. */
    assert_int_equal(brug_concept_describe(fx->db, OCC_TECH_DIRECTOR, "en", &d), BRUG_OK);
    assert_string_equal(jstr(d, "code"), "2654.1.7");
    assert_string_equal(jstr(d, "isco_group"), "2654");
    assert_string_equal(jstr(d, "label"), "technical director");
    assert_int_equal(json_array_size(json_object_get(
                         json_object_get(json_object_get(d, "labels"), "en"), "alternative")),
                     7);
    b = json_array_get(json_object_get(d, "broader"), 0);
    assert_string_equal(jstr(b, "label"), "art director");
    json_decref(d);
}

static void esco_real_onto_load(void **state)
{
    fixture *fx = *state;
    brug_onto *o = NULL;
    uint32_t i, s;
    int digital;
    if (!fx)
        skip();
    assert_int_equal(brug_onto_load(fx->db, &o), BRUG_OK);
    assert_int_equal(brug_onto_occupation_count(o), 3007);
    assert_int_equal(brug_onto_skill_count(o), 13896);
    i = brug_onto_occupation_find(o, OCC_SOFTWARE_DEV);
    assert_int_not_equal(i, BRUG_NO_INDEX);
    assert_string_equal(brug_onto_occupation_label(o, i, "nl"), "software ontwikkelaar");
    assert_string_equal(brug_onto_occupation_label(o, i, "en"), "software developer");
    assert_string_equal(brug_onto_occupation_isco(o, i), "2512");
    assert_string_equal(o->occ_code[i], "2512.4");
    {
        uint32_t k, ess = 0, opt = 0;
        for (k = o->occ_skills.ptr[i]; k < o->occ_skills.ptr[i + 1]; k++) {
            if (o->occ_skills.tag[k] == BRUG__REL_ESSENTIAL)
                ess++;
            else
                opt++;
        }
        assert_int_equal(ess, 24); /* grep: 24 essential, 80 optional */
        assert_int_equal(opt, 80);
    }
    i = brug_onto_occupation_find(o, OCC_TECH_DIRECTOR);
    assert_string_equal(brug_onto_occupation_label(o, i, "nl"), "inspici\xc3\xabnt");
    s = brug_onto_skill_find(o, SKILL_HASKELL);
    assert_int_not_equal(s, BRUG_NO_INDEX);
    assert_int_equal(brug_onto_skill_type(o, s), BRUG_SKILL_TYPE_KNOWLEDGE);
    assert_int_equal(brug_onto_skill_reuse(o, s), BRUG_REUSE_SECTOR_SPECIFIC);
    assert_false(brug_onto_skill_is_group(o, s));
    digital = brug_onto_collection_bit(o, "digital");
    assert_true(digital >= 0);
    assert_true(brug_onto_skill_collections(o, s) & (1u << digital));
    /* Dutch skill labels come from the collection files. */
    assert_string_equal(brug_onto_skill_label(o, s, "nl"), "Haskell");
    assert_int_equal(brug_onto_occupation_find(o, OCC_DANGLING), BRUG_NO_INDEX);
    brug_onto_free(o);
}

/* Importing the Dutch folder again (the merge path: labels of existing
 * concepts cleared and rewritten, collections and hierarchy re-read)
 * changes nothing.  test_esco_import covers a full en+nl re-import on
 * small data; a second full real import would double this test's time. */
static void esco_real_reimport_is_idempotent(void **state)
{
    fixture *fx = *state;
    const char *dirs[1];
    char nl[4096];
    uint64_t before, after;
    brug_import_report rep;
    if (!fx)
        skip();
    snprintf(nl, sizeof(nl), "%s", test_esco_dir("nl"));
    dirs[0] = nl;
    assert_int_equal(brug__store_digest(fx->db, &before), BRUG_OK);
    brug_import_report_init(&rep);
    assert_int_equal(brug_import_esco(fx->db, dirs, 1, NULL, &rep), BRUG_OK);
    assert_int_equal(brug__store_digest(fx->db, &after), BRUG_OK);
    assert_true(before == after);
    assert_int_equal(rep.occupations, 3007);
    assert_int_equal(rep.dangling, 0);
    brug_import_report_release(&rep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(esco_real_counts_match_readme),    cmocka_unit_test(esco_real_schemes),
        cmocka_unit_test(esco_real_known_concepts),         cmocka_unit_test(esco_real_onto_load),
        cmocka_unit_test(esco_real_reimport_is_idempotent),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
