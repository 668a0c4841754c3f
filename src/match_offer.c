/*
 * match_offer.c - the person side of the matcher: which passports fit an
 * offer best (brug_match_offer), without scoring every passport.
 *
 * On the first offer-side query the matcher loads every passport once and
 * builds an inverted index: for each skill proper, the people holding it
 * with their evidence.  A query walks the lists of the offer's skills and
 * of their direct hierarchy neighbours, keeps each person's best credit
 * per offer skill (own evidence, or half of a neighbour's: brug__expand),
 * and adds weight x credit into exact whole-number coverage units per
 * person.  Candidates are then taken by descending units; 100 x coverage
 * bounds a score (the fit multiplier is at most 1), so the fit is computed
 * only while a candidate can still enter the top k.  The result equals
 * brug__offer_scan_people (every passport scored one by one), which the
 * tests check.
 *
 * The index records the passports' revision (people_rev, raised by every
 * transaction that writes or deletes passports, on any connection or in
 * any process); each query reads it first and rebuilds the index when it
 * moved, so a query never answers from stale passports.
 */
#include <string.h>

#include "alloc.h"
#include "match.h"
#include "people_vocab.h"
#include "backend.h"

#define UNITS_MAX 65536u /* coverage units fit 16 bits (build_index checks) */

static brug_err oom(const brug_matcher *m)
{
    return brug__db_error(m->db, BRUG_ENOMEM, "out of memory indexing passports");
}

void brug__person_index_free(const brug_matcher *m, brug__person_index *x)
{
    const brug_alloc *a = &m->alloc;
    if (!x)
        return;
    brug__person_set_release(&x->set);
    brug__free(a, x->ptr);
    brug__free(a, x->post);
    brug__free(a, x->rnb_ptr);
    brug__free(a, x->rnb_col);
    brug__free(a, x->acc);
    brug__free(a, x->best);
    brug__free(a, x->cand);
    brug__free(a, x->touched);
    brug__free(a, x->order);
    brug__free(a, x->count);
    brug__free(a, x);
}

/* rnb: for each skill s, the skills t whose neighbour list (nb_col) holds
 * s: a person holding t earns half credit for s (brug__expand). */
static brug_err build_reverse_neighbours(const brug_matcher *m, brug__person_index *x)
{
    uint32_t n = m->nskill, s, j, nnz = m->nb_ptr[n], *fill;
    x->rnb_ptr = brug__calloc(&m->alloc, (size_t)n + 2, sizeof(uint32_t));
    x->rnb_col = brug__malloc(&m->alloc, ((size_t)nnz + 1) * sizeof(uint32_t));
    if (!x->rnb_ptr || !x->rnb_col)
        return oom(m);
    for (j = 0; j < nnz; j++)
        x->rnb_ptr[m->nb_col[j] + 2]++;
    for (s = 0; s < n; s++)
        x->rnb_ptr[s + 2] += x->rnb_ptr[s + 1];
    /* rnb_ptr[s + 1] is now where s's list starts: fill through it */
    fill = x->rnb_ptr + 1;
    for (s = 0; s < n; s++)
        for (j = m->nb_ptr[s]; j < m->nb_ptr[s + 1]; j++)
            x->rnb_col[fill[m->nb_col[j]]++] = s;
    return BRUG_OK;
}

/* The postings: the transpose of the passports' (person, skill) lists. */
static brug_err build_postings(const brug_matcher *m, brug__person_index *x)
{
    const brug__person_set *ps = &x->set;
    uint64_t nnz = ps->ptr[ps->n], j;
    uint32_t n = m->nskill, s, i;
    uint64_t *fill;

    if (ps->n >= (1u << 30))
        return brug__db_error(m->db, BRUG_ETOOBIG, "too many passports to index (%u)", ps->n);
    x->ptr = brug__calloc(&m->alloc, (size_t)n + 2, sizeof(uint64_t));
    x->post = brug__malloc(&m->alloc, ((size_t)nnz + 1) * sizeof(uint32_t));
    if (!x->ptr || !x->post)
        return oom(m);
    for (j = 0; j < nnz; j++)
        if (ps->skill[j] < n)
            x->ptr[ps->skill[j] + 2]++;
    for (s = 0; s < n; s++)
        x->ptr[s + 2] += x->ptr[s + 1];
    fill = x->ptr + 1;
    for (i = 0; i < ps->n; i++)
        for (j = ps->ptr[i]; j < ps->ptr[i + 1]; j++) {
            uint32_t sk = ps->skill[j];
            uint8_t ev = ps->evidence[j] < BRUG__NEVIDENCE ? ps->evidence[j] : 0;
            if (sk < n)
                x->post[fill[sk]++] = i << 2 | ev;
        }
    return BRUG_OK;
}

static brug_err build(brug_matcher *m, int64_t rev, brug__person_index **out)
{
    const brug_alloc *a = &m->alloc;
    brug__person_index *x;
    size_t n;
    brug_err err;

    *out = NULL;
    x = brug__calloc(a, 1, sizeof(*x));
    if (!x)
        return oom(m);
    x->rev = rev;
    err = brug__person_set_load(m->db, m->onto, NULL, &x->set);
    if (err) {
        brug__free(a, x);
        return err;
    }
    err = build_reverse_neighbours(m, x);
    if (!err)
        err = build_postings(m, x);
    if (err)
        goto fail;
    n = (size_t)x->set.n + 1;
    x->acc = brug__calloc(a, n, sizeof(uint16_t));
    x->best = brug__calloc(a, n, sizeof(uint8_t));
    x->cand = brug__malloc(a, n * sizeof(uint32_t));
    x->touched = brug__malloc(a, n * sizeof(uint32_t));
    x->order = brug__malloc(a, n * sizeof(uint32_t));
    x->count = brug__calloc(a, UNITS_MAX + 1, sizeof(uint32_t));
    if (!x->acc || !x->best || !x->cand || !x->touched || !x->order || !x->count) {
        err = oom(m);
        goto fail;
    }
    /* what it holds: the postings and working memory, and the passports
     * (their skills, evidence, 8 columns, ids; columns grow by doubling,
     * so this is a lower bound) */
    x->index_bytes = ((size_t)m->nskill + 2) * (sizeof(uint64_t) + sizeof(uint32_t)) +
                     ((size_t)m->nb_ptr[m->nskill] + 1) * sizeof(uint32_t) +
                     ((size_t)x->set.ptr[x->set.n] + 1) * sizeof(uint32_t) +
                     n * (sizeof(uint16_t) + 1 + 3 * sizeof(uint32_t)) +
                     (UNITS_MAX + 1) * sizeof(uint32_t);
    x->set_bytes =
        (size_t)x->set.ptr[x->set.n] * (sizeof(uint32_t) + 1) +
        n * (sizeof(uint64_t) + sizeof(char *) + 3 + sizeof(uint16_t) + 2 * sizeof(uint32_t)) +
        x->set.arena.used;
    *out = x;
    return BRUG_OK;
fail:
    brug__person_index_free(m, x);
    return err;
}

brug_err brug__person_index_sync(brug_matcher *m)
{
    brug__person_index *x;
    int64_t rev;
    brug_err err;

    /* The revision first, then the passports: a write that lands in
     * between is in the loaded set and only costs one extra rebuild. */
    err = brug__people_rev(m->db, "passports", &rev);
    if (err)
        return err;
    if (m->people && rev >= 0 && m->people->rev == rev)
        return BRUG_OK;
    brug__person_index_free(m, m->people);
    m->people = NULL;
    err = build(m, rev, &x);
    if (err)
        return err;
    m->people = x;
    return BRUG_OK;
}

/* Add one posting list at credit cr[evidence] into best[], noting people
 * seen for the first time in touched; returns the new touched count. */
static uint32_t best_of(uint8_t *best, uint32_t *touched, uint32_t nt, const uint32_t *post,
                        uint64_t n, const uint8_t *cr)
{
    uint64_t j;
    for (j = 0; j < n; j++) {
        uint32_t p = post[j] >> 2;
        uint8_t c = cr[post[j] & 3u], b = best[p];
        touched[nt] = p;
        nt += b == 0;
        best[p] = c > b ? c : b;
    }
    return nt;
}

/* Add w x credit of one posting list straight into the accumulators (an
 * offer skill without hierarchy neighbours: a person is in it once). */
static uint32_t add_list(uint16_t *acc, uint32_t *cand, uint32_t nc, const uint32_t *post,
                         uint64_t n, const uint8_t *cr, uint32_t w)
{
    uint64_t j;
    for (j = 0; j < n; j++) {
        uint32_t p = post[j] >> 2, a = acc[p];
        cand[nc] = p;
        nc += a == 0;
        acc[p] = (uint16_t)(a + w * cr[post[j] & 3u]);
    }
    return nc;
}

uint32_t brug__offer_top_people(const brug_matcher *m, brug__person_index *x, uint32_t o,
                                uint32_t k, brug__hit *out)
{
    const brug__offer_set *of = &m->offers;
    const brug__offer_key *key = &m->okey[o];
    const uint32_t *post = x->post;
    const uint64_t *ptr = x->ptr;
    uint16_t *acc = x->acc;
    uint32_t *cand = x->cand, *count = x->count, nc = 0, i, j, u, umax = 0, pos, nheap = 0;
    uint8_t own[4], half[4];
    float thr = 0;

    if (k == 0)
        return 0;
    for (i = 0; i < BRUG__NEVIDENCE; i++) {
        own[i] = brug__evidence_units[i];
        half[i] = (uint8_t)(brug__evidence_units[i] / 2);
    }
    /* 1. coverage units per person, exact: per offer skill the best credit */
    for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
        uint32_t s = of->skill[i], w = of->essential[i] ? BRUG__W_ESSENTIAL : BRUG__W_OPTIONAL;
        uint32_t nt = 0;
        if (s >= m->nskill)
            continue;
        if (x->rnb_ptr[s] == x->rnb_ptr[s + 1]) {
            nc = add_list(acc, cand, nc, post + ptr[s], ptr[s + 1] - ptr[s], own, w);
            continue;
        }
        nt = best_of(x->best, x->touched, nt, post + ptr[s], ptr[s + 1] - ptr[s], own);
        for (j = x->rnb_ptr[s]; j < x->rnb_ptr[s + 1]; j++) {
            uint32_t t = x->rnb_col[j];
            nt = best_of(x->best, x->touched, nt, post + ptr[t], ptr[t + 1] - ptr[t], half);
        }
        for (j = 0; j < nt; j++) {
            uint32_t p = x->touched[j], a = acc[p];
            cand[nc] = p;
            nc += a == 0;
            acc[p] = (uint16_t)(a + w * x->best[p]);
            x->best[p] = 0;
        }
    }
    /* 2. candidates by descending units (a counting sort), clearing acc */
    for (j = 0; j < nc; j++) {
        u = acc[cand[j]];
        count[u]++;
        umax = u > umax ? u : umax;
    }
    for (pos = 0, u = umax + 1; u-- > 0;) { /* count[u] becomes where bucket u starts */
        uint32_t c = count[u];
        count[u] = pos;
        pos += c;
    }
    for (j = 0; j < nc; j++) {
        uint32_t p = cand[j];
        x->order[count[acc[p]]++] = p;
        acc[p] = 0;
    }
    /* count[u] is now where bucket u ends, so bucket u is order[count[u+1] .. count[u]) */
    /* 3. the fit while the bound 100 x coverage can still beat the k-th best */
    for (pos = 0, u = umax; u > 0 && pos < nc; u--) {
        uint32_t end = count[u];
        if ((float)u * key->bound < thr)
            break;
        for (; pos < end; pos++) {
            uint32_t p = x->order[pos];
            brug__person_view pv;
            double fit;
            brug__hit h;
            brug__person_view_of(&x->set, p, &pv);
            fit = brug__fit(m, &pv, key->attr, NULL);
            if (fit < 0)
                continue;
            h.score = brug__score_of(key->wsum, u, fit);
            h.id = p;
            brug__hits_push(out, &nheap, k, h);
            if (nheap == k)
                thr = out[0].score;
        }
    }
    memset(count, 0, ((size_t)umax + 1) * sizeof(uint32_t));
    brug__hits_sort(out, nheap);
    return nheap;
}

uint32_t brug__offer_scan_people(const brug_matcher *m, const brug__person_set *set,
                                 brug__scratch *s, uint32_t o, brug__hit *out)
{
    uint32_t i, n = 0;
    for (i = 0; i < set->n; i++) {
        brug__person_view pv;
        double fit;
        uint32_t units;
        brug__hit h;
        brug__person_view_of(set, i, &pv);
        fit = brug__fit(m, &pv, m->okey[o].attr, NULL);
        if (fit < 0)
            continue;
        brug__expand(m, s, &pv);
        units = brug__coverage_units(m, s, o);
        brug__unexpand(s);
        if (units == 0)
            continue;
        h.score = brug__score_of(m->okey[o].wsum, units, fit);
        h.id = i;
        brug__hits_push(out, &n, s->k, h);
    }
    brug__hits_sort(out, n);
    return n;
}
