/*
 * access.h - the access module's records, as they move between the domain
 * side (access.c, access_policy.c) and a storage backend (store_access.c
 * for SQLite): API tokens, consents and audit entries.  Text fields point
 * into the backend's row and are valid only during the callback.
 */
#ifndef BRUG__ACCESS_H
#define BRUG__ACCESS_H

#include <stdint.h>

#include "brug/access.h"

/* An API token; the text itself is never stored, only its BLAKE2b-256. */
typedef struct brug__token_rec {
    int64_t id;
    brug_role role;
    const char *subject;
    const char *created;
    const char *revoked; /* NULL while the token works */
} brug__token_rec;

/* A person's consent to an adviser; withdrawn NULL while it stands. */
typedef struct brug__consent_rec {
    const char *person;
    const char *adviser;
    const char *granted;
    const char *withdrawn;
} brug__consent_rec;

/* One audit entry.  On the way in, time is set by the backend (now) and
 * id is ignored; token 0 is none. */
typedef struct brug__audit_rec {
    int64_t id;
    const char *time;
    const char *actor;
    const char *role;
    int64_t token;
    const char *action;
    const char *person;
    const char *outcome;
} brug__audit_rec;

/* Callbacks of the list methods: anything but BRUG_OK stops the scan and
 * is returned. */
typedef brug_err (*brug__token_fn)(void *ctx, const brug__token_rec *r);
typedef brug_err (*brug__consent_fn)(void *ctx, const brug__consent_rec *r);
typedef brug_err (*brug__audit_fn)(void *ctx, const brug__audit_rec *r);

/* The token of role named subject, revoked or not: *id, 0 when none. */
brug_err brug__token_named(brug_db *db, brug_role role, const char *subject, int64_t *id /* OUT */);
/* Store a new token (hash of its text), created now; *id its id. */
brug_err brug__token_add(brug_db *db, const unsigned char hash[32], brug_role role,
                         const char *subject, int64_t *id /* OUT */);
/* Name token id subject. */
brug_err brug__token_set_subject(brug_db *db, int64_t id, const char *subject);
/* The working (not revoked) token with hash; BRUG_ENOTFOUND when none. */
brug_err brug__token_find(brug_db *db, const unsigned char hash[32], brug__token_fn fn, void *ctx);
/* Revoke token id now; BRUG_ENOTFOUND when no working token has that id. */
brug_err brug__token_revoke(brug_db *db, int64_t id);
/* Every token, oldest first. */
brug_err brug__token_each(brug_db *db, brug__token_fn fn, void *ctx);

/* Grant (again) person's consent to adviser, now. */
brug_err brug__consent_put(brug_db *db, const char *person, const char *adviser);
/* Withdraw it now; BRUG_ENOTFOUND when none stands. */
brug_err brug__consent_withdraw(brug_db *db, const char *person, const char *adviser);
/* Whether person's consent to adviser stands. */
brug_err brug__consent_stands(brug_db *db, const char *person, const char *adviser,
                              int *yes /* OUT */);
/* Person's consents, by adviser. */
brug_err brug__consent_each(brug_db *db, const char *person, brug__consent_fn fn, void *ctx);
/* The consents to adviser that stand, by person. */
brug_err brug__consent_caseload(brug_db *db, const char *adviser, brug__consent_fn fn, void *ctx);

/* Append an audit entry, timed now. */
brug_err brug__audit_append(brug_db *db, const brug__audit_rec *r);
/* The audit log newest first, at most limit (0: all), only person's when
 * person is not NULL. */
brug_err brug__audit_each(brug_db *db, const char *person, size_t limit, brug__audit_fn fn,
                          void *ctx);
/* Delete entries older than days; *removed how many. */
brug_err brug__audit_remove_older(brug_db *db, unsigned days, int64_t *removed /* OUT */);

#endif
