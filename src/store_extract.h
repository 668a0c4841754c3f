/*
 * store_extract.h - what the extraction index (extract_index.c) reads
 * from the database: every label and every description of the
 * occupations and skills, streamed row by row.
 */
#ifndef BRUG__STORE_EXTRACT_H
#define BRUG__STORE_EXTRACT_H

#include "brug/db.h"

/* One label or description; the pointers are valid only during the call.
 * role: 0 preferred, 1 alternative, 2 hidden label, -1 a description. */
typedef struct brug__extract_row {
    const char *uri;
    int kind; /* BRUG_KIND_OCCUPATION or BRUG_KIND_SKILL */
    int role;
    const char *lang;
    const char *text;
    size_t len;
} brug__extract_row;

typedef brug_err (*brug__extract_row_fn)(void *ctx, const brug__extract_row *row);

/* Every label of occupations and skills, then every description; fn's
 * first error stops the scan and is returned.  BRUG_EDB, message on db. */
brug_err brug__extract_rows(brug_db *db, brug__extract_row_fn fn, void *ctx);

#endif
