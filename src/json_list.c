/*
 * json_list.c - building a JSON array from the records a backend lists
 * (json_list.h).
 */
#include "json_list.h"
#include "backend.h"

brug_err brug__json_list_begin(brug_db *db, brug__json_list *l, json_t **out)
{
    *out = NULL;
    l->db = db;
    l->arr = json_array();
    if (!l->arr)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    return BRUG_OK;
}

brug_err brug__json_list_add(brug__json_list *l, json_t *o)
{
    if (!o || json_array_append_new(l->arr, o) != 0)
        return brug__db_error(l->db, BRUG_ENOMEM, "out of memory");
    return BRUG_OK;
}

brug_err brug__json_list_end(brug__json_list *l, brug_err err, json_t **out)
{
    if (err) {
        json_decref(l->arr);
        l->arr = NULL;
        return err;
    }
    *out = l->arr;
    return BRUG_OK;
}

json_t *brug__json_text_or_null(const char *s)
{
    json_t *v = s ? json_string(s) : NULL;
    return v ? v : json_null();
}
