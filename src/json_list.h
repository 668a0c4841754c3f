/*
 * json_list.h - building a JSON array from the records a backend lists:
 * the context a list callback appends to, and text that may be NULL.
 * Messages go on the handle (brug_err convention).
 */
#ifndef BRUG__JSON_LIST_H
#define BRUG__JSON_LIST_H

#include <jansson.h>

#include "brug/db.h"

typedef struct brug__json_list {
    brug_db *db;
    json_t *arr;
} brug__json_list;

/* An empty list; *out = NULL.  BRUG_ENOMEM when there is no memory. */
brug_err brug__json_list_begin(brug_db *db, brug__json_list *l, json_t **out);
/* Append o (the list takes it); BRUG_ENOMEM, to stop the listing, when o is NULL. */
brug_err brug__json_list_add(brug__json_list *l, json_t *o);
/* *out = the list when err (the listing's) is BRUG_OK; else the list is freed and err returned. */
brug_err brug__json_list_end(brug__json_list *l, brug_err err, json_t **out);
/* s as a JSON string; null when s is NULL (or not UTF-8). */
json_t *brug__json_text_or_null(const char *s);

#endif
