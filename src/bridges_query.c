/*
 * bridges_query.c - bridges queries: rank the targets of a source, analyse
 * each bridge (skills carried, missing essential and optional skills with
 * weights, credits and gains) and render the result as jansson documents.
 *
 * The work is split so the analysis (plain structs in a per-call arena)
 * can be timed and reused apart from the JSON rendering.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "brug/msg.h"
#include "alloc.h"
#include "bridges_int.h"

double brug__round6(double x)
{
    return round(x * 1e6) / 1e6;
}

static const char *const via_names[] = {"none",    "held",    "narrower",
                                        "broader", "related", "sibling"};

const char *brug__bridges_via_name(unsigned rel)
{
    return rel < sizeof(via_names) / sizeof(via_names[0]) ? via_names[rel] : "none";
}

/* ---- analysis ---- */

static int gap_before(const brug__gap_item *a, const brug__gap_item *b, const brug_onto *o)
{
    if (a->gain != b->gain)
        return a->gain > b->gain;
    if (a->weight != b->weight)
        return a->weight > b->weight;
    /* skills, and groups after them, are indexed in URI order (onto.h) */
    if (o->skill_is_group[a->skill] == o->skill_is_group[b->skill])
        return a->skill < b->skill;
    return strcmp(o->skill_uri[a->skill], o->skill_uri[b->skill]) < 0;
}

/* Insertion sort: a profile has tens of skills, and qsort has no context. */
/* Sort by gap_before (a total order: a target lists a skill once), by
 * merging runs: the same order as any other sort, in n log n.  tmp: n
 * items of scratch; without it (out of memory) an insertion sort. */
static void sort_gaps(brug__gap_item *v, size_t n, const brug_onto *o, brug__gap_item *tmp)
{
    size_t i, j, width;
    if (!tmp) {
        for (i = 1; i < n; i++) {
            brug__gap_item x = v[i];
            for (j = i; j > 0 && gap_before(&x, &v[j - 1], o); j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    for (width = 1; width < n; width *= 2) {
        for (i = 0; i < n; i += 2 * width) {
            size_t mid = i + width < n ? i + width : n, end = i + 2 * width < n ? i + 2 * width : n;
            size_t a = i, b2 = mid, k = i;
            while (a < mid && b2 < end)
                tmp[k++] = gap_before(&v[b2], &v[a], o) ? v[b2++] : v[a++];
            while (a < mid)
                tmp[k++] = v[a++];
            while (b2 < end)
                tmp[k++] = v[b2++];
        }
        memcpy(v, tmp, n * sizeof(*v));
    }
}

/* Merge the sorted partly credited items p[0..np) into v[0..n), whose
 * first n - np places hold the sorted uncredited ones (from the back, so
 * nothing is overwritten before it is read). */
static void merge_partial(brug__gap_item *v, size_t n, const brug__gap_item *p, size_t np,
                          const brug_onto *o)
{
    size_t a = n - np, w = n;
    while (np > 0) {
        if (a > 0 && gap_before(&p[np - 1], &v[a - 1], o))
            v[--w] = v[--a];
        else
            v[--w] = p[--np];
    }
}

/* A target's score and facets as the bounded ranking computed them: the
 * same doubles as brug__facets_combine_pair (facets.h). */
typedef struct ranked {
    uint32_t occ;
    double score;
    double facet[BRUG__NFACET]; /* every facet's value (bounded ranking) */
} ranked;

/* known: the target's score and facets from the ranking, or NULL to
 * compute them. */
static brug_err analyse(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t self,
                        uint32_t to, const ranked *known, brug__arena *arena,
                        brug__bridge_result *res)
{
    const brug__csr *os = &b->onto->occ_skills;
    const uint32_t *order = b->occ_order;
    uint32_t j, n = os->ptr[to + 1] - os->ptr[to];
    double tot = b->occ_total[to];
    brug__gap_item *carried, *miss_e, *miss_o, *part;
    size_t nc = 0, ne = 0, no = 0, npe = 0, npo = 0, ne0 = 0, no0 = 0, fe = 0, fo = 0;

    memset(res, 0, sizeof(*res));
    res->occ = to;
    res->self = self;
    if (known) {
        res->score = known->score;
        memcpy(res->facet, known->facet, sizeof(res->facet));
    } else {
        res->score = brug__facets_combine_pair(
            b, self, to, brug__bridges_coverage_one(b, s, to, self), res->facet);
    }
    brug__viability_of(b, self, to, res->score, &res->flags);
    /* Count first, so the three lists share one exact allocation:
     * carried, then missing essential, then missing optional. */
    for (j = os->ptr[to]; j < os->ptr[to + 1]; j++) {
        uint32_t t = os->col[j];
        if (s->rel[t] == BRUG__VIA_HELD)
            nc++;
        else if (os->tag[j])
            ne++, npe += s->cred[t] > 0.0f;
        else
            npo += s->cred[t] > 0.0f;
    }
    no = n - nc - ne;
    carried = brug__arena_alloc(arena, ((size_t)n + 1) * sizeof(brug__gap_item));
    part = brug__arena_alloc(arena, (npe + npo + 1) * sizeof(brug__gap_item));
    if (!carried || !part)
        return BRUG_ENOMEM;
    miss_e = carried + nc;
    miss_o = miss_e + ne;
    /* The profile's entries by share, then URI (b->occ_order): the order
     * of carried skills (gain 0) and of missing ones without credit
     * (gain = share); partly credited ones are sorted apart and merged. */
    nc = 0;
    for (j = os->ptr[to]; j < os->ptr[to + 1]; j++) {
        uint32_t k = order[j], t = os->col[k];
        brug__gap_item g;
        g.skill = t;
        g.essential = os->tag[k];
        g.rel = s->rel[t];
        g.via = g.rel ? s->via[t] : BRUG_NO_INDEX;
        g.weight = tot > 0.0 ? (double)b->occ_w[k] / tot : 0.0;
        g.credit = s->cred[t];
        g.gain = g.weight * (1.0 - g.credit);
        if (g.essential)
            res->nessential++;
        else
            res->noptional++;
        if (g.rel == BRUG__VIA_HELD) {
            carried[nc++] = g;
            res->ncarried_e += g.essential;
        } else if (g.credit > 0.0) {
            res->npartial++;
            if (g.essential)
                part[fe++] = g; /* essential ones first, then optional ones */
            else
                part[npe + fo++] = g;
        } else if (g.essential) {
            miss_e[ne0++] = g;
        } else {
            miss_o[no0++] = g;
        }
    }
    {
        /* scratch for the sorts; released with the query's arena */
        brug__gap_item *tmp = brug__arena_alloc(arena, (npe + npo + 1) * sizeof(*tmp));
        sort_gaps(part, npe, b->onto, tmp);
        sort_gaps(part + npe, npo, b->onto, tmp);
        merge_partial(miss_e, ne, part, npe, b->onto);
        merge_partial(miss_o, no, part + npe, npo, b->onto);
    }
    res->items = carried;
    res->ncarried = nc;
    res->nmiss_e = ne;
    res->nmiss_o = no;
    return BRUG_OK;
}

brug_err brug__bridges_analyse(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t self,
                               uint32_t to, brug__arena *arena, brug__bridge_result *res)
{
    return analyse(b, s, self, to, NULL, arena, res);
}

/* ---- ranking ---- */

static int ranked_better(const brug_onto *o, const ranked *a, const ranked *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    (void)o;
    return a->occ < b->occ; /* occupations are indexed in URI order (onto.h) */
}

/* A min-heap on "better": the worst kept result sits at the root. */
static void heap_down(const brug_onto *o, ranked *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        ranked tmp;
        if (l < n && ranked_better(o, &h[m], &h[l]))
            m = l;
        if (r < n && ranked_better(o, &h[m], &h[r]))
            m = r;
        if (m == i)
            return;
        tmp = h[i];
        h[i] = h[m];
        h[m] = tmp;
        i = m;
    }
}

static void heap_up(const brug_onto *o, ranked *h, size_t i)
{
    while (i > 0) {
        size_t p = (i - 1) / 2;
        ranked tmp;
        if (!ranked_better(o, &h[p], &h[i]))
            return;
        tmp = h[i];
        h[i] = h[p];
        h[p] = tmp;
        i = p;
    }
}

/* The filters of a query that do not depend on the score. */
typedef struct rank_ctx {
    const brug_bridges *b;
    const brug_bridges_query *q;
    uint32_t self;
    int bit;
    int plain; /* no collection or ISCO filter */
    ranked *heap;
    size_t nh, top;
    int bounded; /* heap entries carry their coverage and text (ranked.known) */
} rank_ctx;

static inline int rank_static_ok(const rank_ctx *c, uint32_t i)
{
    if (i == c->self)
        return 0;
    return c->plain || brug__bridges_occ_filtered_in(c->b, c->bit, c->q->isco_prefix, i);
}

/* Offer target i with its exact score to the heap of the best (f: its
 * facets' values, or NULL). */
static void rank_offer(rank_ctx *c, uint32_t i, double score, const double *f)
{
    const brug_onto *o = c->b->onto;
    ranked r;
    if (score < c->q->min_score || !(score > 0.0))
        return;
    if (c->q->viable_only) {
        brug__viability v;
        brug__viability_of(c->b, c->self, i, score, &v);
        if (!v.viable)
            return;
    }
    r.occ = i;
    r.score = score;
    if (f)
        memcpy(r.facet, f, sizeof(r.facet));
    if (c->nh < c->top) {
        c->heap[c->nh] = r;
        heap_up(o, c->heap, c->nh++);
    } else if (c->top > 0 && ranked_better(o, &r, &c->heap[0])) {
        c->heap[0] = r;
        heap_down(o, c->heap, c->nh, 0);
    }
}

/* Every target's score, then the best (the reference for rank_bounded). */
static void rank_exhaustive(rank_ctx *c, brug__bridges_scratch *s)
{
    uint32_t i;
    brug__bridges_accumulate(c->b, s, c->self, s->scores);
    for (i = 0; i < c->b->nocc; i++)
        if (rank_static_ok(c, i))
            rank_offer(c, i, s->scores[i], NULL);
}

/*
 * The same best targets, with the same scores, computing the dense facets
 * only where they can matter: an upper bound of every target's score
 * (brug__facets_bound_row); the targets whose bounds are among the highest
 * (at least RANK_FIRST * top of them, found through a histogram of the
 * bounds) are scored exactly in descending order of their bounds until
 * the heap is full and the next bound is below the worst score kept;
 * then every other target whose bound reaches that score (a target whose
 * bound is below it scores below it, so it can neither enter nor tie).
 */
#define RANK_FIRST 4 /* at least RANK_FIRST * top candidates (and 32) */
#define RANK_BINS 512

typedef struct cand {
    double ub;
    uint32_t occ;
} cand;

static int cand_cmp(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->ub != b->ub)
        return a->ub > b->ub ? -1 : 1;
    return a->occ < b->occ ? -1 : a->occ > b->occ;
}

static void rank_bounded(rank_ctx *c, brug__bridges_scratch *s, brug__arena *arena)
{
    const brug_bridges *b = c->b;
    double *cov = s->scores, *text = s->tmp, *ub = s->tmp2, t0 = 0.0, thr = -1.0, score;
    double f[BRUG__NFACET];
    size_t nfirst = c->top * RANK_FIRST < 32 ? 32 : c->top * RANK_FIRST, seen = 0, nc = 0, k;
    uint32_t i, hist[RANK_BINS];
    cand *cs;
    int bin;

    brug__bridges_coverage_row(b, s, c->self, cov);
    brug__facets_bound_row(b, c->self, cov, text, ub);
    ub[c->self] = -1.0; /* never a target */
    /* t0: the lower edge of the bin holding the nfirst-th highest bound
     * (bounds lie in [0, 1 + slack]; a bound of 1 or more goes in the top bin) */
    memset(hist, 0, sizeof(hist));
    for (i = 0; i < b->nocc; i++)
        if (ub[i] >= 0.0)
            hist[ub[i] >= 1.0 ? RANK_BINS - 1 : (int)(ub[i] * RANK_BINS)]++;
    for (bin = RANK_BINS - 1; bin > 0 && seen + hist[bin] < nfirst; bin--)
        seen += hist[bin];
    t0 = (double)bin / RANK_BINS;
    /* the candidates, highest bound first (ties by index: any order gives
     * the same heap, this one is fixed) */
    cs = brug__arena_alloc(arena, (seen + hist[bin] + 1) * sizeof(*cs));
    for (i = 0; cs && i < b->nocc; i++)
        if (ub[i] >= t0 && rank_static_ok(c, i)) {
            cs[nc].ub = ub[i];
            cs[nc++].occ = i;
            ub[i] = -1.0; /* done */
        }
    if (!cs) /* out of memory: every target through the second loop */
        t0 = 2.0;
    else if (nc > 1)
        qsort(cs, nc, sizeof(*cs), cand_cmp);
    for (k = 0; k < nc && k < 4; k++)
        brug__facets_prefetch(b, cs[k].occ);
    for (k = 0; k < nc; k++) {
        if (c->nh == c->top && c->top > 0) {
            thr = c->heap[0].score;
            if (cs[k].ub < thr)
                break; /* every bound left is below it, those after t0 too */
        }
        if (k + 4 < nc)
            brug__facets_prefetch(b, cs[k + 4].occ);
        i = cs[k].occ;
        score = brug__facets_score_at(b, c->self, i, cov[i], text[i], f);
        rank_offer(c, i, score, f);
    }
    /* thr: the worst score kept once the heap is full (bounds below it cannot reach it) */
    if (c->nh == c->top && c->top > 0)
        thr = c->heap[0].score;
    if (thr < t0 || !cs)
        for (i = 0; i < b->nocc; i++) {
            if (ub[i] < thr || ub[i] < 0.0 || !rank_static_ok(c, i))
                continue;
            score = brug__facets_score_at(b, c->self, i, cov[i], text[i], f);
            rank_offer(c, i, score, f);
            if (c->nh == c->top && c->top > 0)
                thr = c->heap[0].score;
        }
    memset(text, 0, b->nocc * sizeof(*text));
    memset(ub, 0, b->nocc * sizeof(*ub));
}

brug_err brug__bridges_query_structs_how(const brug_bridges *b, const brug_bridges_query *q,
                                         int exhaustive, brug__arena *arena,
                                         brug__bridges_source_t *src, brug__bridge_result **res,
                                         size_t *nres, char *msg, size_t msgsize)
{
    const brug_onto *o = b->onto;
    brug__bridges_scratch *s;
    size_t top = q->top ? q->top : 10, i;
    int bit = -1;
    rank_ctx c;
    brug__bridge_result *out;
    brug_err err;

    *res = NULL;
    *nres = 0;
    memset(src, 0, sizeof(*src));
    if (q->collection && q->collection[0]) {
        bit = brug_onto_collection_bit(o, q->collection);
        if (bit < 0) {
            char names[256];
            size_t len = 0;
            names[0] = '\0';
            for (i = 0; i < o->ncollections && len < sizeof(names); i++)
                len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s", i ? ", " : "",
                                        o->collection_name[i]);
            brug__bridges_msg(msg, msgsize, "no collection named '%s' (known: %s)", q->collection,
                              o->ncollections ? names : "none");
            return BRUG_ENOTFOUND;
        }
    }
    if (top > b->nocc)
        top = b->nocc;
    err = brug__bridges_source(b, q->from, q->skills, q->nskills, src, msg, msgsize);
    if (err)
        return err;
    s = brug__bridges_scratch_get(b);
    memset(&c, 0, sizeof(c));
    c.b = b;
    c.q = q;
    c.self = src->self;
    c.bit = bit;
    c.plain = bit < 0 && !(q->isco_prefix && q->isco_prefix[0]);
    c.top = top;
    c.heap = brug__arena_alloc(arena, (top + 1) * sizeof(ranked));
    out = brug__arena_alloc(arena, (top + 1) * sizeof(*out));
    if (!s || !c.heap || !out) {
        brug__bridges_scratch_put(b, s);
        brug__bridges_msg(msg, msgsize, "out of memory");
        return BRUG_ENOMEM;
    }

    brug__bridges_credit(b, s, src->held, src->nheld);
    /* A skill set's score is its coverage: no facets to bound. */
    if (exhaustive || src->self == BRUG_NO_INDEX || b->fx->only_coverage)
        rank_exhaustive(&c, s);
    else
        rank_bounded(&c, s, arena);
    c.bounded = !(exhaustive || src->self == BRUG_NO_INDEX || b->fx->only_coverage);
    /* Pop the worst to the back until the heap is sorted best first. */
    for (i = c.nh; i > 1; i--) {
        ranked tmp = c.heap[0];
        c.heap[0] = c.heap[i - 1];
        c.heap[i - 1] = tmp;
        heap_down(o, c.heap, i - 1, 0);
    }
    for (i = 0; i < c.nh && !err; i++)
        err =
            analyse(b, s, src->self, c.heap[i].occ, c.bounded ? &c.heap[i] : NULL, arena, &out[i]);
    brug__bridges_scratch_put(b, s);
    if (err) {
        brug__bridges_msg(msg, msgsize, "out of memory");
        return err;
    }
    *res = out;
    *nres = c.nh;
    return BRUG_OK;
}

brug_err brug__bridges_query_structs(const brug_bridges *b, const brug_bridges_query *q,
                                     brug__arena *arena, brug__bridges_source_t *src,
                                     brug__bridge_result **res, size_t *nres, char *msg,
                                     size_t msgsize)
{
    return brug__bridges_query_structs_how(b, q, 0, arena, src, res, nres, msg, msgsize);
}

/* ---- JSON ---- */

static json_t *skill_ref(const brug_onto *o, uint32_t t, const char *lang)
{
    json_t *it = json_object();
    if (!it || json_object_set_new_nocheck(it, "uri", json_string(o->skill_uri[t])) ||
        brug_onto_json_skill_label(it, "label", o, t, lang)) {
        json_decref(it);
        return NULL;
    }
    return it;
}

static int add_gaps(const brug_onto *o, json_t *arr, const brug__gap_item *v, size_t n,
                    const char *lang, size_t max)
{
    size_t i;
    for (i = 0; i < n && (max == 0 || i < max); i++) {
        json_t *it = skill_ref(o, v[i].skill, lang), *via;
        if (!it)
            return 0;
        if (v[i].credit > 0.0 && v[i].via != BRUG_NO_INDEX) {
            via = skill_ref(o, v[i].via, lang);
            if (via && json_object_set_new_nocheck(via, "relation",
                                                   json_string(brug__bridges_via_name(v[i].rel)))) {
                json_decref(via);
                via = NULL;
            }
        } else {
            via = json_null();
        }
        if (!via ||
            json_object_set_new_nocheck(it, "weight", json_real(brug__round6(v[i].weight))) ||
            json_object_set_new_nocheck(it, "credit", json_real(brug__round6(v[i].credit))) ||
            json_object_set_new_nocheck(it, "gain", json_real(brug__round6(v[i].gain))) ||
            json_object_set_new_nocheck(it, "via", via) || json_array_append_new(arr, it)) {
            json_decref(it);
            return 0;
        }
    }
    return 1;
}

/* The sentence of one bridge, in lang's catalogue language (brug/msg.h);
 * the same facts are in the result's "facets" and "flags" as numbers. */
static void explanation(const brug_bridges *b, const brug__bridge_result *r, const char *lang,
                        char *line, size_t size)
{
    const brug_onto *o = b->onto;
    const brug__gap_item *miss_e = r->items + r->ncarried;
    const brug__viability *v = &r->flags;
    char skills[384];
    size_t len, i, sl = 0;
    brug_msg_arg cov[] = {BRUG_MSG_P("pct", r->facet[BRUG__F_COVERAGE]),
                          BRUG_MSG_I("carried_essential", r->ncarried_e),
                          BRUG_MSG_I("essential", r->nessential),
                          BRUG_MSG_I("carried_optional", r->ncarried - r->ncarried_e),
                          BRUG_MSG_I("optional", r->noptional),
                          BRUG_MSG_ARGS_END};
    brug_msg_arg part[] = {BRUG_MSG_I("n", r->npartial), BRUG_MSG_ARGS_END};
    brug_msg_arg learn[] = {BRUG_MSG_S("skills", skills), BRUG_MSG_ARGS_END};
    brug_msg_arg sim[] = {
        BRUG_MSG_P("latent", r->facet[BRUG__F_LATENT]), BRUG_MSG_P("text", r->facet[BRUG__F_TEXT]),
        BRUG_MSG_P("activities", r->facet[BRUG__F_ACTIVITIES]),
        BRUG_MSG_I("isco", lround(r->facet[BRUG__F_ISCO] * 6.0)), BRUG_MSG_ARGS_END};
    brug_msg_arg lvl[] = {BRUG_MSG_N("from", v->level_from), BRUG_MSG_N("to", v->level_to),
                          BRUG_MSG_ARGS_END};

    len = brug_msg_format(line, size, lang, "bridge.explain.coverage", cov);
    if (r->npartial && len < size)
        len += brug_msg_format(line + len, size - len, lang, "bridge.explain.partial", part);
    skills[0] = '\0';
    for (i = 0; i < r->nmiss_e && i < 3 && sl < sizeof(skills); i++)
        sl += (size_t)snprintf(skills + sl, sizeof(skills) - sl, "%s%s", i ? "; " : "",
                               brug_onto_skill_label(o, miss_e[i].skill, lang));
    if (r->nmiss_e && len < size)
        len += brug_msg_format(line + len, size - len, lang, "bridge.explain.to_learn", learn);
    if (r->nmiss_e == 0 && len < size)
        len +=
            brug_msg_format(line + len, size - len, lang, "bridge.explain.nothing_missing", NULL);
    if (r->self != BRUG_NO_INDEX && !b->fx->only_coverage && len < size)
        len += brug_msg_format(line + len, size - len, lang, "bridge.explain.similar", sim);
    if (v->level_from > 0.0 && v->level_to > 0.0 && v->step != 0 && len < size)
        len += brug_msg_format(line + len, size - len, lang,
                               v->step > 0 ? "bridge.explain.step_up" : "bridge.explain.step_down",
                               lvl);
    if (v->regulated && len < size)
        len += brug_msg_format(line + len, size - len, lang, "bridge.explain.regulated", NULL);
    if (v->education && len < size)
        len += brug_msg_format(line + len, size - len, lang, "bridge.explain.education", NULL);
    if (!v->viable && len < size)
        brug_msg_format(line + len, size - len, lang, "bridge.explain.not_viable", NULL);
}

/* {"coverage": {"value", "weight", "contribution"}, ...}: contributions add
 * up to the score (before the final clamp to [0, 1]). */
static json_t *facets_json(const brug_bridges *b, const brug__bridge_result *r)
{
    json_t *o = json_object();
    unsigned f;
    int person = r->self == BRUG_NO_INDEX || b->fx->only_coverage;
    for (f = 0; o && f < BRUG__NFACET; f++) {
        double w = person ? (f == 0 ? 1.0 : 0.0) : b->fx->wf[f];
        json_t *it = json_pack("{s:f, s:f, s:f}", "value", brug__round6(r->facet[f]), "weight",
                               brug__round6(w), "contribution", brug__round6(w * r->facet[f]));
        if (!it || json_object_set_new_nocheck(o, brug__facet_name(f), it)) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

static json_t *flags_json(const brug__bridge_result *r)
{
    const brug__viability *v = &r->flags;
    return json_pack("{s:s, s:f, s:f, s:b, s:b, s:b}", "level_step", brug__viability_step_name(v),
                     "level_from", v->level_from, "level_to", v->level_to, "regulated",
                     v->regulated, "education_required", v->education, "viable", v->viable);
}

json_t *brug__bridges_result_json(const brug_bridges *b, const brug__bridge_result *r,
                                  const char *lang, size_t max_missing)
{
    const brug_onto *o = b->onto;
    json_t *res = json_object(), *jc = json_array(), *je = json_array(), *jo = json_array();
    char line[512];
    size_t i;

    explanation(b, r, lang, line, sizeof(line));
    if (!res || !jc || !je || !jo ||
        json_object_set_new_nocheck(res, "uri", json_string(o->occ_uri[r->occ])) ||
        brug_onto_json_occupation_label(res, "label", o, r->occ, lang) ||
        json_object_set_new_nocheck(res, "score", json_real(brug__round6(r->score))) ||
        json_object_set_new_nocheck(res, "coverage",
                                    json_real(brug__round6(r->facet[BRUG__F_COVERAGE]))) ||
        json_object_set_new_nocheck(res, "facets", facets_json(b, r)) ||
        json_object_set_new_nocheck(res, "flags", flags_json(r)) ||
        json_object_set_nocheck(res, "carried", jc) ||
        json_object_set_nocheck(res, "missing_essential", je) ||
        json_object_set_nocheck(res, "missing_optional", jo) ||
        json_object_set_new_nocheck(res, "explanation", json_string(line)))
        goto fail;
    for (i = 0; i < r->ncarried; i++) {
        json_t *it = skill_ref(o, r->items[i].skill, lang);
        if (!it ||
            json_object_set_new_nocheck(it, "essential", json_boolean(r->items[i].essential)) ||
            json_object_set_new_nocheck(it, "weight",
                                        json_real(brug__round6(r->items[i].weight))) ||
            json_array_append_new(jc, it)) {
            json_decref(it);
            goto fail;
        }
    }
    if (!add_gaps(o, je, r->items + r->ncarried, r->nmiss_e, lang, max_missing) ||
        !add_gaps(o, jo, r->items + r->ncarried + r->nmiss_e, r->nmiss_o, lang, max_missing))
        goto fail;
    json_decref(jc);
    json_decref(je);
    json_decref(jo);
    return res;
fail:
    json_decref(res);
    json_decref(jc);
    json_decref(je);
    json_decref(jo);
    return NULL;
}

json_t *brug__bridges_from_json(const brug_bridges *b, const brug__bridges_source_t *src,
                                const char *lang)
{
    const brug_onto *o = b->onto;
    json_t *arr, *res;
    char label[64];
    size_t i;
    brug_msg_arg n[] = {BRUG_MSG_I("n", src->nheld), BRUG_MSG_ARGS_END};
    if (src->self != BRUG_NO_INDEX) {
        res = json_pack("{s:s}", "uri", o->occ_uri[src->self]);
        if (res && brug_onto_json_occupation_label(res, "label", o, src->self, lang)) {
            json_decref(res);
            return NULL;
        }
        return res;
    }
    arr = json_array();
    brug_msg_format(label, sizeof(label), lang,
                    src->nheld == 1 ? "bridge.from.skills.one" : "bridge.from.skills.other", n);
    res = json_pack("{s:o, s:s, s:s}", "skills", arr, "label", label, "label_lang",
                    brug_msg_lang(lang));
    if (!res)
        return NULL;
    for (i = 0; i < src->nheld; i++)
        if (json_array_append_new(arr, skill_ref(o, src->held[i], lang))) {
            json_decref(res);
            return NULL;
        }
    return res;
}

/* ---- public entry points ---- */

brug_err brug_bridges_query_run(const brug_bridges *b, const brug_bridges_query *q, json_t **out,
                                char *msg, size_t msgsize)
{
    const char *lang = q->lang ? q->lang : "en";
    brug__bridges_source_t src;
    brug__bridge_result *res;
    brug__arena arena;
    size_t n, i;
    json_t *doc = NULL, *results = NULL;
    brug_err err;

    *out = NULL;
    /* Small blocks: freeing 64 KiB chunks makes glibc consolidate its
     * free lists on every query, which showed in profiles. */
    brug__arena_init(&arena, &b->alloc, 8 * 1024);
    err = brug__bridges_query_structs(b, q, &arena, &src, &res, &n, msg, msgsize);
    if (err)
        goto done;
    err = BRUG_ENOMEM;
    results = json_array();
    doc = json_object();
    if (!results || !doc ||
        json_object_set_new_nocheck(doc, "from", brug__bridges_from_json(b, &src, lang)) ||
        json_object_set_nocheck(doc, "results", results))
        goto done;
    for (i = 0; i < n; i++)
        if (json_array_append_new(results,
                                  brug__bridges_result_json(b, &res[i], lang, q->max_missing)))
            goto done;
    err = BRUG_OK;
    *out = doc;
    doc = NULL;
done:
    if (err == BRUG_ENOMEM)
        brug__bridges_msg(msg, msgsize, "out of memory");
    json_decref(doc);
    json_decref(results);
    brug__bridges_source_release(&src);
    brug__arena_release(&arena);
    return err;
}

brug_err brug_bridges_explain(const brug_bridges *b, const char *from_uri,
                              const char *const *skills, size_t nskills, const char *to_uri,
                              const char *lang, json_t **out, char *msg, size_t msgsize)
{
    brug__bridges_source_t src;
    brug__bridges_scratch *s;
    brug__bridge_result r;
    brug__arena arena;
    uint32_t to;
    brug_err err;

    *out = NULL;
    to = to_uri ? brug_onto_occupation_find(b->onto, to_uri) : BRUG_NO_INDEX;
    if (to == BRUG_NO_INDEX) {
        brug__bridges_msg(msg, msgsize, "no occupation with URI '%s'", to_uri ? to_uri : "(null)");
        return BRUG_ENOTFOUND;
    }
    err = brug__bridges_source(b, from_uri, skills, nskills, &src, msg, msgsize);
    if (err)
        return err;
    brug__arena_init(&arena, &b->alloc, 16 * 1024);
    s = brug__bridges_scratch_get(b);
    err = s ? BRUG_OK : BRUG_ENOMEM;
    if (!err) {
        brug__bridges_credit(b, s, src.held, src.nheld);
        err = brug__bridges_analyse(b, s, src.self, to, &arena, &r);
        brug__bridges_scratch_put(b, s);
    }
    if (!err) {
        *out = brug__bridges_result_json(b, &r, lang ? lang : "en", 0);
        if (!*out)
            err = BRUG_ENOMEM;
    }
    if (err)
        brug__bridges_msg(msg, msgsize, "out of memory");
    brug__arena_release(&arena);
    brug__bridges_source_release(&src);
    return err;
}
