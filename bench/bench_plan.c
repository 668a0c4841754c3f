/*
 * bench_plan.c - benchmark of the training planner on the real ESCO.
 *
 *   build/bench/bench_plan [--db FILE] [--courses N] [--plans N] [--seed S]
 *                          [--python PATH] [--ref bench/plan_ref.py] [--no-ref]
 *                          [--write-csv OUT]
 *
 * --write-csv also writes the generated catalogue in brug's course CSV
 * format (docs/courses.md), to try `brug import courses` and `brug plan`
 * on the real ESCO at scale.
 *
 * FILE is a database holding the real English ESCO (brug import esco
 * .../esco-1.1.1/en); default $BRUG_DB, else build/esco.db.
 *
 * 1. A catalogue of N (20,000) courses is generated deterministically from
 *    the taxonomy: each course takes 1-4 skills of one occupation (so that
 *    courses are coherent, as real ones are), a type with realistic hours
 *    and prices (library items, certificates, MBO/HBO modules, in-company
 *    training), a mode and one of the 40 COROP regions.  Skills get a level
 *    0-2 by hash; 30% of the courses whose skills are all of level 1 or
 *    more require 1-2 skills of the same occupation below that level, so
 *    prerequisite chains always descend, never form cycles, and a plain
 *    MILP is a fair reference.
 * 2. The bridges: for every occupation its best bridge target (top 1 by
 *    transition score, what `brug bridges` shows first); every third of
 *    those, in occupation order, up to 1,000 pairs.  Their gaps come from
 *    brug_bridges_explain (essential and optional missing skills, weighted
 *    by gain), the person's skills from the source occupation.
 * 3. Each plan is timed through the public API (brug_plan_solve, JSON
 *    included), in two scenarios: least hours without limits, and least
 *    cost within EUR 2,500 in COROP region CR17 (partial plans).
 * 4. The same 2 x 1,000 problems (candidate courses, coverage, weights,
 *    prerequisites, budget) are written out and solved by scipy's MILP
 *    (HiGHS) in bench/plan_ref.py with Debian's /usr/bin/python3; the
 *    optimal objectives are compared and both times printed with the ratio.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "brug/brug.h"
#include "courses.h"
#include "onto.h"
#include "region.h"
#include "bench_util.h"

static double pct(const double *v, size_t n, double p)
{
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}

static long max_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void die(const char *what)
{
    fprintf(stderr, "bench_plan: %s\n", what);
    exit(1);
}

static uint64_t rng;

static uint32_t rnd(uint32_t n)
{
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return n ? (uint32_t)(rng >> 33) % n : 0;
}

static uint32_t skill_level(uint32_t s)
{
    uint32_t h = s * 2654435761u;
    return (h >> 13) % 3;
}

static const char *corop[40];

/* Generate the catalogue records; strings are leaked into *pool (freed by caller). */
static brug_courses *generate(const brug_onto *onto, uint32_t n)
{
    brug__course_rec *recs = calloc(n, sizeof(*recs));
    const char **refs = calloc((size_t)n * 8, sizeof(*refs));
    char *ids = calloc(n, 16);
    brug_courses *cat = NULL;
    const brug__csr *os = &onto->occ_skills;
    uint32_t i, nref = 0;
    if (!recs || !refs || !ids)
        die("out of memory");
    for (i = 0; i < 40; i++) {
        static char buf[40][8];
        snprintf(buf[i], sizeof(buf[i]), "CR%02u", i + 1);
        corop[i] = buf[i];
    }
    for (i = 0; i < n; i++) {
        brug__course_rec *r = &recs[i];
        uint32_t occ, len, nt, k, lvl = 3, type = rnd(100);
        do {
            occ = rnd(onto->nocc);
            len = brug__csr_row_len(os, occ);
        } while (len < 2);
        snprintf(ids + (size_t)i * 16, 16, "G%05u", i);
        r->id = ids + (size_t)i * 16;
        r->title = "generated course";
        r->provider = "generator";
        nt = 1 + rnd(4);
        r->teaches = refs + nref;
        for (k = 0; k < nt * 3 && r->nteaches < nt; k++) {
            uint32_t e = os->ptr[occ] + rnd(len), s = os->col[e], j;
            int dup = 0;
            /* Prefer essential skills, as courses teach the core of a job. */
            if (os->tag[e] != 1 && rnd(10) < 6)
                continue;
            for (j = 0; j < r->nteaches; j++)
                dup |= r->teaches[j] == onto->skill_uri[s];
            if (dup)
                continue;
            refs[nref++] = onto->skill_uri[s];
            r->nteaches++;
            if (skill_level(s) < lvl)
                lvl = skill_level(s);
        }
        if (r->nteaches == 0) {
            refs[nref++] = onto->skill_uri[os->col[os->ptr[occ]]];
            r->nteaches = 1;
            lvl = skill_level(os->col[os->ptr[occ]]);
        }
        r->requires = refs + nref;
        if (lvl > 0 && rnd(10) < 3) {
            uint32_t want = 1 + rnd(2);
            for (k = 0; k < 12 && r->nrequires < want; k++) {
                uint32_t s = os->col[os->ptr[occ] + rnd(len)], j;
                int dup = 0;
                if (skill_level(s) >= lvl)
                    continue;
                for (j = 0; j < r->nteaches; j++)
                    dup |= r->teaches[j] == onto->skill_uri[s];
                for (j = 0; j < r->nrequires; j++)
                dup |= r->requires[j] == onto->skill_uri[s];
                if (dup)
                    continue;
                refs[nref++] = onto->skill_uri[s];
                r->nrequires++;
            }
        }
        if (type < 30) { /* online library item */
            r->kind = "online-library";
            r->mode = BRUG_COURSE_ONLINE;
            r->hours = 2 + rnd(28);
            r->cost_cents = rnd(3) == 0 ? 0 : (int64_t)(5 + rnd(30)) * 500;
        } else if (type < 60) { /* short certificate */
            r->kind = "certificate";
            r->hours = 8 + rnd(72);
            r->cost_cents = (int64_t)llround(r->hours * (20 + rnd(26))) * 100;
            r->mode = rnd(3) == 0 ? BRUG_COURSE_ONLINE : BRUG_COURSE_CLASSROOM;
        } else if (type < 85) { /* MBO/HBO module */
            r->kind = rnd(2) ? "mbo-module" : "hbo-module";
            r->hours = 40 + rnd(200);
            r->cost_cents = (int64_t)llround(r->hours * (8 + rnd(8))) * 100;
            r->mode = rnd(4) == 0 ? BRUG_COURSE_ONLINE
                      : rnd(2)    ? BRUG_COURSE_CLASSROOM
                                  : BRUG_COURSE_BLENDED;
        } else { /* in-company */
            r->kind = "in-company";
            r->hours = 4 + rnd(20);
            r->cost_cents = (int64_t)llround(r->hours * (40 + rnd(51))) * 100;
            r->mode = BRUG_COURSE_IN_COMPANY;
        }
        r->region = r->mode == BRUG_COURSE_ONLINE ? NULL : corop[rnd(40)];
    }
    if (brug__courses_build(NULL, recs, n, &cat))
        die("cannot build the catalogue");
    free(recs);
    free(refs);
    free(ids);
    return cat;
}

/* The catalogue as course CSV (ids, URIs, regions as generated). */
static void write_csv(const brug_courses *cat, const char *path)
{
    FILE *f = fopen(path, "w");
    uint32_t i, k;
    if (!f)
        die("cannot write the CSV");
    fprintf(f, "id,title,provider,type,mode,region,hours,cost_eur,teaches,requires\n");
    for (i = 0; i < cat->ncourse; i++) {
        fprintf(f, "%s,%s %s,%s,%s,%s,%s,%.0f,%lld.%02lld,", cat->id[i], cat->kind[i], cat->id[i],
                cat->provider[i], cat->kind[i],
                brug__course_mode_name((brug_course_mode)cat->mode[i]), cat->region[i],
                cat->hours[i], (long long)(cat->cost_cents[i] / 100),
                (long long)(cat->cost_cents[i] % 100));
        for (k = cat->teaches.ptr[i]; k < cat->teaches.ptr[i + 1]; k++)
            fprintf(f, "%s%s", k > cat->teaches.ptr[i] ? "|" : "",
                    cat->skill_uri[cat->teaches.col[k]]);
        fputc(',', f);
        for (k = cat->requires.ptr[i]; k < cat->requires.ptr[i + 1]; k++)
            fprintf(f, "%s%s", k > cat->requires.ptr[i] ? "|" : "",
                    cat->skill_uri[cat->requires.col[k]]);
        fputc('\n', f);
    }
    if (fclose(f) != 0)
        die("cannot write the CSV");
}

/* One planning problem: the gap of a bridge. */
typedef struct problem {
    brug_plan_skill *need;
    size_t nneed;
    const char **have;
    size_t nhave;
} problem;

/* ---- export for the scipy reference ---------------------------------------------------------- */

static int allowed(const brug_courses *cat, uint32_t c, const brug_plan_opts *o)
{
    if (cat->mode[c] != BRUG_COURSE_ONLINE) {
        if (o->online_only)
            return 0;
        if (o->region && !brug__region_matches(cat->region[c], o->region))
            return 0;
    }
    if (o->budget >= 0 && (double)cat->cost_cents[c] > o->budget * 100 + 1e-6)
        return 0;
    if (o->max_hours >= 0 && cat->hours[c] > o->max_hours + 1e-9)
        return 0;
    return 1;
}

static double objective_of(const brug_courses *cat, uint32_t c, const brug_plan_opts *o)
{
    double eur = (double)cat->cost_cents[c] / 100.0;
    return o->objective == BRUG_PLAN_COST  ? eur
           : o->objective == BRUG_PLAN_MIX ? eur + cat->hours[c] * o->hour_value
                                           : cat->hours[c];
}

/*
 * Write the MILP of one problem as one JSON line: candidate courses are
 * the allowed teachers of essential needs and, transitively, of skills
 * they require that the person lacks (no other pruning).
 */
static void export_problem(FILE *f, const brug_courses *cat, const problem *p,
                           const brug_plan_opts *o, uint8_t *have, int32_t *pos, uint32_t *cand)
{
    uint32_t ncand = 0, q, k, t;
    size_t i;
    int first;
    memset(have, 0, cat->nskill);
    for (i = 0; i < p->nhave; i++) {
        uint32_t s = brug__courses_skill(cat, p->have[i]);
        if (s != BRUG_NO_INDEX)
            have[s] = 1;
    }
    for (i = 0; i < p->nneed; i++) {
        uint32_t s = brug__courses_skill(cat, p->need[i].uri);
        if (s == BRUG_NO_INDEX || !p->need[i].essential)
            continue;
        for (k = cat->taught_by.ptr[s]; k < cat->taught_by.ptr[s + 1]; k++) {
            uint32_t c = cat->taught_by.col[k];
            if (pos[c] < 0 && allowed(cat, c, o)) {
                pos[c] = (int32_t)ncand;
                cand[ncand++] = c;
            }
        }
    }
    for (q = 0; q < ncand; q++)
        for (k = cat->requires.ptr[cand[q]]; k < cat->requires.ptr[cand[q] + 1]; k++) {
            uint32_t r = cat->requires.col[k];
            if (have[r])
                continue;
            for (t = cat->taught_by.ptr[r]; t < cat->taught_by.ptr[r + 1]; t++) {
                uint32_t c = cat->taught_by.col[t];
                if (pos[c] < 0 && allowed(cat, c, o)) {
                    pos[c] = (int32_t)ncand;
                    cand[ncand++] = c;
                }
            }
        }
    fprintf(f, "{\"obj\":[");
    for (q = 0; q < ncand; q++)
        fprintf(f, "%s%.2f", q ? "," : "", objective_of(cat, cand[q], o));
    fprintf(f, "],\"cost\":[");
    for (q = 0; q < ncand; q++)
        fprintf(f, "%s%.2f", q ? "," : "", (double)cat->cost_cents[cand[q]] / 100.0);
    fprintf(f, "],\"budget\":%.2f,\"needs\":[", o->budget);
    first = 1;
    for (i = 0; i < p->nneed; i++) {
        uint32_t s = brug__courses_skill(cat, p->need[i].uri);
        int any = 0;
        if (!p->need[i].essential || s == BRUG_NO_INDEX)
            continue;
        for (k = cat->taught_by.ptr[s]; k < cat->taught_by.ptr[s + 1]; k++)
            any |= pos[cat->taught_by.col[k]] >= 0;
        if (!any)
            continue;
        fprintf(f, "%s{\"w\":%.9g,\"by\":[", first ? "" : ",", p->need[i].weight);
        first = 0;
        any = 0;
        for (k = cat->taught_by.ptr[s]; k < cat->taught_by.ptr[s + 1]; k++)
            if (pos[cat->taught_by.col[k]] >= 0) {
                fprintf(f, "%s%d", any ? "," : "", pos[cat->taught_by.col[k]]);
                any = 1;
            }
        fprintf(f, "]}");
    }
    fprintf(f, "],\"prereq\":[");
    first = 1;
    for (q = 0; q < ncand; q++)
        for (k = cat->requires.ptr[cand[q]]; k < cat->requires.ptr[cand[q] + 1]; k++) {
            uint32_t r = cat->requires.col[k];
            int any = 0;
            if (have[r])
                continue;
            fprintf(f, "%s[%u,[", first ? "" : ",", q);
            first = 0;
            for (t = cat->taught_by.ptr[r]; t < cat->taught_by.ptr[r + 1]; t++) {
                uint32_t d = cat->taught_by.col[t];
                if (d != cand[q] && pos[d] >= 0) {
                    fprintf(f, "%s%d", any ? "," : "", pos[d]);
                    any = 1;
                }
            }
            fprintf(f, "]]");
        }
    fprintf(f, "]}\n");
    for (q = 0; q < ncand; q++)
        pos[cand[q]] = -1;
}

/* ---- the run ------------------------------------------------------------------------------ */

typedef struct scenario {
    const char *name;
    brug_plan_opts o;
    double *ms;
    double *objective;
    double *covered;
    int *optimal;
    double gap_sum, gap_max;
    size_t noptimal, nuncovered_plans, ncourses;
    double total;
} scenario;

static void run_scenario(scenario *sc, const brug_courses *cat, const brug_onto *onto,
                         const problem *pr, size_t n)
{
    size_t i;
    double t0 = now();
    for (i = 0; i < n; i++) {
        json_t *doc = NULL;
        double t = now();
        size_t j;
        json_t *v;
        if (brug_plan_solve(cat, onto, "en", pr[i].need, pr[i].nneed, pr[i].have, pr[i].nhave,
                            &sc->o, &doc, NULL, 0) != BRUG_OK)
            die("plan failed");
        sc->ms[i] = (now() - t) * 1e3;
        sc->optimal[i] = json_is_true(json_object_get(doc, "optimal"));
        sc->noptimal += (size_t)sc->optimal[i];
        sc->objective[i] = json_real_value(json_object_get(doc, "objective_value"));
        json_array_foreach(json_object_get(doc, "covered"), j, v)
        {
            if (json_is_true(json_object_get(v, "essential")))
                sc->covered[i] += json_real_value(json_object_get(v, "weight"));
        }
        if (json_real_value(json_object_get(doc, "gap")) > sc->gap_max)
            sc->gap_max = json_real_value(json_object_get(doc, "gap"));
        sc->gap_sum += json_real_value(json_object_get(doc, "gap"));
        sc->ncourses += json_array_size(json_object_get(doc, "courses"));
        json_array_foreach(json_object_get(doc, "uncovered"), j, v)
        {
            if (json_is_true(json_object_get(v, "essential"))) {
                sc->nuncovered_plans++;
                break;
            }
        }
        json_decref(doc);
    }
    sc->total = now() - t0;
}

int main(int argc, char **argv)
{
    const char *db_path = getenv("BRUG_DB"), *python = "/usr/bin/python3";
    const char *ref = "bench/plan_ref.py", *csv_out = NULL;
    uint32_t ncourses = 20000, nplans = 1000, k;
    uint64_t seed = 20261129;
    int no_ref = 0, a;
    brug_db *db = NULL;
    brug_onto *onto = NULL;
    brug_bridges *br = NULL;
    brug_courses *cat;
    uint32_t *to, nocc, i;
    float *score;
    problem *pr;
    size_t npr = 0, s;
    scenario sc[2];
    double t0, t_gen;
    long rss_before_cat;
    char path[256], cmd[1024], line[4096];
    FILE *f;

    if (!db_path || !db_path[0])
        db_path = "build/esco.db";
    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--db") == 0 && a + 1 < argc)
            db_path = argv[++a];
        else if (strcmp(argv[a], "--courses") == 0 && a + 1 < argc)
            ncourses = (uint32_t)strtoul(argv[++a], NULL, 10);
        else if (strcmp(argv[a], "--plans") == 0 && a + 1 < argc)
            nplans = (uint32_t)strtoul(argv[++a], NULL, 10);
        else if (strcmp(argv[a], "--seed") == 0 && a + 1 < argc)
            seed = strtoull(argv[++a], NULL, 10);
        else if (strcmp(argv[a], "--python") == 0 && a + 1 < argc)
            python = argv[++a];
        else if (strcmp(argv[a], "--ref") == 0 && a + 1 < argc)
            ref = argv[++a];
        else if (strcmp(argv[a], "--no-ref") == 0)
            no_ref = 1;
        else if (strcmp(argv[a], "--write-csv") == 0 && a + 1 < argc)
            csv_out = argv[++a];
        else
            die("usage: bench_plan [--db FILE] [--courses N] [--plans N] [--seed S] [--python P] "
                "[--ref SCRIPT] [--no-ref] [--write-csv OUT]");
    }
    if (brug_db_open(db_path, BRUG_OPEN_READONLY, NULL, &db) != BRUG_OK)
        die(brug_errmsg(db));
    if (brug_onto_load(db, &onto) != BRUG_OK)
        die(brug_errmsg(db));
    if (brug_bridges_new(onto, NULL, NULL, &br) != BRUG_OK)
        die("cannot build the bridges index");
    nocc = brug_onto_occupation_count(onto);
    printf("taxonomy: %s: %u occupations, %u skills\n", db_path, nocc, brug_onto_skill_count(onto));

    rss_before_cat = max_rss_kib();
    rng = seed;
    t0 = now();
    cat = generate(onto, ncourses);
    t_gen = now() - t0;
    printf("catalogue: %u generated courses, %u distinct skills taught or required, %.1f MiB, "
           "built in %.0f ms (seed %llu)\n",
           cat->ncourse, cat->nskill, (double)cat->arena.used / 1048576.0, t_gen * 1e3,
           (unsigned long long)seed);
    if (csv_out) {
        write_csv(cat, csv_out);
        printf("catalogue written to %s\n", csv_out);
    }

    /* The bridges: every occupation's best target; every third, up to nplans. */
    to = malloc((size_t)nocc * sizeof(*to));
    score = malloc((size_t)nocc * sizeof(*score));
    pr = calloc(nplans + 1, sizeof(*pr));
    if (!to || !score || !pr)
        die("out of memory");
    if (brug_bridges_topk(br, 1, 2, 0, to, score) != BRUG_OK)
        die("top-k failed");
    for (i = 0; i < nocc && npr < nplans; i += 3) {
        json_t *ex = NULL, *v;
        char msg[256];
        const char *from = brug_onto_occupation_uri(onto, i);
        problem *p = &pr[npr];
        size_t j, m = 0;
        const char *lists[2] = {"missing_essential", "missing_optional"};
        if (to[i] == BRUG_NO_INDEX)
            continue;
        if (brug_bridges_explain(br, from, NULL, 0, brug_onto_occupation_uri(onto, to[i]), "en",
                                 &ex, msg, sizeof(msg)) != BRUG_OK)
            die(msg);
        p->need = calloc(json_array_size(json_object_get(ex, lists[0])) +
                             json_array_size(json_object_get(ex, lists[1])) + 1,
                         sizeof(*p->need));
        for (k = 0; k < 2; k++)
            json_array_foreach(json_object_get(ex, lists[k]), j, v)
            {
                double gain = json_number_value(json_object_get(v, "gain"));
                double w = json_number_value(json_object_get(v, "weight"));
                p->need[m].uri = onto->skill_uri[brug_onto_skill_find(
                    onto, json_string_value(json_object_get(v, "uri")))];
                p->need[m].weight = gain > 1e-9 ? gain : w > 1e-9 ? w : 1e-6;
                p->need[m].essential = k == 0;
                m++;
            }
        p->nneed = m;
        json_decref(ex);
        {
            brug_plan_skill *dummy = NULL;
            size_t nd = 0;
            if (brug_plan_occupation_gap(onto, from, from, &dummy, &nd, &p->have, &p->nhave))
                die("gap failed");
            free(dummy);
        }
        npr++;
    }
    {
        size_t ness = 0, nopt = 0;
        for (s = 0; s < npr; s++)
            for (k = 0; k < pr[s].nneed; k++) {
                ness += pr[s].need[k].essential != 0;
                nopt += pr[s].need[k].essential == 0;
            }
        printf("bridges: %zu (every third occupation's best target), missing skills per bridge: "
               "%.1f essential, %.1f optional\n",
               npr, (double)ness / (double)npr, (double)nopt / (double)npr);
    }

    memset(sc, 0, sizeof(sc));
    for (k = 0; k < 2; k++) {
        brug_plan_opts_init(&sc[k].o);
        sc[k].ms = calloc(npr + 1, sizeof(double));
        sc[k].objective = calloc(npr + 1, sizeof(double));
        sc[k].covered = calloc(npr + 1, sizeof(double));
        sc[k].optimal = calloc(npr + 1, sizeof(int));
    }
    sc[0].name = "least hours, no limits";
    sc[1].name = "least cost, budget EUR 2500, region CR17";
    sc[1].o.objective = BRUG_PLAN_COST;
    sc[1].o.budget = 2500;
    sc[1].o.region = "CR17";

    for (k = 0; k < 2; k++) {
        run_scenario(&sc[k], cat, onto, pr, npr);
        qsort(sc[k].ms, npr, sizeof(double), cmp_double); /* objective[] keeps plan order */
    }
    printf("\n%-44s %9s %8s %8s %8s %8s %9s %8s %8s\n", "scenario", "plans/s", "p50 ms", "p90 ms",
           "p99 ms", "max ms", "optimal", "max gap", "partial");
    for (k = 0; k < 2; k++)
        printf("%-44s %9.0f %8.3f %8.3f %8.3f %8.3f %8.1f%% %7.2f%% %7.1f%%\n", sc[k].name,
               (double)npr / sc[k].total, pct(sc[k].ms, npr, 0.5), pct(sc[k].ms, npr, 0.9),
               pct(sc[k].ms, npr, 0.99), sc[k].ms[npr - 1],
               100.0 * (double)sc[k].noptimal / (double)npr, 100.0 * sc[k].gap_max,
               100.0 * (double)sc[k].nuncovered_plans / (double)npr);
    {
        /* The greedy planner alone, against the proven optima above. */
        scenario g;
        size_t same = 0, nexcess = 0;
        double excess = 0;
        memset(&g, 0, sizeof(g));
        g.o = sc[0].o;
        g.o.greedy_only = 1;
        g.ms = calloc(npr + 1, sizeof(double));
        g.objective = calloc(npr + 1, sizeof(double));
        g.covered = calloc(npr + 1, sizeof(double));
        g.optimal = calloc(npr + 1, sizeof(int));
        if (!g.ms || !g.objective || !g.covered || !g.optimal)
            die("out of memory");
        run_scenario(&g, cat, onto, pr, npr);
        for (s = 0; s < npr; s++) {
            if (fabs(g.covered[s] - sc[0].covered[s]) <= 1e-9 &&
                fabs(g.objective[s] - sc[0].objective[s]) <= 1e-6) {
                same++;
            } else if (fabs(g.covered[s] - sc[0].covered[s]) <= 1e-9 && sc[0].objective[s] > 0) {
                excess += g.objective[s] / sc[0].objective[s] - 1;
                nexcess++;
            }
        }
        printf("greedy alone (least hours): %.0f plans/s, optimal in %.1f%% of plans; %zu cover "
               "as much but take %.1f%% more hours on average, %zu cover less\n",
               (double)npr / g.total, 100.0 * (double)same / (double)npr, nexcess,
               nexcess ? 100.0 * excess / (double)nexcess : 0.0, npr - same - nexcess);
        free(g.ms);
        free(g.objective);
        free(g.covered);
        free(g.optimal);
    }
    printf("courses per plan: %.1f (hours), %.1f (cost)\n", (double)sc[0].ncourses / (double)npr,
           (double)sc[1].ncourses / (double)npr);
    printf("peak memory (max RSS): %.1f MiB (%.1f MiB before the catalogue)\n",
           (double)max_rss_kib() / 1024.0, (double)rss_before_cat / 1024.0);

    if (!no_ref) {
        uint8_t *have = malloc(cat->nskill + 1);
        int32_t *pos = malloc(((size_t)cat->ncourse + 1) * sizeof(int32_t));
        uint32_t *cand = malloc(((size_t)cat->ncourse + 1) * sizeof(uint32_t));
        size_t agree = 0, compared = 0, worse = 0, better = 0;
        double ref_s[2] = {0, 0}, best_diff = 0;
        if (!have || !pos || !cand)
            die("out of memory");
        memset(pos, 0xff, ((size_t)cat->ncourse + 1) * sizeof(int32_t));
        snprintf(path, sizeof(path), "/tmp/bench_plan_%ld.jsonl", (long)getpid());
        f = fopen(path, "w");
        if (!f)
            die("cannot write the reference problems");
        for (k = 0; k < 2; k++)
            for (s = 0; s < npr; s++)
                export_problem(f, cat, &pr[s], &sc[k].o, have, pos, cand);
        fclose(f);
        snprintf(cmd, sizeof(cmd), "%s %s %s", python, ref, path);
        f = popen(cmd, "r");
        if (!f)
            die("cannot run the reference");
        s = 0;
        while (fgets(line, sizeof(line), f)) {
            double obj, secs, cw;
            int status;
            if (sscanf(line, "obj %lf status %d covered %lf", &obj, &status, &cw) == 3) {
                size_t sci = s / npr, idx = s % npr;
                if (sci < 2 && status == 0 && sc[sci].optimal[idx]) {
                    double d = fabs(obj - sc[sci].objective[idx]);
                    double dw = sc[sci].covered[idx] - cw;
                    compared++;
                    if (fabs(dw) > 1e-6 * (1 + cw)) {
                        /* Different coverage: the one covering more weight wins. */
                        if (dw < 0)
                            worse++;
                        else
                            better++;
                        printf("  (%s #%zu: brug covers %.6g at %.2f, scipy %.6g at %.2f)\n",
                               sc[sci].name, idx, sc[sci].covered[idx], sc[sci].objective[idx], cw,
                               obj);
                    } else if (d <= 1e-6 * (1 + fabs(obj))) {
                        agree++;
                    } else if (sc[sci].objective[idx] > obj) {
                        worse++;
                    } else {
                        better++;
                        printf("  (%s #%zu: same coverage %.6g; brug %.2f, scipy %.2f)\n",
                               sc[sci].name, idx, cw, sc[sci].objective[idx], obj);
                    }
                    if (d > best_diff)
                        best_diff = d;
                }
                s++;
            } else if (sscanf(line, "time %d %lf", &status, &secs) == 2 && status >= 0 &&
                       status < 2) {
                ref_s[status] = secs;
            } else {
                fputs(line, stdout);
            }
        }
        if (pclose(f) != 0)
            die("the reference failed");
        remove(path);
        printf("\nreference: scipy.optimize.milp (HiGHS) on the same problems without brug's "
               "pruning\n");
        for (k = 0; k < 2; k++)
            printf("  %-44s scipy %.2f s, brug %.2f s, brug %.1fx faster\n", sc[k].name, ref_s[k],
                   sc[k].total, ref_s[k] / sc[k].total);
        printf("  optimal plans compared: %zu, same coverage and objective: %zu, brug worse: %zu, "
               "brug better: %zu, largest objective difference %.3g\n",
               compared, agree, worse, better, best_diff);
        free(have);
        free(pos);
        free(cand);
    }

    for (s = 0; s < npr; s++) {
        free(pr[s].need);
        free((void *)pr[s].have);
    }
    free(pr);
    for (k = 0; k < 2; k++) {
        free(sc[k].ms);
        free(sc[k].objective);
        free(sc[k].covered);
        free(sc[k].optimal);
    }
    free(to);
    free(score);
    brug_courses_free(cat);
    brug_bridges_free(br);
    brug_onto_free(onto);
    brug_db_close(db);
    return 0;
}
