/*
 * match.h - internals of the matcher shared by match.c (scoring, top-k,
 * batch) and assign.c (placements): the indexed offers, per-thread scratch
 * space, and the exact b-matching solver.
 */
#ifndef BRUG__MATCH_H
#define BRUG__MATCH_H

#include <pthread.h>
#include <stdint.h>

#include "brug/match.h"
#include "people.h"

/* Skill weights of the score (docs/matching.md).  A person's credit for a
 * skill is in twentieths (BRUG__CREDIT_UNITS), so weight x credit sums are
 * whole numbers: a coverage is exact and the same whichever way it is
 * summed (batch accumulation or a walk over the offer's skills). */
#define BRUG__W_ESSENTIAL 2u
#define BRUG__W_OPTIONAL 1u
/* A posting: offer index, with this bit set when the skill is essential. */
#define BRUG__POST_ESSENTIAL 0x80000000u

/* What scoring needs of an offer, in one 16-byte record: the batch keeps a
 * compact copy per reach group, so a candidate costs one cache line. */
typedef struct brug__offer_key {
    float bound;   /* score bound per credit unit: 100 / (units x wsum), inflated */
    uint32_t attr; /* region | hours << 8 | sector << 16 | effective drives << 24 */
    uint32_t wsum; /* sum of the offer's skill weights */
    uint32_t id;   /* the matcher's offer index */
} brug__offer_key;

typedef struct brug__person_index brug__person_index;

struct brug_matcher {
    brug_db *db;
    brug_alloc alloc;
    brug_onto *onto;
    brug__offer_set offers;
    int64_t offers_rev; /* the offers' revision loaded (brug__people_rev), -1 unknown */
    uint32_t nskill;    /* skills proper */
    uint32_t nreg;
    double *km;            /* nreg * nreg centroid distances */
    brug__offer_key *okey; /* per offer */
    /* inverted index: key (skill * nreg + region) * 2 + (type - 1) */
    uint32_t *post_ptr;
    uint32_t *post; /* offer | BRUG__POST_ESSENTIAL */
    uint32_t *rbeg; /* nreg + 1: offers come ordered by region, r's are rbeg[r] .. rbeg[r+1]-1 */
    /* hierarchy neighbours (broader and narrower skills proper) */
    uint32_t *nb_ptr, *nb_col;
    /* the person side (match_offer.c): built on the first offer-side
     * query, rebuilt when passports changed; people_mu serialises its use */
    pthread_mutex_t people_mu;
    brug__person_index *people;
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

/*
 * The offers of one type that a group of people can reach (the same set of
 * reachable regions), renumbered 0..nloc-1 in matcher order, with an
 * inverted index of their own: one contiguous posting list per skill.  The
 * batch builds one per group and runs the group's people against it: their
 * postings are then compact, cache-resident and free of region lookups.
 */
typedef struct brug__reach_index {
    int valid;
    int type;      /* 0 any */
    uint64_t mask; /* reachable regions */
    uint32_t nloc;
    brug__offer_key *key; /* nloc: the offers' keys */
    float *bound;         /* nloc: key[l].bound, dense for the candidate loop */
    uint32_t *ptr;        /* 2 nskill + 1: skill s's essential postings are
                           * ptr[2s] .. ptr[2s+1]-1, its optional ones up to ptr[2s+2]-1 */
    uint32_t *post;       /* local offer */
} brug__reach_index;

/* Regions person p can reach (bit r: region r within max_km). */
uint64_t brug__reach_mask(const brug_matcher *m, uint32_t region, uint32_t max_km);

/* Per-thread working memory. */
typedef struct brug__scratch {
    uint16_t *acc;  /* per offer: summed weight x credit units (0 between people) */
    uint32_t *cand; /* offers with acc > 0 */
    uint32_t ncand;
    uint8_t *cred; /* per skill: the person's credit in units (0 between people) */
    uint32_t *src; /* per skill: which own skill gave it */
    uint32_t *touched;
    uint32_t ntouched;
    brug__hit *heap;
    uint32_t nheap, k;
    brug__reach_index *reach; /* the batch's current group, or NULL */
} brug__scratch;

brug_err brug__scratch_init(const brug_matcher *m, brug__scratch *s, uint32_t k);
void brug__scratch_release(const brug_matcher *m, brug__scratch *s);

/* The person's credit per skill (own and related), into s->cred. */
void brug__expand(const brug_matcher *m, brug__scratch *s, const brug__person_view *p);
void brug__unexpand(brug__scratch *s);

/* Summed weight x credit units of offer o's skills for the expanded person
 * in s (the numerator of its coverage). */
uint32_t brug__coverage_units(const brug_matcher *m, const brug__scratch *s, uint32_t o);

/* Skill coverage (0..1) of an offer with weight sum wsum from its summed units. */
double brug__coverage_of(uint32_t wsum, uint32_t units);

/* The score of an offer with weight sum wsum, coverage units and fit multiplier. */
float brug__score_of(uint32_t wsum, uint32_t units, double fit);

/* The fit part of the score: a multiplier in [0.5, 1], or -1 when the
 * offer is excluded (too far, ruled-out sector).  Parts may be NULL. */
typedef struct brug__fit_parts {
    double km, dist, hours, sector, drives;
} brug__fit_parts;
double brug__fit(const brug_matcher *m, const brug__person_view *p, uint32_t attr,
                 brug__fit_parts *parts);

/*
 * The top s->k offers of type (0 any) for one person into out (best
 * first); returns how many.  Coverages are accumulated exactly from the
 * inverted index (reachable regions only); the fit is computed only for
 * offers whose coverage could still beat the k-th best score
 * (docs/matching.md, "Batch").
 */
uint32_t brug__top_offers(const brug_matcher *m, brug__scratch *s, const brug__person_view *p,
                          int type, brug__hit *out);

/*
 * Run fn(m, set, i, scratch, ctx) for every person of set in nthreads
 * threads, people grouped by the regions they reach; during fn, s->reach
 * holds the group's offers of this type (0 any) for brug__top_offers().
 */
typedef void (*brug__person_fn)(const brug_matcher *m, const brug__person_set *set, uint32_t i,
                                brug__scratch *s, void *ctx);
brug_err brug__for_each_person(const brug_matcher *m, const brug__person_set *set,
                               unsigned nthreads, uint32_t k, int type, brug__person_fn fn,
                               void *ctx, brug_match_progress_fn progress, void *progress_ctx);

/* Offer hit h to a bounded heap of at most cap hits (heap[0] the worst:
 * the lowest score, then the highest index). */
void brug__hits_push(brug__hit *heap, uint32_t *n, uint32_t cap, brug__hit h);
/* Sort n hits best first (score descending, then index ascending). */
void brug__hits_sort(brug__hit *h, uint32_t n);

/* ---- the person side: offer -> best people (match_offer.c) ---- */

/*
 * An inverted index of every passport: for each skill proper, the people
 * holding it with their evidence, plus the passports themselves (for the
 * fit and explanations).  It records the passports' revision
 * (brug__people_rev) it was built from.
 */
struct brug__person_index {
    int64_t rev;                 /* passports revision indexed; -1 unknown (rebuilt every query) */
    brug__person_set set;        /* every passport, dense 0..n-1 */
    uint64_t *ptr;               /* nskill + 1: skill s's postings are post[ptr[s] .. ptr[s+1]-1] */
    uint32_t *post;              /* person << 2 | evidence, ascending person */
    uint32_t *rnb_ptr, *rnb_col; /* skills t with s in t's hierarchy neighbours (nb_col) */
    /* per-query working memory */
    uint16_t *acc;  /* per person: weight x credit units (0 between queries) */
    uint8_t *best;  /* per person: credit for the current offer skill (0 between skills) */
    uint32_t *cand; /* people with acc > 0 */
    uint32_t *touched;
    uint32_t *order;    /* candidates by descending units */
    uint32_t *count;    /* 65537: candidates per units value */
    size_t index_bytes; /* memory of the postings and working memory */
    size_t set_bytes;   /* of the passports (at least) */
};

/* Make m->people current: build it when absent, rebuild it when the
 * passports revision changed (or cannot be told).  Call with people_mu held. */
brug_err brug__person_index_sync(brug_matcher *m);
void brug__person_index_free(const brug_matcher *m, brug__person_index *x);

/* The top k people for offer o from the index, into out (best first);
 * returns how many.  Exactly the result of brug__offer_scan_people. */
uint32_t brug__offer_top_people(const brug_matcher *m, brug__person_index *x, uint32_t o,
                                uint32_t k, brug__hit *out);

/* The same by scoring every person of set against offer o (the reference
 * the index is tested against): s from brug__scratch_init with s->k. */
uint32_t brug__offer_scan_people(const brug_matcher *m, const brug__person_set *set,
                                 brug__scratch *s, uint32_t o, brug__hit *out);

double brug__now(void);

/* The number of results opts asks for (10 by default, at most 1000). */
uint32_t brug__match_top(const brug_match_opts *o);

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
