/*
 * svd.h - truncated SVD of a sparse matrix (randomized subspace
 * iteration), used for the latent skill space of bridges (facets.c).
 */
#ifndef BRUG__SVD_H
#define BRUG__SVD_H

#include <stdint.h>

#include "brug/alloc.h"
#include "brug/error.h"
#include "csr.h"

/*
 * The k leading singular triplets of a (CSR with val): rows[m * k] gets
 * the row embeddings U S (row i at rows + i * k), cols[ncols_out * k]
 * (may be NULL) the column embeddings V S of the first ncols_out columns, sigma[k] (may be NULL)
 * the singular values, descending.  power: subspace iterations (2 is plenty for a ranking); seed:
 * of the test matrix (0 for the default).  Deterministic. BRUG_EINVAL when k + 10 exceeds a
 * dimension, BRUG_ENOMEM.
 */
brug_err brug__svd(const brug__csr *a, unsigned k, unsigned power, uint64_t seed,
                   const brug_alloc *alloc, float *rows /* OUT */, float *cols /* OUT */,
                   size_t ncols_out, double *sigma /* OUT */);

#endif
