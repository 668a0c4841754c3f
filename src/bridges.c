/*
 * bridges.c - the bridges API: weights (defaults, "name=value", config
 * files), query sources and pairwise scores (see brug/bridges.h; the index
 * and kernel are in profile.c, explained queries in bridges_query.c).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bridges_int.h"
#include "facets.h"
#include "profile.h"

/* ---- weights ---- */

typedef struct weight_def {
    const char *name;
    size_t off;
    double def, lo, hi;
} weight_def;

#define W(name, def, lo, hi)                                                                       \
    {                                                                                              \
#name, offsetof(brug_bridges_weights, name), def, lo, hi                                   \
    }
static const weight_def weight_defs[] = {
    W(essential, 1.0, 1e-9, 1e6),
    W(optional, 0.35, 0, 1e6),
    W(idf_power, 1.0, 0, 10),
    W(credit_narrower, 0.6, 0, 1),
    W(credit_broader, 0.5, 0, 1),
    W(credit_related_essential, 0.5, 0, 1),
    W(credit_related_optional, 0.35, 0, 1),
    W(credit_sibling, 0.25, 0, 1),
    W(sibling_max_group, 50, 2, 1e9),
    W(collection_share, 0.2, 0, 1),
    W(collection_min_skills, 2, 0, 1000),
    W(path_step_cost, 0.1, 0, 0.99),
    W(path_min_score, 0.52, 0, 1),
    W(path_edges, 60, 1, 100000),
    W(facet_coverage, 1.0, 1e-9, 1e6),
    W(facet_latent, 3.0, 0, 1e6),
    W(facet_text, 3.0, 0, 1e6),
    W(facet_isco, 0.05, 0, 1e6),
    W(facet_activities, 3.0, 0, 1e6),
    W(facet_level, 1.0, 0, 1e6),
    W(latent_dims, 64, 0, 400),
    W(viable_min_score, 0.52, 0, 1),
    W(sibling_min_jaccard, 0.1, 0, 1),
};
#undef W
#define NWEIGHTS (sizeof(weight_defs) / sizeof(weight_defs[0]))

static double *weight_slot(brug_bridges_weights *w, const weight_def *d)
{
    return (double *)(void *)((char *)w + d->off);
}

void brug__bridges_msg(char *msg, size_t size, const char *fmt, ...)
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
        brug__bridges_msg(msg, msgsize, "expected name=value");
        return BRUG_EINVAL;
    }
    memcpy(buf, assignment, strlen(assignment) + 1);
    eq = strchr(buf, '=');
    if (!eq) {
        brug__bridges_msg(msg, msgsize, "expected name=value, got '%s'", assignment);
        return BRUG_EINVAL;
    }
    *eq = '\0';
    name = trim(buf);
    val = trim(eq + 1);
    for (i = 0; i < NWEIGHTS; i++)
        if (strcmp(weight_defs[i].name, name) == 0)
            break;
    if (i == NWEIGHTS) {
        brug__bridges_msg(msg, msgsize, "unknown weight '%s' (see docs/bridges.md for the names)",
                          name);
        return BRUG_EINVAL;
    }
    errno = 0;
    v = strtod(val, &end);
    if (!val[0] || *end || errno || !(v >= weight_defs[i].lo && v <= weight_defs[i].hi)) {
        brug__bridges_msg(msg, msgsize, "weight '%s': expected a number from %g to %g, got '%s'",
                          name, weight_defs[i].lo, weight_defs[i].hi, val);
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
        brug__bridges_msg(msg, msgsize, "%s: cannot read: %s", path, strerror(errno));
        return BRUG_EIO;
    }
    while (fgets(line, sizeof(line), f)) {
        char *hash;
        const char *s;
        lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            brug__bridges_msg(msg, msgsize, "%s:%u: line too long", path, lineno);
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
            brug__bridges_msg(msg, msgsize, "%s:%u: %s", path, lineno, sub);
            fclose(f);
            return BRUG_EINVAL;
        }
    }
    if (ferror(f)) {
        brug__bridges_msg(msg, msgsize, "%s: read error", path);
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
        if (json_object_set_new(
                o, weight_defs[i].name,
                json_real(*weight_slot((brug_bridges_weights *)(void *)w, &weight_defs[i])))) {
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
            brug__bridges_msg(msg, msgsize, "no occupation with URI '%s'", from);
            return BRUG_ENOTFOUND;
        }
        src->held = brug__bridges_held(b, src->self, &src->nheld);
        return BRUG_OK;
    }
    if (!skills || nskills == 0) {
        brug__bridges_msg(msg, msgsize, "no source: give an occupation or at least one skill");
        return BRUG_EINVAL;
    }
    if (nskills > 100000) {
        brug__bridges_msg(msg, msgsize, "too many skills (%zu; at most 100000)", nskills);
        return BRUG_ETOOBIG;
    }
    src->own = brug__malloc(&b->alloc, nskills * sizeof(uint32_t));
    if (!src->own) {
        brug__bridges_msg(msg, msgsize, "out of memory");
        return BRUG_ENOMEM;
    }
    src->alloc = &b->alloc;
    for (i = 0; i < nskills; i++) {
        uint32_t s = skills[i] ? brug_onto_skill_find(b->onto, skills[i]) : BRUG_NO_INDEX;
        if (s == BRUG_NO_INDEX) {
            brug__bridges_msg(msg, msgsize, "no skill with URI '%s'",
                              skills[i] ? skills[i] : "(null)");
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
    return brug__facets_combine_pair(b, self, to, brug__bridges_coverage_one(b, s, to, self), NULL);
}

double brug__bridges_coverage_one(const brug_bridges *b, const brug__bridges_scratch *s,
                                  uint32_t to, uint32_t self)
{
    const brug__csr *os = &b->onto->occ_skills;
    double acc = 0.0;
    uint32_t k;
    /* Same additions, in the same (ascending skill) order, as
     * brug__bridges_accumulate: zero credits add nothing. */
    for (k = os->ptr[to]; k < os->ptr[to + 1]; k++) {
        float c = s->cred[os->col[k]];
        if (c > 0.0f)
            acc += (double)c * (double)b->occ_w[k];
    }
    return brug__bridges_finish(b, acc, to, self);
}

brug_err brug_bridges_scores(const brug_bridges *b, uint32_t from, const uint32_t *skills,
                             size_t nskills, double *scores)
{
    brug__bridges_scratch *s;
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
    s = brug__bridges_scratch_get(b);
    err = s ? BRUG_OK : BRUG_ENOMEM;
    if (!err) {
        brug__bridges_credit_fast(b, s, held, n);
        brug__bridges_accumulate(b, s, from, scores);
        brug__bridges_scratch_put(b, s);
    }
    brug__free(&b->alloc, own);
    return err;
}

double brug_bridges_score(const brug_bridges *b, uint32_t from, uint32_t to)
{
    brug__bridges_scratch *s;
    const uint32_t *held;
    size_t n;
    double v;
    if (from >= b->nocc || to >= b->nocc)
        return 0.0;
    if (from == to)
        return 1.0;
    s = brug__bridges_scratch_get(b);
    if (!s)
        return 0.0;
    held = brug__bridges_held(b, from, &n);
    brug__bridges_credit_fast(b, s, held, n);
    v = brug__bridges_score_one(b, s, to, from);
    brug__bridges_scratch_put(b, s);
    return v;
}

double brug_bridges_similarity(const brug_bridges *b, uint32_t x, uint32_t y)
{
    return sqrt(brug_bridges_score(b, x, y) * brug_bridges_score(b, y, x));
}
