/*
 * match_batch.c - matching every passport at once: people grouped by the
 * regions they can reach, each group run against an inverted index of just
 * the offers it reaches (built per group, per thread), work shared between
 * threads group by group, and `match --all`'s output file.
 * docs/matching.md ("Batch") explains the method.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "match.h"
#include "backend.h"

/* ---- the reach index of one group ---- */

static brug__reach_index *reach_new(const brug_matcher *m)
{
    const brug_alloc *a = &m->alloc;
    brug__reach_index *x = brug__calloc(a, 1, sizeof(*x));
    if (!x)
        return NULL;
    x->key = brug__malloc(a, ((size_t)m->offers.n + 1) * sizeof(brug__offer_key));
    x->bound = brug__malloc(a, ((size_t)m->offers.n + 1) * sizeof(float));
    x->ptr = brug__malloc(a, ((size_t)m->nskill * 2 + 2) * sizeof(uint32_t));
    x->post = brug__malloc(a, ((size_t)m->offers.ptr[m->offers.n] + 1) * sizeof(uint32_t));
    if (!x->key || !x->bound || !x->ptr || !x->post) {
        brug__free(a, x->key);
        brug__free(a, x->bound);
        brug__free(a, x->ptr);
        brug__free(a, x->post);
        brug__free(a, x);
        return NULL;
    }
    return x;
}

static void reach_free(const brug_matcher *m, brug__reach_index *x)
{
    const brug_alloc *a = &m->alloc;
    if (!x)
        return;
    brug__free(a, x->key);
    brug__free(a, x->bound);
    brug__free(a, x->ptr);
    brug__free(a, x->post);
    brug__free(a, x);
}

/* Index the offers of type (0 any) in the regions of mask: a counting sort
 * by (skill, essential first), so each list holds local offers in
 * ascending order. */
static void reach_build(const brug_matcher *m, brug__reach_index *x, uint64_t mask, int type)
{
    const brug__offer_set *of = &m->offers;
    uint32_t r, o, l, i, n = 0, *ptr = x->ptr;

    for (r = 0; r < m->nreg; r++) {
        if (!(mask >> r & 1))
            continue;
        for (o = m->rbeg[r]; o < m->rbeg[r + 1]; o++)
            if (!type || of->type[o] == type) {
                x->key[n] = m->okey[o];
                x->bound[n++] = m->okey[o].bound;
            }
    }
    memset(ptr, 0, ((size_t)m->nskill * 2 + 2) * sizeof(uint32_t));
    for (l = 0; l < n; l++) {
        o = x->key[l].id;
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++)
            ptr[of->skill[i] * 2 + (of->essential[i] ? 0 : 1) + 2]++;
    }
    for (i = 0; i < m->nskill * 2; i++)
        ptr[i + 2] += ptr[i + 1];
    /* ptr[key + 1] is now the start of key's list; filling advances it to
     * the end, which is the start of key + 1's */
    for (l = 0; l < n; l++) {
        o = x->key[l].id;
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++)
            x->post[ptr[of->skill[i] * 2 + (of->essential[i] ? 0 : 1) + 1]++] = l;
    }
    x->nloc = n;
    x->mask = mask;
    x->type = type;
    x->valid = 1;
}

/* ---- grouping people by reach ---- */

/*
 * People sorted into groups of equal reach, largest group first, and cut
 * into work items of at most `item` people (a share of all people per
 * thread, at least ITEM_MIN): a thread takes the next item and rebuilds its
 * reach index only when the group changes.
 */
#define ITEM_MIN 4096u

typedef struct groups {
    uint32_t *order;  /* people, group after group */
    uint64_t *mask;   /* per group */
    uint32_t *gbeg;   /* ngroup + 1: group g's people are order[gbeg[g] .. gbeg[g+1]-1] */
    uint32_t *item;   /* nitem + 1: item i is order[item[i] .. item[i+1]-1] */
    uint32_t *item_g; /* nitem: its group */
    uint32_t ngroup, nitem;
} groups;

static void groups_free(const brug_matcher *m, groups *g)
{
    brug__free(&m->alloc, g->order);
    brug__free(&m->alloc, g->mask);
    brug__free(&m->alloc, g->gbeg);
    brug__free(&m->alloc, g->item);
    brug__free(&m->alloc, g->item_g);
    memset(g, 0, sizeof(*g));
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct gsize {
    uint32_t g, n;
} gsize;

static int cmp_gsize(const void *a, const void *b)
{
    const gsize *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return x->g < y->g ? -1 : x->g > y->g;
}

/* Find mask among the sorted distinct masks u[0..n-1]. */
static uint32_t mask_find(const uint64_t *u, uint32_t n, uint64_t mask)
{
    uint32_t lo = 0, hi = n;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (u[mid] <= mask)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static brug_err groups_build(const brug_matcher *m, const brug__person_set *set, unsigned nthreads,
                             groups *g)
{
    const brug_alloc *a = &m->alloc;
    uint32_t item = set->n / (16 * nthreads) + 1, nkm = BRUG__MAX_KM + 1, i, j, nu = 0, *gid = NULL,
             *fill = NULL, *rank = NULL;
    uint64_t *pairmask = NULL, *u = NULL;
    gsize *gs = NULL;
    brug_err err = BRUG_ENOMEM;

    memset(g, 0, sizeof(*g));
    /* the reach of every (region, max_km) pair: max_km is at most
     * BRUG__MAX_KM after import; a larger one is looked up directly */
    pairmask = brug__malloc(a, (size_t)m->nreg * nkm * sizeof(uint64_t));
    u = brug__malloc(a, ((size_t)m->nreg * nkm + 1) * sizeof(uint64_t));
    gid = brug__malloc(a, ((size_t)set->n + 1) * sizeof(uint32_t));
    g->order = brug__malloc(a, ((size_t)set->n + 1) * sizeof(uint32_t));
    if (!pairmask || !u || !gid || !g->order)
        goto out;
    for (i = 0; i < m->nreg; i++)
        for (j = 0; j < nkm; j++) {
            uint64_t x = brug__reach_mask(m, i, j);
            pairmask[(size_t)i * nkm + j] = x;
            u[nu++] = x;
        }
    qsort(u, nu, sizeof(*u), cmp_u64);
    for (i = 0, j = 0; i < nu; i++)
        if (j == 0 || u[i] != u[j - 1])
            u[j++] = u[i];
    nu = j;
    /* a person whose max_km is out of range may have a mask of its own */
    {
        uint64_t *extra = NULL;
        uint32_t nextra = 0;
        for (i = 0; i < set->n; i++)
            if (set->max_km[i] > BRUG__MAX_KM)
                nextra++;
        if (nextra) {
            extra = brug__reallocarray(a, u, (size_t)nu + nextra + 1, sizeof(uint64_t));
            if (!extra)
                goto out;
            u = extra;
            for (i = 0; i < set->n; i++)
                if (set->max_km[i] > BRUG__MAX_KM)
                    u[nu++] = brug__reach_mask(m, set->region[i], set->max_km[i]);
            qsort(u, nu, sizeof(*u), cmp_u64);
            for (i = 0, j = 0; i < nu; i++)
                if (j == 0 || u[i] != u[j - 1])
                    u[j++] = u[i];
            nu = j;
        }
    }
    fill = brug__calloc(a, (size_t)nu + 1, sizeof(uint32_t));
    rank = brug__malloc(a, ((size_t)nu + 1) * sizeof(uint32_t));
    gs = brug__malloc(a, ((size_t)nu + 1) * sizeof(gsize));
    if (!fill || !rank || !gs)
        goto out;
    for (i = 0; i < set->n; i++) {
        uint64_t x = set->max_km[i] <= BRUG__MAX_KM
                         ? pairmask[(size_t)set->region[i] * nkm + set->max_km[i]]
                         : brug__reach_mask(m, set->region[i], set->max_km[i]);
        gid[i] = mask_find(u, nu, x);
        fill[gid[i]]++;
    }
    /* groups by size, largest first (ties by mask: deterministic) */
    for (i = 0, j = 0; i < nu; i++)
        if (fill[i]) {
            gs[j].g = i;
            gs[j++].n = fill[i];
        }
    g->ngroup = j;
    qsort(gs, g->ngroup, sizeof(*gs), cmp_gsize);
    g->mask = brug__malloc(a, ((size_t)g->ngroup + 1) * sizeof(uint64_t));
    g->gbeg = brug__malloc(a, ((size_t)g->ngroup + 1) * sizeof(uint32_t));
    if (item < ITEM_MIN)
        item = ITEM_MIN;
    g->item = brug__malloc(a, ((size_t)set->n / item + g->ngroup + 2) * sizeof(uint32_t));
    g->item_g = brug__malloc(a, ((size_t)set->n / item + g->ngroup + 2) * sizeof(uint32_t));
    if (!g->mask || !g->gbeg || !g->item || !g->item_g)
        goto out;
    g->gbeg[0] = 0;
    for (i = 0; i < g->ngroup; i++) {
        rank[gs[i].g] = i;
        g->mask[i] = u[gs[i].g];
        g->gbeg[i + 1] = g->gbeg[i] + gs[i].n;
    }
    for (i = 0; i < g->ngroup; i++)
        fill[i] = g->gbeg[i];
    for (i = 0; i < set->n; i++)
        g->order[fill[rank[gid[i]]]++] = i;
    for (i = 0; i < g->ngroup; i++)
        for (j = g->gbeg[i]; j < g->gbeg[i + 1]; j += item) {
            g->item[g->nitem] = j;
            g->item_g[g->nitem++] = i;
        }
    g->item[g->nitem] = set->n;
    err = BRUG_OK;
out:
    brug__free(a, pairmask);
    brug__free(a, u);
    brug__free(a, gid);
    brug__free(a, fill);
    brug__free(a, rank);
    brug__free(a, gs);
    if (err)
        groups_free(m, g);
    return err;
}

/* ---- threads ---- */

typedef struct pool {
    const brug_matcher *m;
    const brug__person_set *set;
    const groups *g;
    brug__person_fn fn;
    void *ctx;
    uint32_t k;
    int type;
    atomic_uint next;
    atomic_uint done; /* people matched so far */
    atomic_int failed;
    brug_match_progress_fn progress; /* called by the calling thread only */
    void *progress_ctx;
    uint32_t reported; /* the last done value passed to progress */
} pool;

/* Take work items until none is left; the calling thread (caller != 0)
 * also reports progress after each of its items. */
static void pool_work(pool *pl, int caller)
{
    brug__scratch s;
    uint32_t cur = UINT32_MAX;
    if (brug__scratch_init(pl->m, &s, pl->k)) {
        atomic_store(&pl->failed, 1);
        return;
    }
    s.reach = reach_new(pl->m);
    if (!s.reach) {
        brug__scratch_release(pl->m, &s);
        atomic_store(&pl->failed, 1);
        return;
    }
    for (;;) {
        uint32_t it = atomic_fetch_add(&pl->next, 1), i, n, done;
        if (it >= pl->g->nitem || atomic_load(&pl->failed))
            break;
        if (pl->g->item_g[it] != cur) {
            cur = pl->g->item_g[it];
            reach_build(pl->m, s.reach, pl->g->mask[cur], pl->type);
        }
        for (i = pl->g->item[it]; i < pl->g->item[it + 1]; i++)
            pl->fn(pl->m, pl->set, pl->g->order[i], &s, pl->ctx);
        n = pl->g->item[it + 1] - pl->g->item[it];
        done = atomic_fetch_add(&pl->done, n) + n;
        if (caller && pl->progress) {
            pl->progress(pl->progress_ctx, done, pl->set->n);
            pl->reported = done;
        }
    }
    reach_free(pl->m, s.reach);
    s.reach = NULL;
    brug__scratch_release(pl->m, &s);
}

static void *pool_thread(void *arg)
{
    pool_work(arg, 0);
    return NULL;
}

brug_err brug__for_each_person(const brug_matcher *m, const brug__person_set *set,
                               unsigned nthreads, uint32_t k, int type, brug__person_fn fn,
                               void *ctx, brug_match_progress_fn progress, void *progress_ctx)
{
    pthread_t th[64];
    unsigned t, started = 0;
    groups g;
    pool pl;

    if (nthreads == 0)
        nthreads = 2;
    if (nthreads > 64)
        nthreads = 64;
    if (groups_build(m, set, nthreads, &g))
        return brug__db_error(m->db, BRUG_ENOMEM, "out of memory grouping the passports");
    pl.m = m;
    pl.set = set;
    pl.g = &g;
    pl.fn = fn;
    pl.ctx = ctx;
    pl.k = k;
    pl.type = type;
    pl.progress = progress;
    pl.progress_ctx = progress_ctx;
    pl.reported = 0;
    atomic_init(&pl.next, 0);
    atomic_init(&pl.done, 0);
    atomic_init(&pl.failed, 0);
    for (t = 1; t < nthreads; t++) {
        if (pthread_create(&th[t], NULL, pool_thread, &pl) != 0)
            break;
        started++;
    }
    pool_work(&pl, 1);
    if (progress && !atomic_load(&pl.failed) && (pl.reported != set->n || set->n == 0))
        progress(progress_ctx, set->n, set->n);
    for (t = 1; t <= started; t++)
        pthread_join(th[t], NULL);
    groups_free(m, &g);
    if (atomic_load(&pl.failed))
        return brug__db_error(m->db, BRUG_ENOMEM, "out of memory in a matching thread");
    return BRUG_OK;
}

/* ---- match --all ---- */

typedef struct all_ctx {
    int type;
    uint32_t k;
    brug__hit *res;    /* n * k */
    uint16_t *count16; /* hits per person */
} all_ctx;

static void all_one(const brug_matcher *m, const brug__person_set *set, uint32_t i,
                    brug__scratch *s, void *ctx)
{
    all_ctx *c = ctx;
    brug__person_view pv;
    uint32_t n;
    brug__person_view_of(set, i, &pv);
    n = brug__top_offers(m, s, &pv, c->type, c->res + (size_t)i * c->k);
    c->count16[i] = (uint16_t)n;
}

/* Append a non-negative score with 4 decimals. */
static char *put_score(char *p, float score)
{
    unsigned long v = (unsigned long)((double)score * 10000.0 + 0.5);
    char tmp[32];
    int n = 0;
    unsigned long ip = v / 10000, fp = v % 10000;
    do {
        tmp[n++] = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip);
    while (n)
        *p++ = tmp[--n];
    *p++ = '.';
    p[3] = (char)('0' + fp % 10);
    p[2] = (char)('0' + fp / 10 % 10);
    p[1] = (char)('0' + fp / 100 % 10);
    p[0] = (char)('0' + fp / 1000 % 10);
    return p + 4;
}

brug_err brug_match_all(brug_matcher *m, const brug_match_opts *opts, const char *path,
                        json_t **summary)
{
    brug__person_set ps;
    all_ctx c;
    FILE *f;
    char *line;
    double t0 = brug__now(), t1, t2, t3;
    uint64_t pairs = 0;
    uint32_t i, j;
    size_t linecap;
    brug_err err;

    if (summary)
        *summary = NULL;
    c.k = brug__match_top(opts);
    c.type = opts ? (int)opts->type : 0;
    err = brug__person_set_load(m->db, m->onto, NULL, &ps);
    if (err)
        return err;
    t1 = brug__now();
    c.res = brug__malloc(&m->alloc, ((size_t)ps.n * c.k + 1) * sizeof(brug__hit));
    c.count16 = brug__calloc(&m->alloc, (size_t)ps.n + 1, sizeof(uint16_t));
    linecap = BRUG__ID_MAX + 2 + (size_t)c.k * (BRUG__ID_MAX + 24);
    line = brug__malloc(&m->alloc, linecap);
    if (!c.res || !c.count16 || !line) {
        err = brug__db_error(m->db, BRUG_ENOMEM, "out of memory");
        goto out;
    }
    err = brug__for_each_person(m, &ps, opts ? opts->threads : 0, c.k, c.type, all_one, &c,
                                opts ? opts->progress : NULL, opts ? opts->progress_ctx : NULL);
    if (err)
        goto out;
    t2 = brug__now();
    f = fopen(path, "w");
    if (!f) {
        err = brug__db_error(m->db, BRUG_EIO, "%s: %s", path, strerror(errno));
        goto out;
    }
    setvbuf(f, NULL, _IOFBF, 1 << 20);
    for (i = 0; i < ps.n; i++) {
        char *p = line;
        size_t n = strlen(ps.ext_id[i]);
        memcpy(p, ps.ext_id[i], n);
        p += n;
        for (j = 0; j < c.count16[i]; j++) {
            const brug__hit *h = &c.res[(size_t)i * c.k + j];
            const char *oid = m->offers.ext_id[h->id];
            size_t on = strlen(oid);
            *p++ = '\t';
            memcpy(p, oid, on);
            p += on;
            *p++ = ':';
            p = put_score(p, h->score);
        }
        *p++ = '\n';
        pairs += c.count16[i];
        fwrite(line, 1, (size_t)(p - line), f);
    }
    if (fclose(f) != 0) {
        err = brug__db_error(m->db, BRUG_EIO, "%s: write error", path);
        goto out;
    }
    t3 = brug__now();
    if (summary)
        *summary =
            json_pack("{s:i, s:i, s:I, s:f, s:f, s:f}", "passports", (json_int_t)ps.n, "offers",
                      (json_int_t)m->offers.n, "pairs", (json_int_t)pairs, "load_seconds", t1 - t0,
                      "match_seconds", t2 - t1, "write_seconds", t3 - t2);
out:
    brug__free(&m->alloc, line);
    brug__free(&m->alloc, c.res);
    brug__free(&m->alloc, c.count16);
    brug__person_set_release(&ps);
    return err;
}
