/*
 * test_match.c - matching: the documented score on hand-computed cases
 * (coverage, evidence weights, hierarchy partial credit, distance, sector,
 * drives), agreement of the single, offer-side and batch paths, and the
 * exactness of the placement assignment against brute force.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_people.h"
#include "match.h"

#define EMPLOYER "{\"id\":\"emp-care\",\"sector\":\"care\",\"size\":\"large\"}"

/* vac-1: essential patient_care, hygiene; optional communication (weights 2, 2, 1). */
#define OFFER_NURSE                                                                                \
    "{\"id\":\"vac-1\",\"type\":\"vacancy\",\"employer\":" EMPLOYER ",\"occupation\":\"" FX_OCC(   \
        "nurse") "\",\"region\":\"AM18\",\"hours\":36,\"essential\":["                             \
                 "\"" FX_SKILL("patient_care") "\",\"" FX_SKILL(                                   \
                     "hygiene") "\"],\"optional\":[\"" FX_SKILL("communic"                         \
                                                                "ation") "\"]}"

#define OFFER_WELD                                                                                 \
    "{\"id\":\"pl-weld\",\"type\":\"placement\",\"employer\":{\"id\":\"emp-metal\",\"sector\":"    \
    "\"technology\",\"size\":\"small\"},\"occupation\":\"" FX_OCC(                                 \
        "welder") "\",\"region\":"                                                                 \
                  "\"AM18\",\"hours\":"                                                            \
                  "36,\"capacity\":2,"                                                             \
                  "\"essential\":["                                                                \
                  "\"" FX_SKILL("arc_welding") "\"]}"

typedef struct fx {
    char *path;
    brug_db *db;
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    f->path = test_tmp_path("match.db");
    test_bridges_fixture(f->path);
    assert_int_equal(brug_db_open(f->path, 0, NULL, &f->db), BRUG_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    brug_db_close(f->db);
    test_remove_db(f->path);
    free(f->path);
    free(f);
    return 0;
}

static void put_person(brug_db *db, const char *id, const char *region, int max_km,
                       const char *skills, const char *extra)
{
    char buf[4096];
    snprintf(buf, sizeof(buf),
             "{\"id\":\"%s\",\"region\":\"%s\",\"max_km\":%d,\"hours\":36,\"skills\":[%s]%s}", id,
             region, max_km, skills, extra);
    assert_int_equal(test_put_passport(db, buf, BRUG_PUT_UPSERT), BRUG_OK);
}

/* The first match of passport id, or NULL; *res must be freed. */
static json_t *first_match(brug_db *db, const char *id, json_t **res)
{
    brug_matcher *m = NULL;
    assert_int_equal(brug_matcher_new(db, &m), BRUG_OK);
    assert_int_equal(brug_match_passport(m, id, NULL, res), BRUG_OK);
    brug_matcher_free(m);
    return json_array_get(json_object_get(*res, "matches"), 0);
}

static double score_of(brug_db *db, const char *id)
{
    json_t *res = NULL, *e = first_match(db, id, &res);
    double s = e ? json_real_value(json_object_get(e, "score")) : -1;
    json_decref(res);
    return s;
}

#define SK(name, ev) "{\"uri\":\"" FX_SKILL(name) "\",\"evidence\":\"" ev "\"}"

static void match_score_follows_documented_formula(void **state)
{
    fx *f = *state;
    json_t *res = NULL, *e;
    assert_int_equal(test_put_offer(f->db, OFFER_NURSE, BRUG_PUT_CREATE), BRUG_OK);
    put_person(f->db, "p1", "AM18", 30,
               SK("patient_care", "self") "," SK("communication", "employer"), "");
    e = first_match(f->db, "p1", &res);
    assert_non_null(e);
    /* coverage (2*0.6 + 2*0 + 1*0.8) / 5 = 0.4; fit 0.5 + 0.5 * (0.4*1 + 0.2*1 + 0.2*0.5 +
     * 0.2*0.5) = 0.9; score 100 * 0.4 * 0.9 = 36 */
    assert_float_equal(json_real_value(json_object_get(e, "skill_coverage")), 0.4, 1e-6);
    assert_float_equal(json_real_value(json_object_get(e, "score")), 36.0, 1e-4);
    assert_float_equal(json_real_value(json_object_get(e, "distance_km")), 0.0, 1e-9);
    assert_int_equal(json_array_size(json_object_get(e, "matching_skills")), 2);
    assert_int_equal(json_array_size(json_object_get(e, "missing_essential")), 1);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(e, "missing_essential"), 0), "uri")),
                        FX_SKILL("hygiene"));
    json_decref(res);
}

static void match_evidence_weights_order_scores(void **state)
{
    static const char *const ev[] = {"self", "employer", "diploma", "credential"};
    static const double want[] = {36.0, 43.2, 46.8, 50.4};
    fx *f = *state;
    char skills[512];
    int i;
    assert_int_equal(test_put_offer(f->db, OFFER_NURSE, BRUG_PUT_CREATE), BRUG_OK);
    for (i = 0; i < 4; i++) {
        snprintf(skills, sizeof(skills),
                 "{\"uri\":\"" FX_SKILL("patient_care") "\",\"evidence\":\"%s\"}," SK(
                     "communication", "employer"),
                 ev[i]);
        put_person(f->db, "p", "AM18", 30, skills, "");
        assert_float_equal(score_of(f->db, "p"), want[i], 1e-4);
    }
}

static void match_hierarchy_gives_partial_credit(void **state)
{
    fx *f = *state;
    json_t *res = NULL, *e, *ms;
    assert_int_equal(test_put_offer(f->db, OFFER_WELD, BRUG_PUT_CREATE), BRUG_OK);
    /* tig_welding is narrower than arc_welding: half of the evidence weight. */
    put_person(f->db, "w", "AM18", 30, SK("tig_welding", "credential"), "");
    e = first_match(f->db, "w", &res);
    assert_non_null(e);
    assert_float_equal(json_real_value(json_object_get(e, "skill_coverage")), 0.5, 1e-6);
    ms = json_array_get(json_object_get(e, "matching_skills"), 0);
    assert_string_equal(json_string_value(json_object_get(ms, "via")), "related");
    assert_string_equal(json_string_value(json_object_get(ms, "from")), FX_SKILL("tig_welding"));
    json_decref(res);
    /* Holding the skill itself beats the related one. */
    put_person(f->db, "w", "AM18", 30,
               SK("tig_welding", "credential") "," SK("arc_welding", "self"), "");
    e = first_match(f->db, "w", &res);
    assert_float_equal(json_real_value(json_object_get(e, "skill_coverage")), 0.6, 1e-6);
    json_decref(res);
    /* An unrelated skill gives nothing: no match at all. */
    put_person(f->db, "w", "AM18", 30, SK("programming", "credential"), "");
    assert_null(first_match(f->db, "w", &res));
    json_decref(res);
}

static void match_distance_sector_and_drives(void **state)
{
    fx *f = *state;
    json_t *res = NULL, *e;
    double km;
    assert_int_equal(test_put_offer(f->db, OFFER_NURSE, BRUG_PUT_CREATE), BRUG_OK);
    /* Utrecht (AM13) to Amsterdam (AM18) is about 35 km. */
    put_person(f->db, "d", "AM13", 10, SK("patient_care", "self"), "");
    assert_null(first_match(f->db, "d", &res));
    json_decref(res);
    put_person(f->db, "d", "AM13", 100, SK("patient_care", "self"), "");
    e = first_match(f->db, "d", &res);
    assert_non_null(e);
    km = json_real_value(json_object_get(e, "distance_km"));
    assert_true(km > 30 && km < 40);
    /* coverage 1.2/5 = 0.24; fit 0.5 + 0.5 * (0.4 * (1 - km/100) + 0.2 + 0.1 + 0.1) */
    assert_float_equal(json_real_value(json_object_get(e, "score")),
                       100 * 0.24 * (0.5 + 0.5 * (0.4 * (1 - km / 100) + 0.4)), 1e-3);
    json_decref(res);
    /* A ruled-out sector excludes; a preferred one and matching drives raise the fit. */
    put_person(f->db, "s", "AM18", 30, SK("patient_care", "self"),
               ",\"sectors\":{\"exclude\":[\"care\"]}");
    assert_null(first_match(f->db, "s", &res));
    json_decref(res);
    put_person(f->db, "s", "AM18", 30, SK("patient_care", "self"),
               ",\"sectors\":{\"prefer\":[\"care\"]},\"drives\":[\"social\",\"investigative\"]");
    /* nurse (ISCO 2221) drives: investigative, social -> 1; fit 0.5 + 0.5 * 1 */
    assert_float_equal(score_of(f->db, "s"), 100 * 0.24 * 1.0, 1e-4);
}

/* Fill a database with n people and a few offers from the fixture. */
static void populate(brug_db *db, int n)
{
    static const char *const skills[] = {"patient_care",  "hygiene",       "medication",
                                         "communication", "arc_welding",   "tig_welding",
                                         "metal_prep",    "read_drawings", "safety",
                                         "programming",   "debugging",     "databases"};
    static const char *const regions[] = {"AM18", "AM13", "AM22", "AM21", "PV26"};
    static const char *const ev[] = {"self", "employer", "diploma", "credential"};
    char buf[4096];
    int i, k;
    unsigned x = 12345;
    assert_int_equal(test_put_offer(db, OFFER_NURSE, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_offer(db, OFFER_WELD, BRUG_PUT_CREATE), BRUG_OK);
    for (i = 0; i < 8; i++) {
        snprintf(buf, sizeof(buf),
                 "{\"id\":\"o%d\",\"type\":\"%s\",\"employer\":\"emp-%s\",\"occupation\":\"%s\","
                 "\"region\":\"%s\",\"hours\":%d,\"capacity\":%d,\"essential\":[\"" FX_SKILL(
                     "%s") "\",\"" FX_SKILL("%s") "\"],\"optional\":[\"" FX_SKILL("%s") "\"]}",
                 i, i % 2 ? "placement" : "vacancy", i % 3 ? "care" : "metal",
                 i % 3 ? FX_OCC("nurse") : FX_OCC("welder"), regions[i % 5], 24 + 4 * (i % 4),
                 1 + i % 3, skills[i % 12], skills[(i * 5 + 1) % 12], skills[(i * 7 + 3) % 12]);
        assert_int_equal(test_put_offer(db, buf, BRUG_PUT_CREATE), BRUG_OK);
    }
    for (i = 0; i < n; i++) {
        int len = snprintf(buf, sizeof(buf),
                           "{\"id\":\"p%02d\",\"region\":\"%s\",\"max_km\":%d,\"hours\":%d,"
                           "\"skills\":[",
                           i, regions[i % 5], 20 + 30 * (i % 4), 16 + 8 * (i % 4));
        for (k = 0; k < 3; k++) {
            x = x * 1103515245u + 12345u;
            len += snprintf(buf + len, sizeof(buf) - (size_t)len,
                            "%s{\"uri\":\"" FX_SKILL("%s") "\",\"evidence\":\"%s\"}", k ? "," : "",
                            skills[(x >> 8) % 12], ev[(x >> 4) % 4]);
        }
        snprintf(buf + len, sizeof(buf) - (size_t)len, "]%s}",
                 i % 3 == 0 ? ",\"drives\":[\"social\"]" : "");
        assert_int_equal(test_put_passport(db, buf, BRUG_PUT_CREATE), BRUG_OK);
    }
}

static void match_batch_agrees_with_single_and_offer_side(void **state)
{
    fx *f = *state;
    brug_matcher *m = NULL;
    brug_match_opts mo;
    char *out = test_tmp_path("all.tsv"), line[8192];
    FILE *fp;
    json_t *sum = NULL;
    int lines = 0;

    populate(f->db, 30);
    memset(&mo, 0, sizeof(mo));
    mo.top = 3;
    assert_int_equal(brug_matcher_new(f->db, &m), BRUG_OK);
    assert_int_equal(brug_match_all(m, &mo, out, &sum), BRUG_OK);
    assert_int_equal(json_integer_value(json_object_get(sum, "passports")), 30);
    json_decref(sum);
    fp = fopen(out, "r");
    assert_non_null(fp);
    while (fgets(line, sizeof(line), fp)) {
        char *save = NULL, *tok = strtok_r(line, "\t\n", &save);
        json_t *res = NULL, *ms;
        size_t i = 0;
        assert_int_equal(brug_match_passport(m, tok, &mo, &res), BRUG_OK);
        ms = json_object_get(res, "matches");
        for (tok = strtok_r(NULL, "\t\n", &save); tok; tok = strtok_r(NULL, "\t\n", &save), i++) {
            char *colon = strchr(tok, ':');
            json_t *e = json_array_get(ms, i), *off = NULL, *om;
            size_t j;
            int found = 0;
            assert_non_null(colon);
            *colon = '\0';
            assert_non_null(e);
            assert_string_equal(json_string_value(json_object_get(e, "offer")), tok);
            assert_float_equal(json_real_value(json_object_get(e, "score")), atof(colon + 1), 1e-4);
            /* The offer side scores the same pair the same. */
            assert_int_equal(
                brug_match_offer(m, tok, &(brug_match_opts){1000, 0, 0, NULL, NULL, NULL}, &off),
                BRUG_OK);
            json_array_foreach(json_object_get(off, "matches"), j, om)
            {
                if (strcmp(json_string_value(json_object_get(om, "passport")), line) == 0) {
                    assert_float_equal(json_real_value(json_object_get(om, "score")),
                                       atof(colon + 1), 1e-3);
                    found = 1;
                }
            }
            assert_true(found);
            json_decref(off);
        }
        assert_int_equal(i, json_array_size(ms));
        json_decref(res);
        lines++;
    }
    fclose(fp);
    assert_int_equal(lines, 30);
    brug_matcher_free(m);
    remove(out);
    free(out);
}

static unsigned rnd(unsigned *x)
{
    *x = *x * 1103515245u + 12345u;
    return (*x >> 8) & 0xffffu;
}

/* A random population over many regions, travel limits, sectors and both
 * offer types, so that the batch runs many reach groups. */
static void populate_wide(brug_db *db, int npeople, int noffers, unsigned seed)
{
    static const char *const skills[] = {"patient_care",  "hygiene",       "medication",
                                         "communication", "arc_welding",   "tig_welding",
                                         "metal_prep",    "read_drawings", "safety",
                                         "programming",   "debugging",     "databases"};
    static const char *const regions[] = {"AM01", "AM05", "AM38", "AM13", "AM18", "AM21",
                                          "AM22", "AM27", "AM30", "PV20", "PV26", "PV31"};
    static const char *const sectors[] = {"care", "technology", "ict", "energy", "construction"};
    static const char *const ev[] = {"self", "employer", "diploma", "credential"};
    static const int kms[] = {0, 10, 30, 60, 100, 250};
    char buf[4096];
    int i, k, len;
    unsigned x = seed;
    for (i = 0; i < noffers; i++) {
        int ness = 1 + (int)(rnd(&x) % 3), nopt = (int)(rnd(&x) % 3);
        int placement = (int)(rnd(&x) % 2), region = (int)(rnd(&x) % 12);
        int hours = 16 + 8 * (int)(rnd(&x) % 4);
        len = snprintf(buf, sizeof(buf),
                       "{\"id\":\"w%03d\",\"type\":\"%s\",\"employer\":{\"id\":\"e%d\","
                       "\"sector\":\"%s\",\"size\":\"small\"},\"occupation\":\"%s\","
                       "\"region\":\"%s\",\"hours\":%d,\"capacity\":2,\"essential\":[",
                       i, placement ? "placement" : "vacancy", i % 7, sectors[i % 7 % 5],
                       i % 3 ? FX_OCC("nurse") : FX_OCC("welder"), regions[region], hours);
        /* skills may repeat between the lists: the import keeps what it keeps */
        for (k = 0; k < ness; k++)
            len += snprintf(buf + len, sizeof(buf) - (size_t)len, "%s\"" FX_SKILL("%s") "\"",
                            k ? "," : "", skills[(i + 5 * k) % 12]);
        len += snprintf(buf + len, sizeof(buf) - (size_t)len, "],\"optional\":[");
        for (k = 0; k < nopt; k++)
            len += snprintf(buf + len, sizeof(buf) - (size_t)len, "%s\"" FX_SKILL("%s") "\"",
                            k ? "," : "", skills[(i + 5 * ness + 7 * k + 1) % 12]);
        snprintf(buf + len, sizeof(buf) - (size_t)len, "]}");
        assert_int_equal(test_put_offer(db, buf, BRUG_PUT_CREATE), BRUG_OK);
    }
    for (i = 0; i < npeople; i++) {
        int nsk = 1 + (int)(rnd(&x) % 4), region = (int)(rnd(&x) % 12);
        int km = kms[rnd(&x) % 6], hours = 16 + 8 * (int)(rnd(&x) % 4);
        len = snprintf(buf, sizeof(buf),
                       "{\"id\":\"q%03d\",\"region\":\"%s\",\"max_km\":%d,\"hours\":%d,"
                       "\"skills\":[",
                       i, regions[region], km, hours);
        for (k = 0; k < nsk; k++)
            len += snprintf(buf + len, sizeof(buf) - (size_t)len,
                            "%s{\"uri\":\"" FX_SKILL("%s") "\",\"evidence\":\"%s\"}", k ? "," : "",
                            skills[(i * 3 + 5 * k) % 12], ev[rnd(&x) % 4]);
        len += snprintf(buf + len, sizeof(buf) - (size_t)len, "]");
        if (rnd(&x) % 3 == 0) {
            const char *prefer = sectors[rnd(&x) % 2], *exclude = sectors[2 + rnd(&x) % 3];
            len += snprintf(buf + len, sizeof(buf) - (size_t)len,
                            ",\"sectors\":{\"prefer\":[\"%s\"],\"exclude\":[\"%s\"]}", prefer,
                            exclude);
        }
        snprintf(buf + len, sizeof(buf) - (size_t)len, "%s}",
                 rnd(&x) % 2 ? ",\"drives\":[\"social\",\"realistic\"]" : "");
        assert_int_equal(test_put_passport(db, buf, BRUG_PUT_CREATE), BRUG_OK);
    }
}

static int score_desc(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Every passport's top-k scores from match --all equal the k best of all
 * its pairs scored one by one (every offer, no index, no pruning). */
static void check_batch_against_all_pairs(brug_db *db, brug_offer_type type, uint32_t k,
                                          unsigned threads)
{
    brug_matcher *m = NULL;
    brug__person_set ps;
    brug__scratch s;
    brug_match_opts mo;
    char *out = test_tmp_path("wide.tsv"), line[16384];
    float *all;
    FILE *fp;
    uint32_t i, o, lines = 0;

    memset(&mo, 0, sizeof(mo));
    mo.top = k;
    mo.type = type;
    mo.threads = threads;
    assert_int_equal(brug_matcher_new(db, &m), BRUG_OK);
    assert_int_equal(brug_match_all(m, &mo, out, NULL), BRUG_OK);
    assert_int_equal(brug__person_set_load(db, m->onto, NULL, &ps), BRUG_OK);
    assert_int_equal(brug__scratch_init(m, &s, k), BRUG_OK);
    all = calloc(m->offers.n + 1, sizeof(float));
    fp = fopen(out, "r");
    assert_non_null(fp);
    for (i = 0; i < ps.n; i++) {
        brug__person_view pv;
        uint32_t n = 0, got = 0;
        char *save = NULL, *tok;
        assert_non_null(fgets(line, sizeof(line), fp));
        tok = strtok_r(line, "\t\n", &save);
        assert_string_equal(tok, ps.ext_id[i]);
        brug__person_view_of(&ps, i, &pv);
        brug__expand(m, &s, &pv);
        for (o = 0; o < m->offers.n; o++) {
            uint32_t units = brug__coverage_units(m, &s, o);
            double fit = brug__fit(m, &pv, m->okey[o].attr, NULL);
            if ((type && m->offers.type[o] != (uint8_t)type) || units == 0 || fit < 0)
                continue;
            all[n++] = brug__score_of(m->okey[o].wsum, units, fit);
        }
        brug__unexpand(&s);
        qsort(all, n, sizeof(float), score_desc);
        for (tok = strtok_r(NULL, "\t\n", &save); tok; tok = strtok_r(NULL, "\t\n", &save)) {
            char *colon = strrchr(tok, ':');
            assert_non_null(colon);
            assert_true(got < n);
            assert_float_equal(atof(colon + 1), all[got], 1e-4);
            got++;
        }
        assert_int_equal(got, n < k ? n : k);
        lines++;
    }
    assert_null(fgets(line, sizeof(line), fp));
    assert_int_equal(lines, ps.n);
    fclose(fp);
    free(all);
    brug__scratch_release(m, &s);
    brug__person_set_release(&ps);
    brug_matcher_free(m);
    remove(out);
    free(out);
}

static void match_batch_equals_all_pairs(void **state)
{
    fx *f = *state;
    populate_wide(f->db, 400, 150, 4242u);
    check_batch_against_all_pairs(f->db, BRUG_OFFER_ANY, 5, 2);
    check_batch_against_all_pairs(f->db, BRUG_OFFER_PLACEMENT, 3, 1);
    check_batch_against_all_pairs(f->db, BRUG_OFFER_VACANCY, 12, 3);
    check_batch_against_all_pairs(f->db, BRUG_OFFER_ANY, 1, 2);
}

/* The person index gives exactly the result of scoring every passport
 * against the offer, for every offer and several k; the population has
 * hierarchy credit, evidence kinds, travel limits and ruled-out sectors,
 * and the test checks that those cases occur. */
static void check_offer_index_against_scan(brug_db *db)
{
    static const uint32_t ks[] = {1, 3, 10, 1000};
    brug_matcher *m = NULL;
    brug__scratch s;
    brug__hit *a = malloc(1001 * sizeof(*a)), *b = malloc(1001 * sizeof(*b));
    uint32_t o, q, i, related = 0, excluded = 0, hits = 0;

    assert_int_equal(brug_matcher_new(db, &m), BRUG_OK);
    assert_int_equal(brug__person_index_sync(m), BRUG_OK);
    assert_non_null(m->people);
    assert_true(m->people->set.n > 0);
    for (q = 0; q < sizeof(ks) / sizeof(ks[0]); q++) {
        assert_int_equal(brug__scratch_init(m, &s, ks[q]), BRUG_OK);
        for (o = 0; o < m->offers.n; o++) {
            uint32_t na = brug__offer_scan_people(m, &m->people->set, &s, o, a);
            uint32_t nb = brug__offer_top_people(m, m->people, o, ks[q], b);
            assert_int_equal(na, nb);
            for (i = 0; i < na; i++) {
                assert_int_equal(a[i].id, b[i].id);
                assert_true(a[i].score == b[i].score);
            }
            hits += na;
        }
        brug__scratch_release(m, &s);
    }
    /* the cases the comparison must have met */
    assert_int_equal(brug__scratch_init(m, &s, 1), BRUG_OK);
    for (o = 0; o < m->offers.n; o++)
        for (i = 0; i < m->people->set.n; i++) {
            brug__person_view pv;
            uint32_t j;
            brug__person_view_of(&m->people->set, i, &pv);
            brug__expand(m, &s, &pv);
            if (brug__coverage_units(m, &s, o) > 0 && brug__fit(m, &pv, m->okey[o].attr, NULL) < 0)
                excluded++;
            for (j = m->offers.ptr[o]; j < m->offers.ptr[o + 1]; j++)
                related += s.cred[m->offers.skill[j]] > 0 &&
                           s.src[m->offers.skill[j]] != m->offers.skill[j];
            brug__unexpand(&s);
        }
    brug__scratch_release(m, &s);
    assert_true(hits > 0);
    assert_true(excluded > 0);
    assert_true(related > 0);
    brug_matcher_free(m);
    free(a);
    free(b);
}

static void match_offer_index_equals_scan(void **state)
{
    fx *f = *state;
    char *path = test_tmp_path("match-dense.db");
    brug_db *db = NULL;
    populate_wide(f->db, 400, 150, 4242u);
    check_offer_index_against_scan(f->db);
    /* a denser population: many equal scores, ties broken by person index */
    test_bridges_fixture(path);
    assert_int_equal(brug_db_open(path, 0, NULL, &db), BRUG_OK);
    populate_wide(db, 999, 20, 777u);
    check_offer_index_against_scan(db);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

/* The position of passport id in the matches of offer, or -1. */
static int offer_rank(brug_matcher *m, const char *offer, const char *id)
{
    brug_match_opts mo;
    json_t *res = NULL, *e;
    size_t i;
    int at = -1;
    memset(&mo, 0, sizeof(mo));
    mo.top = 1000;
    assert_int_equal(brug_match_offer(m, offer, &mo, &res), BRUG_OK);
    json_array_foreach(json_object_get(res, "matches"), i, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "passport")), id) == 0)
            at = (int)i;
    }
    json_decref(res);
    return at;
}

/* A passport written after an offer-side query, through another
 * connection (as another process or the server's writer would) or the
 * matcher's own, is seen by the next query; an unchanged database keeps
 * the index. */
static void match_offer_sees_passport_changes(void **state)
{
    fx *f = *state;
    brug_db *other = NULL;
    brug_matcher *m = NULL;
    brug__person_index *x;
    const char *strong = SK("patient_care", "credential") "," SK("hygiene", "credential") "," SK(
        "communication", "credential");

    populate(f->db, 30);
    assert_int_equal(brug_db_open(f->path, 0, NULL, &other), BRUG_OK);
    assert_int_equal(brug_matcher_new(other, &m), BRUG_OK);
    assert_int_equal(offer_rank(m, "vac-1", "newbie"), -1);
    x = m->people;
    assert_non_null(x);
    (void)offer_rank(m, "o1", "p00");
    assert_ptr_equal(m->people, x); /* nothing changed: the same index */
    /* written through another connection */
    assert_int_equal(brug_matcher_stale(m), 0);
    put_person(f->db, "newbie", "AM18", 30, strong, "");
    assert_int_equal(brug_matcher_stale(m), 0); /* passports do not make offers stale */
    assert_int_equal(offer_rank(m, "vac-1", "newbie"), 0);
    /* replaced by a passport without those skills */
    put_person(f->db, "newbie", "AM18", 30, SK("programming", "credential"), "");
    assert_int_equal(offer_rank(m, "vac-1", "newbie"), -1);
    put_person(f->db, "newbie", "AM18", 30, strong, "");
    assert_int_equal(offer_rank(m, "vac-1", "newbie"), 0);
    assert_int_equal(brug_passport_delete(f->db, "newbie"), BRUG_OK);
    assert_int_equal(offer_rank(m, "vac-1", "newbie"), -1);
    /* an offer written elsewhere: the matcher says it is stale */
    assert_int_equal(brug_offer_delete(f->db, "o1"), BRUG_OK);
    assert_int_equal(brug_matcher_stale(m), 1);
    assert_int_equal(brug_matcher_stale(NULL), 0);
    brug_matcher_free(m);
    /* written through the matcher's own connection */
    assert_int_equal(brug_matcher_new(f->db, &m), BRUG_OK);
    assert_int_equal(offer_rank(m, "vac-1", "own"), -1);
    put_person(f->db, "own", "AM18", 30, strong, "");
    assert_int_equal(offer_rank(m, "vac-1", "own"), 0);
    assert_int_equal(brug_passport_delete(f->db, "own"), BRUG_OK);
    assert_int_equal(offer_rank(m, "vac-1", "own"), -1);
    brug_matcher_free(m);
    brug_db_close(other);
}

/* No passports at all: an empty index and no matches; the first passport
 * stored (holding only a narrower skill) is then found through the
 * hierarchy, with the half credit. */
static void match_offer_from_no_passports(void **state)
{
    fx *f = *state;
    brug_matcher *m = NULL;
    json_t *res = NULL, *e;
    assert_int_equal(test_put_offer(f->db, OFFER_WELD, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(brug_matcher_new(f->db, &m), BRUG_OK);
    assert_int_equal(brug_match_offer(m, "pl-weld", NULL, &res), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(res, "matches")), 0);
    assert_int_equal(m->people->set.n, 0);
    json_decref(res);
    put_person(f->db, "w", "AM18", 30, SK("tig_welding", "credential"), "");
    assert_int_equal(brug_match_offer(m, "pl-weld", NULL, &res), BRUG_OK);
    e = json_array_get(json_object_get(res, "matches"), 0);
    assert_non_null(e);
    assert_string_equal(json_string_value(json_object_get(e, "passport")), "w");
    assert_float_equal(json_real_value(json_object_get(e, "skill_coverage")), 0.5, 1e-6);
    assert_int_equal(json_array_size(json_object_get(res, "matches")), 1);
    json_decref(res);
    assert_int_equal(brug_match_offer(m, "nope", NULL, &res), BRUG_ENOTFOUND);
    brug_matcher_free(m);
}

typedef struct progress_log {
    pthread_t caller;
    uint64_t calls, last, total;
    int monotonic, same_thread;
} progress_log;

static void log_progress(void *ctx, uint64_t done, uint64_t total)
{
    progress_log *l = ctx;
    l->monotonic &= done >= l->last && done <= total;
    l->same_thread &= pthread_equal(pthread_self(), l->caller) != 0;
    l->last = done;
    l->total = total;
    l->calls++;
}

/* The batch reports progress from the calling thread, never backwards,
 * ending at every passport. */
static void match_batch_reports_progress(void **state)
{
    fx *f = *state;
    brug_matcher *m = NULL;
    brug_match_opts mo;
    char *out = test_tmp_path("progress.tsv");
    progress_log l = {pthread_self(), 0, 0, 0, 1, 1};
    populate_wide(f->db, 300, 60, 99u);
    memset(&mo, 0, sizeof(mo));
    mo.threads = 3;
    mo.progress = log_progress;
    mo.progress_ctx = &l;
    assert_int_equal(brug_matcher_new(f->db, &m), BRUG_OK);
    assert_int_equal(brug_match_all(m, &mo, out, NULL), BRUG_OK);
    assert_true(l.calls >= 1);
    assert_true(l.monotonic);
    assert_true(l.same_thread);
    assert_int_equal(l.last, 300);
    assert_int_equal(l.total, 300);
    brug_matcher_free(m);
    remove(out);
    free(out);
}

static void match_type_filter(void **state)
{
    fx *f = *state;
    brug_matcher *m = NULL;
    brug_match_opts mo = {100, BRUG_OFFER_PLACEMENT, 0, NULL, NULL, NULL};
    json_t *res = NULL, *e;
    size_t i;
    populate(f->db, 10);
    assert_int_equal(brug_matcher_new(f->db, &m), BRUG_OK);
    for (i = 0; i < 10; i++) {
        char id[32];
        size_t j;
        snprintf(id, sizeof(id), "p%02zu", i);
        assert_int_equal(brug_match_passport(m, id, &mo, &res), BRUG_OK);
        json_array_foreach(json_object_get(res, "matches"), j, e)
            assert_string_equal(json_string_value(json_object_get(e, "type")), "placement");
        json_decref(res);
    }
    assert_int_equal(brug_match_passport(m, "nobody", &mo, &res), BRUG_ENOTFOUND);
    assert_int_equal(brug_match_offer(m, "nothing", &mo, &res), BRUG_ENOTFOUND);
    brug_matcher_free(m);
}

/* ---- assignment ---- */

typedef struct inst {
    uint32_t L, R;
    uint64_t ptr[16];
    uint32_t col[64];
    int64_t w[64];
    uint32_t cap[8];
} inst;

static int64_t brute(const inst *g, uint32_t i, uint32_t *used)
{
    int64_t best, v;
    uint64_t e;
    if (i == g->L)
        return 0;
    best = brute(g, i + 1, used);
    for (e = g->ptr[i]; e < g->ptr[i + 1]; e++) {
        uint32_t j = g->col[e];
        if (used[j] >= g->cap[j])
            continue;
        used[j]++;
        v = g->w[e] + brute(g, i + 1, used);
        used[j]--;
        if (v > best)
            best = v;
    }
    return best;
}

static void match_assign_is_exact_against_brute_force(void **state)
{
    unsigned x = 777;
    int t;
    (void)state;
    for (t = 0; t < 400; t++) {
        inst g;
        brug__bgraph bg;
        uint32_t asg[16], used[8] = {0}, i, j;
        int64_t total = -1, check = 0, want;
        uint64_t n = 0;
        memset(&g, 0, sizeof(g));
        x = x * 1103515245u + 12345u;
        g.L = 2 + (x >> 8) % 8; /* up to 9 people */
        g.R = 1 + (x >> 16) % 4;
        for (j = 0; j < g.R; j++) {
            x = x * 1103515245u + 12345u;
            g.cap[j] = 1 + (x >> 8) % 2;
        }
        for (i = 0; i < g.L; i++) {
            uint32_t deg;
            g.ptr[i] = n;
            x = x * 1103515245u + 12345u;
            deg = (x >> 8) % (g.R + 1);
            for (j = 0; j < deg; j++) {
                uint32_t c = (j + (x >> 12)) % g.R;
                x = x * 1103515245u + 12345u;
                g.col[n] = c;
                g.w[n++] = 1 + (x >> 8) % 100;
            }
        }
        g.ptr[g.L] = n;
        bg.nleft = g.L;
        bg.nright = g.R;
        bg.ptr = g.ptr;
        bg.col = g.col;
        bg.w = g.w;
        bg.cap = g.cap;
        assert_int_equal(brug__bmatch_solve(NULL, &bg, asg, &total), BRUG_OK);
        want = brute(&g, 0, used);
        if (total != want)
            fail_msg("instance %d: solver %lld, brute force %lld", t, (long long)total,
                     (long long)want);
        /* The assignment itself is feasible and sums to the total. */
        memset(used, 0, sizeof(used));
        for (i = 0; i < g.L; i++) {
            uint64_t e;
            int ok = 0;
            int64_t best = 0;
            if (asg[i] == UINT32_MAX)
                continue;
            for (e = g.ptr[i]; e < g.ptr[i + 1]; e++)
                if (g.col[e] == asg[i] && g.w[e] > best) { /* an edge may be listed twice */
                    best = g.w[e];
                    ok = 1;
                }
            assert_true(ok);
            check += best;
            used[asg[i]]++;
            assert_true(used[asg[i]] <= g.cap[asg[i]]);
        }
        assert_int_equal(check, total);
    }
}

static void match_assign_respects_capacity(void **state)
{
    fx *f = *state;
    brug_matcher *m = NULL;
    json_t *sum = NULL;
    char *out = test_tmp_path("assign.tsv"), line[512];
    FILE *fp;
    int i, lines = 0;
    assert_int_equal(test_put_offer(f->db, OFFER_WELD, BRUG_PUT_CREATE), BRUG_OK);
    for (i = 0; i < 5; i++) {
        char id[16];
        snprintf(id, sizeof(id), "w%d", i);
        put_person(f->db, id, "AM18", 30,
                   i % 2 ? SK("arc_welding", "self") : SK("arc_welding", "credential"), "");
    }
    assert_int_equal(brug_matcher_new(f->db, &m), BRUG_OK);
    assert_int_equal(brug_assign_placements(m, NULL, out, &sum), BRUG_OK);
    /* capacity 2 of 5 candidates: the two credentialed welders with the top scores */
    assert_int_equal(json_integer_value(json_object_get(sum, "placed")), 2);
    assert_int_equal(json_integer_value(json_object_get(sum, "capacity")), 2);
    fp = fopen(out, "r");
    assert_non_null(fp);
    while (fgets(line, sizeof(line), fp)) {
        assert_true(strncmp(line, "w0\t", 3) == 0 || strncmp(line, "w2\t", 3) == 0 ||
                    strncmp(line, "w4\t", 3) == 0);
        lines++;
    }
    fclose(fp);
    assert_int_equal(lines, 2);
    json_decref(sum);
    brug_matcher_free(m);
    remove(out);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(match_score_follows_documented_formula, setup, teardown),
        cmocka_unit_test_setup_teardown(match_evidence_weights_order_scores, setup, teardown),
        cmocka_unit_test_setup_teardown(match_hierarchy_gives_partial_credit, setup, teardown),
        cmocka_unit_test_setup_teardown(match_distance_sector_and_drives, setup, teardown),
        cmocka_unit_test_setup_teardown(match_batch_agrees_with_single_and_offer_side, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(match_batch_equals_all_pairs, setup, teardown),
        cmocka_unit_test_setup_teardown(match_offer_index_equals_scan, setup, teardown),
        cmocka_unit_test_setup_teardown(match_offer_sees_passport_changes, setup, teardown),
        cmocka_unit_test_setup_teardown(match_offer_from_no_passports, setup, teardown),
        cmocka_unit_test_setup_teardown(match_batch_reports_progress, setup, teardown),
        cmocka_unit_test_setup_teardown(match_type_filter, setup, teardown),
        cmocka_unit_test(match_assign_is_exact_against_brute_force),
        cmocka_unit_test_setup_teardown(match_assign_respects_capacity, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
