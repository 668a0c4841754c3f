/*
 * bridges_model.h - the costly models of a bridges index (the latent
 * space, the text vectors, the work-activities embedding) packed into
 * one blob, stored at import time and loaded instead of rebuilt when
 * the ontology and the parameters they depend on are unchanged.
 *
 * What a model depends on, hashed into its 64-bit fingerprint with the
 * format version: the occupations (URIs, codes, labels, alternative
 * labels and descriptions in every language), their skill relations
 * (skill, essential or optional), the skills hierarchy, and the weights
 * essential, optional, idf_power and latent_dims.  Any other weight can
 * change without touching the models.
 */
#ifndef BRUG__BRIDGES_MODEL_H
#define BRUG__BRIDGES_MODEL_H

#include "profile.h"

/* The fingerprint of the models an index over onto with weights w would build. */
uint64_t brug__bridges_model_fingerprint(const brug_onto *onto, const brug_bridges_weights *w);

/* Whether w gives the same models as the default weights (which the stored ones are built with). */
int brug__bridges_model_default(const brug_bridges_weights *w);

/* Pack b's models into *data (len bytes, freed with brug__free(&b->alloc, ...)).  BRUG_ENOMEM. */
brug_err brug__bridges_model_pack(const brug_bridges *b, void **data /* OUT */,
                                  size_t *len /* OUT */);

/* Install packed models into b->fx (after brug__facets_init).  BRUG_EVERIFY
 * when the blob does not fit this index (sizes, dimensions), BRUG_ENOMEM. */
brug_err brug__bridges_model_unpack(brug_bridges *b, const void *data, size_t len);

/*
 * Build the models of db's ontology with the default weights and store
 * them (in the caller's transaction: the import session's).  Errors with
 * the message on db.
 */
brug_err brug__bridges_model_store(brug_db *db);

#endif
