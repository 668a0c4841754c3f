/*
 * store_mapping.h - the records of what links taxonomies and labels
 * from outside a release, as a storage backend moves them (schema module
 * "mapping", store_mapping.c for SQLite):
 *   - concept_mapping: typed SKOS matches (exact, close, broad, narrow,
 *     related) from a stored concept to a target URI, which may be a
 *     concept of another taxonomy imported or not;
 *   - concept_scheme: the taxonomy of concepts that are not of the main
 *     release (CompetentNL, VDAB Competent), so coverage and counts of the
 *     release leave them out;
 *   - label_source: which rows of the label table are supplementary, and
 *     from which source (a release import replaces them by its own).
 * Every function records a message on the db handle when it fails; text
 * handed to a callback is valid only during the call.  A concept's
 * description and the statistics build their JSON from these records
 * (concept_json.c).
 */
#ifndef BRUG__STORE_MAPPING_H
#define BRUG__STORE_MAPPING_H

#include <stddef.h>
#include <stdint.h>

#include "brug/import.h"
#include "concept.h"

/* Match relations, stored as these numbers. */
enum {
    BRUG__MATCH_EXACT = 1,
    BRUG__MATCH_CLOSE = 2,
    BRUG__MATCH_BROAD = 3,
    BRUG__MATCH_NARROW = 4,
    BRUG__MATCH_RELATED = 5,
};

/* "exact", "close", ... for a relation; NULL when out of range. */
const char *brug__match_name(int relation);

/* The relation as seen from its target (broad <-> narrow, the others themselves). */
int brug__match_inverse(int relation);

/* The relation named "exact", "exactMatch", "closeMatch", ... (case-insensitive);
 * 0 when none. */
int brug__match_parse(const char *name);

typedef struct brug__mwriter brug__mwriter;

/* Prepare the statements, inside the caller's transaction. */
brug_err brug__mwriter_open(brug_db *db, brug__mwriter **out /* OUT */);
void brug__mwriter_close(brug__mwriter *w);

/* Store concept -relation-> target (source: where it came from, may be NULL);
 * *added (may be NULL) counts a new row. */
brug_err brug__mwriter_mapping(brug__mwriter *w, int64_t concept, int relation, const char *target,
                               const char *source, uint64_t *added);

/* Record that concept belongs to the taxonomy scheme (not the main release). */
brug_err brug__mwriter_scheme(brug__mwriter *w, int64_t concept, const char *scheme);

/*
 * A supplementary label: stored in the label table (so search and every
 * reader see it) and recorded in label_source, unless the release has a
 * label there already: a preferred label is kept out when the concept has
 * a preferred label of the release in lang (*kept is incremented) or a
 * supplementary one (an earlier import of this or another source: the
 * first stays), an alternative or hidden label when the same text is
 * already there.  *added counts rows written.
 */
brug_err brug__mwriter_supp_label(brug__mwriter *w, int64_t concept, const char *lang, int role,
                                  const char *text, const char *source, uint64_t *added,
                                  uint64_t *kept);

/* Drop label_source records whose label row is gone (a release import
 * replaced it) and mapping rows of concepts that are gone. */
brug_err brug__mapping_tidy(brug_db *db);

/* How many of the main release's skills or occupations have a preferred
 * label in a language. */
typedef struct brug__coverage_rec {
    const char *lang;
    int kind; /* BRUG_KIND_SKILL or BRUG_KIND_OCCUPATION */
    uint64_t preferred, total;
} brug__coverage_rec;

/* One mapping of a concept, in either direction. */
typedef struct brug__mapping_rec {
    int relation; /* BRUG__MATCH_*, as stored (seen from the concept that holds it) */
    int in;       /* 0: this concept -relation-> uri; 1: uri -relation-> this concept */
    const char *uri;
    int kind;                       /* brug_kind of uri when stored, else 0 */
    const char *label, *label_lang; /* NULL when uri is not stored or has no preferred label */
    const char *scheme;             /* uri's taxonomy when not the main release, else NULL */
} brug__mapping_rec;

/* A supplementary label of a concept and where it came from. */
typedef struct brug__supp_label_rec {
    const char *lang;
    int role; /* 0 preferred, 1 alternative, 2 hidden */
    const char *text, *source;
} brug__supp_label_rec;

typedef brug_err (*brug__coverage_fn)(void *ctx, const brug__coverage_rec *c);
typedef brug_err (*brug__mapping_fn)(void *ctx, const brug__mapping_rec *m);
typedef brug_err (*brug__supp_label_fn)(void *ctx, const brug__supp_label_rec *l);

/* Label coverage per language (by language; skills before occupations). */
brug_err brug__mapping_coverage_each(brug_db *db, brug__coverage_fn fn, void *ctx);
/* The mappings of concept id, by relation, out before in, then URI;
 * labels in lang, else English, else any. */
brug_err brug__mapping_each(brug_db *db, int64_t id, const char *lang, brug__mapping_fn fn,
                            void *ctx);
/* The taxonomy of concept id when it is not of the main release (fn once), else nothing. */
brug_err brug__mapping_scheme_of(brug_db *db, int64_t id, brug__name_fn fn, void *ctx);
/* The supplementary labels of concept id, by language, role, text. */
brug_err brug__supp_labels(brug_db *db, int64_t id, brug__supp_label_fn fn, void *ctx);

/*
 * The URI (into out, size bytes) of the occupation that occupation uri
 * exactly matches (either direction) and that has a skill profile, when uri
 * itself has none: 1 when found, 0 when uri has a profile or no such match
 * (out is then ""), -1 on a database error (message on db).
 */
int brug__mapping_profile_source(brug_db *db, const char *uri, char *out, size_t size);

#endif
