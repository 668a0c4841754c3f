/*
 * textvec.h - TF-IDF vectors of occupation texts (labels + descriptions,
 * every language), for the text facet of bridges.
 */
#ifndef BRUG__TEXTVEC_H
#define BRUG__TEXTVEC_H

#include "csr.h"
#include "onto.h"

/*
 * out: occupation -> term, val = L2-normalised TF-IDF weight (rows of an
 * occupation without usable text are empty), allocated in arena; alloc
 * for temporaries.  Deterministic.  BRUG_ENOMEM.
 */
brug_err brug__textvec_build(const brug_onto *o, brug__arena *arena, const brug_alloc *alloc,
                             brug__csr *out /* OUT */);

#endif
