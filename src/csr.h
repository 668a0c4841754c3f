/*
 * csr.h - compressed sparse rows: the layout of every sparse relation and
 * matrix on brug's hot paths (occupation -> skills, skill -> broader, ...).
 *
 * Row r's entries are col[ptr[r] .. ptr[r+1]-1], sorted by column, with an
 * optional parallel val[] (weights) and tag[] (small flags, e.g. essential).
 * Arrays live in an arena; a brug__csr is released with that arena.
 */
#ifndef BRUG__CSR_H
#define BRUG__CSR_H

#include <stdint.h>
#include "brug/error.h"
#include "arena.h"

typedef struct brug__csr {
    uint32_t nrows;
    uint32_t ncols;
    uint32_t nnz;
    uint32_t *ptr; /* nrows + 1 offsets */
    uint32_t *col; /* nnz column indexes, ascending within a row */
    float *val;    /* nnz values, or NULL */
    uint8_t *tag;  /* nnz tags, or NULL */
} brug__csr;

/* One (row, col) entry with its value and tag, input to the builder. */
typedef struct brug__csr_entry {
    uint32_t row;
    uint32_t col;
    float val;
    uint8_t tag;
} brug__csr_entry;

/*
 * Build a CSR of nrows x ncols from n entries (any order) in the arena.
 * Duplicate (row, col) pairs are kept once: the first given.  with_val and
 * with_tag choose whether val[] and tag[] are kept.  Returns BRUG_EINVAL
 * when an entry lies outside the matrix, BRUG_ENOMEM on allocation failure.
 */
brug_err brug__csr_build(brug__csr *out, brug__arena *arena, uint32_t nrows, uint32_t ncols,
                         const brug__csr_entry *entries, size_t n, int with_val, int with_tag);

/* The transpose of m (ncols x nrows), keeping val and tag when present. */
brug_err brug__csr_transpose(brug__csr *out, brug__arena *arena, const brug__csr *m);

/* Index in col[] of (row, c), or -1 when absent (binary search). */
int64_t brug__csr_find(const brug__csr *m, uint32_t row, uint32_t c);

/* Dot product of row a of m and row c of n (columns ascending in both;
 * the products added in ascending column order, in double). */
double brug__csr_rows_dot(const brug__csr *m, uint32_t a, const brug__csr *n, uint32_t c);

static inline uint32_t brug__csr_row_len(const brug__csr *m, uint32_t row)
{
    return m->ptr[row + 1] - m->ptr[row];
}

#endif
