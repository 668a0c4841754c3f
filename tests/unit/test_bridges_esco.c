/*
 * test_bridges_esco.c - bridges on the real English ESCO v1.1.1 (imported
 * from test_esco_dir("en") once for the group): the sanity a career
 * adviser would check.  A nurse's best bridges lie in health and care, a
 * welder's in metal work, a software developer's in ICT; A -> A = 1;
 * adding a skill never lowers a score; a missing essential skill is never
 * listed as carried; results are deterministic (also across thread
 * counts); the examples of issue 13: no sibling credit between language
 * skills or between skills no occupation uses together ("clinical
 * perfusion via patient autonomy"), a nurse's bridges flagged for level
 * and regulated professions, a welder's green bridges in the energy
 * transition, green paths ranked by the score they show.  Skips when the
 * data is absent (fails when $CI is set).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bridges_int.h"
#include "helper_test.h"
#include "helper_results.h"
#include "onto.h"

#define ESCO_OCC "http://data.europa.eu/esco/occupation/"
#define OCC_NURSE ESCO_OCC "8d3e8aaa-791b-4c75-a465-f3f827028f50"
#define OCC_WELDER ESCO_OCC "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
#define OCC_SOFTWARE_DEV ESCO_OCC "f2b15a0e-e65a-438a-affb-29b9d50b77d1"

typedef struct fixture {
    char *path;
    brug_db *db;
    brug_onto *onto;
    brug_bridges *b;
} fixture;

static int group_setup(void **state)
{
    const char *en = test_esco_dir("en");
    fixture *fx;
    brug_import_report rep;
    const char *dirs[1];
    *state = NULL;
    if (!en)
        return 0;
    fx = calloc(1, sizeof(*fx));
    assert_non_null(fx);
    dirs[0] = en;
    fx->path = test_tmp_path("bridges_esco.db");
    fx->db = test_db_create(fx->path);
    brug_import_report_init(&rep);
    if (brug_import_esco(fx->db, dirs, 1, NULL, &rep) != BRUG_OK)
        fail_msg("import failed: %s", brug_errmsg(fx->db));
    brug_import_report_release(&rep);
    assert_int_equal(brug_onto_load(fx->db, &fx->onto), BRUG_OK);
    assert_int_equal(brug_bridges_new(fx->onto, NULL, NULL, &fx->b), BRUG_OK);
    *state = fx;
    return 0;
}

static int group_teardown(void **state)
{
    fixture *fx = *state;
    if (!fx)
        return 0;
    brug_bridges_free(fx->b);
    brug_onto_free(fx->onto);
    brug_db_close(fx->db);
    test_remove_db(fx->path);
    free(fx->path);
    free(fx);
    return 0;
}

#define NEED_DATA(fx)                                                                              \
    do {                                                                                           \
        if (!(fx))                                                                                 \
            skip();                                                                                \
    } while (0)

static json_t *top_bridges(const fixture *fx, const char *from, unsigned top)
{
    brug_bridges_query q;
    json_t *doc = NULL;
    char msg[256];
    memset(&q, 0, sizeof(q));
    q.from = from;
    q.top = top;
    if (brug_bridges_query_run(fx->b, &q, &doc, msg, sizeof(msg)) != BRUG_OK)
        fail_msg("query: %s", msg);
    return doc;
}

/* How many of the results have an ISCO code starting with one of prefixes. */
static size_t count_isco(const fixture *fx, json_t *doc, const char *const *prefixes, size_t np)
{
    json_t *r;
    size_t i, j, n = 0;
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        uint32_t o =
            brug_onto_occupation_find(fx->onto, json_string_value(json_object_get(r, "uri")));
        const char *isco = brug_onto_occupation_isco(fx->onto, o);
        for (j = 0; j < np; j++)
            if (strncmp(isco, prefixes[j], strlen(prefixes[j])) == 0) {
                n++;
                break;
            }
    }
    return n;
}

static void bridges_esco_nurse_goes_to_care(void **state)
{
    fixture *fx = *state;
    static const char *const care[] = {"22", "32",
                                       "53"}; /* health professionals, associates, carers */
    json_t *doc5, *doc10;
    NEED_DATA(fx);
    doc5 = top_bridges(fx, OCC_NURSE, 5);
    doc10 = top_bridges(fx, OCC_NURSE, 10);
    assert_int_equal(count_isco(fx, doc5, care, 3), 5);
    assert_true(count_isco(fx, doc10, care, 3) >= 8);
    json_decref(doc5);
    json_decref(doc10);
}

static void bridges_esco_welder_goes_to_metal_work(void **state)
{
    fixture *fx = *state;
    static const char *const metal[] = {"72"};
    static const char *const metal_install[] = {"71", "72", "74", "81", "82"};
    json_t *doc8, *doc10;
    NEED_DATA(fx);
    doc8 = top_bridges(fx, OCC_WELDER, 8);
    doc10 = top_bridges(fx, OCC_WELDER, 10);
    assert_int_equal(count_isco(fx, doc8, metal, 1), 8);
    assert_int_equal(count_isco(fx, doc10, metal_install, 5), 10);
    json_decref(doc8);
    json_decref(doc10);
}

static void bridges_esco_software_developer_stays_in_ict(void **state)
{
    fixture *fx = *state;
    static const char *const ict[] = {"25", "35"};
    json_t *doc;
    NEED_DATA(fx);
    doc = top_bridges(fx, OCC_SOFTWARE_DEV, 10);
    assert_int_equal(count_isco(fx, doc, ict, 2), 10);
    json_decref(doc);
}

static void bridges_esco_self_is_one_and_scores_in_range(void **state)
{
    fixture *fx = *state;
    uint32_t n, i, j;
    double *row;
    NEED_DATA(fx);
    n = brug_onto_occupation_count(fx->onto);
    assert_int_equal(n, 3007);
    row = malloc(n * sizeof(double));
    for (i = 0; i < n; i += 7) { /* a spread sample keeps the sanitizer run short */
        assert_int_equal(brug_bridges_scores(fx->b, i, NULL, 0, row), BRUG_OK);
        assert_true(row[i] == 1.0);
        for (j = 0; j < n; j++)
            assert_true(row[j] >= 0.0 && row[j] <= 1.0);
    }
    free(row);
}

static void bridges_esco_adding_a_skill_never_lowers(void **state)
{
    fixture *fx = *state;
    uint32_t n, ns, round, j;
    double *before, *after;
    uint32_t set[200];
    unsigned seed = 7;
    NEED_DATA(fx);
    n = brug_onto_occupation_count(fx->onto);
    ns = brug_onto_skill_count(fx->onto);
    before = malloc(n * sizeof(double));
    after = malloc(n * sizeof(double));
    for (round = 0; round < 40; round++) {
        uint32_t o, np, extra;
        const brug__csr *os = &fx->onto->occ_skills;
        seed = seed * 1103515245u + 12345u;
        o = (seed >> 8) % n;
        np = os->ptr[o + 1] - os->ptr[o];
        if (np + 1 > 200)
            continue;
        memcpy(set, os->col + os->ptr[o], np * sizeof(uint32_t));
        assert_int_equal(brug_bridges_scores(fx->b, 0, set, np, before), BRUG_OK);
        seed = seed * 1103515245u + 12345u;
        extra = (seed >> 8) % ns;
        set[np] = extra;
        assert_int_equal(brug_bridges_scores(fx->b, 0, set, np + 1, after), BRUG_OK);
        for (j = 0; j < n; j++)
            assert_true(after[j] >= before[j]);
    }
    free(before);
    free(after);
}

static void bridges_esco_missing_essential_never_carried(void **state)
{
    fixture *fx = *state;
    static const char *const from[] = {OCC_NURSE, OCC_WELDER, OCC_SOFTWARE_DEV};
    size_t f;
    NEED_DATA(fx);
    for (f = 0; f < 3; f++) {
        json_t *doc = top_bridges(fx, from[f], 20), *r;
        uint32_t src = brug_onto_occupation_find(fx->onto, from[f]);
        size_t i;
        json_array_foreach(json_object_get(doc, "results"), i, r)
        {
            json_t *g;
            size_t k;
            uint32_t to =
                brug_onto_occupation_find(fx->onto, json_string_value(json_object_get(r, "uri")));
            json_array_foreach(json_object_get(r, "missing_essential"), k, g)
            {
                uint32_t s =
                    brug_onto_skill_find(fx->onto, json_string_value(json_object_get(g, "uri")));
                int64_t at = brug__csr_find(&fx->onto->occ_skills, to, s);
                assert_true(at >= 0 && fx->onto->occ_skills.tag[at] == 1); /* essential for B */
                assert_true(brug__csr_find(&fx->onto->occ_skills, src, s) < 0); /* not held */
            }
            json_array_foreach(json_object_get(r, "carried"), k, g)
            {
                uint32_t s =
                    brug_onto_skill_find(fx->onto, json_string_value(json_object_get(g, "uri")));
                assert_true(brug__csr_find(&fx->onto->occ_skills, src, s) >= 0); /* held by A */
            }
        }
        json_decref(doc);
    }
}

static void bridges_esco_results_are_deterministic(void **state)
{
    fixture *fx = *state;
    uint32_t n, k = 5;
    uint32_t *t1, *t2;
    float *s1, *s2;
    json_t *a, *b;
    char *da, *db;
    NEED_DATA(fx);
    a = top_bridges(fx, OCC_WELDER, 10);
    b = top_bridges(fx, OCC_WELDER, 10);
    da = json_dumps(a, JSON_SORT_KEYS);
    db = json_dumps(b, JSON_SORT_KEYS);
    assert_string_equal(da, db);
    free(da);
    free(db);
    json_decref(a);
    json_decref(b);

    n = brug_onto_occupation_count(fx->onto);
    t1 = malloc((size_t)n * k * sizeof(uint32_t));
    t2 = malloc((size_t)n * k * sizeof(uint32_t));
    s1 = malloc((size_t)n * k * sizeof(float));
    s2 = malloc((size_t)n * k * sizeof(float));
    assert_int_equal(brug_bridges_topk(fx->b, k, 1, 0, t1, s1), BRUG_OK);
    assert_int_equal(brug_bridges_topk(fx->b, k, 2, 0, t2, s2), BRUG_OK);
    assert_memory_equal(t1, t2, (size_t)n * k * sizeof(uint32_t));
    assert_memory_equal(s1, s2, (size_t)n * k * sizeof(float));
    free(t1);
    free(t2);
    free(s1);
    free(s2);
}

static void bridges_esco_green_path_ends_green(void **state)
{
    fixture *fx = *state;
    brug_bridges_path_query q;
    json_t *doc = NULL, *p;
    char msg[256];
    size_t i;
    int green;
    NEED_DATA(fx);
    green = brug_onto_collection_bit(fx->onto, "green");
    assert_true(green >= 0);
    memset(&q, 0, sizeof(q));
    q.from = OCC_WELDER;
    q.to_collection = "green";
    q.k = 3;
    assert_int_equal(brug_bridges_paths(fx->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "paths")), 3);
    json_array_foreach(json_object_get(doc, "paths"), i, p)
    {
        json_t *steps = json_object_get(p, "steps");
        json_t *last = json_array_get(steps, json_array_size(steps) - 1);
        uint32_t end =
            brug_onto_occupation_find(fx->onto, json_string_value(json_object_get(last, "to")));
        assert_true(brug_bridges_in_collection(fx->b, end, green));
    }
    json_decref(doc);
}

static uint32_t occ_by_label(const fixture *fx, const char *label)
{
    uint32_t i;
    for (i = 0; i < brug_onto_occupation_count(fx->onto); i++)
        if (strcmp(brug_onto_occupation_label(fx->onto, i, "en"), label) == 0)
            return i;
    fail_msg("no occupation labelled '%s'", label);
    return BRUG_NO_INDEX;
}

static int is_language(const fixture *fx, const char *uri, int bit)
{
    uint32_t s = brug_onto_skill_find(fx->onto, uri);
    return s != BRUG_NO_INDEX && ((brug_onto_skill_collections(fx->onto, s) >> bit) & 1u);
}

/* No sibling credit between language skills, nor the example. */
static void bridges_esco_sibling_rule(void **state)
{
    fixture *fx = *state;
    const char *from[] = {OCC_NURSE, OCC_WELDER, OCC_SOFTWARE_DEV};
    const char *lists[] = {"missing_essential", "missing_optional"};
    json_t *doc, *r, *g;
    size_t f, i, j, l, nsib = 0;
    int lang;
    NEED_DATA(fx);
    lang = brug_onto_collection_bit(fx->onto, "language");
    assert_true(lang >= 0);
    for (f = 0; f < 3; f++) {
        doc = top_bridges(fx, from[f], 60);
        json_array_foreach(json_object_get(doc, "results"), i, r) for (l = 0; l < 2; l++)
            json_array_foreach(json_object_get(r, lists[l]), j, g)
        {
            json_t *via = json_object_get(g, "via");
            const char *rel;
            if (!json_is_object(via))
                continue;
            rel = json_string_value(json_object_get(via, "relation"));
            if (strcmp(rel, "sibling") != 0)
                continue;
            nsib++;
            assert_false(is_language(fx, json_string_value(json_object_get(g, "uri")), lang));
            assert_false(is_language(fx, json_string_value(json_object_get(via, "uri")), lang));
            assert_false(
                strcmp(json_string_value(json_object_get(g, "label")), "clinical perfusion") == 0 &&
                strcmp(json_string_value(json_object_get(via, "label")), "patient autonomy") == 0);
        }
        json_decref(doc);
    }
    assert_true(nsib > 0); /* siblings that are used together still count */
    /* the pair, explained directly */
    {
        uint32_t perf = occ_by_label(fx, "clinical perfusion scientist");
        char msg[256];
        doc = NULL;
        assert_int_equal(brug_bridges_explain(fx->b, OCC_NURSE, NULL, 0,
                                              brug_onto_occupation_uri(fx->onto, perf), "en", &doc,
                                              msg, sizeof(msg)),
                         BRUG_OK);
        for (l = 0; l < 2; l++)
            json_array_foreach(json_object_get(doc, lists[l]), j, g)
            {
                json_t *via = json_object_get(g, "via");
                if (strcmp(json_string_value(json_object_get(g, "label")), "clinical perfusion") ==
                    0)
                    assert_false(json_is_object(via) &&
                                 strcmp(json_string_value(json_object_get(via, "label")),
                                        "patient autonomy") == 0);
            }
        json_decref(doc);
    }
}

/* A nurse's bridges: level steps and regulated professions flagged, and
 * the viable filter keeps out what needs a new diploma. */
static void bridges_esco_nurse_flags(void **state)
{
    fixture *fx = *state;
    brug_bridges_query q;
    json_t *doc = NULL, *r;
    char msg[256];
    size_t i, ndown = 0, nreg = 0;
    NEED_DATA(fx);
    doc = top_bridges(fx, OCC_NURSE, 40);
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        json_t *fl = json_object_get(r, "flags");
        uint32_t o =
            brug_onto_occupation_find(fx->onto, json_string_value(json_object_get(r, "uri")));
        const char *isco = brug_onto_occupation_isco(fx->onto, o);
        if (strcmp(isco, "2262") == 0 || strcmp(isco, "2261") == 0 || strcmp(isco, "2211") == 0) {
            assert_true(json_is_true(json_object_get(fl, "regulated")));
            assert_true(json_is_true(json_object_get(fl, "education_required")));
            assert_false(json_is_true(json_object_get(fl, "viable")));
            nreg++;
        }
        if (isco[0] == '5' || isco[0] == '9') {
            assert_string_equal(json_string_value(json_object_get(fl, "level_step")), "down");
            ndown++;
        }
    }
    assert_true(nreg + ndown > 0);
    json_decref(doc);
    memset(&q, 0, sizeof(q));
    q.from = OCC_NURSE;
    q.top = 40;
    q.viable_only = 1;
    assert_int_equal(brug_bridges_query_run(fx->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_true(json_array_size(json_object_get(doc, "results")) >= 10);
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        json_t *fl = json_object_get(r, "flags");
        assert_true(json_is_true(json_object_get(fl, "viable")));
        assert_false(json_is_true(json_object_get(fl, "education_required")));
    }
    json_decref(doc);
}

/* A welder toward green jobs: the energy transition's installers and
 * technicians, not occupations with one tagged skill. */
static void bridges_esco_welder_green_bridges_are_energy_jobs(void **state)
{
    fixture *fx = *state;
    const char *words[] = {"solar",   "wind",     "heat",  "insulat", "energy",
                           "battery", "geotherm", "hydro", "biogas",  "photovoltaic"};
    brug_bridges_query q;
    json_t *doc = NULL, *r;
    char msg[256];
    size_t i, j, energy = 0;
    NEED_DATA(fx);
    memset(&q, 0, sizeof(q));
    q.from = OCC_WELDER;
    q.top = 10;
    q.collection = "green";
    assert_int_equal(brug_bridges_query_run(fx->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "results")), 10);
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        const char *label = json_string_value(json_object_get(r, "label"));
        assert_string_not_equal(label, "fishing net maker");
        assert_string_not_equal(label, "demolition worker");
        for (j = 0; j < sizeof(words) / sizeof(words[0]); j++)
            if (strstr(label, words[j])) {
                energy++;
                break;
            }
    }
    assert_true(energy >= 6);
    json_decref(doc);
}

/* Green paths: ranked by the score they show, every step viable. */
static void bridges_esco_green_paths_ranked_by_score(void **state)
{
    fixture *fx = *state;
    brug_bridges_path_query q;
    json_t *doc = NULL, *p, *st;
    char msg[256];
    size_t i, j;
    double prev = 2.0;
    NEED_DATA(fx);
    memset(&q, 0, sizeof(q));
    q.from = OCC_WELDER;
    q.to_collection = "green";
    q.k = 5;
    assert_int_equal(brug_bridges_paths(fx->b, &q, &doc, msg, sizeof(msg)), BRUG_OK);
    assert_true(json_array_size(json_object_get(doc, "paths")) >= 2);
    json_array_foreach(json_object_get(doc, "paths"), i, p)
    {
        double sc = json_real_value(json_object_get(p, "score"));
        assert_true(sc <= prev + 1e-12);
        prev = sc;
        json_array_foreach(json_object_get(p, "steps"), j, st)
            assert_true(json_is_true(json_object_get(json_object_get(st, "flags"), "viable")));
    }
    json_decref(doc);
}

/* The import stored the models: an index opened with them is loaded, not
 * built, and ranks like the built one; the bounded ranking (the 64-dim
 * embeddings bounded by their first 16 dimensions) gives the exhaustive
 * ranking's results and scores exactly, with and without filters. */
static void bridges_esco_stored_models_and_bounded_ranking(void **state)
{
    fixture *fx = *state;
    brug_bridges *opened;
    uint32_t n, i;
    unsigned variant;
    NEED_DATA(fx);
    n = brug_onto_occupation_count(fx->onto);
    assert_int_equal(brug_bridges_open(fx->db, fx->onto, NULL, NULL, &opened), BRUG_OK);
    assert_int_equal(brug_bridges_model_state_of(opened), BRUG_BRIDGES_MODEL_LOADED);
    for (variant = 0; variant < 3; variant++)
        for (i = 0; i < n; i += 37) {
            brug_bridges_query q;
            brug__bridges_source_t s1, s2;
            brug__bridge_result *r1, *r2;
            brug__arena a1, a2;
            size_t n1, n2, k;
            char msg[256];
            memset(&q, 0, sizeof(q));
            q.from = brug_onto_occupation_uri(fx->onto, i);
            q.top = variant == 0 ? 10 : 30;
            q.viable_only = variant == 1;
            q.collection = variant == 2 ? "green" : NULL;
            brug__arena_init(&a1, NULL, 65536);
            brug__arena_init(&a2, NULL, 65536);
            assert_int_equal(
                brug__bridges_query_structs_how(fx->b, &q, 1, &a1, &s1, &r1, &n1, msg, sizeof(msg)),
                BRUG_OK);
            assert_int_equal(brug__bridges_query_structs_how(opened, &q, 0, &a2, &s2, &r2, &n2, msg,
                                                             sizeof(msg)),
                             BRUG_OK);
            assert_int_equal(n1, n2);
            for (k = 0; k < n1; k++)
                assert_same_result(&r1[k], &r2[k]);
            brug__bridges_source_release(&s1);
            brug__bridges_source_release(&s2);
            brug__arena_release(&a1);
            brug__arena_release(&a2);
        }
    brug_bridges_free(opened);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bridges_esco_nurse_goes_to_care),
        cmocka_unit_test(bridges_esco_welder_goes_to_metal_work),
        cmocka_unit_test(bridges_esco_software_developer_stays_in_ict),
        cmocka_unit_test(bridges_esco_self_is_one_and_scores_in_range),
        cmocka_unit_test(bridges_esco_adding_a_skill_never_lowers),
        cmocka_unit_test(bridges_esco_missing_essential_never_carried),
        cmocka_unit_test(bridges_esco_results_are_deterministic),
        cmocka_unit_test(bridges_esco_green_path_ends_green),
        cmocka_unit_test(bridges_esco_sibling_rule),
        cmocka_unit_test(bridges_esco_nurse_flags),
        cmocka_unit_test(bridges_esco_welder_green_bridges_are_energy_jobs),
        cmocka_unit_test(bridges_esco_green_paths_ranked_by_score),
        cmocka_unit_test(bridges_esco_stored_models_and_bounded_ranking),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
