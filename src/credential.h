/*
 * credential.h - internal pieces of credential.c shared with the passport
 * hook (passport_credentials.c) and status_list.c: verifying a parsed
 * credential, and times.
 */
#ifndef BRUG__CREDENTIAL_H
#define BRUG__CREDENTIAL_H

#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "brug/credential.h"

/* brug_credential_verify on a parsed document: the report in *out, BRUG_OK or
 * BRUG_EVERIFY (message on db), BRUG_ENOMEM.  now: the time to check dates against. */
brug_err brug__credential_check(brug_db *db, const json_t *doc, unsigned flags, time_t now,
                                json_t **out /* OUT */);

/* Seconds since 1970 of an XML Schema dateTime (brug__datetime_valid); 0 and *ok = 0 when
 * it is not one. */
int64_t brug__datetime_seconds(const char *s, int *ok);

/* Now as "YYYY-MM-DDThh:mm:ssZ" into out (at least 21 bytes). */
void brug__datetime_now(char *out, size_t size);

#endif
