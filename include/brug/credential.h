/*
 * credential.h - verifiable skill credentials: the issuers brug trusts,
 * Open Badges 3.0 AchievementCredentials naming ESCO skills, signed with
 * eddsa-jcs-2022 Data Integrity proofs, their verification, revocation
 * through W3C Bitstring Status Lists, and the credentials a passport
 * carries (docs/credentials.md).
 *
 * Issuers.  An issuer (a school, a training provider, an employer, an EVC
 * validation centre) has an id, a name, a type and one or more Ed25519
 * keys, each named by its did:key ("did:key:z6Mk...").  One key is active
 * (it signs); adding a key retires the active one (rotation: credentials it
 * signed still verify); revoking a key (it was compromised) makes every
 * credential it signed fail.  Private keys live only in the files the
 * operator names (mode 0600, JSON {"publicKeyMultibase",
 * "privateKeyMultibase"} like the W3C test key); the database keeps the
 * public key and the file's path, never the key.  Registering an issuer is
 * an admin's act (the CLI, which has the file); an issuer token (role
 * BRUG_ROLE_ISSUER, subject the issuer id) issues and revokes in its own
 * name only.
 *
 * Like every call on a brug_db, none is safe from two threads on one handle.
 */
#ifndef BRUG_CREDENTIAL_H
#define BRUG_CREDENTIAL_H

#include <stddef.h>

#include <jansson.h>

#include "brug/access.h"
#include "brug/db.h"

/* Bytes of a did:key of an Ed25519 key, with its NUL. */
#define BRUG_DID_SIZE 64

/*
 * Register an issuer: id (1 to 64 bytes of [a-z0-9._-]), name (1 to 200
 * bytes), type "school", "provider", "employer" or "evc", base_url the
 * public address of this brug server (credentials point at its
 * /api/v1/issuers/ID and /api/v1/status/ID; NULL: "http://localhost:8080").
 * BRUG_EINVAL, BRUG_ECONFLICT when the id is taken, BRUG_EDB.
 */
BRUG_API brug_err brug_issuer_add(brug_db *db, const char *id, const char *name, const char *type,
                                  const char *base_url);

/*
 * Give issuer a new active signing key, retiring the active one.  When
 * key_file exists it is read (it must be a regular file of mode 0600 or
 * stricter); otherwise a key is generated with libsodium and written there,
 * created with mode 0600 (never overwriting).  did receives the key's
 * did:key.  BRUG_ENOTFOUND (issuer), BRUG_EIO (file), BRUG_EPARSE (not a
 * key file), BRUG_EDENIED (file readable by others), BRUG_ECONFLICT (the
 * key is registered already).
 */
BRUG_API brug_err brug_issuer_key_add(brug_db *db, const char *issuer, const char *key_file,
                                      char *did /* OUT: BRUG_DID_SIZE bytes */);

/* Revoke the key did: credentials it signed stop verifying.  BRUG_ENOTFOUND. */
BRUG_API brug_err brug_issuer_key_revoke(brug_db *db, const char *did);

/*
 * [{"id","name","type","base_url","created","keys":[{"did","status"
 * ("active"|"retired"|"revoked"),"created","retired","revoked"}]}] by id.
 */
BRUG_API brug_err brug_issuer_list(brug_db *db, json_t **out /* OUT */);

/*
 * The issuer's public profile, an Open Badges 3.0 Profile:
 * {"@context","id","type":["Profile"],"name","brug:type","verificationMethod":[{"id","type":
 * "Multikey","controller","publicKeyMultibase","brug:status"}]}.  BRUG_ENOTFOUND.
 */
BRUG_API brug_err brug_issuer_profile(brug_db *db, const char *id, json_t **out /* OUT */);

/*
 * Issue a credential.  request:
 *   {"issuer": ID, "subject": PASSPORT_ID, "skills": [ESCO skill URI, ...] (1 to 100),
 *    "name"?: text, "description"?: text, "valid_from"?: dateTime (default now),
 *    "valid_until"?: dateTime or YYYY-MM-DD,
 *    "evidence"?: [{"type": "course"|"assessment"|"evc", "name": text, "description"?,
 *                  "id"?: URI}]}
 * who is the caller: NULL for the local operator (the CLI), an admin for
 * any issuer, an issuer token for its own id only (BRUG_EDENIED otherwise).
 * The credential (an Open Badges 3.0 AchievementCredential whose
 * achievement aligns to the ESCO skills, with their English and Dutch
 * labels, and a BitstringStatusListEntry) is signed with the issuer's
 * active key, recorded, and returned in *out (the caller json_decref()s it).
 * BRUG_EINVAL / BRUG_EDANGLING (a URI that is not a skill) with the field
 * in brug_errmsg, BRUG_ENOTFOUND (issuer, or it has no active key),
 * BRUG_EIO / BRUG_EDENIED (the key file), BRUG_EDB.
 */
BRUG_API brug_err brug_credential_issue(brug_db *db, const json_t *request,
                                        const brug_principal *who, json_t **out /* OUT */);

enum brug_verify_flags {
    BRUG_VERIFY_REQUIRE_TRUSTED = 1 << 0, /* an issuer brug does not know fails */
};

/*
 * Verify the credential in text (len bytes of JSON).  *out receives the
 * report (always, unless BRUG_ENOMEM):
 *   {"verified": bool, "trusted": bool, "id", "issuer", "subject",
 *    "issuer_name"?, "skills": [URI...], "checks": [{"check": "json"|"shape"|
 *    "proof"|"issuer"|"dates"|"status", "ok": bool, "skipped"?: true,
 *    "message": text}]}
 * verified: the proof verifies (eddsa-jcs-2022, did:key), the dates hold
 * now, the key is not revoked and the credential is not revoked (in a
 * status list of this brug; other lists are not fetched and reported as
 * unchecked).  trusted: also signed by a registered issuer's active or
 * retired key, in that issuer's name.  Returns BRUG_OK when verified (and
 * trusted, with BRUG_VERIFY_REQUIRE_TRUSTED), else BRUG_EVERIFY with the
 * first failing check's message in brug_errmsg(db).  Works on a read-only
 * db.
 */
BRUG_API brug_err brug_credential_verify(brug_db *db, const char *text, size_t len, unsigned flags,
                                         json_t **out /* OUT */);

/*
 * Revoke credential id (its bit in the issuer's status list is set).  who
 * as for brug_credential_issue.  Passports that carry it drop to their
 * underlying evidence in the same transaction.  BRUG_ENOTFOUND,
 * BRUG_EDENIED.
 */
BRUG_API brug_err brug_credential_revoke(brug_db *db, const char *id, const brug_principal *who);

/* [{"id","issuer","subject","list","index","issued","valid_until","revoked"}], newest first,
 * only issuer's when issuer is not NULL. */
BRUG_API brug_err brug_credential_list(brug_db *db, const char *issuer, json_t **out /* OUT */);

/*
 * The status list `list` (an issuer id) as a W3C BitstringStatusListCredential
 * (statusPurpose "revocation", encodedList: multibase base64url of the
 * GZIP-compressed 131072-bit list), signed with the issuer's active key
 * when its file can be read (unsigned otherwise).  BRUG_ENOTFOUND.
 */
BRUG_API brug_err brug_status_list_get(brug_db *db, const char *list, json_t **out /* OUT */);

/*
 * The credentials a passport carries, for the person to take elsewhere:
 * [{"skill": URI, "state": "verified"|"revoked"|"expired"|"invalid",
 *   "underlying": evidence, "credential_id", "issuer", "issuer_name",
 *   "credential": {...}}], checked again now.
 * BRUG_ENOTFOUND when there is no such passport.
 */
BRUG_API brug_err brug_passport_credentials(brug_db *db, const char *person,
                                            json_t **out /* OUT */);

/*
 * For display: add to each skill of passport document doc (from
 * brug_passport_get; changed in place) that carries a credential
 * "credential_state" ("verified", "revoked", "expired", "invalid", checked
 * now) and "proven_by" (the issuer's name).  The result is not import
 * input.  Works on a read-only db.
 */
BRUG_API brug_err brug_passport_proofs(brug_db *db, json_t *doc);

/*
 * Say in a match document of brug_match_passport or brug_match_offer
 * (changed in place) which matching skills are proven: each matching skill
 * whose person's own skill ("from" for a related one) carries a verified
 * credential gets "proven_by": {"issuer": URL, "issuer_name", "credential":
 * id}.  One query per passport.  Works on a read-only db.
 */
BRUG_API brug_err brug_match_proofs(brug_db *db, json_t *doc);

#endif
