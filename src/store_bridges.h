/*
 * store_bridges.h - the stored models of the bridges index (the latent
 * space, the text vectors, the work-activities profiles: bridges_model.c
 * packs them), one blob per model name with the fingerprint of the
 * ontology and parameters it was built from.
 */
#ifndef BRUG__STORE_BRIDGES_H
#define BRUG__STORE_BRIDGES_H

#include <stddef.h>
#include <stdint.h>

#include "brug/db.h"

/* Replace model `name` (in the caller's transaction, if any). */
brug_err brug__bridges_model_put(brug_db *db, const char *name, uint64_t fingerprint,
                                 const void *data, size_t len);

/* Forget model `name` (none stored is no error). */
brug_err brug__bridges_model_delete(brug_db *db, const char *name);

/*
 * Read model `name`: its fingerprint and a copy of its blob (*data, len
 * bytes, freed with brug__free(alloc, ...)).  BRUG_ENOTFOUND when none
 * is stored (also in a read-only file older than the table); other
 * errors with the message on db.
 */
brug_err brug__bridges_model_get(brug_db *db, const char *name, const brug_alloc *alloc,
                                 uint64_t *fingerprint /* OUT */, void **data /* OUT */,
                                 size_t *len /* OUT */);

#endif
