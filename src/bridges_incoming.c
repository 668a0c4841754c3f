/*
 * bridges_incoming.c - where people come from: the occupations whose
 * bridges into one occupation score highest (brug_bridges_incoming).
 *
 * The transposed question of a bridges query.  Every origin is credited
 * with its own profile and scored against the one target with the same
 * functions its own bridges query uses (brug__bridges_credit_fast +
 * brug__bridges_score_one), so an origin's score here is the score of the
 * target in that origin's bridges list.  The best origins are then
 * analysed (carried skills, gaps, facets, flags) like a query's results.
 */
#include <string.h>
#include "brug/bridges.h"
#include "alloc.h"
#include "bridges_int.h"
#include "onto.h"

typedef struct origin {
    uint32_t occ;
    double score;
} origin;

/* a before b: higher score, then smaller URI. */
static int origin_better(const brug_onto *o, const origin *a, const origin *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    return strcmp(o->occ_uri[a->occ], o->occ_uri[b->occ]) < 0;
}

/* Insert x into best[0..*n) (sorted, at most cap). */
static void best_offer(const brug_onto *o, origin *best, size_t *n, size_t cap, origin x)
{
    size_t i;
    if (*n == cap && !origin_better(o, &x, &best[cap - 1]))
        return;
    i = *n < cap ? (*n)++ : cap - 1;
    while (i > 0 && origin_better(o, &x, &best[i - 1])) {
        best[i] = best[i - 1];
        i--;
    }
    best[i] = x;
}

/* Score every origin against `to` and keep the best (best[0..*n)). */
static void rank_origins(const brug_bridges *b, const brug_bridges_incoming_query *q, int bit,
                         uint32_t to, brug__bridges_scratch *s, origin *best, size_t cap, size_t *n)
{
    uint32_t i;
    *n = 0;
    for (i = 0; i < b->nocc; i++) {
        const uint32_t *held;
        size_t nheld;
        origin x;
        if (i == to || !brug__bridges_occ_filtered_in(b, bit, q->isco_prefix, i))
            continue;
        held = brug__bridges_held(b, i, &nheld);
        brug__bridges_credit_fast(b, s, held, nheld);
        x.occ = i;
        x.score = brug__bridges_score_one(b, s, to, i);
        brug__bridges_clear(b, s);
        if (x.score < q->min_score || !(x.score > 0.0))
            continue;
        if (q->viable_only) {
            brug__viability v;
            brug__viability_of(b, i, to, x.score, &v);
            if (!v.viable)
                continue;
        }
        best_offer(b->onto, best, n, cap, x);
    }
}

/* The analysed result of origin `from` into `to`, named by the origin. */
static json_t *origin_json(const brug_bridges *b, brug__bridges_scratch *s, uint32_t from,
                           uint32_t to, const brug_bridges_incoming_query *q, const char *lang,
                           brug__arena *arena)
{
    const brug_onto *o = b->onto;
    const uint32_t *held;
    brug__bridge_result r;
    size_t nheld;
    json_t *res;
    held = brug__bridges_held(b, from, &nheld);
    brug__bridges_credit(b, s, held, nheld);
    if (brug__bridges_analyse(b, s, from, to, arena, &r)) {
        brug__bridges_clear(b, s);
        return NULL;
    }
    brug__bridges_clear(b, s);
    res = brug__bridges_result_json(b, &r, lang, q->max_missing);
    if (res && (json_object_set_new_nocheck(res, "uri", json_string(o->occ_uri[from])) ||
                brug_onto_json_occupation_label(res, "label", o, from, lang))) {
        json_decref(res);
        return NULL;
    }
    return res;
}

brug_err brug_bridges_incoming(const brug_bridges *b, const brug_bridges_incoming_query *q,
                               json_t **out, char *msg, size_t msgsize)
{
    const brug_onto *o = b->onto;
    const char *lang = q->lang ? q->lang : "en";
    size_t cap = q->top ? q->top : 10, n = 0, i;
    brug__bridges_scratch *s = NULL;
    origin *best = NULL;
    brug__arena arena;
    json_t *doc = NULL, *results = NULL, *to_obj = NULL;
    brug_err err = BRUG_ENOMEM;
    uint32_t to;
    int bit = -1;

    *out = NULL;
    if (!q->to || !q->to[0]) {
        brug__bridges_msg(msg, msgsize, "no target occupation given");
        return BRUG_EINVAL;
    }
    to = brug_onto_occupation_find(o, q->to);
    if (to == BRUG_NO_INDEX) {
        brug__bridges_msg(msg, msgsize, "no occupation with URI '%s'", q->to);
        return BRUG_ENOTFOUND;
    }
    if (q->collection && q->collection[0]) {
        bit = brug_onto_collection_bit(o, q->collection);
        if (bit < 0) {
            brug__bridges_msg(msg, msgsize, "no collection named '%s'", q->collection);
            return BRUG_ENOTFOUND;
        }
    }
    brug__arena_init(&arena, &b->alloc, 16 * 1024);
    best = brug__malloc(&b->alloc, cap * sizeof(*best));
    s = brug__bridges_scratch_get(b);
    if (!best || !s)
        goto done;
    rank_origins(b, q, bit, to, s, best, cap, &n);
    results = json_array();
    to_obj = json_pack("{s:s}", "uri", o->occ_uri[to]);
    doc = json_object();
    if (!results || !to_obj || !doc ||
        brug_onto_json_occupation_label(to_obj, "label", o, to, lang) ||
        json_object_set_nocheck(doc, "to", to_obj) ||
        json_object_set_nocheck(doc, "results", results))
        goto done;
    for (i = 0; i < n; i++)
        if (json_array_append_new(results, origin_json(b, s, best[i].occ, to, q, lang, &arena)))
            goto done;
    err = BRUG_OK;
    *out = doc;
    doc = NULL;
done:
    if (err)
        brug__bridges_msg(msg, msgsize, "out of memory");
    if (s)
        brug__bridges_scratch_put(b, s);
    brug__free(&b->alloc, best);
    brug__arena_release(&arena);
    json_decref(doc);
    json_decref(results);
    json_decref(to_obj);
    return err;
}
