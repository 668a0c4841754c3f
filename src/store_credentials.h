/*
 * store_credentials.h - the records of issuers, their keys, issued
 * credentials, status lists and the credentials passports carry, as a
 * storage backend moves them (store_credentials.c for SQLite); issuer.c,
 * credential.c, status_list.c and passport_credentials.c hold the logic
 * and build the documents.  Lists come back through callbacks (anything
 * but BRUG_OK stops the list and is returned); their text is valid only
 * during the call.
 */
#ifndef BRUG__STORE_CREDENTIALS_H
#define BRUG__STORE_CREDENTIALS_H

#include <stdint.h>

#include "brug/credential.h"

#define BRUG__ISSUER_ID_MAX 64
#define BRUG__STATUS_LIST_BITS 131072 /* the Bitstring Status List minimum, 16 KiB */

typedef struct brug__issuer_row {
    char id[BRUG__ISSUER_ID_MAX + 1];
    char name[201];
    char type[16];
    char base_url[257];
} brug__issuer_row;

typedef struct brug__key_row {
    char did[BRUG_DID_SIZE];
    char issuer[BRUG__ISSUER_ID_MAX + 1];
    char key_file[1024];
    char status[8]; /* "active", "retired", "revoked" */
    uint8_t pk[32];
} brug__key_row;

/* An issuer as listed. */
typedef struct brug__issuer_rec {
    const char *id, *name, *type, *base_url, *created;
} brug__issuer_rec;

/* One of an issuer's keys as listed (no key material). */
typedef struct brug__key_rec {
    const char *did, *status, *created;
    const char *retired, *revoked; /* NULL when not */
} brug__key_rec;

/* An issued credential as listed. */
typedef struct brug__credential_rec {
    const char *id, *issuer, *subject, *list;
    int64_t index;           /* its bit in list */
    const char *valid_until; /* NULL when none */
    const char *issued;
    const char *revoked; /* NULL when not */
} brug__credential_rec;

/* A credential a passport carries. */
typedef struct brug__passport_cred_rec {
    const char *person; /* the passport's id */
    const char *skill;  /* the skill's URI */
    int64_t skill_id;   /* its concept id */
    const char *credential_id;
    int underlying;    /* the evidence code that holds without it */
    const char *state; /* "verified", "revoked", ... */
    const char *doc;   /* the signed credential, as text */
    const char *issuer, *issuer_name;
} brug__passport_cred_rec;

typedef brug_err (*brug__issuer_fn)(void *ctx, const brug__issuer_rec *r);
typedef brug_err (*brug__key_fn)(void *ctx, const brug__key_rec *r);
typedef brug_err (*brug__credential_fn)(void *ctx, const brug__credential_rec *r);
typedef brug_err (*brug__passport_cred_fn)(void *ctx, const brug__passport_cred_rec *r);

brug_err brug__store_issuer_add(brug_db *db, const char *id, const char *name, const char *type,
                                const char *base_url);
/* BRUG_ENOTFOUND when there is no such issuer. */
brug_err brug__store_issuer_get(brug_db *db, const char *id, brug__issuer_row *out);
/* Every issuer, by id. */
brug_err brug__store_issuer_list(brug_db *db, brug__issuer_fn fn, void *ctx);
/* The keys of issuer, oldest first. */
brug_err brug__store_issuer_keys(brug_db *db, const char *issuer, brug__key_fn fn, void *ctx);

/* Add a key and make it the issuer's active one, retiring the previous (one transaction). */
brug_err brug__store_key_add(brug_db *db, const char *issuer, const char *did, const uint8_t pk[32],
                             const char *key_file);
brug_err brug__store_key_find(brug_db *db, const char *did, brug__key_row *out);
brug_err brug__store_key_active(brug_db *db, const char *issuer, brug__key_row *out);
brug_err brug__store_key_revoke(brug_db *db, const char *did);

/* Record credential id of issuer about subject and give it the next index of the issuer's
 * status list (its id, the issuer id): *index.  Runs in the caller's transaction. */
brug_err brug__store_credential_add(brug_db *db, const char *id, const char *issuer,
                                    const char *subject, const char *valid_until,
                                    int64_t *index /* OUT */);
/* Mark id revoked (BRUG_ENOTFOUND, or not issuer's when issuer is not NULL); *owner (may be
 * NULL, BRUG__ISSUER_ID_MAX + 1 bytes) gets its issuer.  Caller's transaction. */
brug_err brug__store_credential_revoke(brug_db *db, const char *id, char *owner);
/* The issuer of credential id into owner (BRUG__ISSUER_ID_MAX + 1 bytes); BRUG_ENOTFOUND. */
brug_err brug__store_credential_issuer(brug_db *db, const char *id, char *owner);
/* The credentials issuer issued (every issuer's when NULL), newest first. */
brug_err brug__store_credential_list(brug_db *db, const char *issuer, brug__credential_fn fn,
                                     void *ctx);
/* Is index of list revoked?  *known 0 when list is not one of this brug's. */
brug_err brug__store_status_revoked(brug_db *db, const char *list, int64_t index, int *known,
                                    int *revoked);
/* The bits of list (BRUG__STATUS_LIST_BITS / 8 bytes, most significant bit first) with the
 * revoked credentials set.  BRUG_ENOTFOUND when the list is not this brug's. */
brug_err brug__store_status_bits(brug_db *db, const char *list, uint8_t *bits);

/* The preferred label of skill uri in lang into out (size bytes; "" when none).
 * BRUG_EDANGLING when uri is not a skill of the taxonomy. */
brug_err brug__store_skill_label(brug_db *db, const char *uri, const char *lang, char *out,
                                 size_t size);
/* The concept id of skill uri, 0 when none. */
brug_err brug__store_skill_id(brug_db *db, const char *uri, int64_t *id);

/* --- credentials on passports --- */

/* Store person's credential for skill (concept id) before the passport row is written: for
 * a new passport directly; for an existing one staged, and the person row's update trigger
 * replaces the person's stored credentials with the staged ones. underlying: the evidence code
 * without the credential; state: "verified", ... */
brug_err brug__store_passport_cred_stage(brug_db *db, const char *person, int64_t skill,
                                         const char *cred_id, const char *doc, int underlying,
                                         const char *state, const char *issuer,
                                         const char *issuer_name);
/* The credentials person's passport carries, by skill URI. */
brug_err brug__store_passport_creds(brug_db *db, const char *person, brug__passport_cred_fn fn,
                                    void *ctx);
/* The passports that carry credential id (any order). */
brug_err brug__store_passport_creds_of(brug_db *db, const char *cred_id, brug__passport_cred_fn fn,
                                       void *ctx);
/* Every stored passport credential whose state is "verified", by person, then skill id. */
brug_err brug__store_passport_creds_all(brug_db *db, brug__passport_cred_fn fn, void *ctx);
/* Set person's skill evidence to evidence (in person_skill and the packed record) and the
 * stored credential's state. Caller's transaction. */
brug_err brug__store_passport_cred_downgrade(brug_db *db, const char *person, int64_t skill,
                                             int evidence, const char *state);

#endif
