/*
 * origin.h - whose skill profile stands for an occupation.
 *
 * An occupation of a second taxonomy (CompetentNL, imported with `brug
 * import skos --profile competentnl`) may carry no skill profile of its
 * own, only an exact match to an ESCO occupation.  Every question about a
 * transition (bridges, paths, plans, one bridge explained), asked from or
 * to such an occupation, is answered with the profile of the occupation it
 * exactly matches, and the answer says so: these two calls are that rule,
 * in one place, for the CLI and the server alike (docs/import.md,
 * "Bridging through a match").
 */
#ifndef BRUG_ORIGIN_H
#define BRUG_ORIGIN_H

#include <stddef.h>

#include <jansson.h>

#include "brug/db.h"
#include "brug/onto.h"

/* Which occupation's profile answers for an occupation. */
typedef struct brug_occupation_origin {
    const char *asked;   /* the occupation URI asked about (the caller's string) */
    const char *profile; /* the occupation whose skill profile is used: asked itself,
                          * or its exact match (a URI owned by the onto) */
    int via_exact_match; /* 1 when profile is asked's exact match, else 0 */
} brug_occupation_origin;

/*
 * Fill *out for occupation URI uri: when uri has no skill profile of its
 * own and exactly matches (skos:exactMatch or a sub-property such as
 * cnlo:exactMatchESCO, in either direction; the lowest URI among several)
 * an occupation of onto that has one, that occupation, via_exact_match 1;
 * otherwise uri itself, via_exact_match 0 (also for a URI that is no
 * occupation: the query that follows reports it).  out->asked is uri, so
 * uri must outlive *out.  Reads db (brug_concept_profile_source); the
 * onto is only read.  BRUG_OK; BRUG_EINVAL for a NULL argument; BRUG_EDB
 * with the message on db.
 */
BRUG_API brug_err brug_occupation_origin_find(brug_db *db, const brug_onto *onto, const char *uri,
                                              brug_occupation_origin *out /* OUT */);

/*
 * Say in a document which profile was used: when o->via_exact_match, set
 * "profile_of": {"uri": o->asked, "via": "exact_match"} on the object
 * doc[key] (doc itself when key is NULL; doc[key] is created as {"uri":
 * o->profile} when absent).  Does nothing when !o->via_exact_match.
 * BRUG_OK; BRUG_EINVAL when doc, or doc[key], is not an object;
 * BRUG_ENOMEM; the message in msg (msgsize bytes; msg may be NULL).
 */
BRUG_API brug_err brug_occupation_origin_annotate(const brug_occupation_origin *o, json_t *doc,
                                                  const char *key, char *msg, size_t msgsize);

#endif
