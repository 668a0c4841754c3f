/*
 * test_bridges.c - the bridges index on a small hand-made ontology
 * (helper_bridges.c): A -> A = 1, scores in [0, 1], asymmetry, partial
 * credit, monotonicity when a skill is added, carried vs missing skills,
 * ranking and filters, determinism, the all-pairs matrix and top-k, the
 * weights, bad input and allocation failures.  These are properties of
 * the coverage facet, so the index here gives the other facets no weight
 * (coverage_only); the combined score, the facets and the viability
 * flags are tested in test_facets.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_bridges.h"
#include "onto.h"

typedef struct fx {
    char *path;
    brug_db *db;
    brug_onto *onto;
    brug_bridges *b;
} fx;

/* Defaults with all weight on the coverage facet. */
static void coverage_only(brug_bridges_weights *w)
{
    brug_bridges_weights_init(w);
    w->facet_latent = w->facet_text = w->facet_isco = w->facet_activities = w->facet_level = 0.0;
}

static int fx_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    brug_bridges_weights w;
    coverage_only(&w);
    assert_non_null(f);
    f->path = test_tmp_path("bridges.db");
    test_bridges_fixture(f->path);
    assert_int_equal(brug_db_open(f->path, BRUG_OPEN_READONLY, NULL, &f->db), BRUG_OK);
    assert_int_equal(brug_onto_load(f->db, &f->onto), BRUG_OK);
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

static uint32_t occ(const fx *f, const char *name)
{
    char uri[128];
    uint32_t i;
    snprintf(uri, sizeof(uri), "http://test/occupation/%s", name);
    i = brug_onto_occupation_find(f->onto, uri);
    assert_int_not_equal(i, BRUG_NO_INDEX);
    return i;
}

static uint32_t skill(const fx *f, const char *name)
{
    char uri[128];
    uint32_t i;
    snprintf(uri, sizeof(uri), "http://test/skill/%s", name);
    i = brug_onto_skill_find(f->onto, uri);
    assert_int_not_equal(i, BRUG_NO_INDEX);
    return i;
}

static json_t *query(const fx *f, const char *from, unsigned top)
{
    brug_bridges_query q;
    json_t *doc = NULL;
    char msg[256];
    memset(&q, 0, sizeof(q));
    q.from = from;
    q.top = top;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    return doc;
}

static const char *result_uri(json_t *doc, size_t i)
{
    return json_string_value(
        json_object_get(json_array_get(json_object_get(doc, "results"), i), "uri"));
}

static void bridges_self_score_is_one(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i;
    double *scores = malloc(n * sizeof(double));
    assert_non_null(scores);
    for (i = 0; i < n; i++) {
        assert_true(brug_bridges_score(f->b, i, i) == 1.0);
        assert_int_equal(brug_bridges_scores(f->b, i, NULL, 0, scores), BRUG_OK);
        assert_true(scores[i] == 1.0);
        assert_true(brug_bridges_similarity(f->b, i, i) == 1.0);
    }
    free(scores);
}

static void bridges_scores_lie_in_unit_interval(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            double s = brug_bridges_score(f->b, i, j);
            assert_true(s >= 0.0 && s <= 1.0);
        }
    assert_true(brug_bridges_score(f->b, 0, n) == 0.0);
}

static void bridges_score_is_asymmetric(void **state)
{
    fx *f = *state;
    /* The nurse lacks the care assistant's feeding; the assistant lacks
     * medication and wound care, which weigh more for the nurse. */
    double n2c = brug_bridges_score(f->b, occ(f, "nurse"), occ(f, "care_assistant"));
    double c2n = brug_bridges_score(f->b, occ(f, "care_assistant"), occ(f, "nurse"));
    double sim = brug_bridges_similarity(f->b, occ(f, "nurse"), occ(f, "care_assistant"));
    assert_true(n2c != c2n);
    assert_true(n2c > 0.5 && c2n > 0.3);
    assert_true(fabs(sim - sqrt(n2c * c2n)) < 1e-12);
    assert_true(fabs(sim - brug_bridges_similarity(f->b, occ(f, "care_assistant"),
                                                   occ(f, "nurse"))) < 1e-15);
}

static void bridges_person_with_all_skills_scores_one(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i;
    uint32_t ns = brug_onto_skill_count(f->onto);
    uint32_t *all = malloc(ns * sizeof(uint32_t));
    double *scores = malloc(n * sizeof(double));
    for (i = 0; i < ns; i++)
        all[i] = ns - 1 - i; /* any order, the kernel sorts */
    assert_int_equal(brug_bridges_scores(f->b, 0, all, ns, scores), BRUG_OK);
    for (i = 0; i < n; i++)
        assert_true(fabs(scores[i] - 1.0) < 1e-12);
    free(all);
    free(scores);
}

static void bridges_partial_credit_from_hierarchy(void **state)
{
    fx *f = *state;
    const brug_bridges_weights *w = brug_bridges_weights_of(f->b);
    uint32_t n = brug_onto_occupation_count(f->onto);
    double *with = malloc(n * sizeof(double)), *without = malloc(n * sizeof(double));
    uint32_t tig = skill(f, "tig_welding"), grind = skill(f, "grinding");
    uint32_t prog = skill(f, "programming");
    json_t *doc;
    const char *msgv[] = {"http://test/skill/tig_welding"};
    char msg[128];
    json_t *miss, *g;
    size_t i;
    int seen = 0;

    /* tig_welding is a narrower skill of arc_welding: a welder's arc
     * welding earns credit_narrower * its weight, not all of it. */
    assert_int_equal(brug_bridges_scores(f->b, 0, &grind, 1, without), BRUG_OK);
    assert_int_equal(brug_bridges_scores(f->b, 0, (uint32_t[]){grind, tig}, 2, with), BRUG_OK);
    assert_true(with[occ(f, "welder")] > without[occ(f, "welder")]);
    assert_int_equal(
        brug_bridges_explain(f->b, NULL, msgv, 1, FX_OCC("welder"), "en", &doc, msg, sizeof(msg)),
        BRUG_OK);
    miss = json_object_get(doc, "missing_essential");
    json_array_foreach(miss, i, g)
    {
        if (strcmp(json_string_value(json_object_get(g, "uri")), FX_SKILL("arc_welding")) == 0) {
            json_t *via = json_object_get(g, "via");
            assert_true(fabs(json_real_value(json_object_get(g, "credit")) - w->credit_narrower) <
                        1e-6);
            assert_string_equal(json_string_value(json_object_get(via, "relation")), "narrower");
            assert_string_equal(json_string_value(json_object_get(via, "uri")),
                                FX_SKILL("tig_welding"));
            seen = 1;
        } else if (strcmp(json_string_value(json_object_get(g, "uri")), FX_SKILL("metal_prep")) ==
                   0) {
            /* metal_prep is in the metal group with tig_welding's parent?
             * No: tig_welding's only parent is arc_welding. */
            assert_true(json_is_null(json_object_get(g, "via")));
        }
    }
    assert_true(seen);
    json_decref(doc);

    /* programming -> debugging is an essential relation; programming and
     * databases are siblings in the ict group. */
    assert_int_equal(brug_bridges_scores(f->b, 0, &prog, 1, with), BRUG_OK);
    assert_true(with[occ(f, "developer")] > 0.0 && with[occ(f, "developer")] < 1.0);
    free(with);
    free(without);
}

static void bridges_adding_a_skill_never_lowers_a_score(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), ns = brug_onto_skill_count(f->onto);
    double *before = malloc(n * sizeof(double)), *after = malloc(n * sizeof(double));
    uint32_t set[64];
    unsigned seed = 12345, round, i, j;
    for (round = 0; round < 200; round++) {
        size_t k = 1 + (seed = seed * 1103515245u + 12345u) % 6;
        uint32_t extra;
        for (i = 0; i < k; i++)
            set[i] = (seed = seed * 1103515245u + 12345u) % ns;
        extra = (seed = seed * 1103515245u + 12345u) % ns;
        assert_int_equal(brug_bridges_scores(f->b, 0, set, k, before), BRUG_OK);
        set[k] = extra;
        assert_int_equal(brug_bridges_scores(f->b, 0, set, k + 1, after), BRUG_OK);
        for (j = 0; j < n; j++)
            assert_true(after[j] >= before[j]);
    }
    /* And from an occupation: its profile plus any one skill. */
    for (i = 0; i < n; i++) {
        const brug__csr *os = &f->onto->occ_skills;
        uint32_t np = os->ptr[i + 1] - os->ptr[i];
        assert_true(np < 60);
        memcpy(set, os->col + os->ptr[i], np * sizeof(uint32_t));
        assert_int_equal(brug_bridges_scores(f->b, i, NULL, 0, before), BRUG_OK);
        for (j = 0; j < ns; j++) {
            uint32_t o;
            set[np] = j;
            assert_int_equal(brug_bridges_scores(f->b, 0, set, np + 1, after), BRUG_OK);
            for (o = 0; o < n; o++)
                assert_true(after[o] >= before[o] || o == i);
        }
    }
    free(before);
    free(after);
}

static void bridges_person_with_an_occupations_skills_matches_it(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i, j;
    double *a = malloc(n * sizeof(double)), *b2 = malloc(n * sizeof(double));
    const char *uris[] = {FX_SKILL("arc_welding"), FX_SKILL("metal_prep"),
                          FX_SKILL("read_drawings"), FX_SKILL("safety"), FX_SKILL("grinding")};
    uint32_t idx[5];
    for (i = 0; i < 5; i++)
        idx[i] = brug_onto_skill_find(f->onto, uris[i]);
    assert_int_equal(brug_bridges_scores(f->b, occ(f, "welder"), NULL, 0, a), BRUG_OK);
    assert_int_equal(brug_bridges_scores(f->b, 0, idx, 5, b2), BRUG_OK);
    for (j = 0; j < n; j++)
        assert_true(a[j] == b2[j]);
    free(a);
    free(b2);
}

static int in_list(json_t *arr, const char *uri)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) if (strcmp(json_string_value(json_object_get(v, "uri")), uri) ==
                                      0) return 1;
    return 0;
}

static void bridges_missing_essential_is_never_carried(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i;
    for (i = 0; i < n; i++) {
        json_t *doc = query(f, brug_onto_occupation_uri(f->onto, i), 100), *r;
        size_t k;
        json_array_foreach(json_object_get(doc, "results"), k, r)
        {
            json_t *carried = json_object_get(r, "carried"),
                   *me = json_object_get(r, "missing_essential"),
                   *mo = json_object_get(r, "missing_optional"), *g;
            size_t m;
            uint32_t to =
                brug_onto_occupation_find(f->onto, json_string_value(json_object_get(r, "uri")));
            double gain = 0.0;
            assert_int_not_equal(to, i);
            json_array_foreach(me, m, g)
            {
                const char *u = json_string_value(json_object_get(g, "uri"));
                assert_false(in_list(carried, u));
                assert_false(in_list(mo, u));
                gain += json_real_value(json_object_get(g, "gain"));
                if (m > 0) /* ranked by how much they matter */
                    assert_true(
                        json_real_value(json_object_get(json_array_get(me, m - 1), "gain")) >=
                        json_real_value(json_object_get(g, "gain")));
            }
            json_array_foreach(mo, m, g) gain += json_real_value(json_object_get(g, "gain"));
            /* score + what is missing = 1 */
            assert_true(fabs(json_real_value(json_object_get(r, "score")) + gain - 1.0) < 1e-4);
            assert_true(json_is_string(json_object_get(r, "explanation")));
        }
        json_decref(doc);
    }
}

static void bridges_best_bridges_stay_in_the_field(void **state)
{
    fx *f = *state;
    json_t *doc = query(f, FX_OCC("nurse"), 2);
    assert_string_equal(result_uri(doc, 0), FX_OCC("midwife"));
    assert_string_equal(result_uri(doc, 1), FX_OCC("care_assistant"));
    json_decref(doc);
    doc = query(f, FX_OCC("welder"), 2);
    assert_true(strcmp(result_uri(doc, 0), FX_OCC("sheet_metal")) == 0 ||
                strcmp(result_uri(doc, 0), FX_OCC("pipefitter")) == 0);
    json_decref(doc);
    doc = query(f, FX_OCC("developer"), 1);
    assert_string_equal(result_uri(doc, 0), FX_OCC("web_developer"));
    json_decref(doc);
}

static void bridges_filters_and_limits(void **state)
{
    fx *f = *state;
    brug_bridges_query q;
    json_t *doc = NULL, *r;
    char msg[256];
    size_t i;

    memset(&q, 0, sizeof(q));
    q.from = FX_OCC("welder");
    q.collection = "green";
    q.top = 10;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "results")), 1);
    assert_string_equal(result_uri(doc, 0), FX_OCC("solar_fitter"));
    json_decref(doc);

    q.collection = NULL;
    q.isco_prefix = "72";
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "results")), 1); /* sheet metal 7213 */
    json_decref(doc);

    q.isco_prefix = NULL;
    q.min_score = 0.5;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    json_array_foreach(json_object_get(doc, "results"), i, r)
        assert_true(json_real_value(json_object_get(r, "score")) >= 0.5);
    json_decref(doc);

    q.min_score = 0;
    q.top = 2;
    q.max_missing = 1;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "results")), 2);
    json_array_foreach(json_object_get(doc, "results"), i, r)
        assert_true(json_array_size(json_object_get(r, "missing_essential")) <= 1);
    json_decref(doc);

    q.lang = "nl";
    q.from = FX_OCC("care_assistant");
    q.top = 10;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    {
        int seen = 0;
        json_array_foreach(
            json_object_get(doc, "results"), i,
            r) if (strcmp(json_string_value(json_object_get(r, "uri")), FX_OCC("nurse")) == 0)
        {
            assert_string_equal(json_string_value(json_object_get(r, "label")), "verpleegkundige");
            seen = 1;
        }
        assert_true(seen);
    }
    json_decref(doc);
}

static void bridges_results_are_deterministic(void **state)
{
    fx *f = *state;
    json_t *a = query(f, FX_OCC("pipefitter"), 8), *b2 = query(f, FX_OCC("pipefitter"), 8);
    char *sa = json_dumps(a, JSON_SORT_KEYS), *sb = json_dumps(b2, JSON_SORT_KEYS);
    assert_string_equal(sa, sb);
    free(sa);
    free(sb);
    json_decref(a);
    json_decref(b2);
}

static void bridges_bad_input_is_named(void **state)
{
    fx *f = *state;
    brug_bridges_query q;
    json_t *doc = NULL;
    char msg[256];
    const char *skills[] = {FX_SKILL("hygiene"), "http://test/skill/nope"};

    memset(&q, 0, sizeof(q));
    q.from = "http://test/occupation/astronaut";
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_ENOTFOUND);
    assert_null(doc);
    assert_non_null(strstr(msg, "astronaut"));

    q.from = NULL;
    q.skills = skills;
    q.nskills = 2;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_ENOTFOUND);
    assert_non_null(strstr(msg, "nope"));

    q.nskills = 0;
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_EINVAL);

    q.nskills = 1;
    q.collection = "blue";
    assert_int_equal(brug_bridges_query_run(f->b, &q, &doc, msg, sizeof(msg)), BRUG_ENOTFOUND);
    assert_non_null(strstr(msg, "green"));

    assert_int_equal(brug_bridges_explain(f->b, FX_OCC("nurse"), NULL, 0, "http://x/y", "en", &doc,
                                          msg, sizeof(msg)),
                     BRUG_ENOTFOUND);
    assert_int_equal(brug_bridges_scores(f->b, 999, NULL, 0, NULL), BRUG_EINVAL);
}

static void bridges_matrix_equals_single_queries(void **state)
{
    fx *f = *state;
    uint32_t n = brug_onto_occupation_count(f->onto), i, j, k = 3;
    float *m1 = malloc((size_t)n * n * sizeof(float)), *m2 = malloc((size_t)n * n * sizeof(float));
    float *sym = malloc((size_t)n * n * sizeof(float)), *ts = malloc((size_t)n * k * sizeof(float));
    uint32_t *tt = malloc((size_t)n * k * sizeof(uint32_t));
    double *row = malloc(n * sizeof(double));

    assert_int_equal(brug_bridges_matrix(f->b, 1, 0, m1), BRUG_OK);
    assert_int_equal(brug_bridges_matrix(f->b, 3, 0, m2), BRUG_OK);
    assert_memory_equal(m1, m2, (size_t)n * n * sizeof(float));
    for (i = 0; i < n; i++) {
        assert_int_equal(brug_bridges_scores(f->b, i, NULL, 0, row), BRUG_OK);
        for (j = 0; j < n; j++)
            assert_true(m1[(size_t)i * n + j] == (float)row[j]);
    }
    assert_int_equal(brug_bridges_matrix(f->b, 2, 1, sym), BRUG_OK);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            assert_true(sym[(size_t)i * n + j] == sym[(size_t)j * n + i]);
            assert_true(fabs(sym[(size_t)i * n + j] -
                             sqrt((double)m1[(size_t)i * n + j] * m1[(size_t)j * n + i])) < 1e-6);
        }
    assert_int_equal(brug_bridges_topk(f->b, k, 2, 0, tt, ts), BRUG_OK);
    for (i = 0; i < n; i++) {
        for (j = 0; j < k; j++) {
            uint32_t t = tt[(size_t)i * k + j], c;
            assert_int_not_equal(t, i);
            assert_true(ts[(size_t)i * k + j] == m1[(size_t)i * n + t]);
            /* nothing outside the top-k beats the k-th */
            for (c = 0; c < n; c++)
                if (c != i && j == k - 1 && m1[(size_t)i * n + c] > ts[(size_t)i * k + j]) {
                    uint32_t q;
                    int found = 0;
                    for (q = 0; q < k; q++)
                        found |= tt[(size_t)i * k + q] == c;
                    assert_true(found);
                }
            if (j > 0)
                assert_true(ts[(size_t)i * k + j - 1] >= ts[(size_t)i * k + j]);
        }
    }
    free(m1);
    free(m2);
    free(sym);
    free(ts);
    free(tt);
    free(row);
}

static void bridges_weights_set_load_and_validate(void **state)
{
    fx *f = *state;
    brug_bridges_weights w;
    brug_bridges *b2 = NULL;
    char msg[256];
    char *cfg = test_tmp_path("weights.conf");
    FILE *fp;
    json_t *j;

    coverage_only(&w);
    assert_true(w.essential == 1.0);
    assert_int_equal(brug_bridges_weights_set(&w, "optional = 0.5", msg, sizeof(msg)), BRUG_OK);
    assert_true(w.optional == 0.5);
    assert_int_equal(brug_bridges_weights_set(&w, "colour=1", msg, sizeof(msg)), BRUG_EINVAL);
    assert_non_null(strstr(msg, "colour"));
    assert_int_equal(brug_bridges_weights_set(&w, "credit_sibling=2", msg, sizeof(msg)),
                     BRUG_EINVAL);
    assert_int_equal(brug_bridges_weights_set(&w, "credit_sibling", msg, sizeof(msg)), BRUG_EINVAL);
    assert_int_equal(brug_bridges_weights_set(&w, "credit_sibling=x", msg, sizeof(msg)),
                     BRUG_EINVAL);
    assert_true(w.credit_sibling == 0.25);

    fp = fopen(cfg, "w");
    fputs("# tuned\ncredit_sibling = 0\n\nidf_power=0  # no specificity\n", fp);
    fclose(fp);
    assert_int_equal(brug_bridges_weights_load(&w, cfg, msg, sizeof(msg)), BRUG_OK);
    assert_true(w.credit_sibling == 0.0 && w.idf_power == 0.0);
    fp = fopen(cfg, "w");
    fputs("credit_sibling = 0.1\nessential = -1\n", fp);
    fclose(fp);
    assert_int_equal(brug_bridges_weights_load(&w, cfg, msg, sizeof(msg)), BRUG_EINVAL);
    assert_non_null(strstr(msg, ":2: "));
    assert_true(w.credit_sibling == 0.0); /* unchanged on error */
    assert_int_equal(brug_bridges_weights_load(&w, "/nonexistent/w.conf", msg, sizeof(msg)),
                     BRUG_EIO);
    remove(cfg);
    free(cfg);

    j = brug_bridges_weights_json(&w);
    assert_true(json_real_value(json_object_get(j, "optional")) == 0.5);
    json_decref(j);

    /* Without partial credit or specificity, a score is the plain weighted overlap. */
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &b2), BRUG_OK);
    {
        uint32_t nurse = occ(f, "nurse"), ca = occ(f, "care_assistant");
        /* care assistant: 4 essential (1) + 1 optional (0.5); nurse holds
         * patient_care, hygiene, communication = 3 essential. */
        assert_true(fabs(brug_bridges_score(b2, nurse, ca) - 3.0 / 4.5) < 1e-12);
    }
    brug_bridges_free(b2);
    w.essential = 0;
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &b2), BRUG_EINVAL);
    assert_null(b2);
}

static void bridges_new_survives_allocation_failures(void **state)
{
    fx *f = *state;
    size_t n;
    int ok = 0;
    for (n = 1; n < 200 && !ok; n++) {
        test_failing_alloc fa;
        brug_bridges *b2 = NULL;
        brug_err err;
        test_failing_alloc_init(&fa, n);
        err = brug_bridges_new(f->onto, NULL, &fa.alloc, &b2);
        if (err == BRUG_OK) {
            ok = 1;
            brug_bridges_free(b2);
        } else {
            assert_int_equal(err, BRUG_ENOMEM);
            assert_null(b2);
        }
    }
    assert_true(ok);
}

static void check_routes(const fx *f, const brug_bridges *b, json_t *doc, const char *from,
                         const char *to, int green_bit, unsigned k, unsigned max_steps)
{
    const brug_bridges_weights *w = brug_bridges_weights_of(b);
    json_t *paths = json_object_get(doc, "paths"), *p;
    size_t i, j;
    double prev_cost = -1.0;
    assert_true(json_array_size(paths) >= 1 && json_array_size(paths) <= k);
    json_array_foreach(paths, i, p)
    {
        json_t *steps = json_object_get(p, "steps"), *st;
        double cost = 0.0, prod = 1.0;
        const char *at = from;
        char seen[64][128];
        size_t nseen = 0, q;
        assert_true(json_array_size(steps) >= 1 && json_array_size(steps) <= max_steps);
        json_array_foreach(steps, j, st)
        {
            const char *a = json_string_value(json_object_get(st, "from"));
            const char *bto = json_string_value(json_object_get(st, "to"));
            double sc = json_real_value(json_object_get(st, "score"));
            assert_string_equal(a, at);
            /* loop-free */
            for (q = 0; q < nseen; q++)
                assert_string_not_equal(seen[q], a);
            snprintf(seen[nseen++], sizeof(seen[0]), "%s", a);
            assert_true(sc >= w->path_min_score - 1e-6);
            assert_true(fabs(sc - brug_bridges_score(b, brug_onto_occupation_find(f->onto, a),
                                                     brug_onto_occupation_find(f->onto, bto))) <
                        1e-6);
            cost += -log(sc) - log(1.0 - w->path_step_cost);
            assert_true(json_is_true(json_object_get(json_object_get(st, "flags"), "viable")));
            prod *= sc;
            at = bto;
        }
        if (to)
            assert_string_equal(at, to);
        else
            assert_true(
                brug_bridges_in_collection(b, brug_onto_occupation_find(f->onto, at), green_bit));
        assert_true(fabs(cost - json_real_value(json_object_get(p, "cost"))) < 1e-4);
        assert_true(fabs(prod - json_real_value(json_object_get(p, "product"))) < 1e-4);
        assert_true(fabs(exp(-cost) - json_real_value(json_object_get(p, "score"))) < 1e-4);
        assert_true(json_real_value(json_object_get(p, "cost")) >= prev_cost - 1e-12);
        prev_cost = json_real_value(json_object_get(p, "cost"));
    }
}

static void bridges_paths_are_k_best_loop_free_routes(void **state)
{
    fx *f = *state;
    brug_bridges_weights w;
    brug_bridges *b2 = NULL;
    brug_bridges_path_query q;
    json_t *doc = NULL, *doc2 = NULL;
    char msg[256], *s1, *s2;

    coverage_only(&w);
    w.path_min_score = 0.05;
    w.viable_min_score = 0.05;
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &b2), BRUG_OK);
    memset(&q, 0, sizeof(q));
    q.from = FX_OCC("welder");
    q.to = FX_OCC("solar_fitter");
    q.k = 4;
    q.max_steps = 3;
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    check_routes(f, b2, doc, q.from, q.to, -1, 4, 3);
    assert_int_equal(json_array_size(json_object_get(doc, "paths")), 4);
    /* deterministic */
    assert_int_equal(brug_bridges_paths(b2, &q, &doc2, msg, sizeof(msg)), BRUG_OK);
    s1 = json_dumps(doc, JSON_SORT_KEYS);
    s2 = json_dumps(doc2, JSON_SORT_KEYS);
    assert_string_equal(s1, s2);
    free(s1);
    free(s2);
    json_decref(doc);
    json_decref(doc2);

    /* One step only: the direct bridge. */
    q.max_steps = 1;
    q.k = 3;
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "paths")), 1);
    check_routes(f, b2, doc, q.from, q.to, -1, 1, 1);
    json_decref(doc);

    /* To any green occupation: the solar fitter is the only one. */
    q.to = NULL;
    q.to_collection = "green";
    q.max_steps = 4;
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    check_routes(f, b2, doc, q.from, NULL, brug_onto_collection_bit(f->onto, "green"), 3, 4);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(doc, "to"), "occupations")),
                     1);
    json_decref(doc);

    /* Unreachable under a high threshold: no paths, not an error. */
    brug_bridges_free(b2);
    w.path_min_score = 0.99;
    assert_int_equal(brug_bridges_new(f->onto, &w, NULL, &b2), BRUG_OK);
    q.to_collection = NULL;
    q.to = FX_OCC("solar_fitter");
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "paths")), 0);
    json_decref(doc);

    /* Bad input. */
    q.to = q.from;
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_EINVAL);
    q.to = "http://test/occupation/nope";
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_ENOTFOUND);
    assert_non_null(strstr(msg, "nope"));
    q.to = NULL;
    q.to_collection = "blue";
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_ENOTFOUND);
    q.to_collection = NULL;
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_EINVAL);
    q.to = FX_OCC("nurse");
    q.k = 21;
    assert_int_equal(brug_bridges_paths(b2, &q, &doc, msg, sizeof(msg)), BRUG_EINVAL);
    assert_null(doc);
    brug_bridges_free(b2);
}

static void bridges_collections_by_share(void **state)
{
    fx *f = *state;
    int green = brug_onto_collection_bit(f->onto, "green"),
        digital = brug_onto_collection_bit(f->onto, "digital");
    assert_true(green >= 0 && digital >= 0);
    assert_true(brug_bridges_in_collection(f->b, occ(f, "solar_fitter"), green));
    assert_false(brug_bridges_in_collection(f->b, occ(f, "welder"), green));
    assert_true(brug_bridges_in_collection(f->b, occ(f, "developer"), digital));
    assert_false(brug_bridges_in_collection(f->b, occ(f, "nurse"), digital));
    assert_false(brug_bridges_in_collection(f->b, occ(f, "nurse"), 40));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(bridges_self_score_is_one, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_scores_lie_in_unit_interval, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_score_is_asymmetric, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_person_with_all_skills_scores_one, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_partial_credit_from_hierarchy, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_adding_a_skill_never_lowers_a_score, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_person_with_an_occupations_skills_matches_it,
                                        fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_missing_essential_is_never_carried, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_best_bridges_stay_in_the_field, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_filters_and_limits, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_results_are_deterministic, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_bad_input_is_named, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_matrix_equals_single_queries, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_weights_set_load_and_validate, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_new_survives_allocation_failures, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_paths_are_k_best_loop_free_routes, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bridges_collections_by_share, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
