/*
 * profile.h - the skill-profile index behind brug_bridges, and the kernel
 * that scores one source against every occupation.
 *
 * The index (struct brug_bridges) holds, in one arena:
 *   - spec[t]: the specificity factor of skill t (smoothed IDF ^ idf_power);
 *   - occ_w[]: aligned with onto->occ_skills, the weight (float) of each
 *     skill in each occupation's profile ((essential|optional) * spec);
 *   - col[]: the same weights by skill, packed {occupation, weight} and
 *     aligned with onto->skill_occs (one stream for the hot loop);
 *   - occ_total[o]: the sum of o's weights (in double), added in ascending
 *     skill order;
 *   - credit: a CSR skill s -> skills t that holding s gives partial credit
 *     for (val: the credit, tag: the relation, BRUG__VIA_*), keeping the
 *     best relation per pair and only targets some occupation requires.
 *
 * Scoring a source (a sorted set of held skills) runs in two passes over a
 * per-call scratch: brug__bridges_credit() spreads credit from the held
 * skills (held = 1, partial credits by max), then brug__bridges_accumulate()
 * adds credit * weight into every occupation that requires a credited
 * skill, visiting skills in ascending order.  The fixed order makes every
 * score reproducible bit for bit and keeps scores monotone in the held set
 * (rounding is monotone, so larger terms never give a smaller sum); a
 * source occupation scores exactly 1 to itself (brug__bridges_finish).
 */
#ifndef BRUG__PROFILE_H
#define BRUG__PROFILE_H

#include <pthread.h>

#include "brug/bridges.h"
#include "onto.h"

/* How a required skill is credited: tags of the credit CSR and via[]. */
enum {
    BRUG__VIA_NONE = 0,
    BRUG__VIA_HELD = 1,
    BRUG__VIA_NARROWER = 2, /* the source holds a narrower skill of it */
    BRUG__VIA_BROADER = 3,  /* the source holds its broader skill */
    BRUG__VIA_RELATED = 4,  /* ESCO skill-skill relation, either direction */
    BRUG__VIA_SIBLING = 5,  /* shares a direct broader skill or group */
};

/* One entry of a skill's column: an occupation requiring it, and the weight. */
typedef struct brug__bridges_colent {
    uint32_t occ;
    float w;
} brug__bridges_colent;

typedef struct brug__facets brug__facets;

struct brug_bridges {
    const brug_onto *onto;
    brug_alloc alloc;
    brug__arena arena;
    brug_bridges_weights w;
    uint32_t nocc;
    uint32_t nskill;
    uint32_t *df;              /* nskill: occupations that list the skill */
    double *spec;              /* nskill */
    float *occ_w;              /* onto->occ_skills.nnz */
    brug__bridges_colent *col; /* onto->skill_occs.nnz */
    double *occ_total;         /* nocc */
    double *occ_inv;           /* nocc: 1 / occ_total, or 0 for an empty requirement */
    uint32_t *occ_order;       /* onto->occ_skills.nnz: each occupation's entries k (indexes
                                  into occ_skills) by share of its requirement, largest first,
                                  then skill URI: the order of its explained skills */
    uint32_t *occ_coll;        /* nocc: collection bitmask (ESCO's or by share) */
    float *occ_share;          /* nocc * BRUG__ONTO_MAX_COLLECTIONS: share of essential skills */
    brug__csr credit;          /* nskill x nskill */
    brug__facets *fx;          /* the other facets of the score (facets.h) */
    int model_state;           /* brug_bridges_model_state: where fx's models came from */
    /* Clean scratches kept for reuse by queries (see scratch_get/put). */
    pthread_mutex_t pool_lock;
    struct brug__bridges_scratch *pool[8];
    unsigned npool;
};

/*
 * brug_bridges_new with the facets' costly models unpacked from model
 * (len bytes, bridges_model.c) instead of built; model NULL builds them.
 * BRUG_EVERIFY when the model does not fit the index.
 */
brug_err brug__bridges_create(const brug_onto *onto, const brug_bridges_weights *w,
                              const brug_alloc *alloc, const void *model, size_t len,
                              brug_bridges **out /* OUT */);

/* Per-call working memory of the scoring kernel. */
typedef struct brug__bridges_scratch brug__bridges_scratch;
struct brug__bridges_scratch {
    float *cred;        /* nskill: credit the source earns per skill */
    uint32_t *via;      /* nskill: the held skill that earns it */
    uint8_t *rel;       /* nskill: BRUG__VIA_* */
    uint64_t *touched;  /* bitmap of skills with cred > 0 */
    double *acc;        /* nocc: accumulated credit * weight */
    double *scores;     /* nocc: a query's scores */
    double *tmp, *tmp2; /* nocc each: zeroed scratch of the facets */
    const brug_alloc *alloc;
};

brug_err brug__bridges_scratch_init(brug__bridges_scratch *s, const brug_bridges *b);
void brug__bridges_scratch_release(brug__bridges_scratch *s);

/* A clean scratch from b's pool (or a new one; NULL when out of memory),
 * and giving it back (it is cleared first).  Thread-safe: the pool is the
 * only mutable part of an index, guarded by a mutex. */
brug__bridges_scratch *brug__bridges_scratch_get(const brug_bridges *b);
void brug__bridges_scratch_put(const brug_bridges *b, brug__bridges_scratch *s);

/*
 * Spread credit from held[0..n-1] (ascending, no duplicates, all < nskill)
 * into s->cred/via/rel/touched.  The scratch must be clear (fresh, or after
 * brug__bridges_clear).
 */
void brug__bridges_credit(const brug_bridges *b, brug__bridges_scratch *s, const uint32_t *held,
                          size_t n);

/* The same credits without via/rel (for scores only). */
void brug__bridges_credit_fast(const brug_bridges *b, brug__bridges_scratch *s,
                               const uint32_t *held, size_t n);

/*
 * Scores of the credited source against every occupation into
 * scores[0..nocc-1]; self (BRUG_NO_INDEX for a skill set) is the source
 * occupation, whose score is exactly 1.  Leaves acc zeroed.
 */
void brug__bridges_accumulate(const brug_bridges *b, brug__bridges_scratch *s, uint32_t self,
                              double *scores);

/* The same, the coverage facet alone (the skill score of section 2). */
void brug__bridges_coverage_row(const brug_bridges *b, brug__bridges_scratch *s, uint32_t self,
                                double *scores);

/* The score from the accumulated acc of target i (self scores 1). */
static inline double brug__bridges_finish(const brug_bridges *b, double acc, uint32_t i,
                                          uint32_t self)
{
    double v;
    if (i == self)
        return 1.0; /* acc == occ_total exactly: the same additions in the same order */
    v = acc * b->occ_inv[i];
    return v > 1.0 ? 1.0 : v;
}

/* Reset cred/via/rel/touched after a source (cost: the touched skills). */
void brug__bridges_clear(const brug_bridges *b, brug__bridges_scratch *s);

/* Held skills of occupation o: its profile's columns (ascending). */
static inline const uint32_t *brug__bridges_held(const brug_bridges *b, uint32_t o, size_t *n)
{
    const brug__csr *m = &b->onto->occ_skills;
    *n = m->ptr[o + 1] - m->ptr[o];
    return m->col + m->ptr[o];
}

/* Sort and deduplicate skills in place; returns the new count. */
size_t brug__bridges_sort_skills(uint32_t *skills, size_t n);

#endif
