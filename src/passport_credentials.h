/*
 * passport_credentials.h - credentials on passport skills
 * (passport_credentials.c): the one hook the passport writer calls, and
 * what revocation calls.
 */
#ifndef BRUG__PASSPORT_CREDENTIALS_H
#define BRUG__PASSPORT_CREDENTIALS_H

#include <jansson.h>

#include "people.h"

/*
 * Before the passport rec is written, inside the write's transaction:
 * verify every credential the parser kept on its skills (rec->creds;
 * trusted issuer required, about this passport, naming that skill), set
 * the skill's evidence in rec to credential while it verifies or to its
 * underlying evidence when it is revoked or expired, and stage the
 * credentials to be stored with the passport.  A credential that does not
 * verify otherwise is an error: BRUG_EVERIFY with "skills[i].credential:
 * why" in why.
 */
brug_err brug__passport_credentials_apply(brug_db *db, brug__passport_rec *rec, char *why,
                                          size_t whysize);

/* Credential id was revoked: the passports that carry it drop to its underlying evidence.
 * Runs in the caller's transaction. */
brug_err brug__passport_credentials_revoked(brug_db *db, const char *cred_id);

#endif
