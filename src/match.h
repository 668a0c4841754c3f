/*
 * match.h - internals of the matcher shared by match.c (scoring, top-k,
 * batch) and assign.c (placements): the indexed offers, per-thread scratch
 * space, and the exact b-matching solver.
 */
#ifndef BRUG__MATCH_H
#define BRUG__MATCH_H

#include <stdint.h>

#include "brug/match.h"
#include "people.h"

/* Weights of the score (docs/matching.md). */
#define BRUG__W_ESSENTIAL 2.0f
#define BRUG__W_OPTIONAL 1.0f
#define BRUG__RELATED_CREDIT 0.5f

/* One skill of an offer with its normalised weight (the coverage walk). */
typedef struct brug__oterm {
    uint32_t skill;
    float w;
} brug__oterm;

struct brug_matcher {
    brug_db *db;
    brug_alloc alloc;
    brug_onto *onto;
    brug__offer_set offers;
    uint32_t nskill; /* skills proper */
    uint32_t nreg;
    double *km;        /* nreg * nreg centroid distances */
    uint32_t *odrives; /* effective drives of each offer */
    float *owsum;      /* sum of skill weights of each offer */
    /* inverted index: key (skill * nreg + region) * 2 + (type - 1) */
    uint32_t *post_ptr;
    uint32_t *post_offer;
    float *post_w;      /* skill weight / offer weight sum */
    float *maxw;        /* nskill * nreg: largest post_w of a skill in a region */
    brug__oterm *oterm; /* per offer skill (parallel to offers.skill): skill, weight / sum */
    uint32_t *oattr;    /* per offer: region | hours << 8 | sector << 16 | drives << 24 */
    /* hierarchy neighbours (broader and narrower skills proper) */
    uint32_t *nb_ptr, *nb_col;
};

/* One person's matching attributes. */
typedef struct brug__person_view {
    uint8_t region, hours, drives;
    uint16_t max_km;
    uint32_t prefer, exclude;
    const uint32_t *skill;
    const uint8_t *evidence;
    uint32_t nskill;
} brug__person_view;

void brug__person_view_of(const brug__person_set *s, uint32_t i, brug__person_view *out);

typedef struct brug__hit {
    float score;
    uint32_t id; /* offer (or person) index */
} brug__hit;

/* Per-thread working memory. */
typedef struct brug__scratch {
    uint32_t *seen; /* per offer: stamp of the person that last scored it */
    uint32_t stamp;
    float *acc;     /* per offer: partial coverage */
    uint32_t *cand; /* offers with acc > 0 */
    uint32_t ncand;
    brug__hit *lead; /* the best partial coverages (2k) */
    float *key;      /* per skill: sort key of the term order */
    uint32_t *tlen;  /* per skill: reachable postings of the term */
    float *ub;       /* per skill: upper bound of its contribution */
    uint32_t *order; /* touched terms by ub, descending */
    float *cred;     /* per skill: the person's credit */
    uint32_t *src;   /* per skill: which own skill gave it */
    uint32_t *touched;
    uint32_t ntouched;
    brug__hit *heap;
    uint32_t nheap, k;
} brug__scratch;

brug_err brug__scratch_init(const brug_matcher *m, brug__scratch *s, uint32_t k);
void brug__scratch_release(const brug_matcher *m, brug__scratch *s);

/* The person's credit per skill (own and related), into s->cred. */
void brug__expand(const brug_matcher *m, brug__scratch *s, const brug__person_view *p);
void brug__unexpand(brug__scratch *s);

/* Skill coverage of offer o by the expanded person in s (0..1). */
float brug__coverage(const brug_matcher *m, const brug__scratch *s, uint32_t o);

/* The fit part of the score: a multiplier in [0.5, 1], or -1 when the
 * offer is excluded (too far, ruled-out sector).  Parts may be NULL. */
typedef struct brug__fit_parts {
    double km, dist, hours, sector, drives;
} brug__fit_parts;
double brug__fit(const brug_matcher *m, const brug__person_view *p, uint32_t o,
                 brug__fit_parts *parts);

/*
 * The top s->k offers of type (0 any) for one person into out (best
 * first); returns how many.  Partial coverages are accumulated from the
 * inverted index (reachable regions only); long posting lists whose bounds
 * cannot lift an offer past the k-th best score are left out
 * (docs/matching.md, "Batch").
 */
uint32_t brug__top_offers(const brug_matcher *m, brug__scratch *s, const brug__person_view *p,
                          int type, brug__hit *out);

/* Run fn(m, i, ctx, scratch) for every person of set in nthreads threads. */
typedef void (*brug__person_fn)(const brug_matcher *m, const brug__person_set *set, uint32_t i,
                                brug__scratch *s, void *ctx);
brug_err brug__for_each_person(const brug_matcher *m, const brug__person_set *set,
                               unsigned nthreads, uint32_t k, brug__person_fn fn, void *ctx);

double brug__now(void);

/*
 * Maximum-weight b-matching on a bipartite graph: left nodes (people) take
 * at most one edge, right node j at most cap[j]; weights are positive
 * integers.  Left i's edges are col/w[ptr[i] .. ptr[i+1]-1].  Exact
 * (successive shortest paths with potentials).  asg[i] receives the right
 * node or BRUG_NO_INDEX; *total the summed weight.
 */
typedef struct brug__bgraph {
    uint32_t nleft, nright;
    const uint64_t *ptr;
    const uint32_t *col;
    const int64_t *w;
    const uint32_t *cap;
} brug__bgraph;

brug_err brug__bmatch_solve(const brug_alloc *alloc, const brug__bgraph *g, uint32_t *asg,
                            int64_t *total);

#endif
