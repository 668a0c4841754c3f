/*
 * match.c - scoring passports against offers: the matcher (offers indexed
 * by skill, region and type), a person's skill credits with evidence
 * weights and hierarchy partial credit, the fit factors, top-k selection,
 * explained single matches and the multi-threaded batch over all passports.
 * The score is documented in docs/matching.md; keep the two in step.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "alloc.h"
#include "match.h"
#include "people_vocab.h"
#include "store.h"

double brug__now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- building the matcher ---- */

static brug_err oom(const brug_matcher *m)
{
    return brug__db_error(m->db, BRUG_ENOMEM, "out of memory building the matcher");
}

static uint32_t popcount(uint32_t x)
{
    /* drives are 6 bits: a table lookup, not a libgcc call per fit */
    static const uint8_t nib[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};
    uint32_t n = 0;
    while (x) {
        n += nib[x & 15u];
        x >>= 4;
    }
    return n;
}

/* Neighbours of each skill proper: its broader and narrower skills proper. */
static brug_err build_neighbours(brug_matcher *m)
{
    const brug_onto *o = m->onto;
    uint32_t s, n = m->nskill, nnz = 0, i;
    m->nb_ptr = brug__calloc(&m->alloc, (size_t)n + 1, sizeof(uint32_t));
    if (!m->nb_ptr)
        return oom(m);
    for (s = 0; s < n; s++) {
        for (i = o->skill_broader.ptr[s]; i < o->skill_broader.ptr[s + 1]; i++)
            nnz += o->skill_broader.col[i] < n;
        for (i = o->skill_narrower.ptr[s]; i < o->skill_narrower.ptr[s + 1]; i++)
            nnz += o->skill_narrower.col[i] < n;
    }
    m->nb_col = brug__malloc(&m->alloc, ((size_t)nnz + 1) * sizeof(uint32_t));
    if (!m->nb_col)
        return oom(m);
    nnz = 0;
    for (s = 0; s < n; s++) {
        m->nb_ptr[s] = nnz;
        for (i = o->skill_broader.ptr[s]; i < o->skill_broader.ptr[s + 1]; i++)
            if (o->skill_broader.col[i] < n)
                m->nb_col[nnz++] = o->skill_broader.col[i];
        for (i = o->skill_narrower.ptr[s]; i < o->skill_narrower.ptr[s + 1]; i++)
            if (o->skill_narrower.col[i] < n)
                m->nb_col[nnz++] = o->skill_narrower.col[i];
    }
    m->nb_ptr[n] = nnz;
    return BRUG_OK;
}

static brug_err build_index(brug_matcher *m)
{
    const brug__offer_set *of = &m->offers;
    size_t nkeys = (size_t)m->nskill * m->nreg * 2, k;
    uint32_t o, i, *fill;

    m->owsum = brug__calloc(&m->alloc, (size_t)of->n + 1, sizeof(float));
    m->odrives = brug__calloc(&m->alloc, (size_t)of->n + 1, sizeof(uint32_t));
    m->post_ptr = brug__calloc(&m->alloc, nkeys + 1, sizeof(uint32_t));
    m->post_offer = brug__malloc(&m->alloc, ((size_t)of->ptr[of->n] + 1) * sizeof(uint32_t));
    m->post_w = brug__malloc(&m->alloc, ((size_t)of->ptr[of->n] + 1) * sizeof(float));
    m->maxw = brug__calloc(&m->alloc, (size_t)m->nskill * m->nreg + 1, sizeof(float));
    m->oterm = brug__malloc(&m->alloc, ((size_t)of->ptr[of->n] + 1) * sizeof(brug__oterm));
    m->oattr = brug__malloc(&m->alloc, ((size_t)of->n + 1) * sizeof(uint32_t));
    fill = brug__malloc(&m->alloc, (nkeys + 1) * sizeof(uint32_t));
    if (!m->maxw || !m->oterm || !m->oattr || !m->owsum || !m->odrives || !m->post_ptr ||
        !m->post_offer || !m->post_w || !fill) {
        brug__free(&m->alloc, fill);
        return oom(m);
    }
    for (o = 0; o < of->n; o++) {
        float ws = 0;
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++)
            ws += of->essential[i] ? BRUG__W_ESSENTIAL : BRUG__W_OPTIONAL;
        m->owsum[o] = ws;
        m->odrives[o] = of->drives[o];
        if (!m->odrives[o] && of->occupation[o] != BRUG_NO_INDEX)
            m->odrives[o] =
                brug__isco_drives(brug_onto_occupation_isco(m->onto, of->occupation[o]));
        m->oattr[o] = (uint32_t)of->region[o] | (uint32_t)of->hours[o] << 8 |
                      (uint32_t)of->sector[o] << 16 | (m->odrives[o] & 0xffu) << 24;
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
            k = ((size_t)of->skill[i] * m->nreg + of->region[o]) * 2 + (of->type[o] - 1u);
            m->post_ptr[k + 1]++;
        }
    }
    for (k = 0; k < nkeys; k++)
        m->post_ptr[k + 1] += m->post_ptr[k];
    memcpy(fill, m->post_ptr, nkeys * sizeof(uint32_t));
    for (o = 0; o < of->n; o++)
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
            uint32_t at;
            k = ((size_t)of->skill[i] * m->nreg + of->region[o]) * 2 + (of->type[o] - 1u);
            at = fill[k]++;
            m->post_offer[at] = o;
            m->post_w[at] = (of->essential[i] ? BRUG__W_ESSENTIAL : BRUG__W_OPTIONAL) / m->owsum[o];
            m->oterm[i].skill = of->skill[i];
            m->oterm[i].w = m->post_w[at];
            k = (size_t)of->skill[i] * m->nreg + of->region[o];
            if (m->post_w[at] > m->maxw[k])
                m->maxw[k] = m->post_w[at];
        }
    brug__free(&m->alloc, fill);
    return BRUG_OK;
}

brug_err brug_matcher_new(brug_db *db, brug_matcher **out)
{
    brug_matcher *m;
    uint32_t a, b, o;
    brug_err err;

    *out = NULL;
    m = brug__calloc(&db->alloc, 1, sizeof(*m));
    if (!m)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    m->db = db;
    m->alloc = db->alloc;
    m->nreg = brug__nregions;
    err = brug_onto_load(db, &m->onto);
    if (err)
        goto fail;
    m->nskill = m->onto->nskill_proper;
    err = brug__offer_set_load(db, m->onto, NULL, &m->offers);
    if (err)
        goto fail;
    for (o = 0; o < m->offers.n; o++)
        if (m->offers.type[o] < 1 || m->offers.type[o] > 2) {
            err = brug__db_error(db, BRUG_EINTERNAL, "offer %s has an unknown type",
                                 m->offers.ext_id[o]);
            goto fail;
        }
    m->km = brug__malloc(&m->alloc, (size_t)m->nreg * m->nreg * sizeof(double));
    if (!m->km) {
        err = oom(m);
        goto fail;
    }
    for (a = 0; a < m->nreg; a++)
        for (b = 0; b < m->nreg; b++)
            m->km[a * m->nreg + b] = brug__region_km(a, b);
    err = build_neighbours(m);
    if (!err)
        err = build_index(m);
    if (err)
        goto fail;
    *out = m;
    return BRUG_OK;
fail:
    brug_matcher_free(m);
    return err;
}

void brug_matcher_free(brug_matcher *m)
{
    brug_alloc a;
    if (!m)
        return;
    a = m->alloc;
    brug__offer_set_release(&m->offers);
    brug_onto_free(m->onto);
    brug__free(&a, m->km);
    brug__free(&a, m->odrives);
    brug__free(&a, m->owsum);
    brug__free(&a, m->post_ptr);
    brug__free(&a, m->post_offer);
    brug__free(&a, m->post_w);
    brug__free(&a, m->maxw);
    brug__free(&a, m->oterm);
    brug__free(&a, m->oattr);
    brug__free(&a, m->nb_ptr);
    brug__free(&a, m->nb_col);
    brug__free(&a, m);
}

uint32_t brug_matcher_offer_count(const brug_matcher *m)
{
    return m ? m->offers.n : 0;
}

/* ---- scratch, credits, fit ---- */

brug_err brug__scratch_init(const brug_matcher *m, brug__scratch *s, uint32_t k)
{
    const brug_alloc *a = &m->alloc;
    memset(s, 0, sizeof(*s));
    s->seen = brug__calloc(a, (size_t)m->offers.n + 1, sizeof(uint32_t));
    s->acc = brug__calloc(a, (size_t)m->offers.n + 1, sizeof(float));
    s->cand = brug__malloc(a, ((size_t)m->offers.n + 1) * sizeof(uint32_t));
    s->lead = brug__malloc(a, ((size_t)k * 2 + 1) * sizeof(brug__hit));
    s->key = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(float));
    s->tlen = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(uint32_t));
    s->ub = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(float));
    s->order = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(uint32_t));
    s->cred = brug__calloc(a, (size_t)m->nskill + 1, sizeof(float));
    s->src = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(uint32_t));
    s->touched = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(uint32_t));
    s->heap = brug__malloc(a, ((size_t)k + 1) * sizeof(brug__hit));
    s->k = k;
    if (!s->seen || !s->acc || !s->cand || !s->lead || !s->key || !s->tlen || !s->ub || !s->order ||
        !s->cred || !s->src || !s->touched || !s->heap) {
        brug__scratch_release(m, s);
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}

void brug__scratch_release(const brug_matcher *m, brug__scratch *s)
{
    const brug_alloc *a = &m->alloc;
    brug__free(a, s->seen);
    brug__free(a, s->acc);
    brug__free(a, s->cand);
    brug__free(a, s->lead);
    brug__free(a, s->key);
    brug__free(a, s->tlen);
    brug__free(a, s->ub);
    brug__free(a, s->order);
    brug__free(a, s->cred);
    brug__free(a, s->src);
    brug__free(a, s->touched);
    brug__free(a, s->heap);
    memset(s, 0, sizeof(*s));
}

void brug__person_view_of(const brug__person_set *s, uint32_t i, brug__person_view *out)
{
    out->region = s->region[i];
    out->hours = s->hours[i];
    out->drives = s->drives[i];
    out->max_km = s->max_km[i];
    out->prefer = s->prefer[i];
    out->exclude = s->exclude[i];
    out->skill = s->skill + s->ptr[i];
    out->evidence = s->evidence + s->ptr[i];
    out->nskill = (uint32_t)(s->ptr[i + 1] - s->ptr[i]);
}

static void credit(brug__scratch *s, uint32_t skill, float c, uint32_t from)
{
    if (s->cred[skill] == 0)
        s->touched[s->ntouched++] = skill;
    if (c > s->cred[skill]) {
        s->cred[skill] = c;
        s->src[skill] = from;
    }
}

void brug__expand(const brug_matcher *m, brug__scratch *s, const brug__person_view *p)
{
    uint32_t i, j;
    s->ntouched = 0;
    /* Own skills first, so an own skill wins a tie with a related one. */
    for (i = 0; i < p->nskill; i++) {
        uint8_t ev = p->evidence[i] < BRUG__NEVIDENCE ? p->evidence[i] : 0;
        credit(s, p->skill[i], brug__evidence_weight[ev], p->skill[i]);
    }
    for (i = 0; i < p->nskill; i++) {
        uint8_t ev = p->evidence[i] < BRUG__NEVIDENCE ? p->evidence[i] : 0;
        float c = BRUG__RELATED_CREDIT * brug__evidence_weight[ev];
        for (j = m->nb_ptr[p->skill[i]]; j < m->nb_ptr[p->skill[i] + 1]; j++)
            credit(s, m->nb_col[j], c, p->skill[i]);
    }
}

void brug__unexpand(brug__scratch *s)
{
    uint32_t i;
    for (i = 0; i < s->ntouched; i++)
        s->cred[s->touched[i]] = 0;
    s->ntouched = 0;
}

double brug__fit(const brug_matcher *m, const brug__person_view *p, uint32_t o,
                 brug__fit_parts *parts)
{
    uint32_t a = m->oattr[o];
    uint32_t oreg = a & 0xff, od = a >> 24, sbit = 1u << ((a >> 16) & 0xff);
    double km = m->km[(size_t)p->region * m->nreg + oreg];
    double dist, hours, sector, drives, ho = (a >> 8) & 0xff, hp = p->hours;

    if (km > p->max_km || (p->exclude & sbit))
        return -1;
    dist = p->max_km > 0 ? 1.0 - km / p->max_km : 1.0;
    hours = ho < hp ? ho / hp : hp / ho;
    sector = (p->prefer & sbit) ? 1.0 : 0.5;
    drives = (p->drives && od) ? (double)popcount(p->drives & od) / popcount(od) : 0.5;
    if (parts) {
        parts->km = km;
        parts->dist = dist;
        parts->hours = hours;
        parts->sector = sector;
        parts->drives = drives;
    }
    return 0.5 + 0.5 * (0.4 * dist + 0.2 * hours + 0.2 * sector + 0.2 * drives);
}

/* ---- top-k heap: the root is the worst kept hit ---- */

static int worse(brug__hit a, brug__hit b)
{
    return a.score < b.score || (a.score == b.score && a.id > b.id);
}

/* Offer h to a bounded heap (heap[0] the worst of at most cap hits). */
static void hits_push(brug__hit *heap, uint32_t *n, uint32_t cap, brug__hit h)
{
    uint32_t i;
    if (*n == cap) {
        if (!worse(heap[0], h))
            return;
        i = 0; /* replace the root and sift down */
        for (;;) {
            uint32_t l = 2 * i + 1, r = l + 1, w = i;
            brug__hit wv = h;
            if (l < *n && worse(heap[l], wv)) {
                w = l;
                wv = heap[l];
            }
            if (r < *n && worse(heap[r], wv))
                w = r;
            if (w == i)
                break;
            heap[i] = heap[w];
            i = w;
        }
        heap[i] = h;
        return;
    }
    i = (*n)++;
    while (i > 0 && worse(h, heap[(i - 1) / 2])) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i] = h;
}

static void heap_push(brug__scratch *s, brug__hit h)
{
    hits_push(s->heap, &s->nheap, s->k, h);
}

/* Empty the heap into out, best first; returns the count. */
static uint32_t heap_drain(brug__scratch *s, brug__hit *out)
{
    uint32_t n = s->nheap, i, j;
    memcpy(out, s->heap, n * sizeof(*out));
    for (i = 1; i < n; i++) { /* insertion sort: n is small */
        brug__hit h = out[i];
        for (j = i; j > 0 && worse(out[j - 1], h); j--)
            out[j] = out[j - 1];
        out[j] = h;
    }
    s->nheap = 0;
    return n;
}

float brug__coverage(const brug_matcher *m, const brug__scratch *s, uint32_t o)
{
    const brug__offer_set *of = &m->offers;
    uint32_t i, end = of->ptr[o + 1];
    float cov = 0;
    const brug__oterm *t = m->oterm;
    for (i = of->ptr[o]; i < end; i++)
        cov += s->cred[t[i].skill] * t[i].w;
    return cov;
}

/* Sort the first n of order[] by key[] descending (n is small). */
static void sort_terms(uint32_t *order, const float *ub, uint32_t n)
{
    uint32_t i, j;
    for (i = 1; i < n; i++) {
        uint32_t t = order[i];
        float u = ub[t];
        for (j = i; j > 0 && ub[order[j - 1]] < u; j--)
            order[j] = order[j - 1];
        order[j] = t;
    }
}

/* Offer o with coverage cov and fit multiplier fit (< 0: excluded) to the heap. */
static void offer_hit(brug__scratch *s, uint32_t o, float cov, double fit)
{
    brug__hit h;
    s->seen[o] = s->stamp;
    if (fit < 0)
        return;
    h.score = (float)(100.0 * cov * fit);
    h.id = o;
    heap_push(s, h);
}

/* Score offer o exactly for p and offer it to the heap. */
static void score_exact(const brug_matcher *m, brug__scratch *s, const brug__person_view *p,
                        uint32_t o)
{
    offer_hit(s, o, brug__coverage(m, s, o), brug__fit(m, p, o, NULL));
}

/* Score exactly the candidates not scored yet whose partial coverage is
 * among the best 2k: that sets a threshold close to the final one. */
static void score_leaders(const brug_matcher *m, brug__scratch *s, const brug__person_view *p)
{
    uint32_t c, n = 0, want = 2 * s->k;
    for (c = 0; c < s->ncand; c++) {
        uint32_t o = s->cand[c];
        brug__hit h;
        if ((n == want && s->acc[o] <= s->lead[0].score) || s->seen[o] == s->stamp)
            continue;
        h.score = s->acc[o];
        h.id = o;
        hits_push(s->lead, &n, want, h);
    }
    for (c = 0; c < n; c++)
        score_exact(m, s, p, s->lead[c].id);
}

/* The k-th best score so far, or 0 while the heap has room. */
static float threshold(const brug__scratch *s)
{
    return s->nheap == s->k ? s->heap[0].score : 0.0f;
}

/* Add term t's reachable postings to the partial coverages.  The
 * reachable keys of a term come as runs [lo[r], hi[r]) of region * 2 +
 * type, each a contiguous stretch of the index. */
static void accumulate(const brug_matcher *m, brug__scratch *s, uint32_t t, const uint32_t *lo,
                       const uint32_t *hi, uint32_t nrun)
{
    size_t base = (size_t)t * m->nreg * 2;
    float cr = s->cred[t];
    /* locals, so the compiler keeps them in registers (no aliasing) */
    float *acc = s->acc;
    uint32_t *cand = s->cand, ncand = s->ncand, r;
    const uint32_t *po = m->post_offer, *pp = m->post_ptr;
    const float *pw = m->post_w;
    for (r = 0; r < nrun; r++) {
        uint32_t j, end = pp[base + hi[r]];
        for (j = pp[base + lo[r]]; j < end; j++) {
            uint32_t o = po[j];
            float a = acc[o];
            if (a == 0)
                cand[ncand++] = o;
            acc[o] = a + cr * pw[j];
        }
    }
    s->ncand = ncand;
}

uint32_t brug__top_offers(const brug_matcher *m, brug__scratch *s, const brug__person_view *p,
                          int type, brug__hit *out)
{
    uint32_t reach[64], lo[64], hi[64], nreach = 0, nrun = 0, r, i, c, nt, done;
    int t0 = type ? type - 1 : 0, t1 = type ? type - 1 : 1;
    float skipped = 0;  /* sum of the bounds of the terms left out */
    float skipcred = 0; /* sum of the credits of the terms left out */

    for (r = 0; r < m->nreg && nreach < 64; r++)
        if (m->km[(size_t)p->region * m->nreg + r] <= p->max_km)
            reach[nreach++] = r;
    /* runs of reachable keys: adjacent regions merge when both types count */
    for (r = 0; r < nreach; r++) {
        uint32_t k0 = reach[r] * 2 + (uint32_t)t0, k1 = reach[r] * 2 + (uint32_t)t1 + 1;
        if (nrun > 0 && hi[nrun - 1] == k0) {
            hi[nrun - 1] = k1;
        } else {
            lo[nrun] = k0;
            hi[nrun++] = k1;
        }
    }
    brug__expand(m, s, p);
    if (++s->stamp == 0) {
        memset(s->seen, 0, (size_t)m->offers.n * sizeof(uint32_t));
        s->stamp = 1;
    }
    /* Each term's bound (its largest contribution to a reachable offer's
     * coverage) and cost (its reachable postings). */
    nt = 0;
    for (i = 0; i < s->ntouched; i++) {
        uint32_t t = s->touched[i], len = 0;
        const float *mw = m->maxw + (size_t)t * m->nreg;
        float best = 0;
        for (r = 0; r < nreach; r++) {
            size_t k = ((size_t)t * m->nreg + reach[r]) * 2;
            if (mw[reach[r]] > best)
                best = mw[reach[r]];
            len += m->post_ptr[k + (size_t)t1 + 1] - m->post_ptr[k + (size_t)t0];
        }
        if (len == 0)
            continue; /* no reachable offer asks for it */
        s->ub[t] = s->cred[t] * best;
        s->tlen[t] = len;
        s->key[t] = s->ub[t] / (float)len;
        s->order[nt++] = t;
    }
    s->nheap = 0;
    s->ncand = 0;
    /* Phase 1: the terms with the most bound per posting first, until there
     * are enough candidates to score the leaders exactly: a threshold. */
    sort_terms(s->order, s->key, nt);
    for (done = 0; done < nt && s->ncand < 8 * s->k; done++)
        accumulate(m, s, s->order[done], lo, hi, nrun);
    if (done < nt) {
        float budget;
        score_leaders(m, s, p);
        /* Phase 2 (MaxScore): leave out the longest posting lists whose
         * bounds together stay below the threshold: an offer holding only
         * such terms cannot enter the top k. */
        budget = threshold(s) / (100.0f * 1.0001f);
        for (i = done; i < nt; i++)
            s->key[s->order[i]] = (float)s->tlen[s->order[i]];
        sort_terms(s->order + done, s->key, nt - done);
        for (i = done; i < nt; i++) {
            uint32_t t = s->order[i];
            if (skipped + s->ub[t] < budget) {
                skipped += s->ub[t];
                skipcred += s->cred[t];
            } else
                accumulate(m, s, t, lo, hi, nrun);
        }
    }
    /* A candidate's coverage is at most its partial sum plus what the
     * skipped terms can add: the sum of their bounds, and also their
     * credits times the largest normalised weight of an offer of its size
     * (essential weight / its weight sum).  Its fit multiplier is at most 1. */
    score_leaders(m, s, p);
    skipcred *= BRUG__W_ESSENTIAL * 1.0001f;
    for (c = 0; c < s->ncand; c++) {
        uint32_t o = s->cand[c];
        float bound = s->acc[o], rest = skipcred / m->owsum[o];
        double fit;
        s->acc[o] = 0;
        if (s->seen[o] == s->stamp)
            continue;
        bound += rest < skipped ? rest : skipped;
        if (s->nheap == s->k && 100.0f * bound * 1.0001f < threshold(s))
            continue;
        fit = brug__fit(m, p, o, NULL);
        if (fit < 0 || (s->nheap == s->k && 100.0f * bound * (float)fit * 1.0001f < threshold(s)))
            continue;
        offer_hit(s, o, skipped > 0 ? brug__coverage(m, s, o) : bound, fit);
    }
    brug__unexpand(s);
    return heap_drain(s, out);
}

/* ---- explanations ---- */

static const char *lang_of(const brug_match_opts *o)
{
    return o && o->lang && o->lang[0] ? o->lang : "en";
}

/* The explanation of pair (p, o); s->cred must hold p's expansion. */
static json_t *explain(const brug_matcher *m, const brug__scratch *s, const brug__person_view *p,
                       uint32_t o, double score, const char *lang)
{
    const brug__offer_set *of = &m->offers;
    brug__fit_parts parts;
    json_t *doc, *match = json_array(), *missing = json_array();
    double cov = 0;
    uint32_t i;

    memset(&parts, 0, sizeof(parts));
    brug__fit(m, p, o, &parts);
    cov = brug__coverage(m, s, o);
    for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
        uint32_t sk = of->skill[i];
        float c = s->cred[sk];
        if (c > 0) {
            json_t *e = json_pack(
                "{s:s, s:s, s:b, s:s, s:f}", "uri", brug_onto_skill_uri(m->onto, sk), "label",
                brug_onto_skill_label(m->onto, sk, lang), "essential", of->essential[i], "via",
                s->src[sk] == sk ? "exact" : "related", "credit", (double)c);
            if (e && s->src[sk] != sk) {
                json_object_set_new(e, "from",
                                    json_string(brug_onto_skill_uri(m->onto, s->src[sk])));
                json_object_set_new(e, "from_label",
                                    json_string(brug_onto_skill_label(m->onto, s->src[sk], lang)));
            }
            json_array_append_new(match, e);
        } else if (of->essential[i]) {
            json_array_append_new(missing,
                                  json_pack("{s:s, s:s}", "uri", brug_onto_skill_uri(m->onto, sk),
                                            "label", brug_onto_skill_label(m->onto, sk, lang)));
        }
    }
    doc = json_pack("{s:f, s:f, s:f, s:f, s:f, s:f, s:o, s:o}", "score", score, "skill_coverage",
                    cov, "distance_km", parts.km, "hours_fit", parts.hours, "sector_fit",
                    parts.sector, "drives_fit", parts.drives, "matching_skills", match,
                    "missing_essential", missing);
    return doc;
}

static json_t *offer_fields(const brug_matcher *m, uint32_t o, const char *lang)
{
    const brug__offer_set *of = &m->offers;
    uint32_t occ = of->occupation[o];
    return json_pack(
        "{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:i, s:i}", "offer", of->ext_id[o], "type",
        of->type[o] == BRUG__OFFER_PLACEMENT ? "placement" : "vacancy", "title", of->title[o],
        "employer", of->employer[o], "sector",
        brug__sectors[of->sector[o] < brug__nsectors ? of->sector[o] : 0].code, "occupation",
        occ == BRUG_NO_INDEX ? "" : brug_onto_occupation_uri(m->onto, occ), "occupation_label",
        occ == BRUG_NO_INDEX ? "" : brug_onto_occupation_label(m->onto, occ, lang), "region",
        brug__regions[of->region[o]].code, "hours", of->hours[o], "capacity", of->capacity[o]);
}

static uint32_t top_of(const brug_match_opts *o)
{
    uint32_t k = o && o->top ? o->top : 10;
    return k > 1000 ? 1000 : k;
}

brug_err brug_match_passport(brug_matcher *m, const char *id, const brug_match_opts *opts,
                             json_t **out)
{
    brug__person_set ps;
    brug__person_view pv;
    brug__scratch s;
    brug__hit *hits;
    json_t *doc, *arr;
    uint32_t k = top_of(opts), n, i;
    const char *lang = lang_of(opts);
    brug_err err;

    *out = NULL;
    err = brug__person_set_load(m->db, m->onto, id, &ps);
    if (err)
        return err;
    hits = brug__malloc(&m->alloc, ((size_t)k + 1) * sizeof(*hits));
    if (!hits || brug__scratch_init(m, &s, k)) {
        brug__free(&m->alloc, hits);
        brug__person_set_release(&ps);
        return oom(m);
    }
    brug__person_view_of(&ps, 0, &pv);
    n = brug__top_offers(m, &s, &pv, opts ? (int)opts->type : 0, hits);
    brug__expand(m, &s, &pv);
    arr = json_array();
    for (i = 0; arr && i < n; i++) {
        json_t *e = offer_fields(m, hits[i].id, lang);
        json_t *x = explain(m, &s, &pv, hits[i].id, hits[i].score, lang);
        if (!e || !x || json_object_update(e, x) || json_array_append_new(arr, e)) {
            json_decref(x);
            json_decref(arr);
            arr = NULL;
            break;
        }
        json_decref(x);
    }
    brug__unexpand(&s);
    doc = arr ? json_pack("{s:s, s:s, s:i, s:o}", "passport", ps.ext_id[0], "region",
                          brug__regions[pv.region].code, "max_km", pv.max_km, "matches", arr)
              : NULL;
    brug__scratch_release(m, &s);
    brug__free(&m->alloc, hits);
    brug__person_set_release(&ps);
    if (!doc)
        return oom(m);
    *out = doc;
    return BRUG_OK;
}

brug_err brug_match_offer(brug_matcher *m, const char *id, const brug_match_opts *opts,
                          json_t **out)
{
    brug__person_set ps;
    brug__scratch s;
    brug__hit *hits;
    json_t *doc, *arr;
    const brug__offer_set *of = &m->offers;
    uint32_t k = top_of(opts), n, i, o;
    const char *lang = lang_of(opts);
    brug_err err;

    *out = NULL;
    for (o = 0; o < of->n; o++)
        if (strcmp(of->ext_id[o], id) == 0)
            break;
    if (o == of->n)
        return brug__db_error(m->db, BRUG_ENOTFOUND, "no offer \"%s\"", id);
    err = brug__person_set_load(m->db, m->onto, NULL, &ps);
    if (err)
        return err;
    hits = brug__malloc(&m->alloc, ((size_t)k + 1) * sizeof(*hits));
    if (!hits || brug__scratch_init(m, &s, k)) {
        brug__free(&m->alloc, hits);
        brug__person_set_release(&ps);
        return oom(m);
    }
    for (i = 0; i < ps.n; i++) {
        brug__person_view pv;
        double fit, cov;
        brug__hit h;
        brug__person_view_of(&ps, i, &pv);
        fit = brug__fit(m, &pv, o, NULL);
        if (fit < 0)
            continue;
        brug__expand(m, &s, &pv);
        cov = brug__coverage(m, &s, o);
        brug__unexpand(&s);
        if (cov <= 0)
            continue;
        h.score = (float)(100.0 * cov * fit);
        h.id = i;
        heap_push(&s, h);
    }
    n = heap_drain(&s, hits);
    arr = json_array();
    for (i = 0; arr && i < n; i++) {
        brug__person_view pv;
        json_t *e, *x;
        brug__person_view_of(&ps, hits[i].id, &pv);
        brug__expand(m, &s, &pv);
        x = explain(m, &s, &pv, o, hits[i].score, lang);
        brug__unexpand(&s);
        e = json_pack("{s:s, s:s}", "passport", ps.ext_id[hits[i].id], "region",
                      brug__regions[pv.region].code);
        if (!e || !x || json_object_update(e, x) || json_array_append_new(arr, e)) {
            json_decref(x);
            json_decref(arr);
            arr = NULL;
            break;
        }
        json_decref(x);
    }
    doc = NULL;
    if (arr) {
        doc = offer_fields(m, o, lang);
        if (!doc) {
            json_decref(arr);
        } else if (json_object_set_new(doc, "matches", arr)) {
            json_decref(doc);
            doc = NULL;
        }
    }
    brug__scratch_release(m, &s);
    brug__free(&m->alloc, hits);
    brug__person_set_release(&ps);
    if (!doc)
        return oom(m);
    *out = doc;
    return BRUG_OK;
}

/* ---- batch ---- */

typedef struct pool {
    const brug_matcher *m;
    const brug__person_set *set;
    brug__person_fn fn;
    void *ctx;
    uint32_t k;
    atomic_uint next;
    atomic_int failed;
} pool;

#define CHUNK 256u

static void *pool_worker(void *arg)
{
    pool *pl = arg;
    brug__scratch s;
    if (brug__scratch_init(pl->m, &s, pl->k)) {
        atomic_store(&pl->failed, 1);
        return NULL;
    }
    for (;;) {
        uint32_t start = atomic_fetch_add(&pl->next, CHUNK), i, end;
        if (start >= pl->set->n || atomic_load(&pl->failed))
            break;
        end = start + CHUNK < pl->set->n ? start + CHUNK : pl->set->n;
        for (i = start; i < end; i++)
            pl->fn(pl->m, pl->set, i, &s, pl->ctx);
    }
    brug__scratch_release(pl->m, &s);
    return NULL;
}

brug_err brug__for_each_person(const brug_matcher *m, const brug__person_set *set,
                               unsigned nthreads, uint32_t k, brug__person_fn fn, void *ctx)
{
    pthread_t th[64];
    unsigned t, started = 0;
    pool pl;
    pl.m = m;
    pl.set = set;
    pl.fn = fn;
    pl.ctx = ctx;
    pl.k = k;
    atomic_init(&pl.next, 0);
    atomic_init(&pl.failed, 0);
    if (nthreads == 0)
        nthreads = 2;
    if (nthreads > 64)
        nthreads = 64;
    for (t = 1; t < nthreads; t++) {
        if (pthread_create(&th[t], NULL, pool_worker, &pl) != 0)
            break;
        started++;
    }
    pool_worker(&pl);
    for (t = 1; t <= started; t++)
        pthread_join(th[t], NULL);
    if (atomic_load(&pl.failed))
        return brug__db_error(m->db, BRUG_ENOMEM, "out of memory in a matching thread");
    return BRUG_OK;
}

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
    c.k = top_of(opts);
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
        err = oom(m);
        goto out;
    }
    err = brug__for_each_person(m, &ps, opts ? opts->threads : 0, c.k, all_one, &c);
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
