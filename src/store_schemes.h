/*
 * store_schemes.h - the concept schemes' records as a storage backend
 * moves them (store_schemes.c for SQLite): what an import writes, inside
 * the importer's transaction, and what brug_scheme_describe() and a
 * concept's "top_concept_of" are built from (concept_json.c).  Every
 * function records a message on db when it fails; text handed to a
 * callback is valid only during the call.
 */
#ifndef BRUG__STORE_SCHEMES_H
#define BRUG__STORE_SCHEMES_H

#include <stddef.h>
#include <stdint.h>

#include "brug/db.h"
#include "concept.h"

/* Insert or find the scheme uri (status may be NULL or empty: kept). */
brug_err brug__scheme_put(brug_db *db, const char *uri, size_t ulen, const char *status,
                          size_t slen, int64_t *id /* OUT */);
/* Replace the scheme's text of kind ("label", "description") in lang;
 * len 0 deletes it. */
brug_err brug__scheme_text(brug_db *db, int64_t id, const char *lang, const char *kind,
                           const char *text, size_t len);
/* Forget the scheme's top concepts (before an import re-reads them); add one. */
brug_err brug__scheme_clear_tops(brug_db *db, int64_t id);
brug_err brug__scheme_top(brug_db *db, int64_t id, const char *uri, size_t len);

/* A scheme's own row, its label and description each in the language
 * asked for, else English, else any (NULL and a NULL language when none). */
typedef struct brug__scheme_head {
    int64_t id;
    const char *status; /* NULL when none */
    const char *label, *label_lang;
    const char *description, *description_lang;
} brug__scheme_head;

typedef brug_err (*brug__scheme_head_fn)(void *ctx, const brug__scheme_head *h);

/* The scheme with uri; BRUG_ENOTFOUND ("no concept scheme with URI ...")
 * when none. */
brug_err brug__scheme_head_get(brug_db *db, const char *uri, const char *lang,
                               brug__scheme_head_fn fn, void *ctx);
/* Its labels by language (role 0). */
brug_err brug__scheme_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx);
/* Its top concepts that the store holds, by label then URI, labelled as a
 * concept's relations are (concept.h); *missing: how many it names that
 * the store does not hold. */
brug_err brug__scheme_tops(brug_db *db, int64_t id, const char *lang, brug__concept_ref_fn fn,
                           void *ctx, int64_t *missing /* OUT */);
/* The schemes the concept uri is a top concept of, by URI: uri, label in
 * lang as for the head (the scheme's URI and a NULL label_lang when it
 * has none); kind is 0. */
brug_err brug__scheme_top_of(brug_db *db, const char *uri, const char *lang,
                             brug__concept_ref_fn fn, void *ctx);

#endif
