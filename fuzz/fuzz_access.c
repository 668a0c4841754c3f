/*
 * fuzz_access.c - libFuzzer driver of the access code: tokens
 * (brug_token_create, brug_token_check), consent, the guarded calls of
 * include/brug/guard.h and the audit log, with fuzzed roles, subjects,
 * passport ids, adviser names and token texts.
 *
 * Input: byte 0 the role of the caller (modulo 5: none, admin, adviser,
 * person, employer), byte 1 a bit set of operations, then up to four
 * fields separated by LF: subject, person, adviser, token text.  Each
 * input runs on a fresh copy of a small database holding the passports
 * "alice" and "bob".  Checked (abort on violation):
 *   - a fuzzed token text never authenticates;
 *   - a made token authenticates as what it was made for;
 *   - nobody but an admin, the person, or an adviser while the person's
 *     consent stands reads a passport; employers and the anonymous never;
 *   - a person's audit view holds only entries about that person;
 *   - every refusal is BRUG_EDENIED with a message.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char template_db[4096];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *ids[] = {"alice", "bob"};
    brug_db *db;
    size_t i;
    (void)argc;
    (void)argv;
    snprintf(template_db, sizeof(template_db), "%s", fuzz_path("access-template.db"));
    fuzz_copy(fuzz_empty_db(), template_db);
    db = fuzz_db_open(template_db);
    for (i = 0; i < 2; i++) {
        json_t *doc = json_pack("{s:s,s:s,s:[]}", "id", ids[i], "region", "AM18", "skills");
        if (!doc || brug_passport_put(db, doc, BRUG_PUT_UPSERT)) {
            fprintf(stderr, "fuzz_access: %s\n", brug_errmsg(db));
            abort();
        }
        json_decref(doc);
    }
    brug_db_close(db);
    return 0;
}

static void fail(const char *what, const brug_principal *who, const char *person)
{
    fprintf(stderr, "fuzz_access: %s (role %d, subject '%s', person '%s')\n", what, (int)who->role,
            who->subject, person);
    abort();
}

/* Fields of the input: NUL-terminated copies of the LF-separated parts. */
static void split(const uint8_t *data, size_t size, char f[4][256])
{
    size_t i, k = 0, n = 0;
    memset(f, 0, 4 * 256);
    for (i = 0; i < size && k < 4; i++) {
        if (data[i] == '\n') {
            k++;
            n = 0;
        } else if (n < 255 && data[i]) {
            f[k][n++] = (char)data[i];
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char f[4][256], tok[BRUG_TOKEN_SIZE];
    const char *path = fuzz_path("access.db"), *person;
    brug_principal who, made, got;
    unsigned ops;
    json_t *doc = NULL, *e;
    brug_db *db;
    brug_err err;
    size_t i;

    if (size < 2)
        return 0;
    split(data + 2, size - 2, f);
    ops = data[1];
    person = f[1][0] ? f[1] : "alice";
    memset(&who, 0, sizeof(who));
    who.role = (brug_role)(data[0] % 5);
    memcpy(who.subject, f[0], sizeof(who.subject) - 1); /* truncated like a token's subject */
    fuzz_copy(template_db, path);
    db = fuzz_db_open(path);

    /* A guessed token text never works. */
    if (brug_token_check(db, f[3], &got) != BRUG_EDENIED)
        fail("a fuzzed token text authenticated", &who, person);
    if ((ops & 1) && who.role != BRUG_ROLE_NONE) {
        err = brug_token_create(db, who.role, f[0][0] ? f[0] : NULL, tok, &made);
        if (err == BRUG_OK) {
            if (brug_token_check(db, tok, &got) != BRUG_OK || got.role != made.role ||
                strcmp(got.subject, made.subject) != 0)
                fail("a made token does not authenticate as made", &who, person);
            if (ops & 2)
                who = made;
        } else if (!brug_errmsg(db)[0]) {
            fail("a refused token has no message", &who, person);
        }
    }
    if (ops & 4)
        brug_consent_set_as(db, &who, person, f[2][0] ? f[2] : "jansen", !(ops & 8));
    if (ops & 16)
        brug_findable_set_as(db, &who, person, 1);
    if (ops & 32)
        brug_offer_respond_as(db, &who, person, f[2], 1);

    /* Who may read the passport. */
    err = brug_passport_get_as(db, &who, person, &doc);
    json_decref(doc);
    doc = NULL;
    if (err == BRUG_OK) {
        int consent = 0;
        if (who.role == BRUG_ROLE_ADVISER) {
            json_t *list = NULL;
            brug_consent_list(db, person, &list);
            json_array_foreach(list, i, e)
            {
                const char *a = json_string_value(json_object_get(e, "adviser"));
                if (a && strcmp(a, who.subject) == 0 &&
                    json_is_null(json_object_get(e, "withdrawn")))
                    consent = 1;
            }
            json_decref(list);
        }
        if (!(who.role == BRUG_ROLE_ADMIN ||
              (who.role == BRUG_ROLE_PERSON && strcmp(who.subject, person) == 0) || consent))
            fail("a passport was read without access", &who, person);
    } else if (err == BRUG_EDENIED && !brug_errmsg(db)[0]) {
        fail("a refusal without a message", &who, person);
    }

    /* A person's view of the audit log is about them only. */
    if (brug_audit_list_as(db, &who, (ops & 64) ? person : NULL, (ops & 128) ? 3 : 0, &doc) ==
        BRUG_OK) {
        if (who.role == BRUG_ROLE_PERSON)
            json_array_foreach(doc, i, e)
            {
                /* null: an id that is not UTF-8 (the SQL selected it by equality) */
                const char *p = json_string_value(json_object_get(e, "person"));
                if (p && strcmp(p, who.subject) != 0)
                    fail("a person's audit view shows another person", &who, person);
            }
        else if (who.role != BRUG_ROLE_ADMIN)
            fail("the audit log was read by neither an admin nor the person", &who, person);
    }
    json_decref(doc);
    if (ops & 128)
        brug_passport_delete_as(db, &who, person);
    brug_db_close(db);
    return 0;
}
