/*
 * facets.h - the evidence of a bridge besides skill coverage: a latent
 * skill space (truncated SVD of the occupation x skill matrix), the
 * similarity of occupations' texts, the ISCO hierarchy, the distribution
 * of skills over the skills hierarchy ("work activities"), and the skill
 * level of ISCO major groups; and how they combine into the transition
 * score (formulas and weights in docs/bridges.md, section 3).
 *
 * Every facet is a number in [0, 1] (cosines are clamped at 0) that is 1
 * from an occupation to itself.  The transition score of an occupation
 * source is sum_f w_f * facet_f / sum_f w_f; a person's skill set has
 * only the coverage facet (the others describe an occupation), so its
 * score stays the coverage.
 */
#ifndef BRUG__FACETS_H
#define BRUG__FACETS_H

#include "profile.h"

/* Dimensions of the dense embeddings that bound a dot product in
 * brug__facets_bound_row (the rest by their norms). */
#define BRUG__FACETS_HEAD 16

/* What brug__facets_bound_row's bounds may exceed the float arithmetic
 * of the exact scores by (a generous bound of the rounding of a 64-term
 * float dot product of unit vectors, 64 * 2^-24, and of the sums). */
#define BRUG__FACETS_SLACK 1e-5

/* The weight of an occupation's ISCO unit group description in its text
 * vector, its own texts weighing 1 (facets_text.c). */
#define BRUG__TEXT_GROUP_WEIGHT 0.5

enum {
    BRUG__F_COVERAGE = 0,
    BRUG__F_LATENT,
    BRUG__F_TEXT,
    BRUG__F_ISCO,
    BRUG__F_ACTIVITIES,
    BRUG__F_LEVEL,
    BRUG__NFACET
};

struct brug__facets {
    unsigned k;               /* latent dimensions (0: no latent facet) */
    float *lat;               /* nocc * k: L2-normalised occupation embeddings */
    brug__csr text;           /* occupation -> term (TF-IDF, L2-normalised) */
    brug__csr text_t;         /* term -> occupation */
    brug__csr groups;         /* ISCO unit group -> term: its description (as text) */
    const uint32_t *group_of; /* occupation -> row of groups, or BRUG_NO_INDEX */
    float *grp_occ;           /* groups.nrows * nocc: groups row . text row */
    float *occ_grp;           /* nocc * groups.nrows: the same, transposed */
    float *grp_grp;           /* groups.nrows^2: groups row . groups row */
    float *text_inv;          /* nocc: 1 / |text row + w groups row| (facets_text.c) */
    brug__csr act;            /* occupation -> skill group (weighted, L2-normalised) */
    unsigned ka;              /* dimensions of act_lat (0: exact sparse cosines) */
    float *act_lat;           /* nocc * ka: rank-ka embedding of act, L2-normalised */
    float *lat_head; /* BRUG__FACETS_HEAD * nocc: lat's first dimensions, dimension-major */
    float *lat_tail; /* nocc: L2 norm of lat's dimensions after the first BRUG__FACETS_HEAD */
    float *act_head; /* the same of act_lat */
    float *act_tail;
    uint8_t *isco_digits;    /* nocc * 4: ISCO unit group digits, 10 when unknown */
    float *level;            /* nocc: ISCO skill level 1..4 (0 unknown) */
    double wf[BRUG__NFACET]; /* the weights, normalised to sum 1 */
    int only_coverage;       /* all weight on coverage: scores are the coverage alone */
};

/* Names of the facets in JSON ("coverage", "latent", ...). */
const char *brug__facet_name(unsigned f);

/*
 * Building b->fx (after the profiles), in three steps: init (the weights,
 * levels and ISCO digits: cheap), the models (text vectors, activities,
 * latent space: the costly part, which bridges_model.c can load from the
 * database instead), finish (what is derived from the models: the
 * transposed text vectors).  BRUG_ENOMEM.
 */
brug_err brug__facets_init(brug_bridges *b);
brug_err brug__facets_build_models(brug_bridges *b);
brug_err brug__facets_finish(brug_bridges *b);

/*
 * The text facet (facets_text.c).  init: the unit groups of the
 * occupations; finish (after text and groups are built or loaded): the
 * transposed text vectors and the group tables.  pair: the raw (not
 * clamped) cosine of a and c; row: the same from a to every occupation,
 * added into acc (zero on entry), the same doubles as pair.  vectors: the
 * mixed text vectors themselves (for the latent space; free them with
 * text_vectors_free).  BRUG_ENOMEM.
 */
void brug__facets_text_init(brug__facets *fx, const brug_onto *o);
brug_err brug__facets_text_finish(brug__facets *fx, brug__arena *arena, uint32_t nocc);
double brug__facets_text_pair(const brug__facets *fx, uint32_t nocc, uint32_t a, uint32_t c);
void brug__facets_text_row(const brug__facets *fx, uint32_t nocc, uint32_t a, double *acc);
brug_err brug__facets_text_vectors(const brug__facets *fx, const brug_alloc *alloc,
                                   brug__csr *out /* OUT */);
void brug__facets_text_vectors_free(const brug_alloc *alloc, brug__csr *m);

/* ISCO-08 skill level of occupation i (1..4, 0 unknown). */
double brug__facets_level(const brug_bridges *b, uint32_t i);

/*
 * Value of facet f (not coverage) from occupation `from` to every
 * occupation, into out[0..nocc-1]; tmp: nocc doubles of scratch, left
 * zeroed.  Same arithmetic, in the same order, as brug__facets_pair.
 */
void brug__facets_row(const brug_bridges *b, unsigned f, uint32_t from, double *tmp, double *out);

/* Value of facet f (not coverage) from `from` to `to`. */
double brug__facets_pair(const brug_bridges *b, unsigned f, uint32_t from, uint32_t to);

/*
 * The transition scores of an occupation source from its coverage row:
 * scores[i] = combine(coverage[i], facets) in place (self stays 1).
 * tmp and tmp2: nocc doubles each, left zeroed.  No-op for a skill-set
 * source (from == BRUG_NO_INDEX) or when only coverage has weight.
 */
void brug__facets_combine_row(const brug_bridges *b, uint32_t from, double *scores, double *tmp,
                              double *tmp2);

/* The same on a float row (the all-pairs matrix), giving the same floats
 * as (float) of the double row. */
void brug__facets_combine_frow(const brug_bridges *b, uint32_t from, float *row, double *tmp,
                               double *tmp2);

/*
 * Ranking a source's best targets without every dense dot product.
 * From the coverage row cov[] of occupation `from`: text[] gets the text
 * facet's raw values (a scatter, as brug__facets_combine_row; text must
 * be zero on entry and the caller zeroes it after) and ub[] an upper
 * bound of every target's transition score: the exact coverage, text,
 * isco and level parts plus, for the latent and activities facets, the
 * dot product of the first BRUG__FACETS_HEAD dimensions and the product
 * of the rest's norms (Cauchy-Schwarz), clamped to [0, 1], plus
 * BRUG__FACETS_SLACK.  brug__facets_score_at then gives a target's exact
 * score, the same double as brug__facets_combine_row; f (may be NULL)
 * gets every facet's value, the same doubles as brug__facets_combine_pair
 * gives (coverage unrounded; facets without weight computed for it).
 */
void brug__facets_bound_row(const brug_bridges *b, uint32_t from, const double *cov, double *text,
                            double *ub);
double brug__facets_score_at(const brug_bridges *b, uint32_t from, uint32_t i, double cov,
                             double text, double f[BRUG__NFACET] /* OUT, may be NULL */);

/* Ask the CPU to fetch the embeddings brug__facets_score_at reads for
 * target i (a hint: no effect on any result). */
void brug__facets_prefetch(const brug_bridges *b, uint32_t i);

/* The same for one pair; f (may be NULL) gets every facet's value
 * (coverage included).  Returns the transition score. */
double brug__facets_combine_pair(const brug_bridges *b, uint32_t from, uint32_t to, double coverage,
                                 double f[BRUG__NFACET] /* OUT */);

#endif
