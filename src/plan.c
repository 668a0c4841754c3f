/*
 * plan.c - the training planner: which courses close a skill gap at the
 * least hours, cost or a mix, within limits, respecting prerequisites.
 *
 * 1. Candidates: the allowed courses (mode, region, budget, hours) that
 *    teach an essential missing skill, plus, transitively, those teaching
 *    a skill a candidate requires and the person lacks.
 * 2. Grounding: a candidate whose lacking required skills no other
 *    groundable candidate teaches can never be taken (this also removes
 *    courses caught in prerequisite cycles with no way in).
 * 3. Dominance: a candidate is dropped when another teaches at least the
 *    same useful skills, requires no more, and costs no more hours and no
 *    more money (ties between identical courses keep the first id).
 * 4. Greedy: repeatedly take the available course with the least
 *    objective per weight of newly covered skills, then drop courses that
 *    became redundant.  This is the fallback and the incumbent.
 * 5. Integer program (GLPK): x_c binary; each coverable essential skill
 *    covered; x_c <= sum of x_d over other courses teaching a lacking
 *    required skill of c; budget and hour rows.  When the limits make full
 *    coverage impossible, a second program maximises the covered weight
 *    first (big-M), then minimises the objective.  A chosen set whose
 *    support is cyclic (c needs d needs c) cannot be ordered; the stuck
 *    set S gets a cut  sum_{c in S} x_c <= |S| - 1 + sum x_d  over the
 *    courses d outside S teaching the skill that blocks each c, and the
 *    program is solved again.
 * 6. Order: rounds of courses whose lacking skills are taught by courses
 *    of earlier rounds; catalogue order within a round.
 */
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <glpk.h>

#include "brug/msg.h"
#include "brug/region.h"
#include "alloc.h"
#include "errbuf.h"
#include "onto.h"
#include "plan.h"
#include "region.h"

#define EPS 1e-9

void brug_plan_opts_init(brug_plan_opts *o)
{
    memset(o, 0, sizeof(*o));
    o->objective = BRUG_PLAN_HOURS;
    o->hour_value = 20.0;
    o->budget = -1;
    o->max_hours = -1;
    o->region = NULL;
    o->online_only = 0;
    o->time_limit_ms = 50;
    o->greedy_only = 0;
}

double brug__plan_course_obj(const brug_courses *cat, uint32_t c, const brug_plan_opts *o)
{
    double eur = (double)cat->cost_cents[c] / 100.0;
    switch (o->objective) {
    case BRUG_PLAN_COST:
        return eur;
    case BRUG_PLAN_MIX:
        return eur + cat->hours[c] * o->hour_value;
    case BRUG_PLAN_HOURS:
    default:
        return cat->hours[c];
    }
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Course states while collecting candidates. */
enum { ST_VISITED = 1, ST_ALLOWED = 2, ST_GROUND = 4, ST_DROPPED = 8 };

/* The pruned problem on local indexes: candidates 0..k-1, skills 0..m-1. */
typedef struct prob {
    uint32_t k, m;
    uint32_t *cidx; /* candidate -> catalogue course */
    double *obj, *cost, *hours;
    uint32_t *tptr, *tcol; /* candidate -> useful local skills taught */
    uint32_t *lptr, *lcol; /* candidate -> lacking local skills required */
    uint32_t *bptr, *bcol; /* local skill -> candidates teaching it */
    uint32_t *skill;       /* local -> catalogue skill */
    int32_t *need;         /* local -> need index, or -1 */
    uint8_t *target;       /* local: a coverable essential need */
    double *w;             /* local: weight of a target */
} prob;

typedef struct ws {
    const brug_courses *cat;
    const brug_plan_opts *o;
    const uint8_t *have;
    const brug__plan_need *need;
    size_t nneed;
    brug__arena ar;
    int32_t *need_of; /* catalogue skill -> need index or -1 */
    uint8_t *cstate;  /* catalogue course -> ST_* */
    uint16_t *cwhy;   /* catalogue course -> filter failure bits */
    uint32_t *cand;
    uint32_t ncand;
    int64_t budget_cents; /* -1 none */
    prob p;
    double t0;
} ws;

static int lacking(const ws *w, uint32_t skill)
{
    if (w->have)
        return !w->have[skill];
    return w->need_of[skill] >= 0;
}

static unsigned filter_bits(const ws *w, uint32_t c)
{
    const brug_courses *cat = w->cat;
    const brug_plan_opts *o = w->o;
    unsigned bits = 0;
    int online = cat->mode[c] == BRUG_COURSE_ONLINE;
    if (o->online_only && !online)
        bits |= BRUG__WHY_ONLINE;
    else if (o->modes && !(o->modes & (1u << cat->mode[c])))
        bits |= BRUG__WHY_MODE;
    else if (o->region && !online && !brug__region_matches(cat->region[c], o->region))
        bits |= BRUG__WHY_REGION;
    if (o->provider && strcasecmp(cat->provider[c] ? cat->provider[c] : "", o->provider) != 0)
        bits |= BRUG__WHY_PROVIDER;
    if (w->budget_cents >= 0 && cat->cost_cents[c] > w->budget_cents)
        bits |= BRUG__WHY_BUDGET;
    if (o->max_hours >= 0 && cat->hours[c] > o->max_hours + EPS)
        bits |= BRUG__WHY_HOURS;
    return bits;
}

static void visit(ws *w, uint32_t c)
{
    unsigned bits;
    if (w->cstate[c] & ST_VISITED)
        return;
    w->cstate[c] |= ST_VISITED;
    bits = filter_bits(w, c);
    w->cwhy[c] = (uint16_t)bits;
    if (bits)
        return;
    w->cstate[c] |= ST_ALLOWED;
    w->cand[w->ncand++] = c;
}

/* Collect the candidates: teachers of essential needs, then teachers of
 * lacking required skills of candidates, transitively. */
static void collect(ws *w)
{
    const brug_courses *cat = w->cat;
    size_t i;
    uint32_t q, k;
    for (i = 0; i < w->nneed; i++) {
        uint32_t s = w->need[i].skill;
        if (s == BRUG_NO_INDEX || !w->need[i].essential)
            continue;
        for (k = cat->taught_by.ptr[s]; k < cat->taught_by.ptr[s + 1]; k++)
            visit(w, cat->taught_by.col[k]);
    }
    for (q = 0; q < w->ncand; q++) {
        uint32_t c = w->cand[q];
        for (k = cat->requires.ptr[c]; k < cat->requires.ptr[c + 1]; k++) {
            uint32_t r = cat->requires.col[k], t;
            if (!lacking(w, r))
                continue;
            for (t = cat->taught_by.ptr[r]; t < cat->taught_by.ptr[r + 1]; t++)
                visit(w, cat->taught_by.col[t]);
        }
    }
}

/* 1 when some grounded candidate other than c teaches skill r. */
static int grounded_teacher(const ws *w, uint32_t c, uint32_t r)
{
    const brug__csr *tb = &w->cat->taught_by;
    uint32_t t;
    for (t = tb->ptr[r]; t < tb->ptr[r + 1]; t++) {
        uint32_t d = tb->col[t];
        if (d != c && (w->cstate[d] & ST_GROUND))
            return 1;
    }
    return 0;
}

/* Fixpoint: a candidate is grounded when every lacking required skill is
 * taught by another grounded candidate. */
static void ground(ws *w)
{
    const brug_courses *cat = w->cat;
    int changed = 1;
    while (changed) {
        uint32_t q;
        changed = 0;
        for (q = 0; q < w->ncand; q++) {
            uint32_t c = w->cand[q], k;
            int ok = 1;
            if (w->cstate[c] & ST_GROUND)
                continue;
            for (k = cat->requires.ptr[c]; k < cat->requires.ptr[c + 1] && ok; k++) {
                uint32_t r = cat->requires.col[k];
                if (lacking(w, r) && !grounded_teacher(w, c, r))
                    ok = 0;
            }
            if (ok) {
                w->cstate[c] |= ST_GROUND;
                changed = 1;
            }
        }
    }
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Is sorted a[0..na) a subset of sorted b[0..nb)? */
static int subset(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb)
{
    uint32_t i = 0, j = 0;
    while (i < na) {
        while (j < nb && b[j] < a[i])
            j++;
        if (j == nb || b[j] != a[i])
            return 0;
        i++;
        j++;
    }
    return 1;
}

/*
 * Build the local problem from the grounded candidates: useful skills are
 * the essential needs some candidate teaches and the lacking required
 * skills of candidates.  Dominated candidates are dropped.
 */
static brug_err build_prob(ws *w)
{
    const brug_courses *cat = w->cat;
    prob *p = &w->p;
    int32_t *local; /* catalogue skill -> local index, -1 */
    uint32_t q, k, j, n = 0, nt = 0, nl = 0;
    uint32_t *gc, *ttmp_ptr, *ttmp, *ltmp_ptr, *ltmp;
    uint32_t *fill;

    local = brug__arena_alloc(&w->ar, (size_t)(cat->nskill + 1) * sizeof(int32_t));
    gc = brug__arena_alloc(&w->ar, ((size_t)w->ncand + 1) * sizeof(uint32_t));
    if (!local || !gc)
        return BRUG_ENOMEM;
    memset(local, 0xff, (size_t)(cat->nskill + 1) * sizeof(int32_t));
    for (q = 0; q < w->ncand; q++)
        if (w->cstate[w->cand[q]] & ST_GROUND)
            gc[n++] = w->cand[q];
    /* Catalogue order, so that ties and study order follow course ids. */
    qsort(gc, n, sizeof(*gc), cmp_u32);

    /* Useful skills. */
    p->skill = brug__arena_alloc(&w->ar, ((size_t)cat->nskill + 1) * sizeof(uint32_t));
    if (!p->skill)
        return BRUG_ENOMEM;
    p->m = 0;
    for (q = 0; q < w->nneed; q++) {
        uint32_t s = w->need[q].skill;
        if (s == BRUG_NO_INDEX || !w->need[q].essential || local[s] >= 0)
            continue;
        for (k = cat->taught_by.ptr[s]; k < cat->taught_by.ptr[s + 1]; k++)
            if (w->cstate[cat->taught_by.col[k]] & ST_GROUND)
                break;
        if (k == cat->taught_by.ptr[s + 1])
            continue;
        local[s] = (int32_t)p->m;
        p->skill[p->m++] = s;
    }
    for (q = 0; q < n; q++) {
        uint32_t c = gc[q];
        for (k = cat->requires.ptr[c]; k < cat->requires.ptr[c + 1]; k++) {
            uint32_t r = cat->requires.col[k];
            if (lacking(w, r) && local[r] < 0) {
                local[r] = (int32_t)p->m;
                p->skill[p->m++] = r;
            }
        }
    }

    /* Per grounded candidate: useful taught and lacking required, sorted
     * by local index (insertion sort: rows are short). */
    ttmp_ptr = brug__arena_alloc(&w->ar, ((size_t)n + 1) * sizeof(uint32_t));
    ltmp_ptr = brug__arena_alloc(&w->ar, ((size_t)n + 1) * sizeof(uint32_t));
    for (q = 0; q < n; q++) {
        nt += brug__csr_row_len(&cat->teaches, gc[q]);
        nl += brug__csr_row_len(&cat->requires, gc[q]);
    }
    ttmp = brug__arena_alloc(&w->ar, ((size_t)nt + 1) * sizeof(uint32_t));
    ltmp = brug__arena_alloc(&w->ar, ((size_t)nl + 1) * sizeof(uint32_t));
    if (!ttmp_ptr || !ltmp_ptr || !ttmp || !ltmp)
        return BRUG_ENOMEM;
    nt = nl = 0;
    for (q = 0; q < n; q++) {
        uint32_t c = gc[q], a, b;
        ttmp_ptr[q] = nt;
        for (k = cat->teaches.ptr[c]; k < cat->teaches.ptr[c + 1]; k++) {
            int32_t s = local[cat->teaches.col[k]];
            if (s < 0)
                continue;
            for (a = nt; a > ttmp_ptr[q] && ttmp[a - 1] > (uint32_t)s; a--)
                ttmp[a] = ttmp[a - 1];
            ttmp[a] = (uint32_t)s;
            nt++;
        }
        ltmp_ptr[q] = nl;
        for (k = cat->requires.ptr[c]; k < cat->requires.ptr[c + 1]; k++) {
            uint32_t r = cat->requires.col[k];
            if (!lacking(w, r))
                continue;
            for (b = nl; b > ltmp_ptr[q] && ltmp[b - 1] > (uint32_t)local[r]; b--)
                ltmp[b] = ltmp[b - 1];
            ltmp[b] = (uint32_t)local[r];
            nl++;
        }
    }
    ttmp_ptr[n] = nt;
    ltmp_ptr[n] = nl;

    /* Dominance: d dominates c when it teaches a superset, requires a
     * subset, and is no dearer in money and hours; among equals the first
     * in catalogue order survives.  Dominators must teach c's first useful
     * skill, so only the teachers of that skill are compared. */
    {
        int32_t *pos = brug__arena_alloc(&w->ar, ((size_t)cat->ncourse + 1) * sizeof(int32_t));
        if (!pos)
            return BRUG_ENOMEM;
        for (q = 0; q < n; q++)
            pos[gc[q]] = (int32_t)q;
        for (q = 0; q < n; q++) {
            uint32_t c = gc[q], s0, t;
            uint32_t tc = ttmp_ptr[q + 1] - ttmp_ptr[q], lc = ltmp_ptr[q + 1] - ltmp_ptr[q];
            if (tc == 0) {
                w->cstate[c] |= ST_DROPPED;
                continue;
            }
            s0 = p->skill[ttmp[ttmp_ptr[q]]];
            for (t = cat->taught_by.ptr[s0]; t < cat->taught_by.ptr[s0 + 1]; t++) {
                uint32_t d = cat->taught_by.col[t], qd, td, ld;
                int equal;
                if (d == c || !(w->cstate[d] & ST_GROUND) || (w->cstate[d] & ST_DROPPED))
                    continue;
                qd = (uint32_t)pos[d];
                td = ttmp_ptr[qd + 1] - ttmp_ptr[qd];
                ld = ltmp_ptr[qd + 1] - ltmp_ptr[qd];
                if (cat->cost_cents[d] > cat->cost_cents[c] || cat->hours[d] > cat->hours[c])
                    continue;
                if (td < tc || ld > lc)
                    continue;
                if (!subset(&ttmp[ttmp_ptr[q]], tc, &ttmp[ttmp_ptr[qd]], td) ||
                    !subset(&ltmp[ltmp_ptr[qd]], ld, &ltmp[ltmp_ptr[q]], lc))
                    continue;
                equal = td == tc && ld == lc && cat->cost_cents[d] == cat->cost_cents[c] &&
                        cat->hours[d] == cat->hours[c];
                if (!equal || d < c) {
                    w->cstate[c] |= ST_DROPPED;
                    break;
                }
            }
        }
    }

    /* The survivors. */
    p->k = 0;
    for (q = 0; q < n; q++)
        if (!(w->cstate[gc[q]] & ST_DROPPED))
            p->k++;
    p->cidx = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(uint32_t));
    p->obj = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(double));
    p->cost = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(double));
    p->hours = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(double));
    p->tptr = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(uint32_t));
    p->lptr = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(uint32_t));
    p->tcol = brug__arena_alloc(&w->ar, ((size_t)nt + 1) * sizeof(uint32_t));
    p->lcol = brug__arena_alloc(&w->ar, ((size_t)nl + 1) * sizeof(uint32_t));
    p->bptr = brug__arena_calloc(&w->ar, (size_t)p->m + 2, sizeof(uint32_t));
    p->bcol = brug__arena_alloc(&w->ar, ((size_t)nt + 1) * sizeof(uint32_t));
    p->need = brug__arena_alloc(&w->ar, ((size_t)p->m + 1) * sizeof(int32_t));
    p->target = brug__arena_calloc(&w->ar, (size_t)p->m + 1, 1);
    p->w = brug__arena_calloc(&w->ar, (size_t)p->m + 1, sizeof(double));
    fill = brug__arena_alloc(&w->ar, ((size_t)p->m + 1) * sizeof(uint32_t));
    if (!p->cidx || !p->obj || !p->cost || !p->hours || !p->tptr || !p->lptr || !p->tcol ||
        !p->lcol || !p->bptr || !p->bcol || !p->need || !p->target || !p->w || !fill)
        return BRUG_ENOMEM;
    nt = nl = 0;
    j = 0;
    for (q = 0; q < n; q++) {
        uint32_t c = gc[q];
        if (w->cstate[c] & ST_DROPPED)
            continue;
        p->cidx[j] = c;
        p->obj[j] = brug__plan_course_obj(cat, c, w->o);
        p->cost[j] = (double)cat->cost_cents[c] / 100.0;
        p->hours[j] = cat->hours[c];
        p->tptr[j] = nt;
        for (k = ttmp_ptr[q]; k < ttmp_ptr[q + 1]; k++) {
            p->tcol[nt++] = ttmp[k];
            p->bptr[ttmp[k] + 1]++;
        }
        p->lptr[j] = nl;
        for (k = ltmp_ptr[q]; k < ltmp_ptr[q + 1]; k++)
            p->lcol[nl++] = ltmp[k];
        j++;
    }
    p->tptr[p->k] = nt;
    p->lptr[p->k] = nl;
    for (k = 0; k < p->m; k++)
        p->bptr[k + 1] += p->bptr[k];
    memcpy(fill, p->bptr, (size_t)p->m * sizeof(uint32_t));
    for (j = 0; j < p->k; j++)
        for (k = p->tptr[j]; k < p->tptr[j + 1]; k++)
            p->bcol[fill[p->tcol[k]]++] = j;
    for (k = 0; k < p->m; k++) {
        int32_t ni = w->need_of[p->skill[k]];
        p->need[k] = ni;
        if (ni >= 0 && w->need[ni].essential && p->bptr[k + 1] > p->bptr[k]) {
            p->target[k] = 1;
            p->w[k] = w->need[ni].weight;
        }
    }
    return BRUG_OK;
}

/* ---- ordering ---------------------------------------------------------- */

/*
 * Place the chosen candidates (chosen[j] != 0) in rounds: a course is
 * placed when each lacking skill it requires is taught by a course placed
 * in an earlier round.  Writes the order to out (when not NULL) and
 * returns how many were placed; the rest are stuck in a cycle.
 * placed[] is scratch (k bytes); taught[] scratch (m counts).
 */
static uint32_t order_plan(const prob *p, const uint8_t *chosen, uint8_t *placed, uint32_t *taught,
                           uint32_t *out)
{
    uint32_t nplaced = 0, nchosen = 0, j, k, round_start;
    memset(placed, 0, p->k);
    memset(taught, 0, (size_t)p->m * sizeof(uint32_t));
    for (j = 0; j < p->k; j++)
        nchosen += chosen[j] != 0;
    for (;;) {
        uint32_t before = nplaced;
        round_start = nplaced;
        for (j = 0; j < p->k; j++) {
            int ok = 1;
            if (!chosen[j] || placed[j])
                continue;
            for (k = p->lptr[j]; k < p->lptr[j + 1] && ok; k++)
                if (!taught[p->lcol[k]])
                    ok = 0;
            if (!ok)
                continue;
            placed[j] = 2; /* this round: teaches only from the next round on */
            if (out)
                out[nplaced] = j;
            nplaced++;
        }
        for (j = 0; j < p->k; j++)
            if (placed[j] == 2) {
                placed[j] = 1;
                for (k = p->tptr[j]; k < p->tptr[j + 1]; k++)
                    taught[p->tcol[k]]++;
            }
        (void)round_start;
        if (nplaced == before || nplaced == nchosen)
            break;
    }
    return nplaced;
}

/* Sum of weights of targets the chosen set covers, and its objective. */
static double covered_weight(const prob *p, const uint8_t *chosen, uint32_t *taught)
{
    uint32_t j, k;
    double cw = 0;
    memset(taught, 0, (size_t)p->m * sizeof(uint32_t));
    for (j = 0; j < p->k; j++)
        if (chosen[j])
            for (k = p->tptr[j]; k < p->tptr[j + 1]; k++)
                taught[p->tcol[k]]++;
    for (k = 0; k < p->m; k++)
        if (p->target[k] && taught[k])
            cw += p->w[k];
    return cw;
}

static double plan_obj(const prob *p, const uint8_t *chosen)
{
    uint32_t j;
    double s = 0;
    for (j = 0; j < p->k; j++)
        if (chosen[j])
            s += p->obj[j];
    return s;
}

/* ---- greedy ------------------------------------------------------------ */

static brug_err greedy(ws *w, uint8_t *chosen)
{
    const prob *p = &w->p;
    uint32_t *taught, *pick, npick = 0, j, k;
    uint8_t *isaux, *placed;
    double rem_budget = w->budget_cents >= 0 ? (double)w->budget_cents / 100.0 : HUGE_VAL;
    double rem_hours = w->o->max_hours >= 0 ? w->o->max_hours : HUGE_VAL;
    double wmin = HUGE_VAL, auxval;

    taught = brug__arena_calloc(&w->ar, (size_t)p->m + 1, sizeof(uint32_t));
    isaux = brug__arena_calloc(&w->ar, (size_t)p->m + 1, 1);
    pick = brug__arena_alloc(&w->ar, ((size_t)p->k + 1) * sizeof(uint32_t));
    placed = brug__arena_alloc(&w->ar, (size_t)p->k + 1);
    if (!taught || !isaux || !pick || !placed)
        return BRUG_ENOMEM;
    memset(chosen, 0, p->k);
    for (j = 0; j < p->k; j++)
        for (k = p->lptr[j]; k < p->lptr[j + 1]; k++)
            isaux[p->lcol[k]] = 1;
    for (k = 0; k < p->m; k++)
        if (p->target[k] && p->w[k] < wmin)
            wmin = p->w[k];
    auxval = wmin == HUGE_VAL ? 1.0 : 0.25 * wmin;

    for (;;) {
        int64_t best = -1;
        double best_ratio = HUGE_VAL;
        for (j = 0; j < p->k; j++) {
            double gain = 0, ratio;
            int ok = 1;
            if (chosen[j] || p->cost[j] > rem_budget + 1e-6 || p->hours[j] > rem_hours + 1e-6)
                continue;
            for (k = p->lptr[j]; k < p->lptr[j + 1] && ok; k++)
                if (!taught[p->lcol[k]])
                    ok = 0;
            if (!ok)
                continue;
            for (k = p->tptr[j]; k < p->tptr[j + 1]; k++) {
                uint32_t s = p->tcol[k];
                if (taught[s])
                    continue;
                if (p->target[s])
                    gain += p->w[s];
                else if (isaux[s])
                    gain += auxval;
            }
            if (gain <= 0)
                continue;
            ratio = p->obj[j] / gain;
            if (ratio < best_ratio - EPS) {
                best_ratio = ratio;
                best = j;
            }
        }
        if (best < 0)
            break;
        chosen[best] = 1;
        pick[npick++] = (uint32_t)best;
        rem_budget -= p->cost[best];
        rem_hours -= p->hours[best];
        for (k = p->tptr[best]; k < p->tptr[best + 1]; k++)
            taught[p->tcol[k]]++;
    }

    /* Drop what became redundant, last picks first. */
    {
        double cw = covered_weight(p, chosen, taught);
        uint32_t nchosen = npick;
        while (npick > 0) {
            uint32_t jj = pick[--npick];
            chosen[jj] = 0;
            if (covered_weight(p, chosen, taught) >= cw - EPS &&
                order_plan(p, chosen, placed, taught, NULL) == nchosen - 1)
                nchosen--;
            else
                chosen[jj] = 1;
        }
    }
    return BRUG_OK;
}

/* ---- integer program ---------------------------------------------------- */

typedef struct cb_data {
    const double *inc; /* 1-based incumbent for the heuristic callback, or NULL */
    int inc_given;
    double bound;
    int have_bound;
} cb_data;

static void ios_callback(glp_tree *tree, void *info)
{
    cb_data *d = info;
    int node;
    if (glp_ios_reason(tree) == GLP_IHEUR && d->inc && !d->inc_given) {
        d->inc_given = 1;
        glp_ios_heur_sol(tree, d->inc);
    }
    node = glp_ios_best_node(tree);
    if (node) {
        d->bound = glp_ios_node_bound(tree, node);
        d->have_bound = 1;
    }
}

typedef struct ilp_out {
    int solved; /* an integer solution is in chosen */
    int optimal;
    int infeasible; /* proven: no plan covers every target within the limits */
    double bound;   /* lower bound on the model objective */
    int have_bound;
} ilp_out;

/* Solve the model (partial = maximise covered weight first).  inc is the
 * greedy plan (used as incumbent when it is feasible for the model). */
static brug_err solve_ilp_body(ws *w, int partial, double penalty, const uint8_t *inc, int inc_ok,
                               uint8_t *chosen, ilp_out *res)
{
    const prob *p = &w->p;
    glp_prob *lp;
    glp_smcp smcp;
    glp_iocp iocp;
    cb_data cbd;
    uint32_t j, k, ntarget = 0, row = 0;
    size_t ne = 0, cap;
    int *ia, *ja, *tcol_of; /* tcol_of: local skill -> u column (partial) */
    double *ar, *incv;
    uint8_t *placed;
    uint32_t *taught;
    int ncols, rounds, ret;
    brug_err err = BRUG_OK;

    memset(res, 0, sizeof(*res));
    for (k = 0; k < p->m; k++)
        ntarget += p->target[k];
    cap = 2 * ((size_t)p->tptr[p->k] + (size_t)p->k) + (size_t)ntarget + 2 * (size_t)p->k + 16;
    for (j = 0; j < p->k; j++)
        for (k = p->lptr[j]; k < p->lptr[j + 1]; k++)
            cap += (size_t)(p->bptr[p->lcol[k] + 1] - p->bptr[p->lcol[k]]) + 1;
    ia = brug__arena_alloc(&w->ar, (cap + 1) * sizeof(int));
    ja = brug__arena_alloc(&w->ar, (cap + 1) * sizeof(int));
    ar = brug__arena_alloc(&w->ar, (cap + 1) * sizeof(double));
    tcol_of = brug__arena_alloc(&w->ar, ((size_t)p->m + 1) * sizeof(int));
    incv = brug__arena_calloc(&w->ar, (size_t)p->k + ntarget + 2, sizeof(double));
    placed = brug__arena_alloc(&w->ar, (size_t)p->k + 1);
    taught = brug__arena_alloc(&w->ar, ((size_t)p->m + 1) * sizeof(uint32_t));
    if (!ia || !ja || !ar || !tcol_of || !incv || !placed || !taught)
        return BRUG_ENOMEM;

    lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MIN);
    ncols = (int)p->k + (partial ? (int)ntarget : 0);
    if (ncols == 0) {
        glp_delete_prob(lp);
        memset(chosen, 0, p->k);
        res->solved = res->optimal = 1;
        res->have_bound = 1;
        return BRUG_OK;
    }
    glp_add_cols(lp, ncols);
    for (j = 0; j < p->k; j++) {
        glp_set_col_kind(lp, (int)j + 1, GLP_BV);
        glp_set_obj_coef(lp, (int)j + 1, p->obj[j]);
    }
    {
        int u = (int)p->k;
        for (k = 0; k < p->m; k++) {
            tcol_of[k] = 0;
            if (partial && p->target[k]) {
                tcol_of[k] = ++u;
                glp_set_col_bnds(lp, u, GLP_DB, 0.0, 1.0);
                glp_set_obj_coef(lp, u, -penalty * p->w[k]);
            }
        }
    }
    /* Coverage rows. */
    for (k = 0; k < p->m; k++) {
        uint32_t t;
        if (!p->target[k])
            continue;
        row = (uint32_t)glp_add_rows(lp, 1);
        for (t = p->bptr[k]; t < p->bptr[k + 1]; t++) {
            ne++;
            ia[ne] = (int)row, ja[ne] = (int)p->bcol[t] + 1, ar[ne] = 1.0;
        }
        if (partial) {
            ne++;
            ia[ne] = (int)row, ja[ne] = tcol_of[k], ar[ne] = -1.0;
            glp_set_row_bnds(lp, (int)row, GLP_LO, 0.0, 0.0);
        } else {
            glp_set_row_bnds(lp, (int)row, GLP_LO, 1.0, 0.0);
        }
    }
    /* Prerequisite rows: x_j <= sum of other teachers of each lacking skill. */
    for (j = 0; j < p->k; j++)
        for (k = p->lptr[j]; k < p->lptr[j + 1]; k++) {
            uint32_t l = p->lcol[k], t;
            row = (uint32_t)glp_add_rows(lp, 1);
            for (t = p->bptr[l]; t < p->bptr[l + 1]; t++)
                if (p->bcol[t] != j) {
                    ne++;
                    ia[ne] = (int)row, ja[ne] = (int)p->bcol[t] + 1, ar[ne] = 1.0;
                }
            ne++;
            ia[ne] = (int)row, ja[ne] = (int)j + 1, ar[ne] = -1.0;
            glp_set_row_bnds(lp, (int)row, GLP_LO, 0.0, 0.0);
        }
    if (w->budget_cents >= 0) {
        row = (uint32_t)glp_add_rows(lp, 1);
        for (j = 0; j < p->k; j++) {
            ne++;
            ia[ne] = (int)row, ja[ne] = (int)j + 1, ar[ne] = p->cost[j];
        }
        glp_set_row_bnds(lp, (int)row, GLP_UP, 0.0, (double)w->budget_cents / 100.0 + 1e-7);
    }
    if (w->o->max_hours >= 0) {
        row = (uint32_t)glp_add_rows(lp, 1);
        for (j = 0; j < p->k; j++) {
            ne++;
            ia[ne] = (int)row, ja[ne] = (int)j + 1, ar[ne] = p->hours[j];
        }
        glp_set_row_bnds(lp, (int)row, GLP_UP, 0.0, w->o->max_hours + 1e-7);
    }
    if (glp_get_num_rows(lp) == 0) {
        /* Nothing to cover: the empty plan. */
        glp_delete_prob(lp);
        memset(chosen, 0, p->k);
        res->solved = res->optimal = res->have_bound = 1;
        return BRUG_OK;
    }
    glp_load_matrix(lp, (int)ne, ia, ja, ar);

    /* The greedy plan as incumbent (with u = coverage in the partial model). */
    if (inc_ok) {
        for (j = 0; j < p->k; j++)
            incv[j + 1] = inc[j] ? 1.0 : 0.0;
        if (partial) {
            covered_weight(p, inc, taught);
            for (k = 0; k < p->m; k++)
                if (tcol_of[k])
                    incv[tcol_of[k]] = taught[k] ? 1.0 : 0.0;
        }
    }

    for (rounds = 0; rounds < 32; rounds++) {
        double left = w->o->time_limit_ms - (now_ms() - w->t0);
        uint32_t nch, nplaced;
        glp_init_smcp(&smcp);
        smcp.msg_lev = GLP_MSG_OFF;
        smcp.tm_lim = left < 1 ? 1 : (int)left;
        ret = glp_simplex(lp, &smcp);
        if (ret != 0 || glp_get_status(lp) != GLP_OPT) {
            if (ret == 0 &&
                (glp_get_status(lp) == GLP_NOFEAS || glp_get_prim_stat(lp) == GLP_NOFEAS))
                res->infeasible = 1;
            break;
        }
        if (!res->have_bound || glp_get_obj_val(lp) > res->bound) {
            res->bound = glp_get_obj_val(lp);
            res->have_bound = 1;
        }
        left = w->o->time_limit_ms - (now_ms() - w->t0);
        glp_init_iocp(&iocp);
        iocp.msg_lev = GLP_MSG_OFF;
        iocp.presolve = GLP_OFF;
        iocp.tm_lim = left < 1 ? 1 : (int)left;
        iocp.cb_func = ios_callback;
        memset(&cbd, 0, sizeof(cbd));
        cbd.inc = inc_ok && rounds == 0 ? incv : NULL;
        iocp.cb_info = &cbd;
        ret = glp_intopt(lp, &iocp);
        if (cbd.have_bound && cbd.bound > res->bound)
            res->bound = cbd.bound;
        if (glp_mip_status(lp) == GLP_NOFEAS) {
            res->infeasible = 1;
            break;
        }
        if (glp_mip_status(lp) != GLP_OPT && glp_mip_status(lp) != GLP_FEAS)
            break;
        nch = 0;
        for (j = 0; j < p->k; j++) {
            chosen[j] = glp_mip_col_val(lp, (int)j + 1) > 0.5;
            nch += chosen[j];
        }
        nplaced = order_plan(p, chosen, placed, taught, NULL);
        if (nplaced == nch) {
            res->solved = 1;
            res->optimal = ret == 0 && glp_mip_status(lp) == GLP_OPT;
            if (res->optimal) {
                res->bound = glp_mip_obj_val(lp);
            }
            break;
        }
        /* A cyclic support: cut it off and solve again. */
        {
            uint32_t nstuck = 0;
            row = (uint32_t)glp_add_rows(lp, 1);
            ne = 0;
            for (j = 0; j < p->k; j++) {
                if (!chosen[j] || placed[j])
                    continue;
                nstuck++;
                ne++;
                ja[ne] = (int)j + 1, ar[ne] = 1.0;
            }
            /* taught[] now counts placed teachers: the blocking skill of a
             * stuck course is a lacking skill no placed course teaches. */
            for (j = 0; j < p->k; j++) {
                if (!chosen[j] || placed[j])
                    continue;
                for (k = p->lptr[j]; k < p->lptr[j + 1]; k++) {
                    uint32_t l = p->lcol[k], t;
                    if (taught[l])
                        continue;
                    for (t = p->bptr[l]; t < p->bptr[l + 1]; t++) {
                        uint32_t d = p->bcol[t], e;
                        int dup = 0;
                        if (d == j || (chosen[d] && !placed[d]))
                            continue;
                        for (e = 1; e <= ne && !dup; e++)
                            if (ja[e] == (int)d + 1)
                                dup = 1;
                        if (dup)
                            continue;
                        ne++;
                        ja[ne] = (int)d + 1, ar[ne] = -1.0;
                    }
                    break;
                }
            }
            glp_set_mat_row(lp, (int)row, (int)ne, ja, ar);
            glp_set_row_bnds(lp, (int)row, GLP_UP, 0.0, (double)nstuck - 1.0);
        }
        if (now_ms() - w->t0 > w->o->time_limit_ms)
            break;
    }
    glp_delete_prob(lp);
    return err;
}

/*
 * GLPK reports an internal error or running out of memory by calling the
 * error hook and then aborting the process.  The library must never abort,
 * so the hook jumps back here instead; GLPK's state (this thread's
 * environment) is then undefined and is freed whole with glp_free_env(),
 * and the caller falls back to the greedy plan (after a normal run too, so
 * no thread keeps an environment).  GLPK's terminal output
 * (its error messages too) is swallowed, so it never writes to the CLI's
 * stdout.
 */
typedef struct glpk_guard {
    jmp_buf jb;
} glpk_guard;

static void glpk_error(void *info)
{
    glpk_guard *g = info;
    longjmp(g->jb, 1);
}

/* GLPK's terminal output, error messages included: swallowed. */
static int glpk_quiet(void *info, const char *s)
{
    (void)info;
    (void)s;
    return 1;
}

static brug_err solve_ilp(ws *w, int partial, double penalty, const uint8_t *inc, int inc_ok,
                          uint8_t *chosen, ilp_out *res)
{
    glpk_guard g;
    volatile brug_err err = BRUG_OK;
    if (setjmp(g.jb)) {
        glp_error_hook(NULL, NULL);
        glp_term_hook(NULL, NULL);
        glp_free_env();
        memset(res, 0, sizeof(*res));
        return BRUG_EINTERNAL;
    }
    glp_term_hook(glpk_quiet, NULL);
    glp_error_hook(glpk_error, &g);
    err = solve_ilp_body(w, partial, penalty, inc, inc_ok, chosen, res);
    glp_error_hook(NULL, NULL);
    glp_term_hook(NULL, NULL);
    /* GLPK keeps an environment per thread (thread-local) until
     * glp_free_env(); a server pool thread that exits would leak it (LSan
     * saw it when glibc reused the thread's stack).  Every problem of this
     * call is deleted, so free it now; the next call makes a new one. */
    glp_free_env();
    return err;
}

/* ---- the whole run ------------------------------------------------------ */

/* Join the reasons so far (acc) with one more (next) by the language's "or". */
static void join_or(char *acc, size_t size, const char *lang, const char *next)
{
    char prev[512];
    brug_msg_arg a[] = {BRUG_MSG_S("a", prev), BRUG_MSG_S("b", next), BRUG_MSG_ARGS_END};
    if (!acc[0]) {
        snprintf(acc, size, "%s", next);
        return;
    }
    snprintf(prev, sizeof(prev), "%s", acc);
    brug_msg_format(acc, size, lang, "list.or", a);
}

const char *brug__plan_why_text(unsigned why, const brug_plan_opts *o, const char *lang, char *buf,
                                size_t size)
{
    char reasons[512], one[160];
    brug_msg_arg region[] = {BRUG_MSG_S("region", o->region ? o->region : ""), BRUG_MSG_ARGS_END};
    brug_msg_arg budget[] = {BRUG_MSG_M("budget", o->budget), BRUG_MSG_ARGS_END};
    brug_msg_arg hours[] = {BRUG_MSG_N("hours", o->max_hours), BRUG_MSG_ARGS_END};
    brug_msg_arg all[] = {BRUG_MSG_S("reasons", reasons), BRUG_MSG_ARGS_END};
    const char *key = NULL;
    if (why & BRUG__WHY_NO_COURSE)
        key = "plan.why.no_course";
    else if (why & BRUG__WHY_OPTIONAL)
        key = "plan.why.optional";
    else if (why & BRUG__WHY_LIMITS)
        key = "plan.why.limits";
    if (key) {
        brug_msg_format(buf, size, lang, key, NULL);
        return buf;
    }
    reasons[0] = '\0';
    if (why & BRUG__WHY_ONLINE) {
        brug_msg_format(one, sizeof(one), lang, "plan.why.not_online", NULL);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    if (why & BRUG__WHY_MODE) {
        char modes[160] = "", name[40], key[32];
        brug_msg_arg m[] = {BRUG_MSG_S("modes", modes), BRUG_MSG_ARGS_END};
        int i;
        for (i = 1; i <= 4; i++)
            if (o->modes & (1u << i)) {
                snprintf(key, sizeof(key), "plan.mode.%s",
                         i == BRUG_COURSE_IN_COMPANY ? "in_company"
                                                     : brug__course_mode_name((brug_course_mode)i));
                brug_msg_format(name, sizeof(name), lang, key, NULL);
                join_or(modes, sizeof(modes), lang, name);
            }
        brug_msg_format(one, sizeof(one), lang, "plan.why.mode", m);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    if (why & BRUG__WHY_REGION) {
        brug_msg_format(one, sizeof(one), lang, "plan.why.region", region);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    if (why & BRUG__WHY_PROVIDER) {
        brug_msg_arg p[] = {BRUG_MSG_S("provider", o->provider ? o->provider : ""),
                            BRUG_MSG_ARGS_END};
        brug_msg_format(one, sizeof(one), lang, "plan.why.provider", p);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    if (why & BRUG__WHY_BUDGET) {
        brug_msg_format(one, sizeof(one), lang,
                        o->budget >= 0 ? "plan.why.budget" : "plan.why.budget_any", budget);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    if (why & BRUG__WHY_HOURS) {
        brug_msg_format(one, sizeof(one), lang,
                        o->max_hours >= 0 ? "plan.why.hours" : "plan.why.hours_any", hours);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    if (why & BRUG__WHY_PREREQ) {
        brug_msg_format(one, sizeof(one), lang, "plan.why.prereq", NULL);
        join_or(reasons, sizeof(reasons), lang, one);
    }
    brug_msg_format(buf, size, lang, "plan.why.filtered", all);
    return buf;
}

static brug_err check_opts(const brug_plan_opts *o)
{
    if ((int)o->objective < 0 || (int)o->objective > 2)
        return BRUG_EINVAL;
    if (o->objective == BRUG_PLAN_MIX && !(o->hour_value >= 0 && o->hour_value < 1e7))
        return BRUG_EINVAL;
    if (!(o->budget < 1e12) || !(o->max_hours < 1e9) || !(o->time_limit_ms >= 0))
        return BRUG_EINVAL;
    if (o->region && !brug__region_valid(o->region))
        return BRUG_EINVAL;
    return BRUG_OK;
}

/* check_opts with a message naming the option that is wrong. */
static brug_err opts_message(const brug_plan_opts *o, char *msg, size_t msgsize)
{
    if ((int)o->objective < 0 || (int)o->objective > 2)
        brug__errbuf(msg, msgsize, "plan: objective: expected hours, cost or mix");
    else if (o->objective == BRUG_PLAN_MIX && !(o->hour_value >= 0 && o->hour_value < 1e7))
        brug__errbuf(msg, msgsize, "plan: hour value: expected 0 to 1e7 euros");
    else if (!(o->budget < 1e12))
        brug__errbuf(msg, msgsize, "plan: budget: expected less than 1e12 euros");
    else if (!(o->max_hours < 1e9))
        brug__errbuf(msg, msgsize, "plan: max hours: expected less than 1e9");
    else if (!(o->time_limit_ms >= 0))
        brug__errbuf(msg, msgsize, "plan: time limit: expected 0 ms or more");
    else if (o->region && !brug__region_valid(o->region))
        brug__errbuf(msg, msgsize, "plan: region: unknown region '%s' (docs/courses.md)",
                     o->region);
    else
        return BRUG_OK;
    return BRUG_EINVAL;
}

void brug__plan_result_release(brug__plan_result *res, const brug_alloc *alloc)
{
    if (!res)
        return;
    brug__free(alloc, res->course);
    brug__free(alloc, res->covered);
    brug__free(alloc, res->why);
    brug__free(alloc, res->lacking);
    memset(res, 0, sizeof(*res));
}

brug_err brug__plan_run(const brug_courses *cat, const brug__plan_need *need, size_t nneed,
                        const uint8_t *have, const brug_plan_opts *opts, const brug_alloc *alloc,
                        brug__plan_result *res)
{
    ws w;
    brug_plan_opts defaults;
    uint8_t *gch = NULL, *ich = NULL, *chosen, *placed = NULL;
    uint32_t *taught = NULL, *order = NULL;
    size_t i;
    uint32_t j, k, n;
    brug_err err = BRUG_ENOMEM;
    double gobj, gcw, full_w = 0;
    ilp_out io;
    int used_ilp = 0;

    memset(res, 0, sizeof(*res));
    if (!opts) {
        brug_plan_opts_init(&defaults);
        opts = &defaults;
    }
    if (check_opts(opts))
        return BRUG_EINVAL;
    for (i = 0; i < nneed; i++)
        if (!(need[i].weight > 0 && need[i].weight < 1e9) ||
            (need[i].skill != BRUG_NO_INDEX && need[i].skill >= cat->nskill))
            return BRUG_EINVAL;

    memset(&w, 0, sizeof(w));
    w.t0 = now_ms();
    w.cat = cat;
    w.o = opts;
    w.have = have;
    w.need = need;
    w.nneed = nneed;
    w.budget_cents = opts->budget >= 0 ? (int64_t)llround(opts->budget * 100.0) : -1;
    brug__arena_init(&w.ar, alloc, 0);
    w.need_of = brug__arena_alloc(&w.ar, ((size_t)cat->nskill + 1) * sizeof(int32_t));
    w.cstate = brug__arena_calloc(&w.ar, (size_t)cat->ncourse + 1, 1);
    w.cwhy = brug__arena_calloc(&w.ar, (size_t)cat->ncourse + 1, sizeof(*w.cwhy));
    w.cand = brug__arena_alloc(&w.ar, ((size_t)cat->ncourse + 1) * sizeof(uint32_t));
    res->covered = brug__calloc(alloc, nneed + 1, 1);
    res->why = brug__calloc(alloc, nneed + 1, sizeof(*res->why));
    if (!w.need_of || !w.cstate || !w.cwhy || !w.cand || !res->covered || !res->why)
        goto out;
    memset(w.need_of, 0xff, ((size_t)cat->nskill + 1) * sizeof(int32_t));
    for (i = 0; i < nneed; i++)
        if (need[i].skill != BRUG_NO_INDEX && w.need_of[need[i].skill] < 0)
            w.need_of[need[i].skill] = (int32_t)i;

    collect(&w);
    ground(&w);
    err = build_prob(&w);
    if (err)
        goto out;
    res->ncand = w.p.k;

    err = BRUG_ENOMEM;
    gch = brug__arena_calloc(&w.ar, (size_t)w.p.k + 1, 1);
    ich = brug__arena_calloc(&w.ar, (size_t)w.p.k + 1, 1);
    placed = brug__arena_alloc(&w.ar, (size_t)w.p.k + 1);
    taught = brug__arena_calloc(&w.ar, (size_t)w.p.m + 1, sizeof(uint32_t));
    order = brug__arena_alloc(&w.ar, ((size_t)w.p.k + 1) * sizeof(uint32_t));
    if (!gch || !ich || !placed || !taught || !order)
        goto out;
    err = greedy(&w, gch);
    if (err)
        goto out;
    gobj = plan_obj(&w.p, gch);
    gcw = covered_weight(&w.p, gch, taught);
    for (k = 0; k < w.p.m; k++)
        if (w.p.target[k])
            full_w += w.p.w[k];

    chosen = gch;
    res->objective = gobj;
    res->bound = 0;
    res->optimal = 0;
    if (gcw >= full_w - EPS && gobj <= EPS) {
        res->optimal = 1; /* covers everything at no cost */
        res->bound = gobj;
    } else if (!opts->greedy_only) {
        int full_ok = gcw >= full_w - EPS;
        err = solve_ilp(&w, 0, 0, gch, full_ok, ich, &io);
        if (err == BRUG_EINTERNAL)
            err = BRUG_OK; /* GLPK failed: io is empty, the greedy plan stands */
        if (err)
            goto out;
        if (io.solved) {
            double iobj = plan_obj(&w.p, ich);
            used_ilp = 1;
            res->bound = io.bound;
            if (!full_ok || iobj <= gobj + EPS) {
                chosen = ich;
                res->objective = iobj;
            } else {
                used_ilp = 0;
            }
            res->optimal = io.optimal || (io.have_bound && res->objective <= io.bound + 1e-7);
        } else if (io.infeasible) {
            /* The limits forbid covering everything: cover the most weight. */
            double sum = 1, wmin = HUGE_VAL, penalty;
            for (j = 0; j < w.p.k; j++)
                sum += w.p.obj[j];
            for (k = 0; k < w.p.m; k++)
                if (w.p.target[k] && w.p.w[k] < wmin)
                    wmin = w.p.w[k];
            penalty = sum / wmin;
            err = solve_ilp(&w, 1, penalty, gch, 1, ich, &io);
            if (err == BRUG_EINTERNAL)
                err = BRUG_OK;
            if (err)
                goto out;
            if (io.solved) {
                double icw = covered_weight(&w.p, ich, taught);
                double iobj = plan_obj(&w.p, ich);
                double comb_i = iobj - penalty * icw, comb_g = gobj - penalty * gcw;
                if (comb_i <= comb_g + EPS) {
                    chosen = ich;
                    res->objective = iobj;
                    used_ilp = 1;
                }
                if (io.optimal) {
                    res->optimal = 1;
                    res->bound = res->objective;
                } else if (io.have_bound) {
                    double cw = covered_weight(&w.p, chosen, taught);
                    res->bound = io.bound + penalty * cw;
                }
            }
        } else {
            res->bound = io.have_bound ? io.bound : 0;
        }
    }
    if (res->optimal) {
        res->gap = 0;
        res->bound = res->objective;
    } else if (res->objective > EPS) {
        double b = res->bound > 0 ? res->bound : 0;
        res->gap = (res->objective - b) / res->objective;
        if (res->gap < 0)
            res->gap = 0;
        if (res->gap > 1)
            res->gap = 1;
    }
    res->used_ilp = used_ilp;

    /* The plan in study order, coverage and reasons. */
    n = order_plan(&w.p, chosen, placed, taught, order);
    err = BRUG_ENOMEM;
    res->course = brug__malloc(alloc, ((size_t)n + 1) * sizeof(uint32_t));
    res->lacking = brug__malloc(alloc, ((size_t)w.p.m + 1) * sizeof(uint32_t));
    if (!res->course || !res->lacking)
        goto out;
    res->ncourse = n;
    for (j = 0; j < n; j++) {
        uint32_t c = w.p.cidx[order[j]];
        res->course[j] = c;
        res->total_hours += cat->hours[c];
        res->total_cost_cents += cat->cost_cents[c];
    }
    {
        uint8_t *isl = brug__arena_calloc(&w.ar, (size_t)w.p.m + 1, 1);
        if (!isl)
            goto out;
        for (j = 0; j < w.p.k; j++)
            if (chosen[j])
                for (k = w.p.lptr[j]; k < w.p.lptr[j + 1]; k++)
                    isl[w.p.lcol[k]] = 1;
        for (k = 0; k < w.p.m; k++)
            if (isl[k])
                res->lacking[res->nlacking++] = w.p.skill[k];
    }
    for (i = 0; i < nneed; i++) {
        uint32_t s = need[i].skill;
        unsigned why = 0;
        if (s != BRUG_NO_INDEX)
            for (j = 0; j < n && !res->covered[i]; j++)
                if (brug__csr_find(&cat->teaches, res->course[j], s) >= 0)
                    res->covered[i] = 1;
        if (res->covered[i])
            continue;
        if (!need[i].essential) {
            why = s == BRUG_NO_INDEX || cat->taught_by.ptr[s] == cat->taught_by.ptr[s + 1]
                      ? BRUG__WHY_NO_COURSE
                      : BRUG__WHY_OPTIONAL;
        } else if (s == BRUG_NO_INDEX || cat->taught_by.ptr[s] == cat->taught_by.ptr[s + 1]) {
            why = BRUG__WHY_NO_COURSE;
        } else {
            int any_ground = 0;
            for (k = cat->taught_by.ptr[s]; k < cat->taught_by.ptr[s + 1]; k++) {
                uint32_t d = cat->taught_by.col[k];
                if (w.cstate[d] & ST_GROUND)
                    any_ground = 1;
                else if (w.cstate[d] & ST_ALLOWED)
                    why |= BRUG__WHY_PREREQ;
                else
                    why |= w.cwhy[d];
            }
            if (any_ground)
                why = BRUG__WHY_LIMITS;
        }
        res->why[i] = (uint16_t)why;
    }
    err = BRUG_OK;
out:
    res->ms = now_ms() - w.t0;
    brug__arena_release(&w.ar);
    if (err)
        brug__plan_result_release(res, alloc);
    return err;
}

/* ---- public: URIs in, JSON out -------------------------------------------- */

/* The reason as data: {"code": "no_course"|"optional"|"limits"|"filtered",
 * "filters": [...]} with, for "filtered", what ruled the courses out. */
static json_t *why_code(unsigned why)
{
    static const struct {
        unsigned bit;
        const char *name;
    } filters[] = {{BRUG__WHY_ONLINE, "online"},       {BRUG__WHY_MODE, "mode"},
                   {BRUG__WHY_REGION, "region"},       {BRUG__WHY_PROVIDER, "provider"},
                   {BRUG__WHY_BUDGET, "budget"},       {BRUG__WHY_HOURS, "hours"},
                   {BRUG__WHY_PREREQ, "prerequisites"}};
    json_t *f = json_array();
    size_t i;
    const char *code = why & BRUG__WHY_NO_COURSE  ? "no_course"
                       : why & BRUG__WHY_OPTIONAL ? "optional"
                       : why & BRUG__WHY_LIMITS   ? "limits"
                                                  : "filtered";
    for (i = 0; f && strcmp(code, "filtered") == 0 && i < sizeof(filters) / sizeof(filters[0]); i++)
        if (why & filters[i].bit)
            json_array_append_new(f, json_string(filters[i].name));
    return json_pack("{s:s, s:o*}", "code", code, "filters", f);
}

static json_t *skill_obj(const brug_onto *onto, const char *lang, const brug_plan_skill *s)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "uri", json_string(s->uri));
    if (onto) {
        uint32_t i = brug_onto_skill_find(onto, s->uri);
        if (i != BRUG_NO_INDEX)
            brug_onto_json_skill_label(o, "label", onto, i, lang);
    }
    json_object_set_new(o, "essential", json_boolean(s->essential));
    json_object_set_new(o, "weight", json_real(s->weight));
    return o;
}

static double round2(double x)
{
    return round(x * 100.0) / 100.0;
}

brug_err brug_plan_solve(const brug_courses *cat, const brug_onto *onto, const char *lang,
                         const brug_plan_skill *missing, size_t n, const char *const *have,
                         size_t nhave, const brug_plan_opts *opts, json_t **out, char *msg,
                         size_t msgsize)
{
    const brug_alloc *alloc = &cat->alloc;
    brug__plan_need *need = NULL;
    uint8_t *hv = NULL, *in_plan = NULL;
    brug__plan_result res;
    brug_plan_opts defaults;
    json_t *doc = NULL, *covered, *uncovered, *courses;
    brug_err err = BRUG_ENOMEM;
    size_t i;
    uint32_t j, k;

    *out = NULL;
    if (!opts) {
        brug_plan_opts_init(&defaults);
        opts = &defaults;
    }
    memset(&res, 0, sizeof(res));
    err = opts_message(opts, msg, msgsize);
    if (err)
        return err;
    need = brug__calloc(alloc, n + 1, sizeof(*need));
    if (!need) {
        brug__errbuf(msg, msgsize, "plan: out of memory");
        return BRUG_ENOMEM;
    }
    for (i = 0; i < n; i++) {
        if (!missing[i].uri || !(missing[i].weight > 0 && missing[i].weight < 1e9)) {
            brug__errbuf(msg, msgsize, "plan: missing[%zu] (%s): %s", i,
                         missing[i].uri ? missing[i].uri : "no URI",
                         missing[i].uri ? "weight must be > 0 and < 1e9" : "a skill URI is needed");
            err = BRUG_EINVAL;
            goto out;
        }
        need[i].skill = brug__courses_skill(cat, missing[i].uri);
        need[i].weight = missing[i].weight;
        need[i].essential = missing[i].essential;
    }
    if (have) {
        hv = brug__calloc(alloc, (size_t)cat->nskill + 1, 1);
        if (!hv)
            goto out;
        for (i = 0; i < nhave; i++) {
            uint32_t s = have[i] ? brug__courses_skill(cat, have[i]) : BRUG_NO_INDEX;
            if (s != BRUG_NO_INDEX)
                hv[s] = 1;
        }
    }
    err = brug__plan_run(cat, need, n, hv, opts, alloc, &res);
    if (err)
        goto out;
    err = BRUG_ENOMEM;
    in_plan = brug__calloc(alloc, (size_t)cat->nskill + 1, 1);
    doc = json_object();
    covered = json_array();
    uncovered = json_array();
    courses = json_array();
    if (!in_plan || !doc || json_object_set_new(doc, "covered", covered) ||
        json_object_set_new(doc, "uncovered", uncovered) ||
        json_object_set_new(doc, "courses", courses))
        goto out;
    for (i = 0; i < n; i++) {
        json_t *o = skill_obj(onto, lang, &missing[i]);
        if (!o)
            goto out;
        if (res.covered[i]) {
            json_array_append_new(covered, o);
        } else {
            char buf[256];
            json_object_set_new(
                o, "reason",
                json_string(brug__plan_why_text(res.why[i], opts, lang, buf, sizeof(buf))));
            json_object_set_new(o, "reason_code", why_code(res.why[i]));
            json_array_append_new(uncovered, o);
        }
        if (need[i].skill != BRUG_NO_INDEX)
            in_plan[need[i].skill] = 1;
    }
    for (j = 0; j < res.nlacking; j++)
        in_plan[res.lacking[j]] |= 2;
    for (j = 0; j < res.ncourse; j++) {
        uint32_t c = res.course[j], jj;
        json_t *co, *teaches = json_array(), *requires = json_array(), *after = json_array();
        if (!teaches || !requires || !after) {
            json_decref(teaches);
            json_decref(requires);
            json_decref(after);
            goto out;
        }
        for (k = cat->teaches.ptr[c]; k < cat->teaches.ptr[c + 1]; k++)
            if (in_plan[cat->teaches.col[k]])
                json_array_append_new(teaches, json_string(cat->skill_uri[cat->teaches.col[k]]));
        for (k = cat->requires.ptr[c]; k < cat->requires.ptr[c + 1]; k++) {
            uint32_t r = cat->requires.col[k];
            if (!(in_plan[r] & 2))
                continue;
            json_array_append_new(requires, json_string(cat->skill_uri[r]));
            for (jj = 0; jj < j; jj++)
                if (brug__csr_find(&cat->teaches, res.course[jj], r) >= 0) {
                    size_t a;
                    int dup = 0;
                    for (a = 0; a < json_array_size(after); a++)
                        if (strcmp(json_string_value(json_array_get(after, a)),
                                   cat->id[res.course[jj]]) == 0)
                            dup = 1;
                    if (!dup)
                        json_array_append_new(after, json_string(cat->id[res.course[jj]]));
                }
        }
        co = json_pack("{s:s, s:s, s:s?, s:s, s:s, s:s?, s:f, s:f, s:o, s:o, s:o}", "id",
                       cat->id[c], "title", cat->title[c], "title_lang",
                       cat->title_lang[c][0] ? cat->title_lang[c] : NULL, "provider",
                       cat->provider[c], "mode",
                       brug__course_mode_name((brug_course_mode)cat->mode[c]), "region",
                       cat->region[c][0] ? cat->region[c] : NULL, "hours", cat->hours[c], "cost",
                       (double)cat->cost_cents[c] / 100.0, "teaches", teaches, "requires", requires,
                       "after", after);
        if (co && cat->region[c][0]) {
            /* Where, by name in the request's language (region_name_lang says which). */
            const char *rl = "nl", *rn = brug_region_label(cat->region[c], lang, &rl);
            if (rn) {
                json_object_set_new(co, "region_name", json_string(rn));
                json_object_set_new(co, "region_name_lang", json_string(rl));
            }
        }
        if (!co || json_array_append_new(courses, co))
            goto out;
    }
    if (json_object_set_new(doc, "total_hours", json_real(round2(res.total_hours))) ||
        json_object_set_new(doc, "total_cost", json_real((double)res.total_cost_cents / 100.0)) ||
        json_object_set_new(doc, "optimal", json_boolean(res.optimal)) ||
        json_object_set_new(doc, "gap", json_real(res.gap)) ||
        json_object_set_new(doc, "objective",
                            json_string(opts->objective == BRUG_PLAN_COST  ? "cost"
                                        : opts->objective == BRUG_PLAN_MIX ? "mix"
                                                                           : "hours")) ||
        json_object_set_new(doc, "objective_value", json_real(res.objective)) ||
        json_object_set_new(doc, "bound", json_real(res.bound)) ||
        json_object_set_new(doc, "solver", json_string(res.used_ilp ? "ilp" : "greedy")) ||
        json_object_set_new(doc, "candidates", json_integer(res.ncand)) ||
        json_object_set_new(doc, "ms", json_real(round(res.ms * 1000.0) / 1000.0)))
        goto out;
    *out = doc;
    doc = NULL;
    err = BRUG_OK;
out:
    if (err == BRUG_ENOMEM)
        brug__errbuf(msg, msgsize, "plan: out of memory");
    else if (err && err != BRUG_EINVAL)
        brug__errbuf(msg, msgsize, "plan: %s", brug_strerror(err));
    json_decref(doc);
    brug__plan_result_release(&res, alloc);
    brug__free(alloc, need);
    brug__free(alloc, hv);
    brug__free(alloc, in_plan);
    return err;
}

/* ---- the gap between two occupations -------------------------------------- */

brug_err brug_plan_occupation_gap(const brug_onto *onto, const char *from_uri, const char *to_uri,
                                  brug_plan_skill **missing, size_t *nmissing, const char ***have,
                                  size_t *nhave)
{
    uint32_t from, to, k;
    const brug__csr *os;
    brug_plan_skill *m;
    const char **h;
    size_t nm = 0, nh = 0;

    *missing = NULL;
    *have = NULL;
    *nmissing = *nhave = 0;
    from = brug_onto_occupation_find(onto, from_uri);
    to = brug_onto_occupation_find(onto, to_uri);
    if (from == BRUG_NO_INDEX || to == BRUG_NO_INDEX)
        return BRUG_ENOTFOUND;
    os = &onto->occ_skills;
    m = malloc(((size_t)brug__csr_row_len(os, to) + 1) * sizeof(*m));
    h = malloc(((size_t)brug__csr_row_len(os, from) + 1) * sizeof(*h));
    if (!m || !h) {
        free(m);
        free(h);
        return BRUG_ENOMEM;
    }
    for (k = os->ptr[from]; k < os->ptr[from + 1]; k++)
        h[nh++] = onto->skill_uri[os->col[k]];
    for (k = os->ptr[to]; k < os->ptr[to + 1]; k++) {
        uint32_t s = os->col[k];
        if (brug__csr_find(os, from, s) >= 0)
            continue;
        m[nm].uri = onto->skill_uri[s];
        m[nm].essential = os->tag && os->tag[k] == BRUG__REL_ESSENTIAL;
        m[nm].weight = m[nm].essential ? 1.0 : 0.5;
        nm++;
    }
    *missing = m;
    *nmissing = nm;
    *have = h;
    *nhave = nh;
    return BRUG_OK;
}
