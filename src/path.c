/*
 * path.c - career paths: the k cheapest loop-free routes from one
 * occupation to another (or to any occupation of a collection) through
 * intermediate occupations, by Yen's algorithm over the transition graph.
 *
 * The graph: every occupation keeps its path_edges best targets scoring
 * at least path_min_score, plus every edge into a goal that scores that
 * much; a step A -> B costs (1 - score(A->B)) + path_step_cost, so a route
 * is cheap when each step leaves little of the next requirement missing,
 * and a detour must save more than a step's cost.  Goals feed one virtual
 * sink at no cost, so "any green occupation" is the same search.  Shortest
 * routes with a hop limit come from a layered Bellman-Ford (at most
 * max_steps layers of the sparse graph), which is exact and small here.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "bridges_int.h"

#define INF 1e300
#define MAX_STEPS 10
#define MAX_K 20

typedef struct graph {
    uint32_t nv;   /* occupations + the sink */
    uint32_t *ptr; /* nv + 1 */
    uint32_t *to;
    float *score; /* step score (the sink's edges: 1) */
    double *cost;
} graph;

typedef struct route {
    uint32_t n; /* nodes, sink included */
    uint32_t node[MAX_STEPS + 2];
    double cost;
} route;

typedef struct search {
    const graph *g;
    uint32_t sink;
    uint8_t *removed; /* nodes barred from the spur path */
    uint8_t *blocked; /* next nodes barred from the spur node */
    double *dist;     /* (MAX_STEPS + 2) * nv */
    uint32_t *parent; /* same */
} search;

/* Cheapest route src -> sink with at most hops edges, avoiding removed
 * nodes and, from src, the blocked next nodes.  0 when none. */
static int shortest(search *se, uint32_t src, uint32_t hops, route *out)
{
    const graph *g = se->g;
    uint32_t nv = g->nv, h, u, k, best_h = 0;
    double best = INF;
    for (h = 0; h <= hops; h++)
        for (u = 0; u < nv; u++)
            se->dist[(size_t)h * nv + u] = INF;
    se->dist[src] = 0.0;
    for (h = 1; h <= hops; h++) {
        const double *prev = se->dist + (size_t)(h - 1) * nv;
        double *cur = se->dist + (size_t)h * nv;
        uint32_t *par = se->parent + (size_t)h * nv;
        for (u = 0; u < nv; u++) {
            if (prev[u] >= INF || u == se->sink)
                continue;
            for (k = g->ptr[u]; k < g->ptr[u + 1]; k++) {
                uint32_t v = g->to[k];
                double nd = prev[u] + g->cost[k];
                if (se->removed[v] || v == src || (u == src && se->blocked[v]))
                    continue;
                if (nd < cur[v]) {
                    cur[v] = nd;
                    par[v] = u;
                }
            }
        }
        if (cur[se->sink] < best) {
            best = cur[se->sink];
            best_h = h;
        }
    }
    if (best >= INF)
        return 0;
    out->n = best_h + 1;
    out->cost = best;
    out->node[best_h] = se->sink;
    for (h = best_h; h > 0; h--)
        out->node[h - 1] = se->parent[(size_t)h * nv + out->node[h]];
    return 1;
}

static int same_route(const route *a, const route *b)
{
    return a->n == b->n && memcmp(a->node, b->node, a->n * sizeof(uint32_t)) == 0;
}

/* Cheaper first; equal costs by fewer nodes, then node order. */
static int route_before(const route *a, const route *b)
{
    if (a->cost != b->cost)
        return a->cost < b->cost;
    if (a->n != b->n)
        return a->n < b->n;
    return memcmp(a->node, b->node, a->n * sizeof(uint32_t)) < 0;
}

static double edge_cost(const graph *g, uint32_t u, uint32_t v)
{
    uint32_t k;
    for (k = g->ptr[u]; k < g->ptr[u + 1]; k++)
        if (g->to[k] == v)
            return g->cost[k];
    return INF;
}

static float edge_score(const graph *g, uint32_t u, uint32_t v)
{
    uint32_t k;
    for (k = g->ptr[u]; k < g->ptr[u + 1]; k++)
        if (g->to[k] == v)
            return g->score[k];
    return 0.0f;
}

/* Yen's k shortest loop-free routes; returns how many were found. */
static size_t yen(search *se, uint32_t src, uint32_t max_hops, size_t k, route *found, route *cand,
                  size_t max_cand)
{
    const graph *g = se->g;
    size_t nfound = 0, ncand = 0, j, c;
    if (!shortest(se, src, max_hops, &found[0]))
        return 0;
    nfound = 1;
    while (nfound < k) {
        const route *last = &found[nfound - 1];
        uint32_t i;
        for (i = 0; i + 1 < last->n; i++) {
            uint32_t spur = last->node[i];
            route sp, total;
            double root_cost = 0.0;
            memset(se->removed, 0, g->nv);
            memset(se->blocked, 0, g->nv);
            for (j = 0; j < nfound; j++)
                if (found[j].n > i + 1 &&
                    memcmp(found[j].node, last->node, (i + 1) * sizeof(uint32_t)) == 0)
                    se->blocked[found[j].node[i + 1]] = 1;
            for (j = 0; j < i; j++) {
                se->removed[last->node[j]] = 1;
                root_cost += edge_cost(g, last->node[j], last->node[j + 1]);
            }
            if (!shortest(se, spur, max_hops - i, &sp))
                continue;
            total.n = i + sp.n;
            memcpy(total.node, last->node, i * sizeof(uint32_t));
            memcpy(total.node + i, sp.node, sp.n * sizeof(uint32_t));
            total.cost = root_cost + sp.cost;
            for (c = 0; c < ncand && !same_route(&cand[c], &total); c++)
                ;
            for (j = 0; j < nfound && c == ncand; j++)
                if (same_route(&found[j], &total))
                    c = ncand + 1;
            if (c == ncand && ncand < max_cand)
                cand[ncand++] = total;
        }
        if (ncand == 0)
            break;
        for (c = 1, j = 0; c < ncand; c++)
            if (route_before(&cand[c], &cand[j]))
                j = c;
        found[nfound++] = cand[j];
        cand[j] = cand[--ncand];
    }
    return nfound;
}

/* Select the e best-scoring targets of row u (score >= min, not u) into sel. */
static uint32_t best_targets(const float *row, uint32_t n, uint32_t u, uint32_t e, double min,
                             uint32_t *sel)
{
    uint32_t m = 0, j, i;
    for (j = 0; j < n; j++) {
        if (j == u || !((double)row[j] >= min))
            continue;
        if (m < e) {
            sel[m++] = j;
        } else if (row[j] > row[sel[m - 1]]) {
            sel[m - 1] = j;
        } else {
            continue;
        }
        /* keep sel sorted best first (e is small) */
        for (i = m - 1; i > 0 && row[sel[i]] > row[sel[i - 1]]; i--) {
            uint32_t t = sel[i];
            sel[i] = sel[i - 1];
            sel[i - 1] = t;
        }
    }
    return m;
}

static brug_err build_graph(const brug_bridges *b, const float *m, const uint8_t *goal, graph *g,
                            brug__arena *arena)
{
    const brug_bridges_weights *w = &b->w;
    uint32_t n = b->nocc, u, j, e = (uint32_t)w->path_edges, cnt = 0;
    uint32_t *sel = brug__arena_alloc(arena, ((size_t)e + 1) * sizeof(uint32_t));
    uint8_t *mark = brug__arena_calloc(arena, (size_t)n + 1, 1);
    size_t cap = 0;

    g->nv = n + 1;
    g->ptr = brug__arena_calloc(arena, (size_t)n + 2, sizeof(uint32_t));
    if (!sel || !mark || !g->ptr)
        return BRUG_ENOMEM;
    /* Two passes: count, then fill. */
    for (u = 0; u < n; u++) {
        const float *row = m + (size_t)u * n;
        uint32_t ns = best_targets(row, n, u, e, w->path_min_score, sel), extra = 0;
        for (j = 0; j < ns; j++)
            mark[sel[j]] = 1;
        for (j = 0; j < n; j++)
            if (goal[j] && !mark[j] && j != u && (double)row[j] >= w->path_min_score)
                extra++;
        for (j = 0; j < ns; j++)
            mark[sel[j]] = 0;
        cap += ns + extra + (goal[u] ? 1 : 0);
    }
    g->to = brug__arena_alloc(arena, (cap + 1) * sizeof(uint32_t));
    g->score = brug__arena_alloc(arena, (cap + 1) * sizeof(float));
    g->cost = brug__arena_alloc(arena, (cap + 1) * sizeof(double));
    if (!g->to || !g->score || !g->cost)
        return BRUG_ENOMEM;
    for (u = 0; u < n; u++) {
        const float *row = m + (size_t)u * n;
        uint32_t ns = best_targets(row, n, u, e, w->path_min_score, sel);
        g->ptr[u] = cnt;
        for (j = 0; j < ns; j++)
            mark[sel[j]] = 1;
        for (j = 0; j < n; j++)
            if (j != u && (mark[j] || (goal[j] && (double)row[j] >= w->path_min_score))) {
                g->to[cnt] = j;
                g->score[cnt] = row[j];
                g->cost[cnt] = 1.0 - (double)row[j] + w->path_step_cost;
                cnt++;
            }
        for (j = 0; j < ns; j++)
            mark[sel[j]] = 0;
        if (goal[u]) {
            g->to[cnt] = n; /* the sink */
            g->score[cnt] = 1.0f;
            g->cost[cnt] = 0.0;
            cnt++;
        }
    }
    g->ptr[n] = cnt;
    g->ptr[n + 1] = cnt;
    return BRUG_OK;
}

static json_t *occ_ref(const brug_onto *o, uint32_t i, const char *lang)
{
    json_t *r = json_pack("{s:s}", "uri", o->occ_uri[i]);
    if (r && brug_onto_json_occupation_label(r, "label", o, i, lang)) {
        json_decref(r);
        return NULL;
    }
    return r;
}

/* One step explained: score, how much is carried, what to learn. */
static json_t *step_json(const brug_bridges *b, brug__bridges_scratch *s, brug__arena *arena,
                         uint32_t from, uint32_t to, const char *lang)
{
    const brug_onto *o = b->onto;
    brug__bridge_result r;
    size_t nheld, i;
    const uint32_t *held = brug__bridges_held(b, from, &nheld);
    json_t *step = NULL, *full, *miss;

    brug__bridges_credit(b, s, held, nheld);
    if (brug__bridges_analyse(b, s, to, brug__bridges_score_one(b, s, to, from), arena, &r)) {
        brug__bridges_clear(b, s);
        return NULL;
    }
    brug__bridges_clear(b, s);
    full = brug__bridges_result_json(b, &r, lang, 0);
    if (!full)
        return NULL;
    miss = json_array();
    for (i = 0; miss && i < r.nmiss_e && i < 5; i++) {
        const brug__gap_item *g = &r.items[r.ncarried + i];
        json_t *m =
            json_pack("{s:s, s:f}", "uri", o->skill_uri[g->skill], "gain", brug__round6(g->gain));
        if (m && brug_onto_json_skill_label(m, "label", o, g->skill, lang)) {
            json_decref(m);
            m = NULL;
        }
        json_array_append_new(miss, m);
    }
    step = json_pack("{s:s, s:s, s:s, s:s, s:f, s:i, s:i, s:o, s:O}", "from", o->occ_uri[from],
                     "from_label", brug_onto_occupation_label(o, from, lang), "to", o->occ_uri[to],
                     "label", brug_onto_occupation_label(o, to, lang), "score",
                     brug__round6(r.score), "carried", (json_int_t)r.ncarried,
                     "missing_essential_count", (json_int_t)r.nmiss_e, "missing_essential", miss,
                     "explanation", json_object_get(full, "explanation"));
    json_decref(full);
    if (step && (brug_onto_json_occupation_label(step, "from_label", o, from, lang) ||
                 brug_onto_json_occupation_label(step, "label", o, to, lang))) {
        json_decref(step);
        return NULL;
    }
    return step;
}

brug_err brug_bridges_paths(const brug_bridges *b, const brug_bridges_path_query *q, json_t **out,
                            char *msg, size_t msgsize)
{
    const brug_onto *o = b->onto;
    const char *lang = q->lang ? q->lang : "en";
    uint32_t n = b->nocc, from, to = BRUG_NO_INDEX, i;
    unsigned k = q->k ? q->k : 3, steps = q->max_steps ? q->max_steps : 4;
    int bit = -1;
    size_t ngoal = 0, nfound, r, st;
    brug__arena arena;
    brug__bridges_scratch *s = NULL;
    float *m = NULL;
    uint8_t *goal;
    graph g;
    search se;
    route *found, *cand;
    json_t *doc = NULL, *paths;
    brug_err err;

    *out = NULL;
    if (k > MAX_K || steps > MAX_STEPS) {
        brug__bridges_msg(msg, msgsize, "k must be 1..%d and max steps 1..%d", MAX_K, MAX_STEPS);
        return BRUG_EINVAL;
    }
    from = q->from ? brug_onto_occupation_find(o, q->from) : BRUG_NO_INDEX;
    if (from == BRUG_NO_INDEX) {
        brug__bridges_msg(msg, msgsize, "no occupation with URI '%s'",
                          q->from ? q->from : "(null)");
        return BRUG_ENOTFOUND;
    }
    if (q->to) {
        to = brug_onto_occupation_find(o, q->to);
        if (to == BRUG_NO_INDEX) {
            brug__bridges_msg(msg, msgsize, "no occupation with URI '%s'", q->to);
            return BRUG_ENOTFOUND;
        }
        if (to == from) {
            brug__bridges_msg(msg, msgsize, "the destination is the starting occupation");
            return BRUG_EINVAL;
        }
    } else if (q->to_collection) {
        bit = brug_onto_collection_bit(o, q->to_collection);
        if (bit < 0) {
            brug__bridges_msg(msg, msgsize, "no collection named '%s'", q->to_collection);
            return BRUG_ENOTFOUND;
        }
    } else {
        brug__bridges_msg(msg, msgsize, "no destination: give an occupation or a collection");
        return BRUG_EINVAL;
    }

    brug__arena_init(&arena, &b->alloc, 1 << 20);
    err = BRUG_ENOMEM;
    goal = brug__arena_calloc(&arena, (size_t)n + 1, 1);
    m = brug__malloc(&b->alloc, (size_t)n * n * sizeof(float) + 1);
    found = brug__arena_alloc(&arena, (k + 1) * sizeof(route));
    cand = brug__arena_alloc(&arena, ((size_t)k * (MAX_STEPS + 2) + 1) * sizeof(route));
    se.removed = brug__arena_calloc(&arena, (size_t)n + 2, 1);
    se.blocked = brug__arena_calloc(&arena, (size_t)n + 2, 1);
    se.dist = brug__arena_alloc(&arena, (size_t)(MAX_STEPS + 3) * (n + 1) * sizeof(double));
    se.parent = brug__arena_alloc(&arena, (size_t)(MAX_STEPS + 3) * (n + 1) * sizeof(uint32_t));
    if (!goal || !m || !found || !cand || !se.removed || !se.blocked || !se.dist || !se.parent)
        goto done;
    for (i = 0; i < n; i++) {
        goal[i] = i != from && (i == to || (bit >= 0 && ((b->occ_coll[i] >> bit) & 1u)));
        ngoal += goal[i];
    }
    err = brug_bridges_matrix(b, q->nthreads ? q->nthreads : 2, 0, m);
    if (!err)
        err = build_graph(b, m, goal, &g, &arena);
    if (err)
        goto done;
    se.g = &g;
    se.sink = n;
    nfound = ngoal ? yen(&se, from, steps + 1, k, found, cand, (size_t)k * (MAX_STEPS + 2)) : 0;

    err = BRUG_ENOMEM;
    s = brug__bridges_scratch_get(b);
    paths = json_array();
    doc = json_pack("{s:o, s:o, s:o}", "from", occ_ref(o, from, lang), "to",
                    to != BRUG_NO_INDEX ? occ_ref(o, to, lang)
                                        : json_pack("{s:s, s:i}", "collection", q->to_collection,
                                                    "occupations", (json_int_t)ngoal),
                    "paths", paths);
    if (!s || !doc)
        goto done;
    for (r = 0; r < nfound; r++) {
        const route *rt = &found[r];
        json_t *steps_j = json_array(), *pj;
        double prod = 1.0;
        for (st = 0; st + 2 < rt->n; st++)
            prod *= (double)edge_score(&g, rt->node[st], rt->node[st + 1]);
        pj = json_pack("{s:f, s:f, s:i, s:o}", "cost", brug__round6(rt->cost), "score",
                       brug__round6(prod), "length", (json_int_t)(rt->n - 2), "steps", steps_j);
        if (!pj || json_array_append_new(paths, pj))
            goto done;
        for (st = 0; st + 2 < rt->n; st++)
            if (json_array_append_new(
                    steps_j, step_json(b, s, &arena, rt->node[st], rt->node[st + 1], lang)))
                goto done;
    }
    err = BRUG_OK;
    *out = doc;
    doc = NULL;
done:
    if (err == BRUG_ENOMEM)
        brug__bridges_msg(msg, msgsize, "out of memory");
    json_decref(doc);
    brug__bridges_scratch_put(b, s);
    brug__free(&b->alloc, m);
    brug__arena_release(&arena);
    return err;
}
