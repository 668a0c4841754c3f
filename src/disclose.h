/*
 * disclose.h - what employers may learn about people through matching:
 * the storage of a person's "findable" setting and responses to offers
 * (store_disclose.c for SQLite), and the filtering of an offer's matches
 * (disclose.c), all in the caller's transaction.
 */
#ifndef BRUG__DISCLOSE_H
#define BRUG__DISCLOSE_H

#include <stddef.h>

#include <jansson.h>

#include "brug/access.h"
#include "brug/db.h"
#include "concept.h"

/* Opt person in to being found (yes) or out. */
brug_err brug__findable_set(brug_db *db, const char *person, int yes);
brug_err brug__findable_get(brug_db *db, const char *person, int *yes /* OUT */);
/* Record (yes) or withdraw person's response to offer. */
brug_err brug__response_set(brug_db *db, const char *person, const char *offer, int yes);
brug_err brug__response_get(brug_db *db, const char *person, const char *offer, int *yes /* OUT */);
/* The offers person responded to, by offer id. */
brug_err brug__response_each(brug_db *db, const char *person, brug__name_fn fn, void *ctx);

/* Filter doc's "matches" of offer for who (guard.h): at most top, only
 * findable people, pseudonymous until they responded, each audited. */
brug_err brug__disclose_matches(brug_db *db, const brug_principal *who, const char *offer,
                                json_t *doc, size_t top);

#endif
