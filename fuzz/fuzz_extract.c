/*
 * fuzz_extract.c - libFuzzer driver of the skill extractor (brug_extract)
 * on the demo database.
 *
 * The demo taxonomy is imported and its extraction index built once; each
 * input is extracted whole (all its bytes, NULs included) in Dutch, in
 * English and with the language guessed.  Valid UTF-8 must be extracted,
 * anything else refused with BRUG_EINVAL naming an offset inside the
 * input; every span must lie inside the input, every score in (0, 1].
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

static brug_db *db;
static brug_onto *onto;
static brug_extract_index *ix;

static void close_all(void)
{
    brug_extract_index_free(ix);
    brug_onto_free(onto);
    brug_db_close(db);
    ix = NULL;
    onto = NULL;
    db = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (ix)
        return 0;
    if (brug_db_open(fuzz_demo_db(0), BRUG_OPEN_READONLY, NULL, &db) != BRUG_OK ||
        brug_onto_load(db, &onto) != BRUG_OK ||
        brug_extract_index_build(db, onto, NULL, &ix) != BRUG_OK)
        abort();
    atexit(close_all);
    return 0;
}

static int valid_utf8(const uint8_t *s, size_t len)
{
    size_t i = 0;
    utf8proc_int32_t cp;
    while (i < len) {
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

static void check_list(const json_t *list, size_t size)
{
    size_t i, k;
    json_t *e, *sp;
    json_array_foreach(list, i, e)
    {
        double s = json_real_value(json_object_get(e, "score"));
        if (!json_string_value(json_object_get(e, "uri")) || !(s > 0) || s > 1.0000001)
            abort();
        json_array_foreach(json_object_get(e, "spans"), k, sp)
        {
            json_int_t a = json_integer_value(json_array_get(sp, 0));
            json_int_t b = json_integer_value(json_array_get(sp, 1));
            if (a < 0 || b <= a || (size_t)b > size)
                abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[3] = {"nl", "en", "auto"};
    int valid = valid_utf8(data, size), i;
    if (!ix)
        LLVMFuzzerInitialize(NULL, NULL);
    for (i = 0; i < 3; i++) {
        brug_extract_opts o;
        json_t *doc = NULL;
        char msg[256];
        brug_err err;
        brug_extract_opts_init(&o);
        o.lang = langs[i];
        o.type = (brug_extract_type)(i % 3);
        err = brug_extract(ix, (const char *)data, size, &o, &doc, msg, sizeof msg);
        if (err == BRUG_OK) {
            if (!valid)
                abort();
            check_list(json_object_get(doc, "skills"), size);
            check_list(json_object_get(doc, "occupations"), size);
            json_decref(doc);
        } else if (err != BRUG_EINVAL || valid || doc || !strstr(msg, "byte offset")) {
            abort();
        }
    }
    return 0;
}
