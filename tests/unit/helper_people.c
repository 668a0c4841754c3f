/*
 * helper_people.c - helpers of the passport, offer and matching tests
 * (see helper_people.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_people.h"
#include "people.h"

char *test_people_write(const char *name, const char *text)
{
    char *path = test_tmp_path(name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static brug_err put(brug_db *db, const char *json, brug_put_mode mode, int passport)
{
    json_error_t jerr;
    json_t *doc = json_loads(json, 0, &jerr);
    brug_err err;
    if (!doc)
        fail_msg("bad test JSON: %s: %s", jerr.text, json);
    err = passport ? brug_passport_put(db, doc, mode) : brug_offer_put(db, doc, mode);
    json_decref(doc);
    return err;
}

brug_err test_put_passport(brug_db *db, const char *json, brug_put_mode mode)
{
    return put(db, json, mode, 1);
}

brug_err test_put_offer(brug_db *db, const char *json, brug_put_mode mode)
{
    return put(db, json, mode, 0);
}

char *test_table_counts(brug_db *db)
{
    json_t *c = NULL;
    char *s;
    assert_int_equal(brug__db_table_counts(db, &c), BRUG_OK);
    s = json_dumps(c, JSON_SORT_KEYS | JSON_COMPACT);
    json_decref(c);
    assert_non_null(s);
    return s;
}
