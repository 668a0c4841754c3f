/*
 * fuzz_credential.c - libFuzzer driver of the credential parser and the
 * RFC 8785 canonicaliser (src/jcs.c) and of credential verification
 * (brug_credential_verify, with eddsa_jcs.c, multibase.c, did_key.c).
 *
 * Each input is (1) parsed as a canonicaliser must read it and, when it
 * parses, canonicalised: the canonical form must parse back to an equal
 * document and canonicalise to the same bytes (JCS is idempotent); (2)
 * verified as a credential on an empty database: every input gets a
 * report whose checks carry messages, and only a valid proof verifies;
 * (3) its first 8 bytes, read as a double, are formatted as ECMAScript
 * would, and the text must read back as the same double.
 */
#include "fuzz.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jcs.h"

static brug_db *db;

static void close_db(void)
{
    brug_db_close(db);
    db = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (db)
        return 0;
    if (brug_db_open(fuzz_empty_db(), BRUG_OPEN_READONLY, NULL, &db) != BRUG_OK)
        abort();
    atexit(close_db);
    return 0;
}

static void canonical_is_stable(const uint8_t *data, size_t size)
{
    json_error_t jerr;
    json_t *doc = brug__jcs_parse((const char *)data, size, &jerr), *back;
    brug__jcs_buf a = {0}, b = {0};
    char why[256];
    if (!doc)
        return;
    if (brug__jcs(doc, &a, why, sizeof(why)) == BRUG_OK) {
        back = brug__jcs_parse(a.p, a.len, &jerr);
        if (!back || !json_equal(doc, back))
            abort();
        if (brug__jcs(back, &b, why, sizeof(why)) != BRUG_OK || a.len != b.len ||
            memcmp(a.p, b.p, a.len) != 0)
            abort();
        json_decref(back);
    } else if (!why[0]) {
        abort();
    }
    brug__jcs_buf_release(&a);
    brug__jcs_buf_release(&b);
    json_decref(doc);
}

static void verify(const uint8_t *data, size_t size)
{
    json_t *rep = NULL, *c;
    size_t i;
    brug_err err = brug_credential_verify(db, (const char *)data, size, 0, &rep);
    if (err != BRUG_OK && err != BRUG_EVERIFY && err != BRUG_ETOOBIG)
        abort();
    if (err == BRUG_ETOOBIG)
        return;
    if (!rep || !json_is_array(json_object_get(rep, "checks")))
        abort();
    json_array_foreach(json_object_get(rep, "checks"), i, c)
    {
        const char *msg = json_string_value(json_object_get(c, "message"));
        if (!msg || !msg[0])
            abort();
    }
    if (err == BRUG_EVERIFY && !brug_errmsg(db)[0])
        abort();
    json_decref(rep);
}

static void number_round_trip(const uint8_t *data, size_t size)
{
    double d;
    char out[40];
    if (size < 8)
        return;
    memcpy(&d, data, 8);
    if (!isfinite(d))
        return;
    brug__jcs_number(d, out);
    if (strtod(out, NULL) != d)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(NULL, NULL);
    canonical_is_stable(data, size);
    verify(data, size);
    number_round_trip(data, size);
    return 0;
}
