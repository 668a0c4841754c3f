/*
 * profile.c - building the skill-profile index of brug_bridges and the
 * scoring kernel (see profile.h; formulas in docs/bridges.md).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bridges_model.h"
#include "facets.h"
#include "profile.h"

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

size_t brug__bridges_sort_skills(uint32_t *skills, size_t n)
{
    size_t i, m = 0;
    if (n == 0)
        return 0;
    qsort(skills, n, sizeof(*skills), cmp_u32);
    for (i = 0; i < n; i++)
        if (m == 0 || skills[i] != skills[m - 1])
            skills[m++] = skills[i];
    return m;
}

/* Growable rows of the credit CSR while building. */
typedef struct credit_builder {
    const brug_alloc *alloc;
    uint32_t *col;
    float *val;
    uint8_t *tag;
    size_t n, cap;
} credit_builder;

static int builder_push(credit_builder *cb, uint32_t col, float val, uint8_t tag)
{
    if (cb->n == cb->cap) {
        size_t cap = cb->cap ? cb->cap * 2 : 1 << 16;
        uint32_t *c = brug__reallocarray(cb->alloc, cb->col, cap, sizeof(*c));
        float *v;
        uint8_t *t;
        if (!c)
            return 0;
        cb->col = c;
        v = brug__reallocarray(cb->alloc, cb->val, cap, sizeof(*v));
        if (!v)
            return 0;
        cb->val = v;
        t = brug__reallocarray(cb->alloc, cb->tag, cap, sizeof(*t));
        if (!t)
            return 0;
        cb->tag = t;
        cb->cap = cap;
    }
    cb->col[cb->n] = col;
    cb->val[cb->n] = val;
    cb->tag[cb->n] = tag;
    cb->n++;
    return 1;
}

/* Per-row candidate set: best credit per target skill. */
typedef struct cand_set {
    float *best;    /* nskill, 0 when not a candidate */
    uint8_t *rel;   /* nskill */
    uint32_t *list; /* candidates of the current row */
    size_t n;
} cand_set;

static void cand_offer(const brug_bridges *b, cand_set *cs, uint32_t self, uint32_t t,
                       double credit, uint8_t rel)
{
    float c = (float)credit;
    if (t == self || t >= b->nskill || b->df[t] == 0 || !(c > 0.0f))
        return;
    if (cs->best[t] == 0.0f)
        cs->list[cs->n++] = t;
    if (c > cs->best[t]) {
        cs->best[t] = c;
        cs->rel[t] = rel;
    }
}

/* The sibling rule (docs/bridges.md, section 2): no sibling credit to or
 * from a language skill (one language is not partly another), and only
 * between skills that occupations use together: the Jaccard index of the
 * sets of occupations listing each is at least sibling_min_jaccard. */
static int sibling_ok(const brug_bridges *b, uint32_t s, uint32_t t, uint32_t lang_mask)
{
    const brug__csr *so = &b->onto->skill_occs;
    uint32_t i, ie, j, je, both = 0, na, nb;
    if ((b->onto->skill_collections[s] | b->onto->skill_collections[t]) & lang_mask)
        return 0;
    if (b->w.sibling_min_jaccard <= 0.0)
        return 1;
    i = so->ptr[s];
    ie = so->ptr[s + 1];
    j = so->ptr[t];
    je = so->ptr[t + 1];
    na = ie - i;
    nb = je - j;
    while (i < ie && j < je) {
        if (so->col[i] < so->col[j]) {
            i++;
        } else if (so->col[i] > so->col[j]) {
            j++;
        } else {
            both++;
            i++;
            j++;
        }
    }
    return both > 0 && (double)both >= b->w.sibling_min_jaccard * (double)(na + nb - both);
}

static brug_err build_credit(brug_bridges *b)
{
    const brug_onto *o = b->onto;
    const brug_bridges_weights *w = &b->w;
    brug__csr related_rev;
    int lang_bit = brug_onto_collection_bit(o, "language");
    uint32_t lang_mask = lang_bit >= 0 ? 1u << lang_bit : 0;
    credit_builder cb;
    cand_set cs;
    uint32_t s, k, k2, *ptr;
    brug_err err = BRUG_OK;

    memset(&cb, 0, sizeof(cb));
    cb.alloc = &b->alloc;
    cs.best = brug__calloc(&b->alloc, b->nskill + 1, sizeof(float));
    cs.rel = brug__calloc(&b->alloc, b->nskill + 1, 1);
    cs.list = brug__malloc(&b->alloc, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    cs.n = 0;
    ptr = brug__arena_alloc(&b->arena, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    if (!cs.best || !cs.rel || !cs.list || !ptr) {
        err = BRUG_ENOMEM;
        goto done;
    }
    err = brug__csr_transpose(&related_rev, &b->arena, &o->skill_related);
    if (err)
        goto done;

    for (s = 0; s < b->nskill; s++) {
        size_t i;
        ptr[s] = (uint32_t)cb.n;
        /* Holding s, a narrower skill of t, credits t (s's broader skills). */
        for (k = o->skill_broader.ptr[s]; k < o->skill_broader.ptr[s + 1]; k++) {
            uint32_t t = o->skill_broader.col[k];
            if (!o->skill_is_group[t])
                cand_offer(b, &cs, s, t, w->credit_narrower, BRUG__VIA_NARROWER);
        }
        /* Holding s, the broader skill of t, credits t. */
        for (k = o->skill_narrower.ptr[s]; k < o->skill_narrower.ptr[s + 1]; k++)
            cand_offer(b, &cs, s, o->skill_narrower.col[k], w->credit_broader, BRUG__VIA_BROADER);
        for (k = o->skill_related.ptr[s]; k < o->skill_related.ptr[s + 1]; k++)
            cand_offer(b, &cs, s, o->skill_related.col[k],
                       o->skill_related.tag[k] ? w->credit_related_essential
                                               : w->credit_related_optional,
                       BRUG__VIA_RELATED);
        for (k = related_rev.ptr[s]; k < related_rev.ptr[s + 1]; k++)
            cand_offer(b, &cs, s, related_rev.col[k],
                       related_rev.tag[k] ? w->credit_related_essential
                                          : w->credit_related_optional,
                       BRUG__VIA_RELATED);
        /* Siblings: other children of each direct parent (skill or group). */
        for (k = o->skill_broader.ptr[s]; k < o->skill_broader.ptr[s + 1]; k++) {
            uint32_t p = o->skill_broader.col[k];
            if ((double)(o->skill_narrower.ptr[p + 1] - o->skill_narrower.ptr[p]) >
                w->sibling_max_group)
                continue;
            for (k2 = o->skill_narrower.ptr[p]; k2 < o->skill_narrower.ptr[p + 1]; k2++)
                if (sibling_ok(b, s, o->skill_narrower.col[k2], lang_mask))
                    cand_offer(b, &cs, s, o->skill_narrower.col[k2], w->credit_sibling,
                               BRUG__VIA_SIBLING);
        }
        qsort(cs.list, cs.n, sizeof(uint32_t), cmp_u32);
        for (i = 0; i < cs.n; i++) {
            uint32_t t = cs.list[i];
            if (!builder_push(&cb, t, cs.best[t], cs.rel[t])) {
                err = BRUG_ENOMEM;
                goto done;
            }
            cs.best[t] = 0.0f;
            cs.rel[t] = 0;
        }
        cs.n = 0;
    }
    ptr[b->nskill] = (uint32_t)cb.n;

    b->credit.nrows = b->credit.ncols = b->nskill;
    b->credit.nnz = (uint32_t)cb.n;
    b->credit.ptr = ptr;
    b->credit.col = brug__arena_alloc(&b->arena, (cb.n + 1) * sizeof(uint32_t));
    b->credit.val = brug__arena_alloc(&b->arena, (cb.n + 1) * sizeof(float));
    b->credit.tag = brug__arena_alloc(&b->arena, cb.n + 1);
    if (!b->credit.col || !b->credit.val || !b->credit.tag) {
        err = BRUG_ENOMEM;
        goto done;
    }
    if (cb.n) {
        memcpy(b->credit.col, cb.col, cb.n * sizeof(uint32_t));
        memcpy(b->credit.val, cb.val, cb.n * sizeof(float));
        memcpy(b->credit.tag, cb.tag, cb.n);
    }
done:
    brug__free(&b->alloc, cs.best);
    brug__free(&b->alloc, cs.rel);
    brug__free(&b->alloc, cs.list);
    brug__free(&b->alloc, cb.col);
    brug__free(&b->alloc, cb.val);
    brug__free(&b->alloc, cb.tag);
    return err;
}

static brug_err build_profiles(brug_bridges *b)
{
    const brug_onto *o = b->onto;
    const brug__csr *os = &o->occ_skills, *so = &o->skill_occs;
    double n = (double)b->nocc;
    uint32_t i, k, t;
    double *coll_share;
    uint32_t *coll_n;

    b->df = brug__arena_calloc(&b->arena, (size_t)b->nskill + 1, sizeof(uint32_t));
    b->spec = brug__arena_calloc(&b->arena, (size_t)b->nskill + 1, sizeof(double));
    b->occ_w = brug__arena_calloc(&b->arena, (size_t)os->nnz + 1, sizeof(float));
    b->col = brug__arena_calloc(&b->arena, (size_t)so->nnz + 1, sizeof(brug__bridges_colent));
    b->occ_total = brug__arena_calloc(&b->arena, (size_t)b->nocc + 1, sizeof(double));
    b->occ_inv = brug__arena_calloc(&b->arena, (size_t)b->nocc + 1, sizeof(double));
    b->occ_coll = brug__arena_calloc(&b->arena, (size_t)b->nocc + 1, sizeof(uint32_t));
    if (!b->df || !b->spec || !b->occ_w || !b->col || !b->occ_total || !b->occ_inv || !b->occ_coll)
        return BRUG_ENOMEM;

    for (t = 0; t < b->nskill; t++) {
        b->df[t] = so->ptr[t + 1] - so->ptr[t];
        /* Smoothed inverse document frequency: 1 for a skill every
         * occupation lists, 1 + ln((1+N)/2) for one listed once. */
        b->spec[t] = pow(log((1.0 + n) / (1.0 + (double)b->df[t])) + 1.0, b->w.idf_power);
    }
    for (i = 0; i < b->nocc; i++) {
        double total = 0.0;
        for (k = os->ptr[i]; k < os->ptr[i + 1]; k++) {
            float wt = (float)((os->tag[k] ? b->w.essential : b->w.optional) *
                               brug__onto_rel_scale(os, k) * b->spec[os->col[k]]);
            b->occ_w[k] = wt;
            total += (double)wt;
        }
        b->occ_total[i] = total;
        b->occ_inv[i] = total > 0.0 ? 1.0 / total : 0.0;
    }
    for (t = 0; t < b->nskill; t++)
        for (k = so->ptr[t]; k < so->ptr[t + 1]; k++) {
            b->col[k].occ = so->col[k];
            b->col[k].w = (float)((so->tag[k] ? b->w.essential : b->w.optional) *
                                  brug__onto_rel_scale(so, k) * b->spec[t]);
        }

    /* Collection membership: ESCO's own, or by the specificity-weighted
     * share of the occupation's essential skills that are in the
     * collection, with at least collection_min_skills of them. */
    coll_share = brug__calloc(&b->alloc, BRUG__ONTO_MAX_COLLECTIONS, sizeof(double));
    coll_n = brug__calloc(&b->alloc, BRUG__ONTO_MAX_COLLECTIONS, sizeof(uint32_t));
    b->occ_share = brug__arena_calloc(&b->arena, (size_t)b->nocc * BRUG__ONTO_MAX_COLLECTIONS + 1,
                                      sizeof(float));
    if (!coll_share || !coll_n || !b->occ_share) {
        brug__free(&b->alloc, coll_share);
        brug__free(&b->alloc, coll_n);
        return BRUG_ENOMEM;
    }
    for (i = 0; i < b->nocc; i++) {
        uint32_t c, mask = o->occ_collections[i];
        double ess = 0.0;
        memset(coll_share, 0, BRUG__ONTO_MAX_COLLECTIONS * sizeof(double));
        memset(coll_n, 0, BRUG__ONTO_MAX_COLLECTIONS * sizeof(uint32_t));
        for (k = os->ptr[i]; k < os->ptr[i + 1]; k++) {
            uint32_t sc = o->skill_collections[os->col[k]];
            if (!os->tag[k])
                continue;
            ess += b->spec[os->col[k]];
            for (c = 0; c < o->ncollections; c++)
                if (sc & (1u << c)) {
                    coll_share[c] += b->spec[os->col[k]];
                    coll_n[c]++;
                }
        }
        for (c = 0; c < o->ncollections; c++) {
            double share = ess > 0.0 ? coll_share[c] / ess : 0.0;
            b->occ_share[(size_t)i * BRUG__ONTO_MAX_COLLECTIONS + c] = (float)share;
            if (share > 0.0 && share >= b->w.collection_share &&
                (double)coll_n[c] >= b->w.collection_min_skills)
                mask |= 1u << c;
        }
        b->occ_coll[i] = mask;
    }
    brug__free(&b->alloc, coll_share);
    brug__free(&b->alloc, coll_n);
    return BRUG_OK;
}

/* Share of occupation i's requirement of its entry k (as an explained
 * bridge gives it), and the order of explained skills at equal gain:
 * larger share first, then skill URI (skills, and groups after them, are
 * indexed in URI order: onto.h). */
static double entry_share(const brug_bridges *b, uint32_t i, uint32_t k)
{
    double tot = b->occ_total[i];
    return tot > 0.0 ? (double)b->occ_w[k] / tot : 0.0;
}

static int entry_before(const brug_bridges *b, uint32_t i, uint32_t x, uint32_t y)
{
    const brug_onto *o = b->onto;
    double wx = entry_share(b, i, x), wy = entry_share(b, i, y);
    uint32_t sx = o->occ_skills.col[x], sy = o->occ_skills.col[y];
    if (wx != wy)
        return wx > wy;
    if (o->skill_is_group[sx] == o->skill_is_group[sy])
        return sx < sy;
    return strcmp(o->skill_uri[sx], o->skill_uri[sy]) < 0;
}

/* b->occ_order: each occupation's entries sorted by entry_before (a merge
 * sort of the indexes; a total order, so any sort gives the same). */
static brug_err build_gap_order(brug_bridges *b)
{
    const brug__csr *os = &b->onto->occ_skills;
    uint32_t i, *tmp;
    b->occ_order = brug__arena_calloc(&b->arena, (size_t)os->nnz + 1, sizeof(uint32_t));
    tmp = brug__malloc(&b->alloc, ((size_t)os->nnz + 1) * sizeof(uint32_t));
    if (!b->occ_order || !tmp) {
        brug__free(&b->alloc, tmp);
        return BRUG_ENOMEM;
    }
    for (i = 0; i < b->nocc; i++) {
        uint32_t *v = b->occ_order + os->ptr[i], *t = tmp + os->ptr[i];
        size_t n = os->ptr[i + 1] - os->ptr[i], j, width;
        for (j = 0; j < n; j++)
            v[j] = os->ptr[i] + (uint32_t)j;
        for (width = 1; width < n; width *= 2) {
            for (j = 0; j < n; j += 2 * width) {
                size_t mid = j + width < n ? j + width : n;
                size_t end = j + 2 * width < n ? j + 2 * width : n, a = j, c = mid, k = j;
                while (a < mid && c < end)
                    t[k++] = entry_before(b, i, v[c], v[a]) ? v[c++] : v[a++];
                while (a < mid)
                    t[k++] = v[a++];
                while (c < end)
                    t[k++] = v[c++];
            }
            memcpy(v, t, n * sizeof(*v));
        }
    }
    brug__free(&b->alloc, tmp);
    return BRUG_OK;
}

static int weights_valid(const brug_bridges_weights *w)
{
    return w->essential > 0 && w->essential <= 1e6 && w->optional >= 0 && w->optional <= 1e6 &&
           w->idf_power >= 0 && w->idf_power <= 10 && w->credit_narrower >= 0 &&
           w->credit_narrower <= 1 && w->credit_broader >= 0 && w->credit_broader <= 1 &&
           w->credit_related_essential >= 0 && w->credit_related_essential <= 1 &&
           w->credit_related_optional >= 0 && w->credit_related_optional <= 1 &&
           w->credit_sibling >= 0 && w->credit_sibling <= 1 && w->sibling_max_group >= 2 &&
           w->collection_share >= 0 && w->collection_share <= 1 && w->collection_min_skills >= 0 &&
           w->path_step_cost >= 0 && w->path_step_cost <= 0.99 && w->path_min_score >= 0 &&
           w->path_min_score <= 1 && w->path_edges >= 1 && w->path_edges <= 100000 &&
           w->facet_coverage > 0 && w->facet_coverage <= 1e6 && w->facet_latent >= 0 &&
           w->facet_latent <= 1e6 && w->facet_text >= 0 && w->facet_text <= 1e6 &&
           w->facet_isco >= 0 && w->facet_isco <= 1e6 && w->facet_activities >= 0 &&
           w->facet_activities <= 1e6 && w->facet_level >= 0 && w->facet_level <= 1e6 &&
           w->latent_dims >= 0 && w->latent_dims <= 400 && w->viable_min_score >= 0 &&
           w->viable_min_score <= 1 && w->sibling_min_jaccard >= 0 && w->sibling_min_jaccard <= 1;
}

brug_err brug_bridges_new(const brug_onto *onto, const brug_bridges_weights *w,
                          const brug_alloc *alloc, brug_bridges **out)
{
    return brug__bridges_create(onto, w, alloc, NULL, 0, out);
}

brug_err brug__bridges_create(const brug_onto *onto, const brug_bridges_weights *w,
                              const brug_alloc *alloc, const void *model, size_t len,
                              brug_bridges **out)
{
    brug_bridges *b;
    brug_err err;
    const brug_alloc *a = alloc ? alloc : &brug__alloc_libc;

    *out = NULL;
    if (!onto)
        return BRUG_EINVAL;
    b = brug__calloc(a, 1, sizeof(*b));
    if (!b)
        return BRUG_ENOMEM;
    b->alloc = *a;
    brug__arena_init(&b->arena, &b->alloc, 1 << 20);
    b->onto = onto;
    if (pthread_mutex_init(&b->pool_lock, NULL) != 0) {
        brug__free(a, b);
        return BRUG_ENOMEM;
    }
    if (w)
        b->w = *w;
    else
        brug_bridges_weights_init(&b->w);
    if (!weights_valid(&b->w)) {
        brug_bridges_free(b);
        return BRUG_EINVAL;
    }
    b->nocc = onto->nocc;
    b->nskill = onto->nskill;
    err = build_profiles(b);
    if (!err)
        err = build_gap_order(b);
    if (!err)
        err = brug__facets_init(b);
    if (!err && model)
        err = brug__bridges_model_unpack(b, model, len);
    else if (!err)
        err = brug__facets_build_models(b);
    if (!err)
        err = brug__facets_finish(b);
    if (!err)
        err = build_credit(b);
    if (err) {
        brug_bridges_free(b);
        return err;
    }
    *out = b;
    return BRUG_OK;
}

void brug_bridges_free(brug_bridges *b)
{
    brug_alloc a;
    if (!b)
        return;
    a = b->alloc;
    while (b->npool > 0) {
        brug__bridges_scratch *s = b->pool[--b->npool];
        brug__bridges_scratch_release(s);
        brug__free(&a, s);
    }
    pthread_mutex_destroy(&b->pool_lock);
    brug__arena_release(&b->arena);
    brug__free(&a, b);
}

const brug_bridges_weights *brug_bridges_weights_of(const brug_bridges *b)
{
    return &b->w;
}

int brug_bridges_in_collection(const brug_bridges *b, uint32_t i, int bit)
{
    if (i >= b->nocc || bit < 0 || bit >= BRUG__ONTO_MAX_COLLECTIONS)
        return 0;
    return (b->occ_coll[i] >> bit) & 1u;
}

/* ---- the kernel ---- */

brug_err brug__bridges_scratch_init(brug__bridges_scratch *s, const brug_bridges *b)
{
    size_t words = ((size_t)b->nskill + 63) / 64 + 1;
    s->alloc = &b->alloc;
    s->cred = brug__calloc(s->alloc, (size_t)b->nskill + 1, sizeof(float));
    s->via = brug__malloc(s->alloc, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    s->rel = brug__calloc(s->alloc, (size_t)b->nskill + 1, 1);
    s->touched = brug__calloc(s->alloc, words, sizeof(uint64_t));
    s->acc = brug__calloc(s->alloc, (size_t)b->nocc + 1, sizeof(double));
    s->scores = brug__malloc(s->alloc, ((size_t)b->nocc + 1) * sizeof(double));
    s->tmp = brug__calloc(s->alloc, (size_t)b->nocc + 1, sizeof(double));
    s->tmp2 = brug__calloc(s->alloc, (size_t)b->nocc + 1, sizeof(double));
    if (!s->cred || !s->via || !s->rel || !s->touched || !s->acc || !s->scores || !s->tmp ||
        !s->tmp2) {
        brug__bridges_scratch_release(s);
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}

brug__bridges_scratch *brug__bridges_scratch_get(const brug_bridges *b)
{
    brug_bridges *mb = (brug_bridges *)(uintptr_t)b; /* the pool is the mutable part */
    brug__bridges_scratch *s = NULL;
    pthread_mutex_lock(&mb->pool_lock);
    if (mb->npool > 0)
        s = mb->pool[--mb->npool];
    pthread_mutex_unlock(&mb->pool_lock);
    if (s)
        return s;
    s = brug__calloc(&b->alloc, 1, sizeof(*s));
    if (!s)
        return NULL;
    if (brug__bridges_scratch_init(s, b)) {
        brug__free(&b->alloc, s);
        return NULL;
    }
    return s;
}

void brug__bridges_scratch_put(const brug_bridges *b, brug__bridges_scratch *s)
{
    brug_bridges *mb = (brug_bridges *)(uintptr_t)b;
    int kept = 0;
    if (!s)
        return;
    brug__bridges_clear(b, s);
    pthread_mutex_lock(&mb->pool_lock);
    if (mb->npool < sizeof(mb->pool) / sizeof(mb->pool[0])) {
        mb->pool[mb->npool++] = s;
        kept = 1;
    }
    pthread_mutex_unlock(&mb->pool_lock);
    if (!kept) {
        brug__bridges_scratch_release(s);
        brug__free(&b->alloc, s);
    }
}

void brug__bridges_scratch_release(brug__bridges_scratch *s)
{
    if (!s->alloc)
        return;
    brug__free(s->alloc, s->cred);
    brug__free(s->alloc, s->via);
    brug__free(s->alloc, s->rel);
    brug__free(s->alloc, s->touched);
    brug__free(s->alloc, s->acc);
    brug__free(s->alloc, s->scores);
    brug__free(s->alloc, s->tmp);
    brug__free(s->alloc, s->tmp2);
    memset(s, 0, sizeof(*s));
}

void brug__bridges_credit(const brug_bridges *b, brug__bridges_scratch *s, const uint32_t *held,
                          size_t n)
{
    const brug__csr *cr = &b->credit;
    size_t i;
    for (i = 0; i < n; i++) {
        uint32_t h = held[i];
        s->cred[h] = 1.0f;
        s->via[h] = h;
        s->rel[h] = BRUG__VIA_HELD;
        s->touched[h >> 6] |= UINT64_C(1) << (h & 63);
    }
    for (i = 0; i < n; i++) {
        uint32_t h = held[i], k;
        for (k = cr->ptr[h]; k < cr->ptr[h + 1]; k++) {
            uint32_t t = cr->col[k];
            float c = cr->val[k];
            if (c > s->cred[t]) {
                s->cred[t] = c;
                s->via[t] = h;
                s->rel[t] = cr->tag[k];
                s->touched[t >> 6] |= UINT64_C(1) << (t & 63);
            }
        }
    }
}

void brug__bridges_credit_fast(const brug_bridges *b, brug__bridges_scratch *s,
                               const uint32_t *held, size_t n)
{
    const brug__csr *cr = &b->credit;
    float *cred = s->cred;
    uint64_t *touched = s->touched;
    size_t i;
    for (i = 0; i < n; i++) {
        uint32_t h = held[i];
        cred[h] = 1.0f;
        touched[h >> 6] |= UINT64_C(1) << (h & 63);
    }
    for (i = 0; i < n; i++) {
        uint32_t h = held[i], k, e = cr->ptr[h + 1];
        for (k = cr->ptr[h]; k < e; k++) {
            uint32_t t = cr->col[k];
            float c = cr->val[k];
            if (c > cred[t]) {
                cred[t] = c;
                touched[t >> 6] |= UINT64_C(1) << (t & 63);
            }
        }
    }
}

void brug__bridges_accumulate(const brug_bridges *b, brug__bridges_scratch *s, uint32_t self,
                              double *scores)
{
    brug__bridges_coverage_row(b, s, self, scores);
    brug__facets_combine_row(b, self, scores, s->tmp, s->tmp2);
}

void brug__bridges_coverage_row(const brug_bridges *b, brug__bridges_scratch *s, uint32_t self,
                                double *scores)
{
    const uint32_t *ptr = b->onto->skill_occs.ptr;
    const brug__bridges_colent *col = b->col;
    double *acc = s->acc;
    size_t words = ((size_t)b->nskill + 63) / 64, wi;
    uint32_t i;

    for (wi = 0; wi < words; wi++) {
        uint64_t m = s->touched[wi];
        while (m) {
            uint32_t t = (uint32_t)(wi * 64 + (unsigned)__builtin_ctzll(m));
            double c = (double)s->cred[t];
            const brug__bridges_colent *p = col + ptr[t], *end = col + ptr[t + 1];
            m &= m - 1;
            /* c * w is exactly w when c == 1 */
            for (; p < end; p++)
                acc[p->occ] += c * (double)p->w;
        }
    }
    for (i = 0; i < b->nocc; i++) {
        scores[i] = brug__bridges_finish(b, acc[i], i, self);
        acc[i] = 0.0;
    }
}

void brug__bridges_clear(const brug_bridges *b, brug__bridges_scratch *s)
{
    size_t words = ((size_t)b->nskill + 63) / 64, wi;
    for (wi = 0; wi < words; wi++) {
        uint64_t m = s->touched[wi];
        while (m) {
            uint32_t t = (uint32_t)(wi * 64 + (unsigned)__builtin_ctzll(m));
            m &= m - 1;
            s->cred[t] = 0.0f;
            s->rel[t] = 0;
        }
        s->touched[wi] = 0;
    }
}
