/*
 * test_facets.c - the transition score as the weighted mean of its
 * facets, on the small hand-made ontology (helper_bridges.c): every
 * result's facet contributions add up to its score, A -> A = 1, scores in
 * [0, 1], the score stays asymmetric, a person's skill set scores its
 * coverage, the matrix is bit-identical across builds and thread counts
 * and equal to single queries, and the sibling rule (credit only between
 * skills some occupation uses together), and the text facet: the cosine
 * of the occupations' texts mixed with their ISCO unit groups'.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bridges_int.h"
#include "helper_bridges.h"
#include "helper_results.h"

typedef struct fx {
    char *path;
    brug_db *db;
    brug_onto *onto;
    brug_bridges *b;
} fx;

static int fx_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    assert_non_null(f);
    f->path = test_tmp_path("facets.db");
    test_bridges_fixture(f->path);
    assert_int_equal(brug_db_open(f->path, BRUG_OPEN_READONLY, NULL, &f->db), BRUG_OK);
    assert_int_equal(brug_onto_load(f->db, &f->onto), BRUG_OK);
    assert_int_equal(brug_bridges_new(f->onto, NULL, NULL, &f->b), BRUG_OK);
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

static uint32_t occ(const fx *f, const char *uri)
{
    uint32_t i = brug_onto_occupation_find(f->onto, uri);
    assert_int_not_equal(i, BRUG_NO_INDEX);
    return i;
}

static json_t *explain(const brug_bridges *b, const char *from, const char *to)
{
    json_t *doc = NULL;
    char msg[256];
    assert_int_equal(brug_bridges_explain(b, from, NULL, 0, to, "en", &doc, msg, sizeof(msg)),
                     BRUG_OK);
    return doc;
}

static void facets_contributions_add_up_to_the_score(void **state)
{
    fx *f = *state;
    brug_bridges_query q;
    json_t *doc = NULL, *r;
    char msg[256];
    size_t i;
    memset(&q, 0, sizeof(q));
    q.from = FX_OCC("welder");
    q.top = 8;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_true(json_array_size(json_object_get(doc, "results")) >= 3);
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        json_t *facets = json_object_get(r, "facets"), *v;
        const char *k;
        double sum = 0.0, wsum = 0.0, score = json_real_value(json_object_get(r, "score"));
        assert_int_equal(json_object_size(facets), 6);
        json_object_foreach(facets, k, v)
        {
            double val = json_real_value(json_object_get(v, "value"));
            assert_true(val >= 0.0 && val <= 1.0);
            sum += json_real_value(json_object_get(v, "contribution"));
            wsum += json_real_value(json_object_get(v, "weight"));
        }
        assert_true(fabs(wsum - 1.0) < 1e-5);
        assert_true(fabs(sum - score) < 1e-5);
        assert_true(score >= 0.0 && score <= 1.0);
        assert_true(fabs(json_real_value(json_object_get(r, "coverage")) -
                         json_real_value(json_object_get(json_object_get(facets, "coverage"),
                                                         "value"))) < 1e-9);
    }
    json_decref(doc);
}

static void facets_self_is_one_and_score_is_asymmetric(void **state)
{
    fx *f = *state;
    uint32_t n = occ(f, FX_OCC("nurse")), c = occ(f, FX_OCC("care_assistant")), i;
    for (i = 0; i < brug_onto_occupation_count(f->onto); i++)
        assert_true(brug_bridges_score(f->b, i, i) == 1.0);
    /* the nurse covers more of the care assistant's requirement than the
     * other way round, and the symmetric facets do not hide it */
    assert_true(brug_bridges_score(f->b, n, c) > brug_bridges_score(f->b, c, n));
}

static void facets_person_scores_its_coverage(void **state)
{
    fx *f = *state;
    const char *skills[] = {FX_SKILL("patient_care"), FX_SKILL("hygiene"), FX_SKILL("feeding")};
    brug_bridges_query q;
    json_t *doc = NULL, *r;
    char msg[256];
    size_t i;
    memset(&q, 0, sizeof(q));
    q.skills = skills;
    q.nskills = 3;
    q.top = 5;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        json_t *cov = json_object_get(json_object_get(r, "facets"), "coverage");
        assert_true(json_real_value(json_object_get(r, "score")) ==
                    json_real_value(json_object_get(r, "coverage")));
        assert_true(json_real_value(json_object_get(cov, "weight")) == 1.0);
        assert_string_equal(
            json_string_value(json_object_get(json_object_get(r, "flags"), "level_step")),
            "unknown");
    }
    json_decref(doc);
}

static void facets_matrix_is_deterministic_and_equals_single_scores(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i, j;
    float *m1 = malloc((size_t)n * n * sizeof(float)), *m2 = malloc((size_t)n * n * sizeof(float));
    double *row = malloc(n * sizeof(double));
    brug_bridges *b2 = NULL;
    assert_non_null(m1);
    assert_non_null(m2);
    assert_non_null(row);
    assert_int_equal(brug_bridges_matrix(f->b, 1, 0, m1), BRUG_OK);
    assert_int_equal(brug_bridges_new(f->onto, NULL, NULL, &b2), BRUG_OK);
    assert_int_equal(brug_bridges_matrix(b2, 3, 0, m2), BRUG_OK);
    assert_memory_equal(m1, m2, (size_t)n * n * sizeof(float));
    for (i = 0; i < n; i++) {
        assert_int_equal(brug_bridges_scores(f->b, i, NULL, 0, row), BRUG_OK);
        for (j = 0; j < n; j++) {
            assert_true(m1[(size_t)i * n + j] == (float)row[j]);
            assert_true(m1[(size_t)i * n + j] == (float)brug_bridges_score(f->b, i, j));
        }
    }
    brug_bridges_free(b2);
    free(m1);
    free(m2);
    free(row);
}

/* The credit for a skill in an explained bridge, and how it is earned. */
static double credit_of(json_t *doc, const char *skill, const char **rel)
{
    const char *lists[] = {"missing_essential", "missing_optional"};
    json_t *g;
    size_t i, l;
    *rel = "none";
    for (l = 0; l < 2; l++)
        json_array_foreach(json_object_get(doc, lists[l]), i, g)
        {
            if (strcmp(json_string_value(json_object_get(g, "uri")), skill) == 0) {
                json_t *via = json_object_get(g, "via");
                if (json_is_object(via))
                    *rel = json_string_value(json_object_get(via, "relation"));
                return json_real_value(json_object_get(g, "credit"));
            }
        }
    fail_msg("%s is not missing", skill);
    return -1.0;
}

/* Jaccard of the occupations listing two care skills in the fixture:
 * childbirth {midwife} ~ medication {nurse, midwife} 1/2, ~ patient care
 * and hygiene {nurse, care assistant, midwife} 1/3, ~ wound care {nurse}
 * 0; medication ~ patient care 2/3. */
static void facets_sibling_credit_only_between_skills_used_together(void **state)
{
    fx *f = *state;
    brug_bridges_weights w;
    brug_bridges *b2 = NULL;
    json_t *doc;
    const char *rel;

    /* default rule (Jaccard >= 0.1): childbirth is credited, through
     * medication, which the midwife lists with it */
    doc = explain(f->b, FX_OCC("nurse"), FX_OCC("midwife"));
    assert_true(credit_of(doc, FX_SKILL("childbirth"), &rel) == 0.25f);
    assert_string_equal(rel, "sibling");
    json_decref(doc);

    /* a stricter rule (0.6): no held sibling of childbirth is used with
     * it that often, so no credit; medication still gets it from patient care */
    brug_bridges_weights_init(&w);
    w.sibling_min_jaccard = 0.6;
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &b2), BRUG_OK);
    doc = explain(b2, FX_OCC("nurse"), FX_OCC("midwife"));
    assert_true(credit_of(doc, FX_SKILL("childbirth"), &rel) == 0.0);
    assert_string_equal(rel, "none");
    json_decref(doc);
    doc = explain(b2, FX_OCC("care_assistant"), FX_OCC("nurse"));
    assert_true(credit_of(doc, FX_SKILL("medication"), &rel) == 0.25f);
    assert_string_equal(rel, "sibling");
    json_decref(doc);
    brug_bridges_free(b2);

    /* without the rule, siblings credit each other whatever their use */
    w.sibling_min_jaccard = 0.0;
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &b2), BRUG_OK);
    doc = explain(b2, FX_OCC("care_assistant"), FX_OCC("nurse"));
    assert_true(credit_of(doc, FX_SKILL("wound_care"), &rel) == 0.25f);
    json_decref(doc);
    brug_bridges_free(b2);
}

/* The bounded ranking of a query (only targets whose upper bound can
 * reach the best get every facet computed) gives the exhaustive ranking's
 * results, scores, facets and explained skills exactly, with and without
 * filters. */
static void facets_bounded_ranking_equals_exhaustive(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i;
    unsigned variant;
    for (variant = 0; variant < 4; variant++)
        for (i = 0; i < n; i++) {
            brug_bridges_query q;
            brug__bridges_source_t s1, s2;
            brug__bridge_result *r1, *r2;
            brug__arena a1, a2;
            size_t n1, n2, k;
            char msg[256];
            memset(&q, 0, sizeof(q));
            q.from = brug_onto_occupation_uri(f->onto, i);
            q.top = variant == 0 ? 3 : variant == 1 ? 1 : 20;
            q.viable_only = variant == 2;
            q.collection = variant == 3 ? "green" : NULL;
            brug__arena_init(&a1, NULL, 4096);
            brug__arena_init(&a2, NULL, 4096);
            assert_int_equal(
                brug__bridges_query_structs_how(f->b, &q, 1, &a1, &s1, &r1, &n1, msg, sizeof(msg)),
                BRUG_OK);
            assert_int_equal(
                brug__bridges_query_structs_how(f->b, &q, 0, &a2, &s2, &r2, &n2, msg, sizeof(msg)),
                BRUG_OK);
            assert_int_equal(n1, n2);
            for (k = 0; k < n1; k++)
                assert_same_result(&r1[k], &r2[k]);
            brug__bridges_source_release(&s1);
            brug__bridges_source_release(&s2);
            brug__arena_release(&a1);
            brug__arena_release(&a2);
        }
}

/* The text facet, from its group tables, is the cosine of the mixed
 * vectors themselves (to float rounding), and a row gives the same
 * doubles as the pairs. */
static void facets_text_is_the_cosine_of_the_mixed_vectors(void **state)
{
    fx *f = *state;
    const brug__facets *x = f->b->fx;
    uint32_t n = brug_onto_occupation_count(f->onto), i, j;
    double *row = calloc(n, sizeof(double)), *tmp = calloc(n, sizeof(double));
    brug__csr v;
    assert_non_null(row);
    assert_non_null(tmp);
    assert_true(x->groups.nrows == 3); /* 2221, 2222, 7212: not the minor group 222 */
    assert_int_equal(brug__facets_text_vectors(x, &brug__alloc_libc, &v), BRUG_OK);
    for (i = 0; i < n; i++) {
        brug__facets_row(f->b, BRUG__F_TEXT, i, tmp, row);
        for (j = 0; j < n; j++) {
            double dot = 0.0;
            uint32_t p = v.ptr[i], q = v.ptr[j];
            while (p < v.ptr[i + 1] && q < v.ptr[j + 1]) {
                if (v.col[p] == v.col[q])
                    dot += (double)v.val[p++] * (double)v.val[q++];
                else if (v.col[p] < v.col[q])
                    p++;
                else
                    q++;
            }
            assert_true(row[j] == brug__facets_pair(f->b, BRUG__F_TEXT, i, j));
            if (i != j)
                assert_true(fabs(row[j] - (dot < 0.0 ? 0.0 : dot > 1.0 ? 1.0 : dot)) < 1e-6);
        }
    }
    brug__facets_text_vectors_free(&brug__alloc_libc, &v);
    free(row);
    free(tmp);
}

/* Nurse and midwife share no word of their own, only "hospitals" through
 * their unit groups' descriptions: without those, their text facet is 0;
 * occupations without a described group keep their own cosine, bit for
 * bit (the term weights come from the occupations' texts alone). */
static void facets_text_uses_the_unit_group_description(void **state)
{
    fx *f = *state;
    char *path = test_tmp_path("facets_nogroups.db");
    sqlite3 *sql;
    brug_db *db;
    brug_onto *onto;
    brug_bridges *b;
    uint32_t nurse = occ(f, "http://test/occupation/nurse");
    uint32_t midwife = occ(f, "http://test/occupation/midwife");
    uint32_t pipe = occ(f, "http://test/occupation/pipefitter");
    uint32_t solar = occ(f, "http://test/occupation/solar_fitter");
    test_bridges_fixture(path);
    assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
    assert_int_equal(sqlite3_exec(sql,
                                  "DELETE FROM note WHERE concept IN "
                                  "(SELECT id FROM concept WHERE kind = 4)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_close(sql), SQLITE_OK);
    assert_int_equal(brug_db_open(path, BRUG_OPEN_READONLY, NULL, &db), BRUG_OK);
    assert_int_equal(brug_onto_load(db, &onto), BRUG_OK);
    assert_int_equal(brug_bridges_new(onto, NULL, NULL, &b), BRUG_OK);

    assert_true(brug__facets_pair(f->b, BRUG__F_TEXT, nurse, midwife) > 0.1);
    assert_true(brug__facets_pair(f->b, BRUG__F_TEXT, midwife, nurse) > 0.1);
    assert_true(brug__facets_pair(b, BRUG__F_TEXT, nurse, midwife) == 0.0);
    assert_true(brug__facets_pair(b, BRUG__F_TEXT, pipe, solar) > 0.1);
    assert_true(brug__facets_pair(b, BRUG__F_TEXT, pipe, solar) ==
                brug__facets_pair(f->b, BRUG__F_TEXT, pipe, solar));

    brug_bridges_free(b);
    brug_onto_free(onto);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(facets_contributions_add_up_to_the_score, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(facets_self_is_one_and_score_is_asymmetric, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(facets_person_scores_its_coverage, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(facets_matrix_is_deterministic_and_equals_single_scores,
                                        fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(facets_sibling_credit_only_between_skills_used_together,
                                        fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(facets_text_is_the_cosine_of_the_mixed_vectors, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(facets_text_uses_the_unit_group_description, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(facets_bounded_ranking_equals_exhaustive, fx_setup,
                                        fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
