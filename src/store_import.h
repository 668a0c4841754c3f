/*
 * store_import.h - the SQL side of taxonomy imports: prepared statements
 * over the ontology tables (see store_onto.c), reused for every row.
 *
 * The importer (esco_import.c) parses files and calls these functions with
 * concept ids; it owns the transaction (brug__db_begin/commit/rollback).
 * Every function records a message on the db handle when it fails.
 */
#ifndef BRUG__STORE_IMPORT_H
#define BRUG__STORE_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "brug/db.h"

typedef struct brug__istore brug__istore;

/* Prepare the statements (inside the caller's transaction).  Also raises
 * SQLite's page cache for the import; brug__istore_close restores it. */
brug_err brug__istore_open(brug_db *db, brug__istore **out /* OUT */);

/* Finalize the statements; NULL is a no-op. */
void brug__istore_close(brug__istore *s);

/* Every stored concept, in id order. */
typedef brug_err (*brug__istore_concept_fn)(void *ctx, int64_t id, const char *uri, int kind);
brug_err brug__istore_each_concept(brug__istore *s, brug__istore_concept_fn fn, void *ctx);

/* A concept's own columns; NULL or "" strings (and 0 enums) keep what an
 * existing row holds. */
typedef struct brug__concept_rec {
    const char *uri;
    int kind; /* brug_kind */
    const char *code;
    const char *isco_group;
    int skill_type;  /* brug_skill_type */
    int reuse_level; /* brug_reuse_level */
    const char *status;
    const char *modified;
} brug__concept_rec;

/* Insert a new concept (*id == 0: *id gets the new id) or update concept *id. */
brug_err brug__istore_concept(brug__istore *s, const brug__concept_rec *c,
                              int64_t *id /* IN/OUT */);

/* Delete a concept's labels and notes in one language (before re-importing them). */
brug_err brug__istore_clear_concept_lang(brug__istore *s, int64_t id, const char *lang);

/* Rows; *added (may be NULL) is incremented when a row was new or changed. */
brug_err brug__istore_label(brug__istore *s, int64_t id, const char *lang, int role,
                            const char *text, size_t len, uint64_t *added);
brug_err brug__istore_note(brug__istore *s, int64_t id, const char *lang, const char *kind,
                           const char *text, size_t len, uint64_t *added);
brug_err brug__istore_broader(brug__istore *s, int64_t concept, int64_t broader, uint64_t *added);
/* weight: the relation's weight in its profile (onto.h: ESCO's 1.0 / 0.5). */
brug_err brug__istore_occ_skill(brug__istore *s, int64_t occ, int64_t skill, int essential,
                                double weight, uint64_t *added);
brug_err brug__istore_skill_skill(brug__istore *s, int64_t skill, int64_t related, int essential,
                                  uint64_t *added);
/* The id of the collection with this name, created when missing. */
brug_err brug__istore_collection(brug__istore *s, const char *name, int64_t *id /* OUT */);
brug_err brug__istore_member(brug__istore *s, int64_t collection, int64_t concept, uint64_t *added);

/* Replacing a kind of relation wholesale before an import re-reads it. */
brug_err brug__istore_clear_occ_skill(brug__istore *s);
brug_err brug__istore_clear_skill_skill(brug__istore *s);
/* Broader edges whose narrower concept has kind k1 or k2. */
brug_err brug__istore_clear_broader(brug__istore *s, int k1, int k2);
brug_err brug__istore_clear_members(brug__istore *s, int64_t collection);

/*
 * Rebuild what the import dropped to load faster (the occupation_skill
 * index), record meta taxonomy_version (when version is not NULL) and meta
 * languages: the languages stored before plus langs[0..nlangs-1], sorted
 * and comma-separated ("en,nl"), also copied into out (size bytes).
 */
brug_err brug__istore_finish(brug__istore *s, const char *version, const char *const *langs,
                             size_t nlangs, char *out, size_t size);

/* A 64-bit digest of every ontology row and meta value, for tests that
 * check a failed import left the database unchanged. */
brug_err brug__store_digest(brug_db *db, uint64_t *out /* OUT */);

#endif
