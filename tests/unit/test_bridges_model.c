/*
 * test_bridges_model.c - the stored models of the bridges index
 * (bridges_model.c, store_bridges.c) on the small hand-made ontology:
 * an index opened with stored models gives the same scores, bit for bit,
 * as one built; a model stored for another ontology, a blob that does not
 * fit, or weights the models depend on make brug_bridges_open build them
 * instead (and say so), as does a changed ISCO unit group description;
 * nothing stored builds; an ESCO import stores them.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bridges_model.h"
#include "helper_bridges.h"

typedef struct fx {
    char *path;
    brug_db *db;
    brug_onto *onto;
} fx;

static int fx_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    assert_non_null(f);
    f->path = test_tmp_path("bridges_model.db");
    test_bridges_fixture(f->path);
    assert_int_equal(brug_db_open(f->path, 0, NULL, &f->db), BRUG_OK);
    assert_int_equal(brug_onto_load(f->db, &f->onto), BRUG_OK);
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    fx *f = *state;
    brug_onto_free(f->onto);
    brug_db_close(f->db);
    test_remove_db(f->path);
    free(f->path);
    free(f);
    return 0;
}

static void sql_exec(const char *path, const char *stmt)
{
    sqlite3 *sql;
    assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
    assert_int_equal(sqlite3_exec(sql, stmt, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(sql), SQLITE_OK);
}

/* Every score of a and b, from every occupation, is the same double. */
static void assert_same_scores(const brug_bridges *a, const brug_bridges *b, uint32_t n)
{
    double *x = calloc(n, sizeof(double)), *y = calloc(n, sizeof(double));
    uint32_t i, j;
    assert_non_null(x);
    assert_non_null(y);
    for (i = 0; i < n; i++) {
        assert_int_equal(brug_bridges_scores(a, i, NULL, 0, x), BRUG_OK);
        assert_int_equal(brug_bridges_scores(b, i, NULL, 0, y), BRUG_OK);
        assert_memory_equal(x, y, n * sizeof(double));
        for (j = 0; j < n; j++)
            assert_true(brug_bridges_score(a, i, j) == brug_bridges_score(b, i, j));
    }
    free(x);
    free(y);
}

/* Models stored, then the database changed by stmt: the changed snapshot
 * opens them as stale and builds the same scores as a fresh index. */
static void assert_stale_after(fx *f, const char *stmt)
{
    brug_onto *changed;
    brug_bridges *built, *opened;
    assert_int_equal(brug__bridges_model_store(f->db), BRUG_OK);
    sql_exec(f->path, stmt);
    assert_int_equal(brug_onto_load(f->db, &changed), BRUG_OK);
    assert_int_equal(brug_bridges_open(f->db, changed, NULL, NULL, &opened), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(opened), BRUG_BRIDGES_MODEL_STALE);
    assert_int_equal(brug_bridges_new(changed, NULL, NULL, &built), BRUG_OK);
    assert_same_scores(built, opened, brug_onto_occupation_count(changed));
    brug_bridges_free(built);
    brug_bridges_free(opened);
    brug_onto_free(changed);
}

static void bridges_model_loaded_gives_the_same_scores(void **state)
{
    fx *f = *state;
    brug_bridges *built, *opened;
    assert_int_equal(brug__bridges_model_store(f->db), BRUG_OK);
    assert_int_equal(brug_bridges_new(f->onto, NULL, NULL, &built), BRUG_OK);
    assert_int_equal(brug_bridges_open(f->db, f->onto, NULL, NULL, &opened), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(opened), BRUG_BRIDGES_MODEL_LOADED);
    assert_int_equal(brug_bridges_model_state_of(built), BRUG_BRIDGES_MODEL_BUILT);
    assert_same_scores(built, opened, brug_onto_occupation_count(f->onto));
    brug_bridges_free(built);
    brug_bridges_free(opened);
}

static void bridges_model_none_stored_is_built(void **state)
{
    fx *f = *state;
    brug_bridges *b;
    assert_int_equal(brug_bridges_open(f->db, f->onto, NULL, NULL, &b), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(b), BRUG_BRIDGES_MODEL_BUILT);
    brug_bridges_free(b);
}

static void bridges_model_stale_after_the_ontology_changes(void **state)
{
    fx *f = *state;
    brug_bridges *opened;
    /* a new description changes the text vectors */
    assert_stale_after(f, "UPDATE label SET text = 'welder of pipes' WHERE concept = 4 AND "
                          "role = 0 AND lang = 'en'");
    /* the old snapshot still fits the stored models */
    assert_int_equal(brug_bridges_open(f->db, f->onto, NULL, NULL, &opened), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(opened), BRUG_BRIDGES_MODEL_LOADED);
    brug_bridges_free(opened);
}

/* An ISCO unit group's description is part of the text facet: changing
 * it makes the stored models stale. */
static void bridges_model_stale_after_a_unit_group_description_changes(void **state)
{
    assert_stale_after(*state, "UPDATE note SET text = 'Nursing professionals work on wards.' "
                               "WHERE concept = (SELECT id FROM concept WHERE kind = 4 AND "
                               "code = '2221')");
}

static void bridges_model_weights_it_depends_on_build_their_own(void **state)
{
    fx *f = *state;
    brug_bridges_weights w;
    brug_bridges *b;
    assert_int_equal(brug__bridges_model_store(f->db), BRUG_OK);
    brug_bridges_weights_init(&w);
    w.facet_text = 1.0; /* the models do not depend on the facet weights */
    assert_int_equal(brug_bridges_open(f->db, f->onto, &w, NULL, &b), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(b), BRUG_BRIDGES_MODEL_LOADED);
    brug_bridges_free(b);
    w.optional = 0.2; /* the profiles, hence the latent space, do */
    assert_int_equal(brug_bridges_open(f->db, f->onto, &w, NULL, &b), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(b), BRUG_BRIDGES_MODEL_BUILT);
    brug_bridges_free(b);
}

static void bridges_model_blob_that_does_not_fit_is_rebuilt(void **state)
{
    fx *f = *state;
    brug_bridges *built, *opened;
    assert_int_equal(brug__bridges_model_store(f->db), BRUG_OK);
    /* the right fingerprint on a truncated blob */
    sql_exec(f->path, "UPDATE bridges_model SET data = substr(data, 1, length(data) - 4)");
    assert_int_equal(brug_bridges_open(f->db, f->onto, NULL, NULL, &opened), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(opened), BRUG_BRIDGES_MODEL_STALE);
    assert_int_equal(brug_bridges_new(f->onto, NULL, NULL, &built), BRUG_OK);
    assert_same_scores(built, opened, brug_onto_occupation_count(f->onto));
    brug_bridges_free(opened);
    /* a column index out of range */
    sql_exec(f->path, "UPDATE bridges_model SET data = x'00'");
    assert_int_equal(brug_bridges_open(f->db, f->onto, NULL, NULL, &opened), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(opened), BRUG_BRIDGES_MODEL_STALE);
    brug_bridges_free(opened);
    brug_bridges_free(built);
}

static void bridges_model_stored_by_an_esco_import(void **state)
{
    char *path = test_tmp_path("bridges_model_import.db"), en[4096], nl[4096];
    const char *dirs[2];
    brug_import_report rep;
    brug_db *db = test_db_create(path);
    brug_onto *onto;
    brug_bridges *b;
    (void)state;
    snprintf(en, sizeof(en), "%s/tests/data/ok_basic/en", test_source_dir());
    snprintf(nl, sizeof(nl), "%s/tests/data/ok_basic/nl", test_source_dir());
    dirs[0] = en;
    dirs[1] = nl;
    brug_import_report_init(&rep);
    assert_int_equal(brug_import_esco(db, dirs, 2, NULL, &rep), BRUG_OK);
    brug_import_report_release(&rep);
    assert_int_equal(brug_onto_load(db, &onto), BRUG_OK);
    assert_int_equal(brug_bridges_open(db, onto, NULL, NULL, &b), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(b), BRUG_BRIDGES_MODEL_LOADED);
    brug_bridges_free(b);
    brug_onto_free(onto);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(bridges_model_loaded_gives_the_same_scores, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_model_none_stored_is_built, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_model_stale_after_the_ontology_changes, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_model_stale_after_a_unit_group_description_changes,
                                        fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_model_weights_it_depends_on_build_their_own,
                                        fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_model_blob_that_does_not_fit_is_rebuilt, fx_setup,
                                        fx_teardown),
        cmocka_unit_test(bridges_model_stored_by_an_esco_import),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
