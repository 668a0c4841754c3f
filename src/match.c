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
#include "backend.h"

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

    m->okey = brug__calloc(&m->alloc, (size_t)of->n + 1, sizeof(brug__offer_key));
    m->post_ptr = brug__calloc(&m->alloc, nkeys + 1, sizeof(uint32_t));
    m->post = brug__malloc(&m->alloc, ((size_t)of->ptr[of->n] + 1) * sizeof(uint32_t));
    m->rbeg = brug__calloc(&m->alloc, (size_t)m->nreg + 1, sizeof(uint32_t));
    fill = brug__malloc(&m->alloc, (nkeys + 1) * sizeof(uint32_t));
    if (!m->rbeg || !m->okey || !m->post_ptr || !m->post || !fill) {
        brug__free(&m->alloc, fill);
        return oom(m);
    }
    for (o = 0; o < of->n; o++) {
        uint32_t ws = 0, drives;
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++)
            ws += of->essential[i] ? BRUG__W_ESSENTIAL : BRUG__W_OPTIONAL;
        if ((uint64_t)ws * BRUG__CREDIT_UNITS > UINT16_MAX) { /* imports cap skills at 1000 */
            brug__free(&m->alloc, fill);
            return brug__db_error(m->db, BRUG_ETOOBIG, "offer %s has too many skills to match",
                                  of->ext_id[o]);
        }
        drives = of->drives[o];
        if (!drives && of->occupation[o] != BRUG_NO_INDEX)
            drives = brug__isco_drives(brug_onto_occupation_isco(m->onto, of->occupation[o]));
        m->okey[o].wsum = ws;
        /* slightly above 100 / (units * ws), so a bound never falls below a score */
        m->okey[o].bound = ws ? (float)(100.0 / ((double)BRUG__CREDIT_UNITS * ws)) * 1.0001f : 0;
        m->okey[o].attr = (uint32_t)of->region[o] | (uint32_t)of->hours[o] << 8 |
                          (uint32_t)of->sector[o] << 16 | (drives & 0xffu) << 24;
        m->okey[o].id = o;
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
            k = ((size_t)of->skill[i] * m->nreg + of->region[o]) * 2 + (of->type[o] - 1u);
            m->post_ptr[k + 1]++;
        }
    }
    /* region ranges: the offer set comes ordered by region (people.h) */
    for (o = 0; o < of->n; o++) {
        if (o > 0 && of->region[o] < of->region[o - 1]) {
            brug__free(&m->alloc, fill);
            return brug__db_error(m->db, BRUG_EINTERNAL, "offers are not ordered by region");
        }
        m->rbeg[of->region[o] + 1]++;
    }
    for (i = 0; i < m->nreg; i++)
        m->rbeg[i + 1] += m->rbeg[i];
    for (k = 0; k < nkeys; k++)
        m->post_ptr[k + 1] += m->post_ptr[k];
    memcpy(fill, m->post_ptr, nkeys * sizeof(uint32_t));
    for (o = 0; o < of->n; o++)
        for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
            k = ((size_t)of->skill[i] * m->nreg + of->region[o]) * 2 + (of->type[o] - 1u);
            m->post[fill[k]++] = o | (of->essential[i] ? BRUG__POST_ESSENTIAL : 0);
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
    if (pthread_mutex_init(&m->people_mu, NULL) != 0) {
        brug__free(&db->alloc, m);
        return brug__db_error(db, BRUG_ENOMEM, "cannot create a mutex");
    }
    m->nreg = brug__nregions; /* at most 64: reach masks are 64 bits */
    err = brug_onto_load(db, &m->onto);
    if (err)
        goto fail;
    m->nskill = m->onto->nskill_proper;
    /* the revision before the offers: a write in between only makes the
     * matcher look stale once more (brug_matcher_stale) */
    err = brug__people_rev(db, "offers", &m->offers_rev);
    if (err)
        goto fail;
    err = brug__offer_set_load(db, m->onto, NULL, &m->offers);
    if (err)
        goto fail;
    for (o = 0; o < m->offers.n; o++)
        if (m->offers.type[o] < 1 || m->offers.type[o] > 2) {
            err = brug__db_error(db, BRUG_EINTERNAL, "offer %s has an unknown type",
                                 m->offers.ext_id[o]);
            goto fail;
        }
    if (m->offers.n >= BRUG__POST_ESSENTIAL) {
        err = brug__db_error(db, BRUG_ETOOBIG, "too many offers to match (%u)", m->offers.n);
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
    brug__person_index_free(m, m->people);
    pthread_mutex_destroy(&m->people_mu);
    brug__offer_set_release(&m->offers);
    brug_onto_free(m->onto);
    brug__free(&a, m->km);
    brug__free(&a, m->okey);
    brug__free(&a, m->post_ptr);
    brug__free(&a, m->post);
    brug__free(&a, m->rbeg);
    brug__free(&a, m->nb_ptr);
    brug__free(&a, m->nb_col);
    brug__free(&a, m);
}

int brug_matcher_stale(brug_matcher *m)
{
    int64_t rev;
    if (!m || m->offers_rev < 0)
        return 0;
    if (brug__people_rev(m->db, "offers", &rev) != BRUG_OK)
        return 1; /* cannot tell: a rebuild reports what is wrong */
    return rev != m->offers_rev;
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
    s->acc = brug__calloc(a, (size_t)m->offers.n + 1, sizeof(uint16_t));
    s->cand = brug__malloc(a, ((size_t)m->offers.n + 1) * sizeof(uint32_t));
    s->cred = brug__calloc(a, (size_t)m->nskill + 1, sizeof(uint8_t));
    s->src = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(uint32_t));
    s->touched = brug__malloc(a, ((size_t)m->nskill + 1) * sizeof(uint32_t));
    s->heap = brug__malloc(a, ((size_t)k + 1) * sizeof(brug__hit));
    s->k = k;
    if (!s->acc || !s->cand || !s->cred || !s->src || !s->touched || !s->heap) {
        brug__scratch_release(m, s);
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}

void brug__scratch_release(const brug_matcher *m, brug__scratch *s)
{
    const brug_alloc *a = &m->alloc;
    brug__free(a, s->acc);
    brug__free(a, s->cand);
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

static void credit(brug__scratch *s, uint32_t skill, uint8_t c, uint32_t from)
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
        credit(s, p->skill[i], brug__evidence_units[ev], p->skill[i]);
    }
    /* A direct broader or narrower skill earns half (docs/matching.md). */
    for (i = 0; i < p->nskill; i++) {
        uint8_t ev = p->evidence[i] < BRUG__NEVIDENCE ? p->evidence[i] : 0;
        uint8_t c = (uint8_t)(brug__evidence_units[ev] / 2);
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

double brug__fit(const brug_matcher *m, const brug__person_view *p, uint32_t a,
                 brug__fit_parts *parts)
{
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

void brug__hits_push(brug__hit *heap, uint32_t *n, uint32_t cap, brug__hit h)
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
    brug__hits_push(s->heap, &s->nheap, s->k, h);
}

void brug__hits_sort(brug__hit *h, uint32_t n)
{
    uint32_t i, j;
    for (i = 1; i < n; i++) { /* insertion sort: n is small */
        brug__hit x = h[i];
        for (j = i; j > 0 && worse(h[j - 1], x); j--)
            h[j] = h[j - 1];
        h[j] = x;
    }
}

/* Empty the heap into out, best first; returns the count. */
static uint32_t heap_drain(brug__scratch *s, brug__hit *out)
{
    uint32_t n = s->nheap;
    memcpy(out, s->heap, n * sizeof(*out));
    brug__hits_sort(out, n);
    s->nheap = 0;
    return n;
}

uint32_t brug__coverage_units(const brug_matcher *m, const brug__scratch *s, uint32_t o)
{
    const brug__offer_set *of = &m->offers;
    uint32_t i, end = of->ptr[o + 1], units = 0;
    for (i = of->ptr[o]; i < end; i++)
        units += (uint32_t)s->cred[of->skill[i]] << (of->essential[i] ? 1 : 0);
    return units;
}

double brug__coverage_of(uint32_t wsum, uint32_t units)
{
    return wsum ? (double)units / ((double)BRUG__CREDIT_UNITS * wsum) : 0.0;
}

float brug__score_of(uint32_t wsum, uint32_t units, double fit)
{
    return (float)(100.0 * brug__coverage_of(wsum, units) * fit);
}

/* Add term t's reachable postings to the accumulators.  The reachable keys
 * of a term come as runs [lo[r], hi[r]) of region * 2 + type, each a
 * contiguous stretch of the index.  Branch-free: every posting writes its
 * offer to the candidate list, which only advances when the offer is new. */
static void accumulate(const brug_matcher *m, brug__scratch *s, uint32_t t, const uint32_t *lo,
                       const uint32_t *hi, uint32_t nrun)
{
    size_t base = (size_t)t * m->nreg * 2;
    uint32_t c = s->cred[t];
    /* locals, so the compiler keeps them in registers (no aliasing) */
    uint16_t *acc = s->acc;
    uint32_t *cand = s->cand, ncand = s->ncand, r;
    const uint32_t *post = m->post, *pp = m->post_ptr;
    for (r = 0; r < nrun; r++) {
        uint32_t j, end = pp[base + hi[r]];
        for (j = pp[base + lo[r]]; j < end; j++) {
            uint32_t p = post[j], o = p & ~BRUG__POST_ESSENTIAL;
            uint32_t a = acc[o];
            cand[ncand] = o;
            ncand += a == 0;
            acc[o] = (uint16_t)(a + (c << (p >> 31)));
        }
    }
    s->ncand = ncand;
}

/* Score the offer of key (its coverage units known) into the heap; returns
 * the new threshold: the k-th best score, or 0 while the heap has room.
 * Callers skip offers whose bound, units x key->bound (the fit multiplier
 * is at most 1), is below the threshold. */
static float consider(const brug_matcher *m, brug__scratch *s, const brug__person_view *p,
                      const brug__offer_key *key, uint32_t units)
{
    double fit = brug__fit(m, p, key->attr, NULL);
    brug__hit h;
    if (fit >= 0) {
        h.score = brug__score_of(key->wsum, units, fit);
        h.id = key->id;
        heap_push(s, h);
    }
    return s->nheap == s->k ? s->heap[0].score : 0.0f;
}

uint64_t brug__reach_mask(const brug_matcher *m, uint32_t region, uint32_t max_km)
{
    const double *km = m->km + (size_t)region * m->nreg;
    uint64_t mask = 0;
    uint32_t r;
    for (r = 0; r < m->nreg; r++)
        if (km[r] <= max_km)
            mask |= (uint64_t)1 << r;
    return mask;
}

/* Add one posting list to the accumulators, appending offers seen for the
 * first time to cand (branch-free: the slot is always written and only
 * kept when the offer is new).  Returns the new candidate count. */
static uint32_t accumulate_list(uint16_t *restrict acc, uint32_t *restrict cand, uint32_t ncand,
                                const uint32_t *restrict post, const uint32_t *end, uint32_t credit)
{
    for (; post < end; post++) {
        uint32_t l = *post, a = acc[l];
        cand[ncand] = l;
        ncand += a == 0;
        acc[l] = (uint16_t)(a + credit);
    }
    return ncand;
}

/* The top offers of p from the reach index of p's group (the same result
 * as the matcher-wide index: the same exact coverages and scores).  The
 * candidates come in the order the person's skills first reach them, own
 * skills first, so strong offers come early and raise the threshold. */
static uint32_t top_offers_reach(const brug_matcher *m, brug__scratch *s,
                                 const brug__person_view *p, brug__hit *out)
{
    const brug__reach_index *x = s->reach;
    const uint32_t *ptr = x->ptr, *post = x->post;
    const brug__offer_key *key = x->key;
    const float *bound = x->bound;
    uint16_t *acc = s->acc;
    uint32_t *cand = s->cand, ncand = 0, i, c;
    float thr = 0;

    brug__expand(m, s, p);
    s->nheap = 0;
    for (i = 0; i < s->ntouched; i++) {
        /* a skill's list: offers asking it as essential, then as optional */
        uint32_t t = s->touched[i], cr = s->cred[t], e = ptr[2 * t], mid = ptr[2 * t + 1];
        ncand = accumulate_list(acc, cand, ncand, post + e, post + mid, cr * BRUG__W_ESSENTIAL);
        ncand = accumulate_list(acc, cand, ncand, post + mid, post + ptr[2 * t + 2],
                                cr * BRUG__W_OPTIONAL);
    }
    for (c = 0; c < ncand; c++) {
        uint32_t l = cand[c], units = acc[l];
        acc[l] = 0;
        if ((float)units * bound[l] >= thr)
            thr = consider(m, s, p, &key[l], units);
    }
    brug__unexpand(s);
    return heap_drain(s, out);
}

uint32_t brug__top_offers(const brug_matcher *m, brug__scratch *s, const brug__person_view *p,
                          int type, brug__hit *out)
{
    uint32_t lo[64], hi[64], nrun = 0, r, i, c;
    uint32_t t0 = type ? (uint32_t)type - 1 : 0, t1 = type ? (uint32_t)type - 1 : 1;
    const double *km = m->km + (size_t)p->region * m->nreg;
    float thr = 0;

    if (s->reach && s->reach->valid && s->reach->type == type &&
        s->reach->mask == brug__reach_mask(m, p->region, p->max_km))
        return top_offers_reach(m, s, p, out);
    /* runs of reachable keys: adjacent regions merge when both types count */
    for (r = 0; r < m->nreg && nrun < 64; r++) {
        uint32_t k0 = r * 2 + t0, k1 = r * 2 + t1 + 1;
        if (km[r] > p->max_km)
            continue;
        if (nrun > 0 && hi[nrun - 1] == k0) {
            hi[nrun - 1] = k1;
        } else {
            lo[nrun] = k0;
            hi[nrun++] = k1;
        }
    }
    brug__expand(m, s, p);
    s->nheap = 0;
    s->ncand = 0;
    for (i = 0; i < s->ntouched; i++)
        accumulate(m, s, s->touched[i], lo, hi, nrun);
    /* Every candidate's coverage is now exact; clear it for the next person. */
    for (c = 0; c < s->ncand; c++) {
        uint32_t o = s->cand[c], units = s->acc[o];
        s->acc[o] = 0;
        if ((float)units * m->okey[o].bound >= thr)
            thr = consider(m, s, p, &m->okey[o], units);
    }
    brug__unexpand(s);
    return heap_drain(s, out);
}

/* ---- explanations ---- */

static json_t *json_string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

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
    double cov;
    uint32_t i;

    memset(&parts, 0, sizeof(parts));
    brug__fit(m, p, m->okey[o].attr, &parts);
    cov = brug__coverage_of(m->okey[o].wsum, brug__coverage_units(m, s, o));
    for (i = of->ptr[o]; i < of->ptr[o + 1]; i++) {
        uint32_t sk = of->skill[i];
        double c = (double)s->cred[sk] / BRUG__CREDIT_UNITS;
        if (c > 0) {
            json_t *e = json_pack(
                "{s:s, s:s, s:b, s:s, s:f}", "uri", brug_onto_skill_uri(m->onto, sk), "label",
                brug_onto_skill_label(m->onto, sk, lang), "essential", of->essential[i], "via",
                s->src[sk] == sk ? "exact" : "related", "credit", c);
            if (e)
                json_object_set_new(
                    e, "label_lang",
                    json_string_or_null(brug_onto_skill_label_lang(m->onto, sk, lang)));
            if (e && s->src[sk] != sk) {
                json_object_set_new(e, "from",
                                    json_string(brug_onto_skill_uri(m->onto, s->src[sk])));
                brug_onto_json_skill_label(e, "from_label", m->onto, s->src[sk], lang);
            }
            json_array_append_new(match, e);
        } else if (of->essential[i]) {
            json_t *e = json_pack("{s:s}", "uri", brug_onto_skill_uri(m->onto, sk));
            if (e)
                brug_onto_json_skill_label(e, "label", m->onto, sk, lang);
            json_array_append_new(missing, e);
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
    json_t *doc = json_pack(
        "{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:i, s:i}", "offer", of->ext_id[o], "type",
        of->type[o] == BRUG__OFFER_PLACEMENT ? "placement" : "vacancy", "title", of->title[o],
        "employer", of->employer[o], "sector",
        brug__sectors[of->sector[o] < brug__nsectors ? of->sector[o] : 0].code, "occupation",
        occ == BRUG_NO_INDEX ? "" : brug_onto_occupation_uri(m->onto, occ), "occupation_label",
        occ == BRUG_NO_INDEX ? "" : brug_onto_occupation_label(m->onto, occ, lang), "region",
        brug__regions[of->region[o]].code, "hours", of->hours[o], "capacity", of->capacity[o]);
    if (doc)
        json_object_set_new(doc, "title_lang",
                            json_string_or_null(of->title_lang[o][0] ? of->title_lang[o] : NULL));
    if (doc)
        json_object_set_new(
            doc, "occupation_label_lang",
            json_string_or_null(
                occ == BRUG_NO_INDEX ? NULL : brug_onto_occupation_label_lang(m->onto, occ, lang)));
    return doc;
}

uint32_t brug__match_top(const brug_match_opts *o)
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
    uint32_t k = brug__match_top(opts), n, i;
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
    const brug__person_set *ps;
    brug__scratch s;
    brug__hit *hits;
    json_t *doc, *arr;
    const brug__offer_set *of = &m->offers;
    uint32_t k = brug__match_top(opts), n, i, o;
    const char *lang = lang_of(opts);
    brug_err err;

    *out = NULL;
    for (o = 0; o < of->n; o++)
        if (strcmp(of->ext_id[o], id) == 0)
            break;
    if (o == of->n)
        return brug__db_error(m->db, BRUG_ENOTFOUND, "no offer \"%s\"", id);
    hits = brug__malloc(&m->alloc, ((size_t)k + 1) * sizeof(*hits));
    if (!hits || brug__scratch_init(m, &s, k)) {
        brug__free(&m->alloc, hits);
        return oom(m);
    }
    /* The person index (match_offer.c), current with the stored passports. */
    pthread_mutex_lock(&m->people_mu);
    err = brug__person_index_sync(m);
    if (err) {
        pthread_mutex_unlock(&m->people_mu);
        brug__scratch_release(m, &s);
        brug__free(&m->alloc, hits);
        return err;
    }
    ps = &m->people->set;
    n = brug__offer_top_people(m, m->people, o, k, hits);
    arr = json_array();
    for (i = 0; arr && i < n; i++) {
        brug__person_view pv;
        json_t *e, *x;
        brug__person_view_of(ps, hits[i].id, &pv);
        brug__expand(m, &s, &pv);
        x = explain(m, &s, &pv, o, hits[i].score, lang);
        brug__unexpand(&s);
        e = json_pack("{s:s, s:s}", "passport", ps->ext_id[hits[i].id], "region",
                      brug__regions[pv.region].code);
        if (!e || !x || json_object_update(e, x) || json_array_append_new(arr, e)) {
            json_decref(x);
            json_decref(arr);
            arr = NULL;
            break;
        }
        json_decref(x);
    }
    pthread_mutex_unlock(&m->people_mu);
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
    if (!doc)
        return oom(m);
    *out = doc;
    return BRUG_OK;
}
