/*
 * csr.c - building and transposing compressed sparse rows (see csr.h).
 * Both run in O(n + nrows) with a counting sort, then sort each row's
 * (short) column list.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "csr.h"

typedef struct col_item {
    uint32_t col;
    uint32_t order; /* input order, so "first given" wins among duplicates */
    float val;
    uint8_t tag;
} col_item;

static int cmp_col_item(const void *a, const void *b)
{
    const col_item *x = a, *y = b;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

brug_err brug__csr_build(brug__csr *out, brug__arena *arena, uint32_t nrows, uint32_t ncols,
                         const brug__csr_entry *entries, size_t n, int with_val, int with_tag)
{
    uint32_t *fill;
    col_item *items;
    size_t i;
    uint32_t r, nnz = 0;

    memset(out, 0, sizeof(*out));
    if (n > UINT32_MAX)
        return BRUG_ETOOBIG;
    for (i = 0; i < n; i++)
        if (entries[i].row >= nrows || entries[i].col >= ncols)
            return BRUG_EINVAL;
    out->nrows = nrows;
    out->ncols = ncols;
    out->ptr = brug__arena_calloc(arena, (size_t)nrows + 1, sizeof(uint32_t));
    fill = brug__malloc(arena->alloc, ((size_t)nrows + 1) * sizeof(uint32_t));
    items = brug__malloc(arena->alloc, (n ? n : 1) * sizeof(col_item));
    if (!out->ptr || !fill || !items) {
        brug__free(arena->alloc, fill);
        brug__free(arena->alloc, items);
        return BRUG_ENOMEM;
    }
    for (i = 0; i < n; i++)
        out->ptr[entries[i].row + 1]++;
    for (r = 0; r < nrows; r++)
        out->ptr[r + 1] += out->ptr[r];
    memcpy(fill, out->ptr, ((size_t)nrows + 1) * sizeof(uint32_t));
    for (i = 0; i < n; i++) {
        col_item *it = &items[fill[entries[i].row]++];
        it->col = entries[i].col;
        it->order = (uint32_t)i;
        it->val = entries[i].val;
        it->tag = entries[i].tag;
    }
    brug__free(arena->alloc, fill);

    out->col = brug__arena_alloc(arena, (n ? n : 1) * sizeof(uint32_t));
    out->val = with_val ? brug__arena_alloc(arena, (n ? n : 1) * sizeof(float)) : NULL;
    out->tag = with_tag ? brug__arena_alloc(arena, n ? n : 1) : NULL;
    if (!out->col || (with_val && !out->val) || (with_tag && !out->tag)) {
        brug__free(arena->alloc, items);
        return BRUG_ENOMEM;
    }
    /* Sort each row, drop duplicates, and compact in place. */
    for (r = 0; r < nrows; r++) {
        uint32_t b = out->ptr[r], e = out->ptr[r + 1], k;
        qsort(items + b, e - b, sizeof(col_item), cmp_col_item);
        out->ptr[r] = nnz;
        for (k = b; k < e; k++) {
            if (k > b && items[k].col == items[k - 1].col)
                continue;
            out->col[nnz] = items[k].col;
            if (out->val)
                out->val[nnz] = items[k].val;
            if (out->tag)
                out->tag[nnz] = items[k].tag;
            nnz++;
        }
    }
    out->ptr[nrows] = nnz;
    out->nnz = nnz;
    brug__free(arena->alloc, items);
    return BRUG_OK;
}

brug_err brug__csr_transpose(brug__csr *out, brug__arena *arena, const brug__csr *m)
{
    uint32_t r, c, k;
    uint32_t *fill;

    memset(out, 0, sizeof(*out));
    out->nrows = m->ncols;
    out->ncols = m->nrows;
    out->nnz = m->nnz;
    out->ptr = brug__arena_calloc(arena, (size_t)m->ncols + 1, sizeof(uint32_t));
    out->col = brug__arena_alloc(arena, ((size_t)m->nnz + 1) * sizeof(uint32_t));
    out->val = m->val ? brug__arena_alloc(arena, ((size_t)m->nnz + 1) * sizeof(float)) : NULL;
    out->tag = m->tag ? brug__arena_alloc(arena, (size_t)m->nnz + 1) : NULL;
    fill = brug__malloc(arena->alloc, ((size_t)m->ncols + 1) * sizeof(uint32_t));
    if (!out->ptr || !out->col || (m->val && !out->val) || (m->tag && !out->tag) || !fill) {
        brug__free(arena->alloc, fill);
        return BRUG_ENOMEM;
    }
    for (k = 0; k < m->nnz; k++)
        out->ptr[m->col[k] + 1]++;
    for (c = 0; c < m->ncols; c++)
        out->ptr[c + 1] += out->ptr[c];
    memcpy(fill, out->ptr, ((size_t)m->ncols + 1) * sizeof(uint32_t));
    /* Rows are visited in order, so each transposed row comes out sorted. */
    for (r = 0; r < m->nrows; r++) {
        for (k = m->ptr[r]; k < m->ptr[r + 1]; k++) {
            uint32_t dst = fill[m->col[k]]++;
            out->col[dst] = r;
            if (out->val)
                out->val[dst] = m->val[k];
            if (out->tag)
                out->tag[dst] = m->tag[k];
        }
    }
    brug__free(arena->alloc, fill);
    return BRUG_OK;
}

int64_t brug__csr_find(const brug__csr *m, uint32_t row, uint32_t c)
{
    uint32_t lo = m->ptr[row], hi = m->ptr[row + 1];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (m->col[mid] < c)
            lo = mid + 1;
        else if (m->col[mid] > c)
            hi = mid;
        else
            return mid;
    }
    return -1;
}

double brug__csr_rows_dot(const brug__csr *m, uint32_t a, const brug__csr *n, uint32_t c)
{
    uint32_t i = m->ptr[a], ie = m->ptr[a + 1], j = n->ptr[c], je = n->ptr[c + 1];
    double s = 0.0;
    while (i < ie && j < je) {
        if (m->col[i] < n->col[j]) {
            i++;
        } else if (m->col[i] > n->col[j]) {
            j++;
        } else {
            s += (double)m->val[i] * (double)n->val[j];
            i++;
            j++;
        }
    }
    return s;
}
