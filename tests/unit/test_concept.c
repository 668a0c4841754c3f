/*
 * test_concept.c - describing concepts (brug_concept_describe), taxonomy
 * statistics (brug_db_stats) and the in-memory snapshot (brug_onto_load) on
 * the hand-written tiny ontology.
 */
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"

static brug_db *tiny(char **path)
{
    *path = test_tmp_path("concept.db");
    return test_db_from_sql(*path, "ok_tiny_ontology.sql");
}

static void done(brug_db *db, char *path)
{
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static const char *str(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static void concept_describes_an_occupation(void **state)
{
    char *path;
    brug_db *db = tiny(&path);
    json_t *c = NULL, *ess, *labels;
    (void)state;
    assert_int_equal(brug_concept_describe(db, "urn:t:occ:nurse", "nl", &c), BRUG_OK);
    assert_string_equal(str(c, "type"), "occupation");
    assert_string_equal(str(c, "label"), "verpleegkundige");
    assert_string_equal(str(c, "isco_group"), "2221");
    assert_string_equal(str(c, "description"), "Verpleegkundigen verzorgen patiënten.");
    ess = json_object_get(c, "essential_skills");
    assert_int_equal(json_array_size(ess), 2);
    assert_int_equal(json_array_size(json_object_get(c, "optional_skills")), 2);
    /* Skills without a Dutch label fall back to English. */
    assert_string_equal(str(json_array_get(ess, 0), "label"), "administer medication");
    assert_string_equal(str(json_array_get(ess, 1), "label"), "patiëntenzorg verlenen");
    labels = json_object_get(c, "labels");
    assert_string_equal(str(json_object_get(labels, "en"), "preferred"), "nurse");
    assert_int_equal(json_array_size(json_object_get(json_object_get(labels, "en"), "hidden")), 1);
    assert_string_equal(str(json_array_get(json_object_get(c, "broader"), 0), "type"),
                        "isco_group");
    json_decref(c);
    done(db, path);
}

static void concept_describes_a_skill(void **state)
{
    char *path;
    brug_db *db = tiny(&path);
    json_t *c = NULL;
    (void)state;
    assert_int_equal(brug_concept_describe(db, "urn:t:skill:care", "en", &c), BRUG_OK);
    assert_string_equal(str(c, "skill_type"), "skill/competence");
    assert_string_equal(str(c, "reuse_level"), "sector-specific");
    assert_int_equal(json_array_size(json_object_get(c, "essential_for")), 2);
    assert_int_equal(json_array_size(json_object_get(c, "optional_for")), 0);
    assert_string_equal(str(json_array_get(json_object_get(c, "related_skills"), 0), "relation"),
                        "optional");
    json_decref(c);
    assert_int_equal(brug_concept_describe(db, "urn:t:skill:teamwork", "en", &c), BRUG_OK);
    assert_string_equal(json_string_value(json_array_get(json_object_get(c, "collections"), 0)),
                        "transversal");
    json_decref(c);
    done(db, path);
}

static void concept_unknown_uri_is_not_found(void **state)
{
    char *path;
    brug_db *db = tiny(&path);
    json_t *c = NULL;
    (void)state;
    assert_int_equal(brug_concept_describe(db, "urn:t:nope", "en", &c), BRUG_ENOTFOUND);
    assert_null(c);
    assert_non_null(strstr(brug_errmsg(db), "urn:t:nope"));
    done(db, path);
}

static void concept_stats_count_kinds_and_languages(void **state)
{
    char *path;
    brug_db *db = tiny(&path);
    json_t *s = NULL, *concepts, *labels, *rel;
    (void)state;
    assert_int_equal(brug_db_stats(db, &s), BRUG_OK);
    assert_string_equal(str(s, "taxonomy_version"), "tiny-1");
    concepts = json_object_get(s, "concepts");
    assert_int_equal(json_integer_value(json_object_get(concepts, "occupation")), 3);
    assert_int_equal(json_integer_value(json_object_get(concepts, "skill")), 5);
    assert_int_equal(json_integer_value(json_object_get(concepts, "skill_group")), 1);
    assert_int_equal(json_integer_value(json_object_get(concepts, "isco_group")), 1);
    labels = json_object_get(s, "labels");
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(labels, "nl"), "occupation")), 3);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(labels, "nl"), "skill")),
                     2);
    rel = json_object_get(s, "relations");
    assert_int_equal(json_integer_value(json_object_get(rel, "occupation_skill")), 9);
    assert_int_equal(json_integer_value(json_object_get(rel, "essential")), 5);
    json_decref(s);
    done(db, path);
}

static void concept_snapshot_matches_tables(void **state)
{
    char *path;
    brug_db *db = tiny(&path);
    brug_onto *o = NULL;
    uint32_t nurse, care, team;
    (void)state;
    assert_int_equal(brug_onto_load(db, &o), BRUG_OK);
    assert_int_equal(brug_onto_occupation_count(o), 3);
    assert_int_equal(brug_onto_skill_count(o), 5);
    nurse = brug_onto_occupation_find(o, "urn:t:occ:nurse");
    care = brug_onto_skill_find(o, "urn:t:skill:care");
    team = brug_onto_skill_find(o, "urn:t:skill:teamwork");
    assert_int_not_equal(nurse, BRUG_NO_INDEX);
    assert_int_equal(brug_onto_occupation_find(o, "urn:t:nope"), BRUG_NO_INDEX);
    assert_string_equal(brug_onto_occupation_label(o, nurse, "nl"), "verpleegkundige");
    assert_string_equal(brug_onto_occupation_label(o, nurse, "de"), "nurse");
    assert_string_equal(brug_onto_skill_label(o, team, "nl"), "work in a team");
    assert_string_equal(brug_onto_occupation_isco(o, nurse), "2221");
    assert_int_equal(brug_onto_skill_type(o, care), BRUG_SKILL_TYPE_COMPETENCE);
    assert_int_equal(brug_onto_skill_reuse(o, team), BRUG_REUSE_TRANSVERSAL);
    assert_true(brug_onto_skill_is_group(o, brug_onto_skill_find(o, "urn:t:group:health")));
    assert_int_equal(brug_onto_collection_bit(o, "transversal"), 0);
    assert_int_equal(brug_onto_collection_bit(o, "digital"), -1);
    assert_int_equal(brug_onto_skill_collections(o, team), 1u);
    brug_onto_free(o);
    done(db, path);
}

static void concept_snapshot_survives_allocation_failures(void **state)
{
    char *path;
    brug_db *db = tiny(&path);
    size_t n;
    (void)state;
    brug_db_close(db);
    /* Fail each allocation in turn: every failure is BRUG_ENOMEM, no leak. */
    for (n = 1;; n++) {
        test_failing_alloc fa;
        brug_onto *o = NULL;
        brug_err err;
        test_failing_alloc_init(&fa, n);
        err = brug_db_open(path, BRUG_OPEN_READONLY, &fa.alloc, &db);
        if (err) {
            assert_int_equal(err, BRUG_ENOMEM);
            brug_db_close(db);
            continue;
        }
        err = brug_onto_load(db, &o);
        brug_db_close(db);
        if (err == BRUG_OK) {
            brug_onto_free(o);
            break;
        }
        assert_int_equal(err, BRUG_ENOMEM);
        assert_null(o);
    }
    assert_true(n > 5);
    test_remove_db(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(concept_describes_an_occupation),
        cmocka_unit_test(concept_describes_a_skill),
        cmocka_unit_test(concept_unknown_uri_is_not_found),
        cmocka_unit_test(concept_stats_count_kinds_and_languages),
        cmocka_unit_test(concept_snapshot_matches_tables),
        cmocka_unit_test(concept_snapshot_survives_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
