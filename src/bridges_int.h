/*
 * bridges_int.h - pieces shared by the bridges modules (bridges.c,
 * bridges_all.c, path.c): resolving a query's source and turning a
 * credited source into explained JSON results.
 */
#ifndef BRUG__BRIDGES_INT_H
#define BRUG__BRIDGES_INT_H

#include <string.h>

#include "facets.h"
#include "profile.h"
#include "viability.h"

/* The source of a query: an occupation's profile or a person's skills. */
typedef struct brug__bridges_source_t {
    uint32_t self;        /* source occupation, or BRUG_NO_INDEX for a skill set */
    const uint32_t *held; /* ascending, no duplicates */
    size_t nheld;
    uint32_t *own; /* private: the person's skills, when copied */
    const brug_alloc *alloc;
} brug__bridges_source_t;

/* Resolve an occupation URI (from) or skill URIs; message into msg. */
brug_err brug__bridges_source(const brug_bridges *b, const char *from, const char *const *skills,
                              size_t nskills, brug__bridges_source_t *src, char *msg,
                              size_t msgsize);
void brug__bridges_source_release(brug__bridges_source_t *src);

/* Whether occupation i passes a query's filters that do not depend on the
 * score: collection bit `bit` (-1: none) and ISCO code prefix (NULL or "":
 * none).  Shared by both directions (bridges_query.c, bridges_incoming.c). */
static inline int brug__bridges_occ_filtered_in(const brug_bridges *b, int bit,
                                                const char *isco_prefix, uint32_t i)
{
    const char *isco = b->onto->occ_isco[i];
    if (bit >= 0 && !((b->occ_coll[i] >> bit) & 1u))
        return 0;
    return !isco_prefix || !isco_prefix[0] ||
           (isco && strncmp(isco, isco_prefix, strlen(isco_prefix)) == 0);
}

/* printf into a caller's message buffer (msg may be NULL). */
void brug__bridges_msg(char *msg, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Score of the credited source to occupation `to` (bit-identical to
 * brug__bridges_accumulate's). */
double brug__bridges_score_one(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t to,
                               uint32_t self);

/* The coverage facet of the same (the transition score is the facets'
 * weighted mean, facets.h). */
double brug__bridges_coverage_one(const brug_bridges *b, const brug__bridges_scratch *s,
                                  uint32_t to, uint32_t self);

/* One required skill of a target, as the source stands to it. */
typedef struct brug__gap_item {
    uint32_t skill;
    uint32_t via; /* the held skill that earns the credit */
    uint8_t essential;
    uint8_t rel;   /* BRUG__VIA_* */
    double weight; /* share of the target's requirement */
    double credit;
    double gain; /* weight * (1 - credit) */
} brug__gap_item;

/* One target analysed: items[0..ncarried) are the carried skills (by
 * weight), then nmiss_e missing essential and nmiss_o missing optional
 * ones (by gain, then weight, then URI). */
typedef struct brug__bridge_result {
    uint32_t occ;
    uint32_t self; /* the source occupation, or BRUG_NO_INDEX */
    double score;
    double facet[BRUG__NFACET]; /* every facet's value (coverage first) */
    brug__viability flags;
    brug__gap_item *items;
    size_t ncarried, nmiss_e, nmiss_o;
    size_t ncarried_e, nessential, noptional, npartial;
} brug__bridge_result;

/* Analyse target `to` for the source `self` (BRUG_NO_INDEX: a skill
 * set) whose credit is in s: skills, facets, score and flags; items in
 * the arena.  BRUG_ENOMEM. */
brug_err brug__bridges_analyse(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t self,
                               uint32_t to, brug__arena *arena, brug__bridge_result *res);

/*
 * The query without JSON: resolve the source, score, filter, rank and
 * analyse the top results into the arena (*res, *nres).  src is filled
 * (release it after).  Errors as brug_bridges_query_run.
 */
brug_err brug__bridges_query_structs(const brug_bridges *b, const brug_bridges_query *q,
                                     brug__arena *arena, brug__bridges_source_t *src,
                                     brug__bridge_result **res, size_t *nres, char *msg,
                                     size_t msgsize);

/* The same, ranking every target's full score (exhaustive) or only those
 * whose upper bound can reach the best (the default: the same results). */
brug_err brug__bridges_query_structs_how(const brug_bridges *b, const brug_bridges_query *q,
                                         int exhaustive, brug__arena *arena,
                                         brug__bridges_source_t *src, brug__bridge_result **res,
                                         size_t *nres, char *msg, size_t msgsize);

/* The JSON object of one analysed result (see brug_bridges_query_run); NULL on OOM. */
json_t *brug__bridges_result_json(const brug_bridges *b, const brug__bridge_result *r,
                                  const char *lang, size_t max_missing);

/* The "from" object of a result document; NULL on OOM. */
json_t *brug__bridges_from_json(const brug_bridges *b, const brug__bridges_source_t *src,
                                const char *lang);

/* "narrower", "broader", "related", "sibling", "held" or "none". */
const char *brug__bridges_via_name(unsigned rel);

/* A JSON number rounded to 6 decimals. */
double brug__round6(double x);

#endif
