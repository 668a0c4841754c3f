/*
 * test_bridges_esco.c - bridges on the real English ESCO v1.1.1 (imported
 * from test_esco_dir("en") once for the group): the sanity a career
 * adviser would check.  A nurse's best bridges lie in health and care, a
 * welder's in metal work, a software developer's in ICT; A -> A = 1;
 * adding a skill never lowers a score; a missing essential skill is never
 * listed as carried; results are deterministic (also across thread
 * counts).  Skips when the data is absent (fails when $CI is set).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
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
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
