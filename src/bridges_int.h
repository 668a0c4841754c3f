/*
 * bridges_int.h - pieces shared by the bridges modules (bridges.c,
 * bridges_all.c, path.c): resolving a query's source and turning a
 * credited source into explained JSON results.
 */
#ifndef BRUG__BRIDGES_INT_H
#define BRUG__BRIDGES_INT_H

#include "profile.h"

/* The source of a query: an occupation's profile or a person's skills. */
typedef struct brug__bridges_source_t {
    uint32_t self;         /* source occupation, or BRUG_NO_INDEX for a skill set */
    const uint32_t *held;  /* ascending, no duplicates */
    size_t nheld;
    uint32_t *own;         /* private: the person's skills, when copied */
    const brug_alloc *alloc;
} brug__bridges_source_t;

/* Resolve an occupation URI (from) or skill URIs; message into msg. */
brug_err brug__bridges_source(const brug_bridges *b, const char *from, const char *const *skills,
                              size_t nskills, brug__bridges_source_t *src, char *msg,
                              size_t msgsize);
void brug__bridges_source_release(brug__bridges_source_t *src);

/* Score of the credited source to occupation `to` (bit-identical to
 * brug__bridges_accumulate's). */
double brug__bridges_score_one(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t to,
                               uint32_t self);

/* One explained result for target `to` (see brug_bridges_query_run); NULL on OOM. */
json_t *brug__bridges_result(const brug_bridges *b, const brug__bridges_scratch *s, uint32_t to,
                             double score, const char *lang, size_t max_missing);

/* The "from" object of a result document; NULL on OOM. */
json_t *brug__bridges_from_json(const brug_bridges *b, const brug__bridges_source_t *src,
                                const char *lang);

/* "narrower", "broader", "related", "sibling", "held" or "none". */
const char *brug__bridges_via_name(unsigned rel);

#endif
