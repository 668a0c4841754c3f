/*
 * viability.h - what a person needs to know about a bridge before
 * choosing it: the step in skill level (up, same, down), whether the
 * destination is a regulated profession, whether it needs new formal
 * education, and whether the bridge is viable (docs/bridges.md, section 5).
 */
#ifndef BRUG__VIABILITY_H
#define BRUG__VIABILITY_H

#include "profile.h"

typedef struct brug__viability {
    int step;          /* -1 step down, 0 same level, +1 step up; 0 when a level is unknown */
    double level_from; /* ISCO skill level of the source (0 unknown, e.g. a skill set) */
    double level_to;   /* of the destination */
    int regulated;     /* the destination is a regulated profession */
    int education;     /* new formal education is required */
    int viable;        /* score >= viable_min_score and no new formal education */
} brug__viability;

/* Is occupation i a regulated profession (ESCO's regulatedProfessionNote,
 * or the ISCO unit group of a sectoral profession of Directive 2005/36/EC)? */
int brug__viability_regulated(const brug_bridges *b, uint32_t i);

/* The flags of the bridge from `from` (BRUG_NO_INDEX: a skill set) to
 * `to` with transition score `score`. */
void brug__viability_of(const brug_bridges *b, uint32_t from, uint32_t to, double score,
                        brug__viability *v /* OUT */);

/* "up", "same", "down" or "unknown". */
const char *brug__viability_step_name(const brug__viability *v);

#endif
