/*
 * test_plan.c - the training planner: the same optimum as brute force on
 * many small random catalogues, and the edge cases (prerequisite cycles,
 * an empty gap, an impossible gap, a zero budget, duplicate courses,
 * region and online filters, study order, the JSON shape).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
#include "courses.h"
#include "plan.h"
#include "region.h"

/* ---- building small catalogues -------------------------------------------- */

#define MAXC 16
#define MAXS 12

static const char *const skill_names[MAXS] = {"s0", "s1", "s2", "s3", "s4",  "s5",
                                              "s6", "s7", "s8", "s9", "s10", "s11"};

typedef struct tcourse {
    char id[16];
    brug_course_mode mode;
    const char *region;
    double hours;
    int64_t cents;
    const char *teaches[MAXS];
    size_t nteaches;
    const char *requires[MAXS];
    size_t nrequires;
} tcourse;

static brug_courses *build(const tcourse *tc, size_t n)
{
    brug__course_rec recs[MAXC + 8];
    brug_courses *cat = NULL;
    size_t i;
    memset(recs, 0, sizeof(recs));
    for (i = 0; i < n; i++) {
        recs[i].id = tc[i].id;
        recs[i].title = tc[i].id;
        recs[i].provider = "test";
        recs[i].mode = tc[i].mode ? tc[i].mode : BRUG_COURSE_ONLINE;
        recs[i].region = tc[i].region;
        recs[i].hours = tc[i].hours;
        recs[i].cost_cents = tc[i].cents;
        recs[i].teaches = tc[i].teaches;
        recs[i].nteaches = tc[i].nteaches;
        recs[i].requires = tc[i].requires;
        recs[i].nrequires = tc[i].nrequires;
    }
    assert_int_equal(brug__courses_build(NULL, recs, n, &cat), BRUG_OK);
    return cat;
}

static uint32_t sk(const brug_courses *cat, const char *name)
{
    return brug__courses_skill(cat, name);
}

/* ---- brute force ------------------------------------------------------------- */

typedef struct bf_best {
    double weight;
    double obj;
    int found;
} bf_best;

static int bf_allowed(const tcourse *c, const brug_plan_opts *o)
{
    int online = c->mode == BRUG_COURSE_ONLINE;
    if (o->online_only && !online)
        return 0;
    if (o->region && !online && !brug__region_matches(c->region, o->region))
        return 0;
    return 1;
}

static int bf_teaches(const tcourse *c, const char *s)
{
    size_t i;
    for (i = 0; i < c->nteaches; i++)
        if (strcmp(c->teaches[i], s) == 0)
            return 1;
    return 0;
}

typedef struct bf_need {
    const char *skill;
    double weight;
    int essential;
} bf_need;

static int bf_lacking(const char *s, const bf_need *need, size_t nneed, const int *have)
{
    size_t i;
    if (have) {
        for (i = 0; i < MAXS; i++)
            if (strcmp(skill_names[i], s) == 0)
                return !have[i];
        return 1;
    }
    for (i = 0; i < nneed; i++)
        if (strcmp(need[i].skill, s) == 0)
            return 1;
    return 0;
}

/* Can the subset (bitmask) be studied in some order? */
static int bf_orderable(const tcourse *tc, size_t n, unsigned mask, const bf_need *need,
                        size_t nneed, const int *have)
{
    unsigned placed = 0;
    int progress = 1;
    while (progress) {
        size_t i;
        progress = 0;
        for (i = 0; i < n; i++) {
            size_t r, d;
            int ok = 1;
            if (!(mask >> i & 1) || (placed >> i & 1))
                continue;
            for (r = 0; r < tc[i].nrequires && ok; r++) {
                int got = 0;
                if (!bf_lacking(tc[i].requires[r], need, nneed, have))
                    continue;
                for (d = 0; d < n && !got; d++)
                    if (d != i && (placed >> d & 1) && bf_teaches(&tc[d], tc[i].requires[r]))
                        got = 1;
                ok = got;
            }
            if (ok) {
                placed |= 1u << i;
                progress = 1;
            }
        }
    }
    return placed == mask;
}

static double bf_obj(const tcourse *c, const brug_plan_opts *o)
{
    double eur = (double)c->cents / 100.0;
    return o->objective == BRUG_PLAN_COST  ? eur
           : o->objective == BRUG_PLAN_MIX ? eur + c->hours * o->hour_value
                                           : c->hours;
}

static bf_best brute_force(const tcourse *tc, size_t n, const bf_need *need, size_t nneed,
                           const int *have, const brug_plan_opts *o)
{
    bf_best best = {-1, 0, 0};
    unsigned mask;
    for (mask = 0; mask < (1u << n); mask++) {
        double cost = 0, hours = 0, obj = 0, w = 0;
        size_t i, j;
        int ok = 1;
        for (i = 0; i < n && ok; i++) {
            if (!(mask >> i & 1))
                continue;
            if (!bf_allowed(&tc[i], o))
                ok = 0;
            cost += (double)tc[i].cents / 100.0;
            hours += tc[i].hours;
            obj += bf_obj(&tc[i], o);
        }
        if (!ok || (o->budget >= 0 && cost > o->budget + 1e-9) ||
            (o->max_hours >= 0 && hours > o->max_hours + 1e-9))
            continue;
        if (!bf_orderable(tc, n, mask, need, nneed, have))
            continue;
        for (j = 0; j < nneed; j++) {
            int got = 0;
            if (!need[j].essential)
                continue;
            for (i = 0; i < n && !got; i++)
                if ((mask >> i & 1) && bf_teaches(&tc[i], need[j].skill))
                    got = 1;
            if (got)
                w += need[j].weight;
        }
        if (!best.found || w > best.weight + 1e-9 ||
            (fabs(w - best.weight) <= 1e-9 && obj < best.obj - 1e-9)) {
            best.found = 1;
            best.weight = w;
            best.obj = obj;
        }
    }
    return best;
}

/* ---- a deterministic random generator -------------------------------------- */

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng_state >> 33) % n;
}

static const char *const test_regions[] = {"NL-UT", "CR17", "NL-ZH", "CR29", "NL"};

/* Check the planner's plan against the rules and return its covered weight. */
static double check_plan(const tcourse *tc, const brug_courses *cat, const brug__plan_result *res,
                         const bf_need *need, size_t nneed, const int *have,
                         const brug_plan_opts *o)
{
    double cost = 0, hours = 0, w = 0, obj = 0;
    uint32_t a, b;
    size_t j;
    for (a = 0; a < res->ncourse; a++) {
        /* catalogue order is id order; test ids are "c00".. so index == position */
        const tcourse *c = &tc[res->course[a]];
        size_t r;
        assert_string_equal(cat->id[res->course[a]], c->id);
        assert_true(bf_allowed(c, o));
        cost += (double)c->cents / 100.0;
        hours += c->hours;
        obj += bf_obj(c, o);
        /* Every lacking requirement is taught by an earlier course. */
        for (r = 0; r < c->nrequires; r++) {
            int got = 0;
            if (!bf_lacking(c->requires[r], need, nneed, have))
                continue;
            for (b = 0; b < a && !got; b++)
                if (bf_teaches(&tc[res->course[b]], c->requires[r]))
                    got = 1;
            assert_true(got);
        }
    }
    if (o->budget >= 0)
        assert_true(cost <= o->budget + 1e-6);
    if (o->max_hours >= 0)
        assert_true(hours <= o->max_hours + 1e-6);
    assert_true(fabs(obj - res->objective) < 1e-6);
    for (j = 0; j < nneed; j++) {
        int got = 0;
        for (a = 0; a < res->ncourse && !got; a++)
            if (bf_teaches(&tc[res->course[a]], need[j].skill))
                got = 1;
        assert_int_equal(got, res->covered[j]);
        if (got && need[j].essential)
            w += need[j].weight;
    }
    return w;
}

static void plan_matches_brute_force(void **state)
{
    int inst, ncompared = 0, nlimited = 0;
    (void)state;
    rng_state = 20261129;
    for (inst = 0; inst < 600; inst++) {
        tcourse tc[MAXC];
        bf_need bneed[MAXS];
        brug__plan_need need[MAXS];
        int have[MAXS], use_have = rnd(3) == 0;
        uint8_t hv[64];
        size_t n = 3 + rnd(MAXC - 3), nskill = 3 + rnd(MAXS - 3), nneed, i, j;
        brug_courses *cat;
        brug_plan_opts o;
        brug__plan_result res;
        bf_best best;
        double w;

        memset(tc, 0, sizeof(tc));
        for (i = 0; i < n; i++) {
            size_t nt = 1 + rnd(3), nr = rnd(4) == 0 ? 1 + rnd(2) : 0;
            snprintf(tc[i].id, sizeof(tc[i].id), "c%02u", (unsigned)i);
            tc[i].mode = (brug_course_mode)(1 + rnd(4));
            tc[i].region = tc[i].mode == BRUG_COURSE_ONLINE ? NULL : test_regions[rnd(5)];
            tc[i].hours = (double)(1 + rnd(80)) / (rnd(2) ? 1.0 : 2.0);
            tc[i].cents = rnd(5) == 0 ? 0 : (int64_t)(1 + rnd(300)) * 500;
            for (j = 0; j < nt; j++) {
                const char *s = skill_names[rnd((uint32_t)nskill)];
                if (!bf_teaches(&tc[i], s))
                    tc[i].teaches[tc[i].nteaches++] = s;
            }
            for (j = 0; j < nr; j++) {
                const char *s = skill_names[rnd((uint32_t)nskill)];
                if (!bf_teaches(&tc[i], s))
                tc[i].requires[tc[i].nrequires++] = s;
            }
        }
        /* Occasionally an exact duplicate. */
        if (n >= 4 && rnd(4) == 0) {
            char id[16];
            memcpy(id, tc[n - 1].id, sizeof(id));
            tc[n - 1] = tc[rnd((uint32_t)n - 1)];
            memcpy(tc[n - 1].id, id, sizeof(id));
        }
        cat = build(tc, n);
        nneed = 1 + rnd(5);
        for (i = 0; i < nneed; i++) {
            bneed[i].skill = skill_names[(i * 7 + rnd(3)) % nskill];
            for (j = 0; j < i; j++)
                if (strcmp(bneed[j].skill, bneed[i].skill) == 0)
                    break;
            if (j < i) {
                nneed = i;
                break;
            }
            bneed[i].weight = 1 + rnd(3);
            bneed[i].essential = rnd(4) != 0;
            need[i].skill = sk(cat, bneed[i].skill);
            need[i].weight = bneed[i].weight;
            need[i].essential = bneed[i].essential;
        }
        memset(hv, 0, sizeof(hv));
        for (i = 0; i < MAXS; i++) {
            have[i] = rnd(2);
            if (have[i] && sk(cat, skill_names[i]) != BRUG_NO_INDEX)
                hv[sk(cat, skill_names[i])] = 1;
        }
        for (i = 0; i < nneed; i++)
            for (j = 0; j < MAXS; j++)
                if (strcmp(skill_names[j], bneed[i].skill) == 0) {
                    have[j] = 0;
                    if (need[i].skill != BRUG_NO_INDEX)
                        hv[need[i].skill] = 0;
                }

        brug_plan_opts_init(&o);
        o.objective = (brug_plan_objective)rnd(3);
        o.hour_value = 15;
        o.time_limit_ms = 5000;
        if (rnd(3) == 0) {
            o.budget = (double)(rnd(4) * 500);
            nlimited++;
        }
        if (rnd(4) == 0)
            o.max_hours = (double)(rnd(60));
        if (rnd(5) == 0)
            o.region = test_regions[rnd(5)];
        if (rnd(6) == 0)
            o.online_only = 1;

        assert_int_equal(brug__plan_run(cat, need, nneed, use_have ? hv : NULL, &o, NULL, &res),
                         BRUG_OK);
        w = check_plan(tc, cat, &res, bneed, nneed, use_have ? have : NULL, &o);
        best = brute_force(tc, n, bneed, nneed, use_have ? have : NULL, &o);
        assert_true(best.found);
        if (fabs(w - best.weight) > 1e-6 || fabs(res.objective - best.obj) > 1e-6)
            fail_msg("instance %d: planner covers %g at %g, brute force %g at %g (optimal=%d)",
                     inst, w, res.objective, best.weight, best.obj, res.optimal);
        assert_true(res.optimal);
        assert_true(res.gap == 0);
        ncompared++;
        brug__plan_result_release(&res, NULL);

        /* The greedy alone gives a valid plan that is never better. */
        o.greedy_only = 1;
        assert_int_equal(brug__plan_run(cat, need, nneed, use_have ? hv : NULL, &o, NULL, &res),
                         BRUG_OK);
        w = check_plan(tc, cat, &res, bneed, nneed, use_have ? have : NULL, &o);
        assert_true(w < best.weight + 1e-6);
        if (fabs(w - best.weight) <= 1e-6)
            assert_true(res.objective >= best.obj - 1e-6);
        brug__plan_result_release(&res, NULL);
        brug_courses_free(cat);
    }
    assert_int_equal(ncompared, 600);
    assert_true(nlimited > 100);
}

/* ---- edge cases --------------------------------------------------------------- */

static brug__plan_need mkneed(const brug_courses *cat, const char *s, double w, int essential)
{
    brug__plan_need n;
    n.skill = sk(cat, s);
    n.weight = w;
    n.essential = essential;
    return n;
}

static void plan_empty_gap_is_empty_plan(void **state)
{
    tcourse tc[1] = {{"a", BRUG_COURSE_ONLINE, NULL, 10, 10000, {"s0"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 1);
    brug__plan_result res;
    (void)state;
    assert_int_equal(brug__plan_run(cat, NULL, 0, NULL, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 0);
    assert_true(res.optimal);
    assert_true(res.objective == 0);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_impossible_gap_keeps_partial_plan(void **state)
{
    tcourse tc[2] = {{"a", BRUG_COURSE_ONLINE, NULL, 10, 10000, {"s0"}, 1, {NULL}, 0},
                     {"b", BRUG_COURSE_ONLINE, NULL, 5, 20000, {"s1"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 2);
    brug__plan_need need[3];
    brug__plan_result res;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "nowhere", 1, 1); /* no course mentions it */
    need[2] = mkneed(cat, "s1", 1, 1);
    assert_int_equal(need[1].skill, BRUG_NO_INDEX);
    assert_int_equal(brug__plan_run(cat, need, 3, NULL, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 2);
    assert_int_equal(res.covered[0], 1);
    assert_int_equal(res.covered[1], 0);
    assert_int_equal(res.why[1], BRUG__WHY_NO_COURSE);
    assert_int_equal(res.covered[2], 1);
    assert_true(res.optimal);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_zero_budget_takes_only_free_courses(void **state)
{
    tcourse tc[3] = {{"a", BRUG_COURSE_ONLINE, NULL, 10, 0, {"s0"}, 1, {NULL}, 0},
                     {"b", BRUG_COURSE_ONLINE, NULL, 5, 12000, {"s0", "s1"}, 2, {NULL}, 0},
                     {"c", BRUG_COURSE_ONLINE, NULL, 5, 15000, {"s1"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 3);
    brug__plan_need need[2];
    brug__plan_result res;
    brug_plan_opts o;
    char buf[256];
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "s1", 1, 1);
    brug_plan_opts_init(&o);
    o.budget = 0;
    assert_int_equal(brug__plan_run(cat, need, 2, NULL, &o, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 1);
    assert_string_equal(cat->id[res.course[0]], "a");
    assert_int_equal(res.covered[1], 0);
    assert_int_equal(res.why[1], BRUG__WHY_BUDGET);
    assert_string_equal(brug__plan_why_text(res.why[1], &o, "en", buf, sizeof(buf)),
                        "every course that teaches it costs more than the budget of €0.00");
    assert_string_equal(brug__plan_why_text(res.why[1], &o, "nl", buf, sizeof(buf)),
                        "elke cursus die dit leert kost meer dan het budget van € 0,00");
    assert_int_equal(res.total_cost_cents, 0);
    assert_true(res.optimal);
    brug__plan_result_release(&res, NULL);

    /* Budget 200: b alone (120) beats a + c (150) on cost. */
    o.budget = 200;
    o.objective = BRUG_PLAN_COST;
    assert_int_equal(brug__plan_run(cat, need, 2, NULL, &o, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 1);
    assert_string_equal(cat->id[res.course[0]], "b");
    assert_true(res.optimal);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_tight_budget_covers_the_most_weight(void **state)
{
    tcourse tc[2] = {{"a", BRUG_COURSE_ONLINE, NULL, 10, 5000, {"s0"}, 1, {NULL}, 0},
                     {"d", BRUG_COURSE_ONLINE, NULL, 20, 10000, {"s1"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 2);
    brug__plan_need need[2];
    brug__plan_result res;
    brug_plan_opts o;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "s1", 3, 1);
    brug_plan_opts_init(&o);
    o.budget = 120; /* a + d cost 150: only one fits; s1 weighs more */
    assert_int_equal(brug__plan_run(cat, need, 2, NULL, &o, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 1);
    assert_string_equal(cat->id[res.course[0]], "d");
    assert_int_equal(res.covered[0], 0);
    assert_int_equal(res.why[0], BRUG__WHY_LIMITS);
    assert_true(res.optimal);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_prerequisite_cycle_without_entry_is_uncovered(void **state)
{
    /* a teaches s0 but needs s1; b teaches s1 but needs s0: no way in. */
    tcourse tc[2] = {{"a", BRUG_COURSE_ONLINE, NULL, 1, 100, {"s0"}, 1, {"s1"}, 1},
                     {"b", BRUG_COURSE_ONLINE, NULL, 1, 100, {"s1"}, 1, {"s0"}, 1}};
    brug_courses *cat = build(tc, 2);
    brug__plan_need need[2];
    brug__plan_result res;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "s1", 1, 1);
    assert_int_equal(brug__plan_run(cat, need, 2, NULL, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 0);
    assert_int_equal(res.why[0], BRUG__WHY_PREREQ);
    assert_int_equal(res.why[1], BRUG__WHY_PREREQ);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_prerequisite_cycle_is_cut(void **state)
{
    /* The cheapest cover {a, b} supports itself in a cycle; the best
     * orderable plan is c (teaches s1) then a. */
    tcourse tc[4] = {{"a", BRUG_COURSE_ONLINE, NULL, 1, 100, {"s0"}, 1, {"s1"}, 1},
                     {"b", BRUG_COURSE_ONLINE, NULL, 1, 100, {"s1"}, 1, {"s0"}, 1},
                     {"c", BRUG_COURSE_ONLINE, NULL, 10, 100, {"s1"}, 1, {NULL}, 0},
                     {"d", BRUG_COURSE_ONLINE, NULL, 20, 100, {"s0"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 4);
    brug__plan_need need[2];
    brug__plan_result res;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "s1", 1, 1);
    assert_int_equal(brug__plan_run(cat, need, 2, NULL, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 2);
    assert_string_equal(cat->id[res.course[0]], "c");
    assert_string_equal(cat->id[res.course[1]], "a");
    assert_true(res.objective == 11);
    assert_true(res.optimal);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_duplicate_courses_pick_one(void **state)
{
    tcourse tc[3] = {{"x1", BRUG_COURSE_ONLINE, NULL, 8, 5000, {"s0", "s1"}, 2, {NULL}, 0},
                     {"x2", BRUG_COURSE_ONLINE, NULL, 8, 5000, {"s0", "s1"}, 2, {NULL}, 0},
                     {"x3", BRUG_COURSE_ONLINE, NULL, 8, 5000, {"s0", "s1"}, 2, {NULL}, 0}};
    brug_courses *cat = build(tc, 3);
    brug__plan_need need[2];
    brug__plan_result res;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "s1", 2, 1);
    assert_int_equal(brug__plan_run(cat, need, 2, NULL, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 1);
    assert_string_equal(cat->id[res.course[0]], "x1");
    assert_int_equal(res.ncand, 1); /* the copies are pruned as dominated */
    assert_true(res.optimal);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_region_and_online_filters(void **state)
{
    tcourse tc[3] = {{"amsterdam", BRUG_COURSE_CLASSROOM, "CR23", 4, 10000, {"s0"}, 1, {NULL}, 0},
                     {"utrecht", BRUG_COURSE_CLASSROOM, "CR17", 6, 10000, {"s0"}, 1, {NULL}, 0},
                     {"web", BRUG_COURSE_ONLINE, NULL, 9, 10000, {"s0"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 3);
    brug__plan_need need[1];
    brug__plan_result res;
    brug_plan_opts o;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    brug_plan_opts_init(&o);
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, &o, NULL, &res), BRUG_OK);
    assert_string_equal(cat->id[res.course[0]], "amsterdam");
    brug__plan_result_release(&res, NULL);
    o.region = "NL-UT"; /* the province holds COROP region CR17 */
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, &o, NULL, &res), BRUG_OK);
    assert_string_equal(cat->id[res.course[0]], "utrecht");
    brug__plan_result_release(&res, NULL);
    o.region = "NL-GR"; /* nothing in Groningen: online */
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, &o, NULL, &res), BRUG_OK);
    assert_string_equal(cat->id[res.course[0]], "web");
    brug__plan_result_release(&res, NULL);
    o.region = NULL;
    o.online_only = 1;
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, &o, NULL, &res), BRUG_OK);
    assert_string_equal(cat->id[res.course[0]], "web");
    brug__plan_result_release(&res, NULL);
    o.region = "XX-99";
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, &o, NULL, &res), BRUG_EINVAL);
    brug_courses_free(cat);
}

static void plan_orders_prerequisites_first(void **state)
{
    /* advanced (needs s1 and s2) <- basics (teaches s1, needs s2) <- intro (s2) */
    tcourse tc[3] = {{"a-advanced", BRUG_COURSE_ONLINE, NULL, 3, 0, {"s0"}, 1, {"s1", "s2"}, 2},
                     {"b-basics", BRUG_COURSE_ONLINE, NULL, 2, 0, {"s1"}, 1, {"s2"}, 1},
                     {"c-intro", BRUG_COURSE_ONLINE, NULL, 1, 0, {"s2"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 3);
    brug__plan_need need[1];
    brug__plan_result res;
    uint8_t have[16];
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    memset(have, 0, sizeof(have));
    assert_int_equal(brug__plan_run(cat, need, 1, have, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 3);
    assert_string_equal(cat->id[res.course[0]], "c-intro");
    assert_string_equal(cat->id[res.course[1]], "b-basics");
    assert_string_equal(cat->id[res.course[2]], "a-advanced");
    assert_int_equal(res.nlacking, 2);
    brug__plan_result_release(&res, NULL);
    /* A person who has s1 and s2 takes the advanced course alone. */
    have[sk(cat, "s1")] = have[sk(cat, "s2")] = 1;
    assert_int_equal(brug__plan_run(cat, need, 1, have, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 1);
    brug__plan_result_release(&res, NULL);
    /* Unknown skills (have == NULL): only missing skills count as lacking. */
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, NULL, NULL, &res), BRUG_OK);
    assert_int_equal(res.ncourse, 1);
    brug__plan_result_release(&res, NULL);
    brug_courses_free(cat);
}

static void plan_rejects_bad_weights(void **state)
{
    tcourse tc[1] = {{"a", BRUG_COURSE_ONLINE, NULL, 10, 10000, {"s0"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 1);
    brug__plan_need need[1];
    brug__plan_result res;
    (void)state;
    need[0] = mkneed(cat, "s0", 0, 1);
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, NULL, NULL, &res), BRUG_EINVAL);
    need[0].weight = NAN;
    assert_int_equal(brug__plan_run(cat, need, 1, NULL, NULL, NULL, &res), BRUG_EINVAL);
    brug_courses_free(cat);
}

static void plan_json_has_the_documented_shape(void **state)
{
    tcourse tc[2] = {{"a", BRUG_COURSE_ONLINE, NULL, 3, 12550, {"s0", "s9"}, 2, {"s1"}, 1},
                     {"b", BRUG_COURSE_CLASSROOM, "NL-UT", 2, 4000, {"s1"}, 1, {NULL}, 0}};
    brug_courses *cat = build(tc, 2);
    brug_plan_skill miss[3] = {{"s0", 1, 1}, {"s5", 1, 1}, {"s9", 0.5, 0}};
    const char *have[1] = {"s7"};
    json_t *doc = NULL, *c0;
    (void)state;
    assert_int_equal(brug_plan_solve(cat, NULL, "en", miss, 3, have, 1, NULL, &doc, NULL, 0),
                     BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "covered")), 2);
    assert_int_equal(json_array_size(json_object_get(doc, "uncovered")), 1);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(doc, "uncovered"), 0), "uri")),
                        "s5");
    assert_int_equal(json_array_size(json_object_get(doc, "courses")), 2);
    c0 = json_array_get(json_object_get(doc, "courses"), 0);
    assert_string_equal(json_string_value(json_object_get(c0, "id")), "b");
    assert_true(json_is_array(json_object_get(c0, "teaches")));
    assert_true(fabs(json_real_value(json_object_get(doc, "total_cost")) - 165.5) < 1e-9);
    assert_true(fabs(json_real_value(json_object_get(doc, "total_hours")) - 5) < 1e-9);
    assert_true(json_is_true(json_object_get(doc, "optimal")));
    assert_true(json_real_value(json_object_get(doc, "gap")) == 0);
    json_decref(doc);
    brug_courses_free(cat);
}

static void plan_survives_allocation_failures(void **state)
{
    tcourse tc[3] = {{"a", BRUG_COURSE_ONLINE, NULL, 3, 0, {"s0"}, 1, {"s1"}, 1},
                     {"b", BRUG_COURSE_ONLINE, NULL, 2, 0, {"s1"}, 1, {NULL}, 0},
                     {"c", BRUG_COURSE_ONLINE, NULL, 9, 0, {"s0", "s2"}, 2, {NULL}, 0}};
    brug_courses *cat = build(tc, 3);
    brug__plan_need need[2];
    brug__plan_result res;
    size_t n;
    int ok = 0;
    (void)state;
    need[0] = mkneed(cat, "s0", 1, 1);
    need[1] = mkneed(cat, "s2", 1, 0);
    for (n = 1; n < 200 && !ok; n++) {
        test_failing_alloc fa;
        brug_err err;
        test_failing_alloc_init(&fa, n);
        err = brug__plan_run(cat, need, 2, NULL, NULL, &fa.alloc, &res);
        if (err == BRUG_OK) {
            ok = 1;
            assert_int_equal(res.ncourse, 1); /* a: s1 counts as held (have == NULL) */
            brug__plan_result_release(&res, &fa.alloc);
        } else {
            assert_int_equal(err, BRUG_ENOMEM);
        }
    }
    assert_true(ok);
    brug_courses_free(cat);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plan_matches_brute_force),
        cmocka_unit_test(plan_empty_gap_is_empty_plan),
        cmocka_unit_test(plan_impossible_gap_keeps_partial_plan),
        cmocka_unit_test(plan_zero_budget_takes_only_free_courses),
        cmocka_unit_test(plan_tight_budget_covers_the_most_weight),
        cmocka_unit_test(plan_prerequisite_cycle_without_entry_is_uncovered),
        cmocka_unit_test(plan_prerequisite_cycle_is_cut),
        cmocka_unit_test(plan_duplicate_courses_pick_one),
        cmocka_unit_test(plan_region_and_online_filters),
        cmocka_unit_test(plan_orders_prerequisites_first),
        cmocka_unit_test(plan_rejects_bad_weights),
        cmocka_unit_test(plan_json_has_the_documented_shape),
        cmocka_unit_test(plan_survives_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
