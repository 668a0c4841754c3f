/*
 * store_mapping.h - the SQL side of what links taxonomies and labels
 * from outside a release (schema module "mapping", store_mapping.c):
 *   - concept_mapping: typed SKOS matches (exact, close, broad, narrow,
 *     related) from a stored concept to a target URI, which may be a
 *     concept of another taxonomy imported or not;
 *   - concept_scheme: the taxonomy of concepts that are not of the main
 *     release (CompetentNL, VDAB Competent), so coverage and counts of the
 *     release leave them out;
 *   - label_source: which rows of the label table are supplementary, and
 *     from which source (a release import replaces them by its own).
 * Every function records a message on the db handle when it fails.
 */
#ifndef BRUG__STORE_MAPPING_H
#define BRUG__STORE_MAPPING_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/import.h"

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

/* Label coverage of the main release's skills and occupations per
 * language, into rep->coverage. */
brug_err brug__mapping_coverage(brug_db *db, brug_import_report *rep);

/* The same as a JSON array [{"lang","kind","preferred","total"}] (new reference). */
brug_err brug__mapping_coverage_json(brug_db *db, json_t **out /* OUT */);

/*
 * Add to a concept description (root, concept id, lang):
 *   "mappings": [{"relation","direction":"out"|"in","uri","label","label_lang","type","scheme"}]
 *     out: this concept -relation-> uri; in: uri -relation-> this concept
 *     (label null when the target is not stored);
 *   "scheme": the concept's taxonomy when not the main release;
 *   "supplementary_labels": [{"lang","role","text","source"}].
 */
brug_err brug__mapping_describe(brug_db *db, json_t *root, int64_t id, const char *lang);

/*
 * The URI (into out, size bytes) of the occupation that occupation uri
 * exactly matches (either direction) and that has a skill profile, when uri
 * itself has none: 1 when found, 0 when uri has a profile or no such match
 * (out is then ""), -1 on a database error (message on db).
 */
int brug__mapping_profile_source(brug_db *db, const char *uri, char *out, size_t size);

#endif
