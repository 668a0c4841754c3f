/*
 * textvec.h - TF-IDF vectors of occupation texts (labels + descriptions,
 * every language) and of ISCO unit groups' descriptions, for the text
 * facet of bridges.
 */
#ifndef BRUG__TEXTVEC_H
#define BRUG__TEXTVEC_H

#include "csr.h"
#include "onto.h"

/*
 * out: occupation -> term, val = L2-normalised TF-IDF weight (rows of an
 * occupation without usable text are empty); groups: ISCO unit group
 * (o->isco_*) -> term, the same of its description, in the same terms;
 * both allocated in arena; alloc for temporaries.  Deterministic.
 * BRUG_ENOMEM.
 */
brug_err brug__textvec_build(const brug_onto *o, brug__arena *arena, const brug_alloc *alloc,
                             brug__csr *out /* OUT */, brug__csr *groups /* OUT */);

#endif
