/*
 * bridges.c - the bridges API: weights (defaults, "name=value", config
 * files), pairwise scores, and bridges queries explained as jansson
 * documents (see brug/bridges.h; the index and kernel are in profile.c).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bridges_int.h"
#include "profile.h"

/* ---- weights ---- */

typedef struct weight_def {
    const char *name;
    size_t off;
    double def, lo, hi;
} weight_def;

#define W(name, def, lo, hi) {#name, offsetof(brug_bridges_weights, name), def, lo, hi}
static const weight_def weight_defs[] = {
    W(essential, 1.0, 1e-9, 1e6),
    W(optional, 0.35, 0, 1e6),
    W(idf_power, 1.0, 0, 10),
    W(credit_narrower, 0.6, 0, 1),
    W(credit_broader, 0.5, 0, 1),
    W(credit_related_essential, 0.5, 0, 1),
    W(credit_related_optional, 0.35, 0, 1),
    W(credit_sibling, 0.25, 0, 1),
    W(collection_share, 0.1, 0, 1),
    W(path_step_cost, 0.1, 0, 100),
    W(path_min_score, 0.3, 0, 1),
    W(path_edges, 60, 1, 100000),
};
#undef W
#define NWEIGHTS (sizeof(weight_defs) / sizeof(weight_defs[0]))

static double *weight_slot(brug_bridges_weights *w, const weight_def *d)
{
    return (double *)(void *)((char *)w + d->off);
}

static void set_msg(char *msg, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_msg(char *msg, size_t size, const char *fmt, ...)
{
    va_list ap;
    if (!msg || !size)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, size, fmt, ap);
    va_end(ap);
}

void brug_bridges_weights_init(brug_bridges_weights *w)
{
    size_t i;
    memset(w, 0, sizeof(*w));
    for (i = 0; i < NWEIGHTS; i++)
        *weight_slot(w, &weight_defs[i]) = weight_defs[i].def;
}

static const char *trim(char *s)
{
    char *e;
    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        *--e = '\0';
    return s;
}

brug_err brug_bridges_weights_set(brug_bridges_weights *w, const char *assignment, char *msg,
                                  size_t msgsize)
{
    char buf[256], *eq, *end;
    const char *name, *val;
    size_t i;
    double v;

    if (!assignment || strlen(assignment) >= sizeof(buf)) {
        set_msg(msg, msgsize, "expected name=value");
        return BRUG_EINVAL;
    }
    memcpy(buf, assignment, strlen(assignment) + 1);
    eq = strchr(buf, '=');
    if (!eq) {
        set_msg(msg, msgsize, "expected name=value, got '%s'", assignment);
        return BRUG_EINVAL;
    }
    *eq = '\0';
    name = trim(buf);
    val = trim(eq + 1);
    for (i = 0; i < NWEIGHTS; i++)
        if (strcmp(weight_defs[i].name, name) == 0)
            break;
    if (i == NWEIGHTS) {
        set_msg(msg, msgsize, "unknown weight '%s' (see docs/bridges.md for the names)", name);
        return BRUG_EINVAL;
    }
    errno = 0;
    v = strtod(val, &end);
    if (!val[0] || *end || errno || !(v >= weight_defs[i].lo && v <= weight_defs[i].hi)) {
        set_msg(msg, msgsize, "weight '%s': expected a number from %g to %g, got '%s'", name,
                weight_defs[i].lo, weight_defs[i].hi, val);
        return BRUG_EINVAL;
    }
    *weight_slot(w, &weight_defs[i]) = v;
    return BRUG_OK;
}

brug_err brug_bridges_weights_load(brug_bridges_weights *w, const char *path, char *msg,
                                   size_t msgsize)
{
    brug_bridges_weights tmp = *w;
    char line[512], sub[400];
    unsigned lineno = 0;
    FILE *f = fopen(path, "r");

    if (!f) {
        set_msg(msg, msgsize, "%s: cannot read: %s", path, strerror(errno));
        return BRUG_EIO;
    }
    while (fgets(line, sizeof(line), f)) {
        char *hash;
        const char *s;
        lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            set_msg(msg, msgsize, "%s:%u: line too long", path, lineno);
            fclose(f);
            return BRUG_EINVAL;
        }
        hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        s = trim(line);
        if (!s[0])
            continue;
        if (brug_bridges_weights_set(&tmp, s, sub, sizeof(sub))) {
            set_msg(msg, msgsize, "%s:%u: %s", path, lineno, sub);
            fclose(f);
            return BRUG_EINVAL;
        }
    }
    if (ferror(f)) {
        set_msg(msg, msgsize, "%s: read error", path);
        fclose(f);
        return BRUG_EIO;
    }
    fclose(f);
    *w = tmp;
    return BRUG_OK;
}

json_t *brug_bridges_weights_json(const brug_bridges_weights *w)
{
    json_t *o = json_object();
    size_t i;
    if (!o)
        return NULL;
    for (i = 0; i < NWEIGHTS; i++)
        if (json_object_set_new(o, weight_defs[i].name,
                                json_real(*weight_slot((brug_bridges_weights *)(void *)w,
                                                       &weight_defs[i])))) {
            json_decref(o);
            return NULL;
        }
    return o;
}

/* ---- sources and pairwise scores ---- */

brug_err brug__bridges_source(const brug_bridges *b, const char *from, const char *const *skills,
                              size_t nskills, brug__bridges_source_t *src, char *msg,
                              size_t msgsize)
{
    size_t i;
    memset(src, 0, sizeof(*src));
    src->self = BRUG_NO_INDEX;
    if (from) {
        src->self = brug_onto_occupation_find(b->onto, from);
        if (src->self == BRUG_NO_INDEX) {
            set_msg(msg, msgsize, "no occupation with URI '%s'", from);
            return BRUG_ENOTFOUND;
        }
        src->held = brug__bridges_held(b, src->self, &src->nheld);
        return BRUG_OK;
    }
    if (!skills || nskills == 0) {
        set_msg(msg, msgsize, "no source: give an occupation or at least one skill");
        return BRUG_EINVAL;
    }
    if (nskills > 100000) {
        set_msg(msg, msgsize, "too many skills (%zu; at most 100000)", nskills);
        return BRUG_ETOOBIG;
    }
    src->own = brug__malloc(&b->alloc, nskills * sizeof(uint32_t));
    if (!src->own) {
        set_msg(msg, msgsize, "out of memory");
        return BRUG_ENOMEM;
    }
    src->alloc = &b->alloc;
    for (i = 0; i < nskills; i++) {
        uint32_t s = skills[i] ? brug_onto_skill_find(b->onto, skills[i]) : BRUG_NO_INDEX;
        if (s == BRUG_NO_INDEX) {
            set_msg(msg, msgsize, "no skill with URI '%s'", skills[i] ? skills[i] : "(null)");
            brug__bridges_source_release(src);
            return BRUG_ENOTFOUND;
        }
        src->own[i] = s;
    }
    src->nheld = brug__bridges_sort_skills(src->own, nskills);
    src->held = src->own;
    return BRUG_OK;
}

void brug__bridges_source_release(brug__bridges_source_t *src)
{
    if (src->alloc)
        brug__free(src->alloc, src->own);
    memset(src, 0, sizeof(*src));
}

double brug__bridges_score_one(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t to,
                               uint32_t self)
{
    const brug__csr *os = &b->onto->occ_skills;
    double acc = 0.0, tot = b->occ_total[to], v;
    uint32_t k;
    /* Same additions, in the same (ascending skill) order, as
     * brug__bridges_accumulate: zero credits add nothing. */
    for (k = os->ptr[to]; k < os->ptr[to + 1]; k++) {
        float c = s->cred[os->col[k]];
        if (c > 0.0f)
            acc += c == 1.0f ? b->occ_w[k] : (double)c * b->occ_w[k];
    }
    if (!(tot > 0.0))
        return to == self ? 1.0 : 0.0;
    v = acc / tot;
    return v > 1.0 ? 1.0 : v;
}

brug_err brug_bridges_scores(const brug_bridges *b, uint32_t from, const uint32_t *skills,
                             size_t nskills, double *scores)
{
    brug__bridges_scratch s;
    uint32_t *own = NULL;
    const uint32_t *held;
    size_t n, i;
    brug_err err;

    if (!skills) {
        if (from >= b->nocc)
            return BRUG_EINVAL;
        held = brug__bridges_held(b, from, &n);
    } else {
        own = brug__malloc(&b->alloc, (nskills ? nskills : 1) * sizeof(uint32_t));
        if (!own)
            return BRUG_ENOMEM;
        for (i = 0; i < nskills; i++) {
            if (skills[i] >= b->nskill) {
                brug__free(&b->alloc, own);
                return BRUG_EINVAL;
            }
            own[i] = skills[i];
        }
        n = brug__bridges_sort_skills(own, nskills);
        held = own;
        from = BRUG_NO_INDEX;
    }
    err = brug__bridges_scratch_init(&s, b);
    if (!err) {
        brug__bridges_credit(b, &s, held, n);
        brug__bridges_accumulate(b, &s, from, scores);
        brug__bridges_scratch_release(&s);
    }
    brug__free(&b->alloc, own);
    return err;
}

double brug_bridges_score(const brug_bridges *b, uint32_t from, uint32_t to)
{
    brug__bridges_scratch s;
    const uint32_t *held;
    size_t n;
    double v;
    if (from >= b->nocc || to >= b->nocc)
        return 0.0;
    if (from == to)
        return 1.0;
    if (brug__bridges_scratch_init(&s, b))
        return 0.0;
    held = brug__bridges_held(b, from, &n);
    brug__bridges_credit(b, &s, held, n);
    v = brug__bridges_score_one(b, &s, to, from);
    brug__bridges_scratch_release(&s);
    return v;
}

double brug_bridges_similarity(const brug_bridges *b, uint32_t x, uint32_t y)
{
    return sqrt(brug_bridges_score(b, x, y) * brug_bridges_score(b, y, x));
}

/* ---- explained bridges ---- */

static double round6(double x)
{
    return round(x * 1e6) / 1e6;
}

static const char *const via_names[] = {"none", "held", "narrower", "broader", "related", "sibling"};

const char *brug__bridges_via_name(unsigned rel)
{
    return rel < sizeof(via_names) / sizeof(via_names[0]) ? via_names[rel] : "none";
}

typedef struct gap_item {
    uint32_t skill;
    uint8_t essential;
    double weight; /* share of the target's requirement */
    double credit;
    double gain;
} gap_item;

static int cmp_gap(const void *pa, const void *pb, const brug_onto *o)
{
    const gap_item *a = pa, *b = pb;
    if (a->gain != b->gain)
        return a->gain > b->gain ? -1 : 1;
    if (a->weight != b->weight)
        return a->weight > b->weight ? -1 : 1;
    return strcmp(o->skill_uri[a->skill], o->skill_uri[b->skill]);
}

/* qsort has no context argument: a small insertion sort (rows are short). */
static void sort_gaps(gap_item *v, size_t n, const brug_onto *o)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        gap_item x = v[i];
        for (j = i; j > 0 && cmp_gap(&v[j - 1], &x, o) > 0; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

static json_t *skill_ref(const brug_onto *o, uint32_t t, const char *lang)
{
    return json_pack("{s:s, s:s}", "uri", o->skill_uri[t], "label",
                     brug_onto_skill_label(o, t, lang));
}

static int add_gap_list(const brug_bridges *b, const brug__bridges_scratch *s, json_t *arr,
                        const gap_item *v, size_t n, const char *lang, size_t max)
{
    const brug_onto *o = b->onto;
    size_t i;
    for (i = 0; i < n && (max == 0 || i < max); i++) {
        uint32_t t = v[i].skill;
        json_t *it = skill_ref(o, t, lang), *via = json_null();
        if (!it)
            return 0;
        if (v[i].credit > 0.0) {
            uint32_t h = s->via[t];
            json_decref(via);
            via = json_pack("{s:s, s:s, s:s}", "uri", o->skill_uri[h], "label",
                            brug_onto_skill_label(o, h, lang), "relation",
                            brug__bridges_via_name(s->rel[t]));
        }
        if (!via || json_object_set_new(it, "weight", json_real(round6(v[i].weight))) ||
            json_object_set_new(it, "credit", json_real(round6(v[i].credit))) ||
            json_object_set_new(it, "gain", json_real(round6(v[i].gain))) ||
            json_object_set_new(it, "via", via) || json_array_append_new(arr, it)) {
            json_decref(it);
            return 0;
        }
    }
    return 1;
}

json_t *brug__bridges_result(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t to,
                             double score, const char *lang, size_t max_missing)
{
    const brug_onto *o = b->onto;
    const brug__csr *os = &o->occ_skills;
    uint32_t k, n = os->ptr[to + 1] - os->ptr[to];
    gap_item *carried, *miss_e, *miss_o;
    size_t nc = 0, ne = 0, nop = 0, i, nes_total = 0, nop_total = 0, ncarried_e = 0, npartial = 0;
    double tot = b->occ_total[to];
    json_t *res = NULL, *jc, *je, *jo;
    char line[512];
    size_t len;

    carried = brug__malloc(&b->alloc, ((size_t)n + 1) * 3 * sizeof(gap_item));
    if (!carried)
        return NULL;
    miss_e = carried + n + 1;
    miss_o = miss_e + n + 1;
    for (k = os->ptr[to]; k < os->ptr[to + 1]; k++) {
        uint32_t t = os->col[k];
        gap_item g;
        g.skill = t;
        g.essential = os->tag[k];
        g.weight = tot > 0.0 ? b->occ_w[k] / tot : 0.0;
        g.credit = s->cred[t];
        g.gain = g.weight * (1.0 - g.credit);
        if (g.essential)
            nes_total++;
        else
            nop_total++;
        if (s->rel[t] == BRUG__VIA_HELD) {
            carried[nc++] = g;
            if (g.essential)
                ncarried_e++;
        } else {
            if (g.credit > 0.0)
                npartial++;
            if (g.essential)
                miss_e[ne++] = g;
            else
                miss_o[nop++] = g;
        }
    }
    sort_gaps(carried, nc, o); /* gain 0: by weight, then URI */
    sort_gaps(miss_e, ne, o);
    sort_gaps(miss_o, nop, o);

    len = (size_t)snprintf(line, sizeof(line),
                           "covers %.0f%% of the requirement: carries %zu of %zu essential and "
                           "%zu of %zu optional skills",
                           score * 100.0, ncarried_e, nes_total, nc - ncarried_e, nop_total);
    if (npartial && len < sizeof(line))
        len += (size_t)snprintf(line + len, sizeof(line) - len, ", partly covers %zu more",
                                npartial);
    for (i = 0; i < ne && i < 3 && len < sizeof(line); i++)
        len += (size_t)snprintf(line + len, sizeof(line) - len, "%s%s", i ? "; " : "; to learn: ",
                                brug_onto_skill_label(o, miss_e[i].skill, lang));
    if (ne == 0 && len < sizeof(line))
        snprintf(line + len, sizeof(line) - len, "; no essential skill missing");

    jc = json_array();
    je = json_array();
    jo = json_array();
    res = json_pack("{s:s, s:s, s:f, s:o, s:o, s:o, s:s}", "uri", o->occ_uri[to], "label",
                    brug_onto_occupation_label(o, to, lang), "score", round6(score), "carried", jc,
                    "missing_essential", je, "missing_optional", jo, "explanation", line);
    if (!res)
        goto fail;
    for (i = 0; i < nc; i++) {
        json_t *it = skill_ref(o, carried[i].skill, lang);
        if (!it || json_object_set_new(it, "essential", json_boolean(carried[i].essential)) ||
            json_object_set_new(it, "weight", json_real(round6(carried[i].weight))) ||
            json_array_append_new(jc, it)) {
            json_decref(it);
            goto fail;
        }
    }
    if (!add_gap_list(b, s, je, miss_e, ne, lang, max_missing) ||
        !add_gap_list(b, s, jo, miss_o, nop, lang, max_missing))
        goto fail;
    brug__free(&b->alloc, carried);
    return res;
fail:
    json_decref(res);
    brug__free(&b->alloc, carried);
    return NULL;
}

json_t *brug__bridges_from_json(const brug_bridges *b, const brug__bridges_source_t *src,
                                const char *lang)
{
    const brug_onto *o = b->onto;
    json_t *arr, *res;
    char label[64];
    size_t i;
    if (src->self != BRUG_NO_INDEX)
        return json_pack("{s:s, s:s}", "uri", o->occ_uri[src->self], "label",
                         brug_onto_occupation_label(o, src->self, lang));
    arr = json_array();
    snprintf(label, sizeof(label), "%zu skill%s", src->nheld, src->nheld == 1 ? "" : "s");
    res = json_pack("{s:o, s:s}", "skills", arr, "label", label);
    if (!res)
        return NULL;
    for (i = 0; i < src->nheld; i++)
        if (json_array_append_new(arr, skill_ref(o, src->held[i], lang))) {
            json_decref(res);
            return NULL;
        }
    return res;
}

/* Top-n selection: a min-heap keyed by (score, then reverse index). */
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

static void heap_sift_down(const brug_onto *o, ranked *h, size_t n, size_t i)
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

static void heap_sift_up(const brug_onto *o, ranked *h, size_t i)
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

brug_err brug_bridges_query_run(const brug_bridges *b, const brug_bridges_query *q, json_t **out,
                                char *msg, size_t msgsize)
{
    const brug_onto *o = b->onto;
    brug__bridges_source_t src;
    brug__bridges_scratch s;
    const char *lang = q->lang ? q->lang : "en";
    size_t top = q->top ? q->top : 10, nh = 0, i;
    int bit = -1;
    double *scores = NULL;
    ranked *heap = NULL;
    json_t *doc = NULL, *results;
    brug_err err;

    *out = NULL;
    if (q->collection && q->collection[0]) {
        bit = brug_onto_collection_bit(o, q->collection);
        if (bit < 0) {
            char names[256];
            size_t len = 0;
            names[0] = '\0';
            for (i = 0; i < o->ncollections && len < sizeof(names); i++)
                len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s", i ? ", " : "",
                                        o->collection_name[i]);
            set_msg(msg, msgsize, "no collection named '%s' (known: %s)", q->collection,
                    o->ncollections ? names : "none");
            return BRUG_ENOTFOUND;
        }
    }
    if (top > b->nocc)
        top = b->nocc;
    err = brug__bridges_source(b, q->from, q->skills, q->nskills, &src, msg, msgsize);
    if (err)
        return err;
    err = brug__bridges_scratch_init(&s, b);
    if (err) {
        brug__bridges_source_release(&src);
        set_msg(msg, msgsize, "out of memory");
        return err;
    }
    scores = brug__malloc(&b->alloc, ((size_t)b->nocc + 1) * sizeof(double));
    heap = brug__malloc(&b->alloc, (top + 1) * sizeof(ranked));
    if (!scores || !heap)
        goto oom;

    brug__bridges_credit(b, &s, src.held, src.nheld);
    brug__bridges_accumulate(b, &s, src.self, scores);
    for (i = 0; i < b->nocc; i++) {
        ranked r;
        if ((uint32_t)i == src.self || scores[i] < q->min_score || scores[i] <= 0.0)
            continue;
        if (bit >= 0 && !((b->occ_coll[i] >> bit) & 1u))
            continue;
        if (q->isco_prefix && q->isco_prefix[0] && !starts_with(o->occ_isco[i], q->isco_prefix))
            continue;
        r.occ = (uint32_t)i;
        r.score = scores[i];
        if (nh < top) {
            heap[nh] = r;
            heap_sift_up(o, heap, nh++);
        } else if (top > 0 && ranked_better(o, &r, &heap[0])) {
            heap[0] = r;
            heap_sift_down(o, heap, nh, 0);
        }
    }
    /* Pop worst-first into place: best first. */
    for (i = nh; i > 1; i--) {
        ranked tmp = heap[0];
        heap[0] = heap[i - 1];
        heap[i - 1] = tmp;
        heap_sift_down(o, heap, i - 1, 0);
    }

    results = json_array();
    doc = json_pack("{s:o, s:o}", "from", brug__bridges_from_json(b, &src, lang), "results",
                    results);
    if (!doc)
        goto oom;
    for (i = 0; i < nh; i++) {
        json_t *r = brug__bridges_result(b, &s, heap[i].occ, heap[i].score, lang, q->max_missing);
        if (!r || json_array_append_new(results, r))
            goto oom;
    }
    brug__bridges_clear(b, &s);
    brug__bridges_scratch_release(&s);
    brug__bridges_source_release(&src);
    brug__free(&b->alloc, scores);
    brug__free(&b->alloc, heap);
    *out = doc;
    return BRUG_OK;
oom:
    json_decref(doc);
    brug__bridges_scratch_release(&s);
    brug__bridges_source_release(&src);
    brug__free(&b->alloc, scores);
    brug__free(&b->alloc, heap);
    set_msg(msg, msgsize, "out of memory");
    return BRUG_ENOMEM;
}

brug_err brug_bridges_explain(const brug_bridges *b, const char *from_uri,
                              const char *const *skills, size_t nskills, const char *to_uri,
                              const char *lang, json_t **out, char *msg, size_t msgsize)
{
    brug__bridges_source_t src;
    brug__bridges_scratch s;
    uint32_t to;
    brug_err err;
    double score;

    *out = NULL;
    to = to_uri ? brug_onto_occupation_find(b->onto, to_uri) : BRUG_NO_INDEX;
    if (to == BRUG_NO_INDEX) {
        set_msg(msg, msgsize, "no occupation with URI '%s'", to_uri ? to_uri : "(null)");
        return BRUG_ENOTFOUND;
    }
    err = brug__bridges_source(b, from_uri, skills, nskills, &src, msg, msgsize);
    if (err)
        return err;
    err = brug__bridges_scratch_init(&s, b);
    if (err) {
        brug__bridges_source_release(&src);
        set_msg(msg, msgsize, "out of memory");
        return err;
    }
    brug__bridges_credit(b, &s, src.held, src.nheld);
    score = brug__bridges_score_one(b, &s, to, src.self);
    *out = brug__bridges_result(b, &s, to, score, lang ? lang : "en", 0);
    brug__bridges_scratch_release(&s);
    brug__bridges_source_release(&src);
    if (!*out) {
        set_msg(msg, msgsize, "out of memory");
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}
