/*
 * access.h - who may see a skills passport: API tokens, a person's consent
 * to an adviser, and the audit log of every passport read or change.
 *
 * Passports are personal data.  Access goes through API tokens, each with
 * a role and a subject:
 *   admin     everything;
 *   person    the subject is the person's passport id: reads and changes
 *             only that passport, and grants or withdraws consent;
 *   adviser   the subject names the adviser: reads a passport only while
 *             its person's consent to that adviser stands;
 *   employer  no passports (offers and the ontology are public);
 *   issuer    no passports; issues and revokes credentials in the name of
 *             the issuer its subject names (include/brug/credential.h).
 * A token is 48 random bytes of text ("brug_" + 43 base64url characters),
 * shown once when created; the database keeps only its BLAKE2b hash
 * (libsodium crypto_generichash), so a copy of the file gives no usable
 * token.  (A slow password hash is not needed: the token has 256 bits of
 * entropy, and a fast hash keeps each request's check cheap.)
 *
 * Every call that changes data runs in one transaction.  Like every call on
 * a brug_db, none is safe from two threads on one handle.
 */
#ifndef BRUG_ACCESS_H
#define BRUG_ACCESS_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/db.h"

typedef enum brug_role {
    BRUG_ROLE_NONE = 0,
    BRUG_ROLE_ADMIN = 1,
    BRUG_ROLE_ADVISER = 2,
    BRUG_ROLE_PERSON = 3,
    BRUG_ROLE_EMPLOYER = 4,
    BRUG_ROLE_ISSUER = 5, /* issues and revokes credentials in its subject's (an issuer id) name */
} brug_role;

/* "admin", "adviser", "person", "employer", "issuer"; "none" otherwise.  Static. */
BRUG_API const char *brug_role_name(brug_role role);
/* The role of that name, or BRUG_ROLE_NONE. */
BRUG_API brug_role brug_role_parse(const char *name);

/* Bytes of a token's text, with its NUL. */
#define BRUG_TOKEN_SIZE 49
/* Longest subject (person id, adviser name), in bytes. */
#define BRUG_SUBJECT_MAX 127

/* The holder of a token. */
typedef struct brug_principal {
    int64_t token_id;
    brug_role role;
    char subject[BRUG_SUBJECT_MAX + 1];
} brug_principal;

/*
 * Create a token with role and subject and write its text into token
 * (BRUG_TOKEN_SIZE bytes).  subject is required for BRUG_ROLE_PERSON (the
 * passport id); for the other roles NULL or "" picks "<role>-<token id>".
 * who (may be NULL) receives the new token's principal.  The text cannot be
 * recovered later.  BRUG_EINVAL (no role, subject missing or longer than
 * BRUG_SUBJECT_MAX, read-only db), BRUG_EDB, BRUG_EINTERNAL (libsodium).
 */
BRUG_API brug_err brug_token_create(brug_db *db, brug_role role, const char *subject,
                                    char *token /* OUT: BRUG_TOKEN_SIZE bytes */,
                                    brug_principal *who /* OUT, may be NULL */);

/*
 * Who holds token (the text as given, e.g. from "Authorization: Bearer
 * ...").  BRUG_EDENIED for an unknown, revoked or malformed token (no
 * database access for a malformed one).  Works on a read-only db.
 */
BRUG_API brug_err brug_token_check(brug_db *db, const char *token, brug_principal *who /* OUT */);

/* Revoke token id: it stops working at once.  BRUG_ENOTFOUND. */
BRUG_API brug_err brug_token_revoke(brug_db *db, int64_t id);

/* [{"id", "role", "subject", "created", "revoked": null | time}], oldest first. */
BRUG_API brug_err brug_token_list(brug_db *db, json_t **out /* OUT */);

/*
 * Person `person` consents to adviser `adviser` reading their passport
 * (again, after a withdrawal).  BRUG_EINVAL for an empty or too long id.
 */
BRUG_API brug_err brug_consent_grant(brug_db *db, const char *person, const char *adviser);

/* Withdraw that consent; reads stop at once.  BRUG_ENOTFOUND when none stands. */
BRUG_API brug_err brug_consent_withdraw(brug_db *db, const char *person, const char *adviser);

/* [{"adviser", "granted", "withdrawn": null | time}] of person, by adviser. */
BRUG_API brug_err brug_consent_list(brug_db *db, const char *person, json_t **out /* OUT */);

/*
 * May who read (write == 0) or change (write != 0) the passport of person?
 * BRUG_OK, or BRUG_EDENIED with the reason in brug_errmsg(db) (another
 * person's passport, no consent or consent withdrawn, role without access).
 * who NULL means no token.  Works on a read-only db.
 */
BRUG_API brug_err brug_access_passport(brug_db *db, const brug_principal *who, const char *person,
                                       int write);

/*
 * Append to the audit log: who (NULL: anonymous) did action ("read",
 * "create", "update", "delete", "consent-grant", "consent-withdraw") on
 * person's passport with outcome ("ok", "denied", "not-found", ...).
 */
BRUG_API brug_err brug_audit_add(brug_db *db, const brug_principal *who, const char *action,
                                 const char *person, const char *outcome);

/*
 * The audit log, newest first, at most limit entries (0: all), only
 * person's when person is not NULL:
 *   [{"id", "time", "actor", "role", "token", "action", "person", "outcome"}]
 */
BRUG_API brug_err brug_audit_list(brug_db *db, const char *person, size_t limit,
                                  json_t **out /* OUT */);

#endif
