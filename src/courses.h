/*
 * courses.h - the layout of an in-memory course catalogue (brug_courses),
 * read directly by the planner, and the builder that makes one from plain
 * records (used by the loader and by tests).
 *
 * Courses are 0..ncourse-1 in id order.  Skills the catalogue mentions get
 * their own dense indexes 0..nskill-1 (the catalogue does not depend on an
 * ontology snapshot; URIs are the link).  teaches and requires map a
 * course to skills; taught_by is the transpose of teaches.
 */
#ifndef BRUG__COURSES_H
#define BRUG__COURSES_H

#include "brug/plan.h"
#include "arena.h"
#include "csr.h"
#include "strmap.h"

/* One course as plain strings, input to brug__courses_build. */
typedef struct brug__course_rec {
    const char *id;
    const char *title;
    const char *title_lang; /* the title's language ("nl"), or NULL when not given */
    const char *provider;
    const char *kind; /* "mbo-module", "certificate", ... or NULL */
    brug_course_mode mode;
    const char *region; /* NULL for online */
    double hours;
    int64_t cost_cents;
    const char *starts; /* start dates, ISO, separated by ' ', or NULL */
    const char *const *teaches;
    size_t nteaches;
    const char *const *requires;
    size_t nrequires;
} brug__course_rec;

struct brug_courses {
    brug__arena arena;
    brug_alloc alloc;

    uint32_t ncourse;
    const char **id;
    const char **title;
    const char **title_lang; /* "" when not given */
    const char **provider;
    const char **kind;   /* "" when unknown */
    uint8_t *mode;       /* brug_course_mode */
    const char **region; /* canonical code, "" for online */
    double *hours;
    int64_t *cost_cents;
    const char **starts; /* "" when none */

    uint32_t nskill;
    const char **skill_uri;
    brug__strmap skill_by_uri;

    brug__csr teaches;   /* course -> skills */
    brug__csr requires;  /* course -> skills */
    brug__csr taught_by; /* skill -> courses */
};

/* Build a catalogue from n records (copied); recs need not be sorted.
 * alloc may be NULL.  BRUG_EINVAL when two records share an id. */
brug_err brug__courses_build(const brug_alloc *alloc, const brug__course_rec *recs, size_t n,
                             brug_courses **out /* OUT */);

/* The catalogue's index of a skill URI, or BRUG_NO_INDEX. */
uint32_t brug__courses_skill(const brug_courses *c, const char *uri);

/* "online", "classroom", "blended", "in-company"; and back (0 when unknown). */
const char *brug__course_mode_name(brug_course_mode mode);
brug_course_mode brug__course_mode_parse(const char *s);

#endif
