/*
 * bridges_block.h - the multi-source scoring kernel behind the all-pairs
 * matrix: BRUG__BLOCK source occupations scored at once, bit-identical to
 * scoring each alone (brug__bridges_credit_fast + brug__bridges_accumulate).
 *
 * Why it is faster: occupations of one ISCO group credit many of the same
 * skills, so when a block holds similar sources (brug__bridges_block_order)
 * each credited skill's column of {target, weight} is read once for the
 * block and every entry does one BRUG__BLOCK-wide multiply-add into
 * contiguous accumulators (SIMD through the GCC/Clang vector extension).
 * On ESCO 1.1.1 this reads 9.2 million column entries for the whole matrix
 * instead of 23.4 million, and the block's accumulators (nocc * 64 bytes)
 * stay in the L2 cache.  (Cutting the targets into L1-sized tiles was
 * tried: visiting every credited skill once per tile cost more than it
 * saved.)
 *
 * Exactness: a lane's credits are the same maxima as the single-source
 * kernel's, every product credit * weight is exact in double (two floats),
 * and each target's sum adds them in ascending skill order; a skill that a
 * lane does not credit adds +0.0, which changes no sum.  So every score is
 * the same double, and the same float, as brug_bridges_scores gives.
 */
#ifndef BRUG__BRIDGES_BLOCK_H
#define BRUG__BRIDGES_BLOCK_H

#include "profile.h"

#define BRUG__BLOCK 8 /* sources per block (lanes) */

/* Per-thread working memory of the kernel (opaque). */
typedef struct brug__bridges_block brug__bridges_block;

/* A new clean block scratch, or NULL when out of memory; free with
 * brug__bridges_block_free (NULL is fine). */
brug__bridges_block *brug__bridges_block_new(const brug_bridges *b);
void brug__bridges_block_free(const brug_bridges *b, brug__bridges_block *s);

/*
 * Sources in an order that puts similar occupations next to each other
 * (by ESCO code, then index) into order[0..nocc-1].  Any order gives the
 * same scores; this one makes blocks share skills.
 */
brug_err brug__bridges_block_order(const brug_bridges *b, uint32_t *order);

/*
 * Scores of the nb (1..BRUG__BLOCK) sources src[0..nb-1] to every
 * occupation, as floats into out[l][0..nocc-1]; each source scores exactly
 * 1 to itself.  Leaves the scratch clean.
 */
void brug__bridges_block_rows(const brug_bridges *b, brug__bridges_block *s, const uint32_t *src,
                              unsigned nb, float *const *out);

#endif
