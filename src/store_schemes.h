/*
 * store_schemes.h - the concept schemes' rows (store_schemes.c): what an
 * import writes, inside the importer's transaction, and the top-concept
 * lookup of brug_concept_describe().  Every function records a message on
 * db when it fails.
 */
#ifndef BRUG__STORE_SCHEMES_H
#define BRUG__STORE_SCHEMES_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/db.h"

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

/* root["top_concept_of"] = [{"uri", "label", "label_lang"}]: the schemes
 * the concept uri is a top concept of, labels in lang (falling back to
 * English, then any). */
brug_err brug__scheme_top_of(brug_db *db, json_t *root, const char *uri, const char *lang);

#endif
