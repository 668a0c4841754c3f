/*
 * bridges_all.c - all-pairs transition scores: the full matrix and the k
 * best targets per occupation, computed on several POSIX threads.
 *
 * Each thread owns a scratch and takes the next block of BRUG__BLOCK
 * source occupations (similar ones together) from a shared counter, so a
 * thread that the machine slows down does not hold the others up; the
 * block kernel (bridges_block.c) gives every value bit for bit as
 * brug_bridges_scores gives it for that source, whichever thread and
 * block computes it.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "alloc.h"
#include "bridges_block.h"
#include "facets.h"

#define MAX_THREADS 64

typedef struct worker {
    const brug_bridges *b;
    atomic_uint *next;     /* shared: the next block */
    const uint32_t *order; /* sources, blocks consecutive */
    float *matrix;         /* nocc * nocc, or NULL */
    unsigned k;            /* top-k mode when matrix == NULL */
    uint32_t *to;
    float *score;
    brug_err err;
} worker;

/* Is (sa, a) ranked before (sb, b)?  Higher score, then lower index. */
static int better(float sa, uint32_t a, float sb, uint32_t b)
{
    return sa != sb ? sa > sb : a < b;
}

/* Keep the k best (score, index) of one row in a min-heap, then sort. */
static void select_topk(const float *row, uint32_t n, uint32_t self, unsigned k, uint32_t *to,
                        float *score)
{
    unsigned nh = 0, i;
    uint32_t j;
    for (j = 0; j < n; j++) {
        unsigned p, c;
        if (j == self)
            continue;
        if (nh < k) {
            /* sift up: the worst sits at the root */
            c = nh++;
            while (c > 0) {
                p = (c - 1) / 2;
                if (!better(score[p], to[p], row[j], j))
                    break;
                to[c] = to[p];
                score[c] = score[p];
                c = p;
            }
            to[c] = j;
            score[c] = row[j];
        } else if (k > 0 && better(row[j], j, score[0], to[0])) {
            c = 0;
            for (;;) {
                unsigned l = 2 * c + 1, r = l + 1, m = c;
                float ms = row[j];
                uint32_t mi = j;
                if (l < nh && better(ms, mi, score[l], to[l])) {
                    m = l;
                    ms = score[l];
                    mi = to[l];
                }
                if (r < nh && better(ms, mi, score[r], to[r]))
                    m = r;
                if (m == c)
                    break;
                to[c] = to[m];
                score[c] = score[m];
                c = m;
            }
            to[c] = j;
            score[c] = row[j];
        }
    }
    /* Heap-sort in place: repeatedly move the worst to the end. */
    for (i = nh; i > 1; i--) {
        uint32_t lt = to[i - 1];
        float ls = score[i - 1];
        unsigned c = 0, n2 = i - 1;
        to[i - 1] = to[0];
        score[i - 1] = score[0];
        for (;;) {
            unsigned l = 2 * c + 1, r = l + 1, m = c;
            float ms = ls;
            uint32_t mi = lt;
            if (l < n2 && better(ms, mi, score[l], to[l])) {
                m = l;
                ms = score[l];
                mi = to[l];
            }
            if (r < n2 && better(ms, mi, score[r], to[r]))
                m = r;
            if (m == c)
                break;
            to[c] = to[m];
            score[c] = score[m];
            c = m;
        }
        to[c] = lt;
        score[c] = ls;
    }
    for (i = nh; i < k; i++) {
        to[i] = BRUG_NO_INDEX;
        score[i] = 0.0f;
    }
}

static void *work(void *arg)
{
    worker *w = arg;
    const brug_bridges *b = w->b;
    brug__bridges_block *s = brug__bridges_block_new(b);
    float *rows = NULL, *out[BRUG__BLOCK];
    double *tmp;
    uint32_t n = b->nocc, nblocks = (n + BRUG__BLOCK - 1) / BRUG__BLOCK;
    unsigned l;

    if (!w->matrix)
        rows = brug__malloc(&b->alloc, ((size_t)n + 1) * BRUG__BLOCK * sizeof(float));
    tmp = brug__calloc(&b->alloc, 2 * ((size_t)n + 1), sizeof(double));
    if (!s || !tmp || (!w->matrix && !rows)) {
        w->err = BRUG_ENOMEM;
        goto done;
    }
    for (;;) {
        uint32_t blk = atomic_fetch_add(w->next, 1), first, nb;
        const uint32_t *src;
        if (blk >= nblocks)
            break;
        first = blk * BRUG__BLOCK;
        nb = n - first < BRUG__BLOCK ? n - first : BRUG__BLOCK;
        src = w->order + first;
        for (l = 0; l < nb; l++)
            out[l] = w->matrix ? w->matrix + (size_t)src[l] * n : rows + (size_t)l * n;
        brug__bridges_block_rows(b, s, src, nb, out);
        for (l = 0; l < nb; l++)
            brug__facets_combine_frow(b, src[l], out[l], tmp, tmp + n + 1);
        if (!w->matrix)
            for (l = 0; l < nb; l++)
                select_topk(out[l], n, src[l], w->k, w->to + (size_t)src[l] * w->k,
                            w->score + (size_t)src[l] * w->k);
    }
done:
    brug__free(&b->alloc, tmp);
    brug__free(&b->alloc, rows);
    brug__bridges_block_free(b, s);
    return NULL;
}

static brug_err run_workers(const brug_bridges *b, unsigned nthreads, float *matrix, unsigned k,
                            uint32_t *to, float *score)
{
    worker w[MAX_THREADS];
    pthread_t th[MAX_THREADS];
    int started[MAX_THREADS];
    atomic_uint next;
    uint32_t *order;
    unsigned i;
    brug_err err;

    if (nthreads == 0)
        nthreads = 2;
    if (nthreads > MAX_THREADS)
        nthreads = MAX_THREADS;
    if (nthreads > b->nocc && b->nocc > 0)
        nthreads = b->nocc;
    order = brug__malloc(&b->alloc, ((size_t)b->nocc + 1) * sizeof(uint32_t));
    if (!order)
        return BRUG_ENOMEM;
    err = brug__bridges_block_order(b, order);
    if (err) {
        brug__free(&b->alloc, order);
        return err;
    }
    atomic_init(&next, 0);
    for (i = 0; i < nthreads; i++) {
        w[i].b = b;
        w[i].next = &next;
        w[i].order = order;
        w[i].matrix = matrix;
        w[i].k = k;
        w[i].to = to;
        w[i].score = score;
        w[i].err = BRUG_OK;
        started[i] = 0;
    }
    /* Worker 0 runs on the caller's thread; a worker whose thread cannot
     * be started runs there too, so the result never depends on it. */
    for (i = 1; i < nthreads; i++)
        started[i] = pthread_create(&th[i], NULL, work, &w[i]) == 0;
    work(&w[0]);
    for (i = 1; i < nthreads; i++) {
        if (started[i])
            pthread_join(th[i], NULL);
        else
            work(&w[i]);
    }
    for (i = 0; i < nthreads; i++)
        if (w[i].err && !err)
            err = w[i].err;
    brug__free(&b->alloc, order);
    return err;
}

static void symmetrize(float *m, uint32_t n)
{
    uint32_t i, j;
    for (i = 0; i < n; i++)
        for (j = i + 1; j < n; j++) {
            float v = (float)sqrt((double)m[(size_t)i * n + j] * (double)m[(size_t)j * n + i]);
            m[(size_t)i * n + j] = v;
            m[(size_t)j * n + i] = v;
        }
}

brug_err brug_bridges_matrix(const brug_bridges *b, unsigned nthreads, int symmetric, float *out)
{
    brug_err err = run_workers(b, nthreads, out, 0, NULL, NULL);
    if (!err && symmetric)
        symmetrize(out, b->nocc);
    return err;
}

brug_err brug_bridges_topk(const brug_bridges *b, unsigned k, unsigned nthreads, int symmetric,
                           uint32_t *to, float *score)
{
    float *m;
    uint32_t i, n = b->nocc;
    brug_err err;
    if (!symmetric)
        return run_workers(b, nthreads, NULL, k, to, score);
    m = brug__malloc(&b->alloc, (size_t)n * n * sizeof(float) + 1);
    if (!m)
        return BRUG_ENOMEM;
    err = brug_bridges_matrix(b, nthreads, 1, m);
    if (!err)
        for (i = 0; i < n; i++)
            select_topk(m + (size_t)i * n, n, i, k, to + (size_t)i * k, score + (size_t)i * k);
    brug__free(&b->alloc, m);
    return err;
}
