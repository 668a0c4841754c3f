/*
 * plan.h - the catalogue of learning offers ("courses") and the training
 * planner that picks courses to close a skill gap.
 *
 * A course is any learning offer: an MBO/HBO module, a short certificate,
 * an item of an online library, in-company training.  It has an id, title,
 * provider, mode (online or held in a region), hours of study, a cost in
 * euros (kept as whole cents), optional start dates, the ESCO skills it
 * teaches and the skills it requires first.  Courses are imported from CSV
 * or JSON (docs/courses.md) into the database and loaded into an immutable
 * in-memory catalogue (brug_courses) that plans are computed on.
 *
 * The planner takes missing skills with weights (from a bridge, or given
 * directly) and chooses the courses that cover every essential missing
 * skill at the least hours, cost, or a mix, within optional limits,
 * respecting prerequisites, ordered so prerequisites come first.  It
 * solves an integer program with GLPK under a time limit, starting from a
 * greedy plan, and always says whether the plan is proven optimal or how
 * far from the bound it may be.  See docs/cli/plan.md.
 */
#ifndef BRUG_PLAN_H
#define BRUG_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/bridges.h"
#include "brug/db.h"
#include "brug/import.h"
#include "brug/onto.h"
#include "brug/region.h"

typedef struct brug_courses brug_courses;

typedef enum brug_course_mode {
    BRUG_COURSE_ONLINE = 1,     /* anywhere, no region */
    BRUG_COURSE_CLASSROOM = 2,  /* at a location in its region */
    BRUG_COURSE_BLENDED = 3,    /* partly online, partly at a location */
    BRUG_COURSE_IN_COMPANY = 4, /* at the employer's site */
} brug_course_mode;

/* ---- import ---------------------------------------------------------- */

/*
 * Import the courses in the file at path (CSV, or JSON when the name ends
 * in .json or the first non-blank byte is '[' or '{'; formats in
 * docs/courses.md) into db, in one transaction: on any error nothing is
 * written and brug_errmsg(db) says "FILE:LINE: what is wrong".  A course
 * whose id is already stored is replaced.  Skills are ESCO URIs, which
 * must name a stored skill or skill group, or labels, resolved to a skill
 * by its preferred or alternative label (case- and accent-insensitive),
 * then by search.  opts (brug_import_opts, import.h; may be NULL for the
 * defaults): opts->strict makes a label that resolves to no skill an
 * error (else it is skipped and counted as dangling in the report, with
 * examples "FILE:LINE: course ID" / the label); opts->lang is tried
 * first when resolving; opts->progress is called per file.
 *
 * report (may be NULL) is filled as for every import (import.h): kind
 * "courses", files[0].format "csv"|"json", records (courses stored),
 * replaced, resolved [{where, label, uri, how: "label"|"search"}],
 * dangling (unresolved labels).
 * Returns BRUG_EPARSE (malformed file), BRUG_EDANGLING (unknown skill URI),
 * BRUG_EIO, BRUG_EDB, BRUG_ENOMEM, BRUG_EINVAL (db read-only).
 */
BRUG_API brug_err brug_courses_import(brug_db *db, const char *path, const brug_import_opts *opts,
                                      brug_import_report *report /* may be NULL */);

/* ---- the in-memory catalogue ---------------------------------------- */

/*
 * Load every stored course into a new catalogue (*out, to free with
 * brug_courses_free()).  An empty catalogue is not an error.  BRUG_ENOMEM,
 * BRUG_EDB; the message is on db.  The catalogue is immutable: any number
 * of threads may plan on it at once.
 */
BRUG_API brug_err brug_courses_load(brug_db *db, brug_courses **out /* OUT */);

/* Free a catalogue; NULL is a no-op. */
BRUG_API void brug_courses_free(brug_courses *courses);

/* Number of courses (0 for NULL). */
BRUG_API uint32_t brug_courses_count(const brug_courses *courses);

/* The index (0..count-1) of the course with this id, or BRUG_NO_INDEX. */
BRUG_API uint32_t brug_courses_find(const brug_courses *courses, const char *id);

/*
 * Course i (0..count-1) as a new document the caller frees with
 * json_decref(): {"id","title","provider","type","mode","region",
 * "hours","cost","start_dates":[...],"teaches":[uri],"requires":[uri]}.
 * NULL when i is out of range or memory runs out.
 */
BRUG_API json_t *brug_courses_describe(const brug_courses *courses, uint32_t i);

/* ---- planning --------------------------------------------------------- */

typedef enum brug_plan_objective {
    BRUG_PLAN_HOURS = 0, /* least total hours of study */
    BRUG_PLAN_COST = 1,  /* least total cost */
    BRUG_PLAN_MIX = 2,   /* least cost + hours x hour_value */
} brug_plan_objective;

typedef struct brug_plan_opts {
    brug_plan_objective objective;
    double hour_value;    /* MIX: euros one hour of study is worth; default 20 */
    double budget;        /* euros; < 0 (default) for no limit */
    double max_hours;     /* < 0 (default) for no limit */
    const char *region;   /* region code (docs/courses.md); NULL for anywhere */
    int online_only;      /* only online courses */
    unsigned modes;       /* only courses of these modes: bits 1u << brug_course_mode
                             (brug_plan_modes_parse); 0 (default): any */
    const char *provider; /* only this provider's courses (its name, ignoring case);
                             NULL (default): any */
    double time_limit_ms; /* for the exact solver; default 50 */
    int greedy_only;      /* skip the integer program (for comparison) */
} brug_plan_opts;

/* Fill opts with the defaults above. */
BRUG_API void brug_plan_opts_init(brug_plan_opts *opts);

/*
 * The modes named in list, comma-separated ("classroom,blended"; online,
 * classroom, blended, in-company), as brug_plan_opts.modes bits in *modes.
 * BRUG_EINVAL for an empty list or an unknown name (*modes is 0), with
 * the name in msg (msgsize bytes; msg may be NULL).
 */
BRUG_API brug_err brug_plan_modes_parse(const char *list, unsigned *modes /* OUT */, char *msg,
                                        size_t msgsize);

/* One missing skill: its ESCO URI, a weight > 0 (how much it matters) and
 * whether it is essential (must be covered) or optional (nice to have). */
typedef struct brug_plan_skill {
    const char *uri;
    double weight;
    int essential;
} brug_plan_skill;

/*
 * Plan the courses that close the gap `missing` (n entries).
 *
 * Prerequisites: a course's required skill is one the person lacks when
 * have != NULL and the skill is not among the nhave URIs in have; when
 * have == NULL (the person's skills are unknown) only the missing skills
 * count as lacking.  A course with a lacking required skill is chosen only
 * together with an earlier course that teaches it, or not at all.
 *
 * onto may be NULL; when given, skills carry labels in lang.  opts may be
 * NULL for the defaults.  On success *out is a new document the caller
 * frees with json_decref():
 *   {"covered": [{"uri","label","essential","weight"}],
 *    "uncovered": [{"uri","label","essential","weight","reason"}],
 *    "courses": [{"id","title","provider","mode","region","hours","cost",
 *                 "teaches":[uri], "requires":[uri], "after":[id]}],
 *    "total_hours", "total_cost", "optimal": bool, "gap": relative gap to
 *    the solver's bound (0 when optimal), "objective", "solver":
 *    "ilp"|"greedy", "candidates": n, "ms": time spent}
 * courses are in study order (prerequisites first).  An impossible or
 * partial gap is not an error: the skills that stay uncovered are listed
 * with the reason.  Returns BRUG_EINVAL (bad option, weight <= 0, unknown
 * region), BRUG_ENOMEM, with a message naming what was wrong in msg
 * (msgsize bytes; msg may be NULL): the catalogue is shared by threads, so
 * the message goes to the caller (CONTRIBUTING.md, "Messages").
 */
BRUG_API brug_err brug_plan_solve(const brug_courses *courses, const brug_onto *onto,
                                  const char *lang, const brug_plan_skill *missing, size_t n,
                                  const char *const *have, size_t nhave, const brug_plan_opts *opts,
                                  json_t **out /* OUT */, char *msg, size_t msgsize);

/* ---- plans for a bridge ------------------------------------------------ */

/* Where a bridge starts and ends (see brug_plan_bridge). */
typedef struct brug_plan_bridge_query {
    const char *from;          /* the person's occupation URI; NULL: use skills */
    const char *const *skills; /* the person's skill URIs when from is NULL */
    size_t nskills;
    const char *const *learned; /* skills learned since (earlier steps of a route): */
    size_t nlearned;            /* held, so no longer missing; may be NULL/0 */
    const char *to;             /* the target occupation URI */
    const char *lang;           /* labels in this language; NULL: "en" */
} brug_plan_bridge_query;

/*
 * The training plan that closes the gap of the bridge q->from (or
 * q->skills) -> q->to, as `brug plan --json` prints it and GET
 * /api/v1/plans sends it.  The gap is brug_bridges_explain()'s missing
 * skills, each weighted by its gain (the rise of the bridge score were the
 * skill learned; at least 1e-6, so a skill of no gain is still listed and,
 * when essential, still covered) minus the learned skills; the person's
 * skills (for prerequisites) are from's skills (or q->skills) plus
 * q->learned.  docs/courses.md ("Plans for a bridge") says why gain.
 *
 * On success *out is a new document the caller frees with json_decref():
 *   {"from": {"uri", "label"} | {"skills": n}, "to": {"uri", "label"},
 *    "score", "explanation", "plan": brug_plan_solve()'s document}
 * Errors: BRUG_ENOTFOUND (unknown occupation or skill), BRUG_EINVAL (no
 * source, bad option, unknown region), BRUG_ENOMEM, with the message in
 * msg (msgsize bytes; msg may be NULL).  Thread-safe on shared courses and
 * index.
 */
BRUG_API brug_err brug_plan_bridge(const brug_courses *courses, const brug_bridges *index,
                                   const brug_plan_bridge_query *q, const brug_plan_opts *opts,
                                   json_t **out /* OUT */, char *msg, size_t msgsize);

/*
 * The gap between two occupations of onto, for planning when no bridge
 * result is at hand: every skill `to` lists (essential or optional) that
 * `from` does not, weighted 1 for essential and 0.5 for optional.  Also
 * returns from's skills as the person's skills.  *missing and *have are
 * new arrays (URIs point into onto) the caller frees with free().
 * BRUG_ENOTFOUND when a URI is not an occupation of onto.
 */
BRUG_API brug_err brug_plan_occupation_gap(const brug_onto *onto, const char *from_uri,
                                           const char *to_uri, brug_plan_skill **missing /* OUT */,
                                           size_t *nmissing /* OUT */, const char ***have /* OUT */,
                                           size_t *nhave /* OUT */);

#endif
