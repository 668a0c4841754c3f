/*
 * assign.c - assigning people to trial placements: an exact maximum-weight
 * b-matching (each person at most one placement, each placement at most its
 * capacity, total score maximal) on the sparse candidate graph.
 *
 * Method: min-cost flow by successive shortest paths, adding one person at
 * a time.  Each person may also stay unassigned (a zero-cost "dummy" edge to
 * the sink), so every added person carries exactly one unit of flow and the
 * optimum for persons 1..i becomes the optimum for 1..i+1 along one
 * shortest augmenting path from the new person: it takes a placement with
 * room, or takes someone's place who moves to another placement or drops
 * out, or the new person stays out.  Node potentials keep reduced costs
 * non-negative so each path is found with Dijkstra, which stops as soon as
 * the sink is settled.  People who ended unassigned are never reached again
 * (an alternating path only passes through assigned people), so a search
 * touches placements and their occupants, not the whole population.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include "alloc.h"
#include "match.h"
#include "backend.h"

#define NONE UINT32_MAX

typedef struct hentry {
    int64_t d;
    uint32_t v;
} hentry;

typedef struct solver {
    const brug_alloc *alloc;
    const brug__bgraph *g;
    uint32_t L, R, T; /* left 0..L-1, right L..L+R-1, sink T */
    int64_t *pi;
    int64_t *dist;
    uint32_t *seen; /* generation stamp of dist/pred */
    uint32_t *done; /* generation stamp of settled */
    uint32_t *pred;
    uint32_t gen;
    uint32_t *settled;
    uint32_t nsettled;
    /* assignment */
    uint32_t *asg; /* left -> right index (0..R-1) or NONE */
    int64_t *asg_w;
    uint64_t *slot_start; /* R + 1 */
    uint32_t *slot;       /* occupants */
    uint32_t *count;      /* occupants per right */
    uint32_t *capv;       /* effective capacity */
    uint32_t *pos;        /* left -> index in slot */
    hentry *heap;
    size_t nheap, capheap;
} solver;

static int heap_push(solver *s, int64_t d, uint32_t v)
{
    size_t i;
    if (s->nheap == s->capheap) {
        size_t cap = s->capheap ? 2 * s->capheap : 1024;
        hentry *h = brug__reallocarray(s->alloc, s->heap, cap, sizeof(*h));
        if (!h)
            return 0;
        s->heap = h;
        s->capheap = cap;
    }
    i = s->nheap++;
    while (i > 0 && s->heap[(i - 1) / 2].d > d) {
        s->heap[i] = s->heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    s->heap[i].d = d;
    s->heap[i].v = v;
    return 1;
}

static hentry heap_pop(solver *s)
{
    hentry top = s->heap[0], last = s->heap[--s->nheap];
    size_t i = 0, n = s->nheap;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        int64_t md = last.d;
        if (l < n && s->heap[l].d < md) {
            m = l;
            md = s->heap[l].d;
        }
        if (r < n && s->heap[r].d < md)
            m = r;
        if (m == i)
            break;
        s->heap[i] = s->heap[m];
        i = m;
    }
    if (n)
        s->heap[i] = last;
    return top;
}

static int relax(solver *s, uint32_t u, uint32_t v, int64_t reduced)
{
    int64_t nd = s->dist[u] + reduced;
    if (s->done[v] == s->gen)
        return 1;
    if (s->seen[v] != s->gen || nd < s->dist[v]) {
        s->seen[v] = s->gen;
        s->dist[v] = nd;
        s->pred[v] = u;
        return heap_push(s, nd, v);
    }
    return 1;
}

/* Weight of left q's edge to right j (the largest, should it be listed twice), or -1. */
static int64_t edge_w(const brug__bgraph *g, uint32_t q, uint32_t j)
{
    uint64_t e;
    int64_t w = -1;
    for (e = g->ptr[q]; e < g->ptr[q + 1]; e++)
        if (g->col[e] == j && g->w[e] > w)
            w = g->w[e];
    return w;
}

/* Relax the residual out-edges of left node u (assigned to asg[u] or new). */
static int relax_left(solver *s, uint32_t u)
{
    const brug__bgraph *g = s->g;
    uint64_t e;
    for (e = g->ptr[u]; e < g->ptr[u + 1]; e++) {
        uint32_t j = g->col[e];
        if (j == s->asg[u])
            continue;
        if (!relax(s, u, s->L + j, -g->w[e] + s->pi[u] - s->pi[s->L + j]))
            return 0;
    }
    /* drop out (or, for the new person, stay out) */
    return relax(s, u, s->T, s->pi[u] - s->pi[s->T]);
}

static int relax_right(solver *s, uint32_t j)
{
    uint32_t v = s->L + j;
    uint64_t k;
    if (s->count[j] < s->capv[j] && !relax(s, v, s->T, s->pi[v] - s->pi[s->T]))
        return 0;
    for (k = s->slot_start[j]; k < s->slot_start[j] + s->count[j]; k++) {
        uint32_t q = s->slot[k];
        if (!relax(s, v, q, s->asg_w[q] + s->pi[v] - s->pi[q]))
            return 0;
    }
    return 1;
}

/* Add left node p to the optimum; 0 on allocation failure. */
static int add_person(solver *s, uint32_t p)
{
    const brug__bgraph *g = s->g;
    uint64_t e;
    int64_t best = s->pi[s->T], dT;
    uint32_t v, path[2 * 64 + 8], npath = 0, i;
    uint32_t *longpath = NULL;

    for (e = g->ptr[p]; e < g->ptr[p + 1]; e++) {
        int64_t x = g->w[e] + s->pi[s->L + g->col[e]];
        if (x > best)
            best = x;
    }
    s->pi[p] = best;
    s->asg[p] = NONE;
    if (++s->gen == 0) { /* stamps wrapped: clear them */
        memset(s->seen, 0, ((size_t)s->T + 1) * sizeof(uint32_t));
        memset(s->done, 0, ((size_t)s->T + 1) * sizeof(uint32_t));
        s->gen = 1;
    }
    s->nheap = 0;
    s->nsettled = 0;
    s->seen[p] = s->gen;
    s->dist[p] = 0;
    s->pred[p] = NONE;
    if (!heap_push(s, 0, p))
        return 0;
    for (;;) {
        hentry h;
        if (s->nheap == 0)
            return 1; /* cannot happen: the dummy edge always reaches T */
        h = heap_pop(s);
        v = h.v;
        if (s->done[v] == s->gen || h.d != s->dist[v])
            continue;
        s->done[v] = s->gen;
        s->settled[s->nsettled++] = v;
        if (v == s->T)
            break;
        if (v < s->L) {
            if (!relax_left(s, v))
                return 0;
        } else if (!relax_right(s, v - s->L)) {
            return 0;
        }
    }
    dT = s->dist[s->T];
    for (i = 0; i < s->nsettled; i++)
        s->pi[s->settled[i]] += s->dist[s->settled[i]] - dT;

    /* The path p -> ... -> T, forwards. */
    for (v = s->T, npath = 0; v != NONE; v = s->pred[v])
        npath++;
    if (npath > sizeof(path) / sizeof(path[0])) {
        longpath = brug__malloc(s->alloc, npath * sizeof(uint32_t));
        if (!longpath)
            return 0;
    }
    {
        uint32_t *pp = longpath ? longpath : path, n = npath;
        for (v = s->T; v != NONE; v = s->pred[v])
            pp[--n] = v;
        /* Walk left -> right [-> left ...] hops. */
        for (i = 0; i + 1 < npath; i++) {
            uint32_t u = pp[i], r = pp[i + 1];
            if (u < s->L && r >= s->L && r < s->T) {
                uint32_t j = r - s->L, next = pp[i + 2];
                int64_t w = edge_w(g, u, j);
                if (next == s->T) {
                    uint64_t k = s->slot_start[j] + s->count[j]++;
                    s->slot[k] = u;
                    s->pos[u] = (uint32_t)(k - s->slot_start[j]);
                } else { /* u takes next's place at j */
                    uint32_t at = s->pos[next];
                    s->slot[s->slot_start[j] + at] = u;
                    s->pos[u] = at;
                    s->asg[next] = NONE;
                    s->asg_w[next] = 0;
                }
                s->asg[u] = j;
                s->asg_w[u] = w;
            }
        }
    }
    brug__free(s->alloc, longpath);
    return 1;
}

static int cmp_best(const void *a, const void *b)
{
    const int64_t *x = a, *y = b; /* pairs (best weight, index) */
    if (x[0] != y[0])
        return x[0] > y[0] ? -1 : 1;
    return x[1] < y[1] ? -1 : x[1] > y[1];
}

brug_err brug__bmatch_solve(const brug_alloc *alloc, const brug__bgraph *g, uint32_t *asg,
                            int64_t *total)
{
    solver s;
    size_t nodes = (size_t)g->nleft + g->nright + 1;
    int64_t *order = NULL;
    uint64_t e, nslots = 0;
    uint32_t i, j, *indeg = NULL;
    brug_err err = BRUG_OK;

    memset(&s, 0, sizeof(s));
    *total = 0;
    s.alloc = alloc;
    s.g = g;
    s.L = g->nleft;
    s.R = g->nright;
    s.T = g->nleft + g->nright;
    s.pi = brug__calloc(alloc, nodes, sizeof(int64_t));
    s.dist = brug__malloc(alloc, nodes * sizeof(int64_t));
    s.seen = brug__calloc(alloc, nodes, sizeof(uint32_t));
    s.done = brug__calloc(alloc, nodes, sizeof(uint32_t));
    s.pred = brug__malloc(alloc, nodes * sizeof(uint32_t));
    s.settled = brug__malloc(alloc, nodes * sizeof(uint32_t));
    s.asg = asg;
    s.asg_w = brug__calloc(alloc, (size_t)s.L + 1, sizeof(int64_t));
    s.pos = brug__malloc(alloc, ((size_t)s.L + 1) * sizeof(uint32_t));
    s.slot_start = brug__calloc(alloc, (size_t)s.R + 1, sizeof(uint64_t));
    s.count = brug__calloc(alloc, (size_t)s.R + 1, sizeof(uint32_t));
    s.capv = brug__malloc(alloc, ((size_t)s.R + 1) * sizeof(uint32_t));
    indeg = brug__calloc(alloc, (size_t)s.R + 1, sizeof(uint32_t));
    order = brug__malloc(alloc, ((size_t)s.L + 1) * 2 * sizeof(int64_t));
    if (!s.pi || !s.dist || !s.seen || !s.done || !s.pred || !s.settled || !s.asg_w || !s.pos ||
        !s.slot_start || !s.count || !s.capv || !indeg || !order) {
        err = BRUG_ENOMEM;
        goto out;
    }
    for (i = 0; i < s.L; i++) {
        asg[i] = NONE;
        for (e = g->ptr[i]; e < g->ptr[i + 1]; e++) {
            if (g->col[e] >= s.R || g->w[e] <= 0) {
                err = BRUG_EINVAL;
                goto out;
            }
            indeg[g->col[e]]++;
        }
    }
    /* A placement never holds more people than have an edge to it. */
    for (j = 0; j < s.R; j++) {
        s.capv[j] = g->cap[j] < indeg[j] ? g->cap[j] : indeg[j];
        s.slot_start[j] = nslots;
        nslots += s.capv[j];
    }
    s.slot_start[s.R] = nslots;
    s.slot = brug__malloc(alloc, (nslots + 1) * sizeof(uint32_t));
    if (!s.slot) {
        err = BRUG_ENOMEM;
        goto out;
    }
    /* People with the strongest best edge first: fewer displacements later. */
    for (i = 0; i < s.L; i++) {
        int64_t best = 0;
        for (e = g->ptr[i]; e < g->ptr[i + 1]; e++)
            if (g->w[e] > best)
                best = g->w[e];
        order[2 * i] = best;
        order[2 * i + 1] = i;
    }
    qsort(order, s.L, 2 * sizeof(int64_t), cmp_best);
    for (i = 0; i < s.L; i++) {
        uint32_t p = (uint32_t)order[2 * i + 1];
        if (g->ptr[p] == g->ptr[p + 1])
            continue;
        if (!add_person(&s, p)) {
            err = BRUG_ENOMEM;
            goto out;
        }
    }
    for (i = 0; i < s.L; i++)
        *total += asg[i] == NONE ? 0 : s.asg_w[i];
out:
    brug__free(alloc, s.pi);
    brug__free(alloc, s.dist);
    brug__free(alloc, s.seen);
    brug__free(alloc, s.done);
    brug__free(alloc, s.pred);
    brug__free(alloc, s.settled);
    brug__free(alloc, s.asg_w);
    brug__free(alloc, s.pos);
    brug__free(alloc, s.slot_start);
    brug__free(alloc, s.count);
    brug__free(alloc, s.capv);
    brug__free(alloc, s.slot);
    brug__free(alloc, s.heap);
    brug__free(alloc, indeg);
    brug__free(alloc, order);
    return err;
}

/* ---- placements from the matcher ---- */

typedef struct cand_ctx {
    uint32_t k;
    brug__hit *res;
    uint16_t *count;
} cand_ctx;

static void cand_one(const brug_matcher *m, const brug__person_set *set, uint32_t i,
                     brug__scratch *s, void *ctx)
{
    cand_ctx *c = ctx;
    brug__person_view pv;
    brug__person_view_of(set, i, &pv);
    c->count[i] =
        (uint16_t)brug__top_offers(m, s, &pv, BRUG__OFFER_PLACEMENT, c->res + (size_t)i * c->k);
}

brug_err brug_assign_placements(brug_matcher *m, const brug_assign_opts *opts, const char *path,
                                json_t **summary)
{
    brug__person_set ps;
    cand_ctx c;
    brug__bgraph g;
    uint64_t *ptr = NULL, nedge = 0, capacity = 0;
    uint32_t *col = NULL, *asg = NULL, *cap = NULL, i, j, nplace = 0, placed = 0;
    int64_t *w = NULL, total = 0;
    double t0, t1, t2;
    brug_err err;

    if (summary)
        *summary = NULL;
    c.k = opts && opts->candidates ? opts->candidates : 20;
    if (c.k > 1000)
        c.k = 1000;
    c.res = NULL;
    c.count = NULL;
    t0 = brug__now();
    err = brug__person_set_load(m->db, m->onto, NULL, &ps);
    if (err)
        return err;
    c.res = brug__malloc(&m->alloc, ((size_t)ps.n * c.k + 1) * sizeof(brug__hit));
    c.count = brug__calloc(&m->alloc, (size_t)ps.n + 1, sizeof(uint16_t));
    ptr = brug__malloc(&m->alloc, ((size_t)ps.n + 1) * sizeof(uint64_t));
    cap = brug__calloc(&m->alloc, (size_t)m->offers.n + 1, sizeof(uint32_t));
    asg = brug__malloc(&m->alloc, ((size_t)ps.n + 1) * sizeof(uint32_t));
    if (!c.res || !c.count || !ptr || !cap || !asg) {
        err = brug__db_error(m->db, BRUG_ENOMEM, "out of memory");
        goto out;
    }
    err = brug__for_each_person(m, &ps, opts ? opts->threads : 0, c.k, BRUG__OFFER_PLACEMENT,
                                cand_one, &c, opts ? opts->progress : NULL,
                                opts ? opts->progress_ctx : NULL);
    if (err)
        goto out;
    for (i = 0; i < ps.n; i++)
        nedge += c.count[i];
    col = brug__malloc(&m->alloc, (nedge + 1) * sizeof(uint32_t));
    w = brug__malloc(&m->alloc, (nedge + 1) * sizeof(int64_t));
    if (!col || !w) {
        err = brug__db_error(m->db, BRUG_ENOMEM, "out of memory");
        goto out;
    }
    nedge = 0;
    for (i = 0; i < ps.n; i++) {
        ptr[i] = nedge;
        for (j = 0; j < c.count[i]; j++) {
            const brug__hit *h = &c.res[(size_t)i * c.k + j];
            int64_t wi = (int64_t)((double)h->score * 1000.0 + 0.5);
            if (wi <= 0)
                continue;
            col[nedge] = h->id;
            w[nedge++] = wi;
        }
    }
    ptr[ps.n] = nedge;
    for (j = 0; j < m->offers.n; j++)
        if (m->offers.type[j] == BRUG__OFFER_PLACEMENT) {
            cap[j] = m->offers.capacity[j];
            capacity += cap[j];
            nplace++;
        }
    brug__free(&m->alloc, c.res);
    c.res = NULL;
    t1 = brug__now();
    g.nleft = ps.n;
    g.nright = m->offers.n;
    g.ptr = ptr;
    g.col = col;
    g.w = w;
    g.cap = cap;
    err = brug__bmatch_solve(&m->alloc, &g, asg, &total);
    if (err) {
        brug__db_error(m->db, err, "assignment: %s", brug_strerror(err));
        goto out;
    }
    t2 = brug__now();
    for (i = 0; i < ps.n; i++)
        placed += asg[i] != NONE;
    if (path) {
        FILE *f = fopen(path, "w");
        if (!f) {
            err = brug__db_error(m->db, BRUG_EIO, "%s: %s", path, strerror(errno));
            goto out;
        }
        for (i = 0; i < ps.n; i++)
            if (asg[i] != NONE)
                fprintf(f, "%s\t%s\t%.3f\n", ps.ext_id[i], m->offers.ext_id[asg[i]],
                        (double)edge_w(&g, i, asg[i]) / 1000.0);
        if (fclose(f) != 0) {
            err = brug__db_error(m->db, BRUG_EIO, "%s: write error", path);
            goto out;
        }
    }
    if (summary)
        *summary = json_pack("{s:i, s:i, s:I, s:I, s:i, s:f, s:f, s:f}", "passports",
                             (json_int_t)ps.n, "placements", (json_int_t)nplace, "capacity",
                             (json_int_t)capacity, "candidate_edges", (json_int_t)nedge, "placed",
                             (json_int_t)placed, "total_score", (double)total / 1000.0,
                             "candidate_seconds", t1 - t0, "solve_seconds", t2 - t1);
out:
    brug__free(&m->alloc, c.res);
    brug__free(&m->alloc, c.count);
    brug__free(&m->alloc, ptr);
    brug__free(&m->alloc, col);
    brug__free(&m->alloc, w);
    brug__free(&m->alloc, cap);
    brug__free(&m->alloc, asg);
    brug__person_set_release(&ps);
    return err;
}
