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
    return strcmp(o->skill_uri[a->skill], o->skill_uri[b->skill]) < 0;
}

/* Insertion sort: a profile has tens of skills, and qsort has no context. */
static void sort_gaps(brug__gap_item *v, size_t n, const brug_onto *o)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        brug__gap_item x = v[i];
        for (j = i; j > 0 && gap_before(&x, &v[j - 1], o); j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

brug_err brug__bridges_analyse(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t to,
                               double score, brug__arena *arena, brug__bridge_result *res)
{
    const brug__csr *os = &b->onto->occ_skills;
    uint32_t k, n = os->ptr[to + 1] - os->ptr[to];
    double tot = b->occ_total[to];
    brug__gap_item *carried, *miss_e, *miss_o;
    size_t nc = 0, ne = 0, no = 0;

    memset(res, 0, sizeof(*res));
    res->occ = to;
    res->score = score;
    /* Count first, so the three lists share one exact allocation:
     * carried, then missing essential, then missing optional. */
    for (k = os->ptr[to]; k < os->ptr[to + 1]; k++) {
        uint8_t rel = s->rel[os->col[k]];
        if (rel == BRUG__VIA_HELD)
            nc++;
        else if (os->tag[k])
            ne++;
    }
    carried = brug__arena_alloc(arena, ((size_t)n + 1) * sizeof(brug__gap_item));
    if (!carried)
        return BRUG_ENOMEM;
    miss_e = carried + nc;
    miss_o = miss_e + ne;
    nc = ne = 0;
    for (k = os->ptr[to]; k < os->ptr[to + 1]; k++) {
        uint32_t t = os->col[k];
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
        } else {
            res->npartial += g.credit > 0.0;
            if (g.essential)
                miss_e[ne++] = g;
            else
                miss_o[no++] = g;
        }
    }
    sort_gaps(carried, nc, b->onto); /* gain 0 for all: by weight, then URI */
    sort_gaps(miss_e, ne, b->onto);
    sort_gaps(miss_o, no, b->onto);
    res->items = carried;
    res->ncarried = nc;
    res->nmiss_e = ne;
    res->nmiss_o = no;
    return BRUG_OK;
}

/* ---- ranking ---- */

typedef struct ranked {
    uint32_t occ;
    double score;
} ranked;

static int ranked_better(const brug_onto *o, const ranked *a, const ranked *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    return strcmp(o->occ_uri[a->occ], o->occ_uri[b->occ]) < 0;
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

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

brug_err brug__bridges_query_structs(const brug_bridges *b, const brug_bridges_query *q,
                                     brug__arena *arena, brug__bridges_source_t *src,
                                     brug__bridge_result **res, size_t *nres, char *msg,
                                     size_t msgsize)
{
    const brug_onto *o = b->onto;
    brug__bridges_scratch *s;
    size_t top = q->top ? q->top : 10, nh = 0, i;
    int bit = -1;
    double *scores;
    ranked *heap;
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
    scores = s ? s->scores : NULL;
    heap = brug__arena_alloc(arena, (top + 1) * sizeof(ranked));
    out = brug__arena_alloc(arena, (top + 1) * sizeof(*out));
    if (!s || !scores || !heap || !out) {
        brug__bridges_scratch_put(b, s);
        brug__bridges_msg(msg, msgsize, "out of memory");
        return BRUG_ENOMEM;
    }

    brug__bridges_credit(b, s, src->held, src->nheld);
    brug__bridges_accumulate(b, s, src->self, scores);
    for (i = 0; i < b->nocc; i++) {
        ranked r;
        if ((uint32_t)i == src->self || scores[i] < q->min_score || !(scores[i] > 0.0))
            continue;
        if (bit >= 0 && !((b->occ_coll[i] >> bit) & 1u))
            continue;
        if (q->isco_prefix && q->isco_prefix[0] && !starts_with(o->occ_isco[i], q->isco_prefix))
            continue;
        r.occ = (uint32_t)i;
        r.score = scores[i];
        if (nh < top) {
            heap[nh] = r;
            heap_up(o, heap, nh++);
        } else if (top > 0 && ranked_better(o, &r, &heap[0])) {
            heap[0] = r;
            heap_down(o, heap, nh, 0);
        }
    }
    /* Pop the worst to the back until the heap is sorted best first. */
    for (i = nh; i > 1; i--) {
        ranked tmp = heap[0];
        heap[0] = heap[i - 1];
        heap[i - 1] = tmp;
        heap_down(o, heap, i - 1, 0);
    }
    for (i = 0; i < nh && !err; i++)
        err = brug__bridges_analyse(b, s, heap[i].occ, heap[i].score, arena, &out[i]);
    brug__bridges_scratch_put(b, s);
    if (err) {
        brug__bridges_msg(msg, msgsize, "out of memory");
        return err;
    }
    *res = out;
    *nres = nh;
    return BRUG_OK;
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

/* The sentence of one bridge, in lang's catalogue language (brug/msg.h). */
static void explanation(const brug_onto *o, const brug__bridge_result *r, const char *lang,
                        char *line, size_t size)
{
    const brug__gap_item *miss_e = r->items + r->ncarried;
    char skills[384];
    size_t len, i, sl = 0;
    brug_msg_arg cov[] = {BRUG_MSG_P("pct", r->score),
                          BRUG_MSG_I("carried_essential", r->ncarried_e),
                          BRUG_MSG_I("essential", r->nessential),
                          BRUG_MSG_I("carried_optional", r->ncarried - r->ncarried_e),
                          BRUG_MSG_I("optional", r->noptional),
                          BRUG_MSG_ARGS_END};
    brug_msg_arg part[] = {BRUG_MSG_I("n", r->npartial), BRUG_MSG_ARGS_END};
    brug_msg_arg learn[] = {BRUG_MSG_S("skills", skills), BRUG_MSG_ARGS_END};

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
        brug_msg_format(line + len, size - len, lang, "bridge.explain.nothing_missing", NULL);
}

json_t *brug__bridges_result_json(const brug_bridges *b, const brug__bridge_result *r,
                                  const char *lang, size_t max_missing)
{
    const brug_onto *o = b->onto;
    json_t *res = json_object(), *jc = json_array(), *je = json_array(), *jo = json_array();
    char line[512];
    size_t i;

    explanation(o, r, lang, line, sizeof(line));
    if (!res || !jc || !je || !jo ||
        json_object_set_new_nocheck(res, "uri", json_string(o->occ_uri[r->occ])) ||
        brug_onto_json_occupation_label(res, "label", o, r->occ, lang) ||
        json_object_set_new_nocheck(res, "score", json_real(brug__round6(r->score))) ||
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
        err = brug__bridges_analyse(b, s, to, brug__bridges_score_one(b, s, to, src.self), &arena,
                                    &r);
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
