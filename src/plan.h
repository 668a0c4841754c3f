/*
 * plan.h - the planner's core on catalogue skill indexes: candidate
 * selection and pruning, the greedy plan, the integer program (GLPK) with
 * lazy cuts against prerequisite cycles, and study ordering.
 * brug_plan_solve() (plan.h public) wraps it with URIs and JSON; tests
 * call it directly.
 */
#ifndef BRUG__PLAN_H
#define BRUG__PLAN_H

#include "brug/plan.h"
#include "courses.h"

/* One missing skill on catalogue indexes (BRUG_NO_INDEX: no course mentions it). */
typedef struct brug__plan_need {
    uint32_t skill;
    double weight;
    int essential;
} brug__plan_need;

/* Why a skill stays uncovered (bits). */
enum {
    BRUG__WHY_NO_COURSE = 1 << 0, /* no course in the catalogue teaches it */
    BRUG__WHY_ONLINE = 1 << 1,    /* courses teaching it are not online */
    BRUG__WHY_REGION = 1 << 2,    /* ... are held outside the region */
    BRUG__WHY_BUDGET = 1 << 3,    /* ... each cost more than the budget */
    BRUG__WHY_HOURS = 1 << 4,     /* ... each take more than the hour limit */
    BRUG__WHY_PREREQ = 1 << 5,    /* ... need skills no usable course teaches */
    BRUG__WHY_LIMITS = 1 << 6,    /* coverable alone, not within the limits with the rest */
    BRUG__WHY_OPTIONAL = 1 << 7,  /* optional and no chosen course teaches it */
    BRUG__WHY_MODE = 1 << 8,      /* ... are not given in an allowed mode */
    BRUG__WHY_PROVIDER = 1 << 9,  /* ... are not given by the provider asked for */
};

typedef struct brug__plan_result {
    uint32_t *course; /* chosen catalogue indexes, in study order */
    uint32_t ncourse;
    uint8_t *covered;  /* per need: 1 when a chosen course teaches it */
    uint16_t *why;     /* per uncovered need: BRUG__WHY_* bits */
    uint32_t *lacking; /* skills required by chosen courses that the person lacks */
    uint32_t nlacking;
    double objective; /* of the chosen plan, in the objective's unit */
    double bound;     /* lower bound on the objective of a plan covering as much */
    double gap;       /* relative gap (objective - bound) / objective; 0 when optimal */
    double total_hours;
    int64_t total_cost_cents;
    int optimal;    /* proven optimal */
    int used_ilp;   /* 1 when the integer program produced the plan */
    uint32_t ncand; /* candidate courses after pruning */
    double ms;      /* wall time */
} brug__plan_result;

/*
 * Plan on catalogue indexes.  have: NULL, or a byte per catalogue skill
 * (1 = the person has it).  alloc may be NULL.  Fills *res (release with
 * brug__plan_result_release).  BRUG_EINVAL for a bad option or weight,
 * BRUG_ENOMEM.
 */
brug_err brug__plan_run(const brug_courses *cat, const brug__plan_need *need, size_t nneed,
                        const uint8_t *have, const brug_plan_opts *opts, const brug_alloc *alloc,
                        brug__plan_result *res /* OUT */);

void brug__plan_result_release(brug__plan_result *res, const brug_alloc *alloc);

/* Objective coefficient of course c under opts. */
double brug__plan_course_obj(const brug_courses *cat, uint32_t c, const brug_plan_opts *opts);

/* The reason for why-bits in lang's catalogue language (brug/msg.h), built
 * into buf; returns buf. */
const char *brug__plan_why_text(unsigned why, const brug_plan_opts *opts, const char *lang,
                                char *buf, size_t size);

#endif
