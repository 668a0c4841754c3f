/*
 * fuzz_search.c - libFuzzer driver of the search query parser and matcher
 * (brug_search_run, brug_search_results_json) on the demo database.
 *
 * The demo taxonomy is imported once; each input is used as the query text
 * (up to its first NUL byte) with three option sets: the defaults,
 * occupations in Dutch, and skills in English on page 2.  Valid UTF-8 must
 * be searched (however long: only its first BRUG_SEARCH_MAX_QUERY bytes
 * count), anything else refused with BRUG_EINVAL, never read past.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

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

/* Is s (NUL-terminated) valid UTF-8?  utf8proc's definition, as the
 * search's: no overlong forms, no surrogates, nothing above U+10FFFF. */
static int valid_utf8(const char *s)
{
    size_t len = strlen(s), i = 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n;

    while (i < len) {
        n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    brug_search_opts o[3];
    brug_search_results *res;
    json_t *doc;
    char *text;
    size_t i, k;
    brug_err err;
    int valid;

    if (!db)
        LLVMFuzzerInitialize(NULL, NULL);
    text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    valid = valid_utf8(text);

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
        } else if (err != BRUG_EINVAL || valid) {
            abort(); /* valid text is searched, anything else refused as invalid */
        }
    }
    free(text);
    return 0;
}
