/*
 * test_viability.c - the viability flags of a bridge and the "viable
 * only" filter, on the small hand-made ontology (helper_bridges.c: nurse
 * 2221 and midwife 2222 are sectoral regulated professions, the care
 * assistant 5321 is at skill level 2): steps down and up, regulated
 * destinations needing their own diploma, and rankings and paths that
 * keep to viable bridges.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_bridges.h"

typedef struct fx {
    char *path;
    brug_db *db;
    brug_onto *onto;
    brug_bridges *b;
} fx;

static int fx_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    brug_bridges_weights w;
    assert_non_null(f);
    f->path = test_tmp_path("viability.db");
    test_bridges_fixture(f->path);
    assert_int_equal(brug_db_open(f->path, BRUG_OPEN_READONLY, NULL, &f->db), BRUG_OK);
    assert_int_equal(brug_onto_load(f->db, &f->onto), BRUG_OK);
    /* a low threshold, so that the flags decide */
    brug_bridges_weights_init(&w);
    w.viable_min_score = 0.01;
    w.path_min_score = 0.01;
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &f->b), BRUG_OK);
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    fx *f = *state;
    brug_bridges_free(f->b);
    brug_onto_free(f->onto);
    brug_db_close(f->db);
    test_remove_db(f->path);
    free(f->path);
    free(f);
    return 0;
}

static json_t *flags(const fx *f, const char *from, const char *to)
{
    json_t *doc = NULL, *fl;
    char msg[256];
    assert_int_equal(brug_bridges_explain(f->b, from, NULL, 0, to, "en", &doc, msg, sizeof(msg)),
                     BRUG_OK);
    fl = json_incref(json_object_get(doc, "flags"));
    assert_non_null(fl);
    json_decref(doc);
    return fl;
}

static int flag(json_t *fl, const char *name)
{
    return json_is_true(json_object_get(fl, name));
}

static void viability_step_down_to_an_unregulated_job(void **state)
{
    fx *f = *state;
    json_t *fl = flags(f, FX_OCC("nurse"), FX_OCC("care_assistant"));
    assert_string_equal(json_string_value(json_object_get(fl, "level_step")), "down");
    assert_true(json_real_value(json_object_get(fl, "level_from")) == 4.0);
    assert_true(json_real_value(json_object_get(fl, "level_to")) == 2.0);
    assert_false(flag(fl, "regulated"));
    assert_false(flag(fl, "education_required"));
    assert_true(flag(fl, "viable"));
    json_decref(fl);
}

static void viability_step_up_into_a_regulated_profession(void **state)
{
    fx *f = *state;
    json_t *fl = flags(f, FX_OCC("care_assistant"), FX_OCC("nurse"));
    assert_string_equal(json_string_value(json_object_get(fl, "level_step")), "up");
    assert_true(flag(fl, "regulated"));
    assert_true(flag(fl, "education_required"));
    assert_false(flag(fl, "viable"));
    json_decref(fl);
    /* same level, but another regulated profession: its own diploma */
    fl = flags(f, FX_OCC("nurse"), FX_OCC("midwife"));
    assert_string_equal(json_string_value(json_object_get(fl, "level_step")), "same");
    assert_true(flag(fl, "regulated"));
    assert_true(flag(fl, "education_required"));
    json_decref(fl);
    /* a person's skills: level unknown, a regulated destination needs the diploma */
    {
        const char *skills[] = {FX_SKILL("patient_care")};
        json_t *doc = NULL;
        char msg[256];
        assert_int_equal(brug_bridges_explain(f->b, NULL, skills, 1, FX_OCC("midwife"), "en", &doc,
                                              msg, sizeof(msg)),
                         BRUG_OK);
        fl = json_object_get(doc, "flags");
        assert_string_equal(json_string_value(json_object_get(fl, "level_step")), "unknown");
        assert_true(flag(fl, "education_required"));
        json_decref(doc);
    }
}

static void viability_filter_keeps_viable_bridges_only(void **state)
{
    fx *f = *state;
    brug_bridges_query q;
    json_t *all = NULL, *viable = NULL, *r;
    char msg[256];
    size_t i, nonviable = 0;
    memset(&q, 0, sizeof(q));
    q.from = FX_OCC("care_assistant");
    q.top = 20;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &all, msg, sizeof(msg)), BRUG_OK);
    q.viable_only = 1;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &viable, msg, sizeof(msg)), BRUG_OK);
    json_array_foreach(json_object_get(all, "results"), i, r) nonviable +=
        !flag(json_object_get(r, "flags"), "viable");
    assert_true(nonviable >= 2); /* nurse and midwife */
    assert_int_equal(json_array_size(json_object_get(viable, "results")),
                     json_array_size(json_object_get(all, "results")) - nonviable);
    json_array_foreach(json_object_get(viable, "results"), i, r)
    {
        assert_true(flag(json_object_get(r, "flags"), "viable"));
        assert_string_not_equal(json_string_value(json_object_get(r, "uri")), FX_OCC("nurse"));
    }
    json_decref(all);
    json_decref(viable);
}

static void viability_paths_never_take_a_step_that_fails_it(void **state)
{
    fx *f = *state;
    brug_bridges_path_query q;
    json_t *doc = NULL;
    char msg[256];
    memset(&q, 0, sizeof(q));
    q.from = FX_OCC("care_assistant");
    q.to = FX_OCC("midwife");
    q.k = 3;
    /* every route into a regulated profession from outside it needs the
     * diploma on its last step: no route */
    assert_int_equal(brug_bridges_paths(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "paths")), 0);
    json_decref(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(viability_step_down_to_an_unregulated_job, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(viability_step_up_into_a_regulated_profession, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(viability_filter_keeps_viable_bridges_only, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(viability_paths_never_take_a_step_that_fails_it, fx_setup,
                                        fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
