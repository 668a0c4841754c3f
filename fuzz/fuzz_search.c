/*
 * fuzz_search.c - libFuzzer driver of the search query parser and matcher
 * (brug_search_run, brug_search_results_json) on the demo database.
 *
 * The demo taxonomy is imported once; each input is used as the query text
 * (any bytes: invalid UTF-8 must be refused with BRUG_EINVAL, never read
 * past) with three option sets: the defaults, occupations in Dutch, and
 * skills in English on page 2.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

static brug_db *db;

static void close_db(void)
{
    brug_db_close(db);
    db = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    brug_err err;

    (void)argc;
    (void)argv;
    if (db)
        return 0;
    err = brug_db_open(fuzz_demo_db(0), BRUG_OPEN_READONLY, NULL, &db);
    if (err)
        abort();
    atexit(close_db);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    brug_search_opts o[3];
    brug_search_results *res;
    json_t *doc;
    char *text;
    size_t i, k;
    brug_err err;

    if (!db)
        LLVMFuzzerInitialize(NULL, NULL);
    text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';

    for (i = 0; i < 3; i++)
        brug_search_opts_init(&o[i]);
    o[1].type = BRUG_SEARCH_OCCUPATION;
    o[1].lang = "nl";
    o[2].type = BRUG_SEARCH_SKILL;
    o[2].lang = "en";
    o[2].limit = 5;
    o[2].offset = 5;

    for (i = 0; i < 3; i++) {
        res = NULL;
        err = brug_search_run(db, text, &o[i], &res);
        if (err == BRUG_OK) {
            if (res->count > (o[i].limit ? o[i].limit : BRUG_SEARCH_DEFAULT_LIMIT))
                abort();
            for (k = 0; k < res->count; k++)
                if (!res->hits[k].uri || !res->hits[k].label || !(res->hits[k].score > 0) ||
                    res->hits[k].score > 1.0000001)
                    abort();
            doc = NULL;
            if (brug_search_results_json(res, &doc) == BRUG_OK)
                json_decref(doc);
            brug_search_results_free(res);
        } else if (err != BRUG_EINVAL) {
            abort(); /* any text is either searched or refused as invalid */
        }
    }
    free(text);
    return 0;
}
