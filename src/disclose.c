/*
 * disclose.c - the disclosure of an offer's matches to its employer
 * (include/brug/guard.h): only findable people, under a pseudonym per
 * offer until the person responded to that offer, each disclosure
 * audited.  The settings themselves are stored by the backend
 * (disclose.h).
 *
 * The pseudonym key is 32 random bytes in meta("pseudonym_key"), made on
 * first use: "anon-" + 16 hex digits of BLAKE2b(key, offer NUL person).
 */
#include <string.h>

#include <sodium.h>

#include "brug/guard.h"
#include "backend.h"
#include "disclose.h"

static brug_err pseudonym_key(brug_db *db, unsigned char key[32])
{
    char hex[65];
    size_t n = 0;
    brug_err err = brug_db_meta_get(db, "pseudonym_key", hex, sizeof(hex));
    if (err == BRUG_OK && sodium_hex2bin(key, 32, hex, strlen(hex), NULL, &n, NULL) == 0 && n == 32)
        return BRUG_OK;
    if (err != BRUG_OK && err != BRUG_ENOTFOUND)
        return err;
    if (sodium_init() < 0)
        return brug__db_error(db, BRUG_EINTERNAL, "libsodium failed to initialise");
    randombytes_buf(key, 32);
    sodium_bin2hex(hex, sizeof(hex), key, 32);
    return brug__db_meta_set(db, "pseudonym_key", hex);
}

static void pseudonym(const unsigned char key[32], const char *offer, const char *person,
                      char out[22])
{
    crypto_generichash_state h;
    unsigned char d[8];
    crypto_generichash_init(&h, key, 32, sizeof(d));
    crypto_generichash_update(&h, (const unsigned char *)offer, strlen(offer) + 1);
    crypto_generichash_update(&h, (const unsigned char *)person, strlen(person));
    crypto_generichash_final(&h, d, sizeof(d));
    memcpy(out, "anon-", 5);
    sodium_bin2hex(out + 5, 17, d, sizeof(d));
}

brug_err brug__disclose_matches(brug_db *db, const brug_principal *who, const char *offer,
                                json_t *doc, size_t top)
{
    json_t *matches = json_object_get(doc, "matches"), *kept, *m;
    unsigned char key[32];
    int admin = who && who->role == BRUG_ROLE_ADMIN;
    brug_err err = pseudonym_key(db, key);
    size_t i;

    if (err)
        return err;
    kept = json_array();
    if (!kept)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    json_array_foreach(matches, i, m)
    {
        const char *person = json_string_value(json_object_get(m, "passport"));
        int findable = 0, responded = 0;
        char anon[22];
        if (!person || json_array_size(kept) >= top)
            continue;
        err = brug__findable_get(db, person, &findable);
        if (!err)
            err = brug__response_get(db, person, offer, &responded);
        if (err)
            break;
        if (!admin && !findable)
            continue;
        if (!admin && !responded) {
            pseudonym(key, offer, person, anon);
            err = brug_audit_add(db, who, "match-disclose", person, "pseudonymous");
            if (err)
                break;
            json_object_set_new(m, "passport", json_string(anon));
            json_object_set_new(m, "identified", json_false());
        } else {
            err = brug_audit_add(db, who, "match-disclose", person, "identified");
            if (err)
                break;
            /* an admin's answer is the plain match document (as the CLI's) */
            if (!admin)
                json_object_set_new(m, "identified", json_true());
        }
        json_array_append(kept, m);
    }
    sodium_memzero(key, sizeof(key));
    if (err) {
        json_decref(kept);
        return err;
    }
    json_object_set_new(doc, "matches", kept);
    return BRUG_OK;
}
