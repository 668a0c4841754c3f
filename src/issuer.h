/*
 * issuer.h - what credential.c and status_list.c need of issuers
 * (issuer.c): an issuer's active signing key, read from the operator's key
 * file, and the URLs brug gives an issuer.
 */
#ifndef BRUG__ISSUER_H
#define BRUG__ISSUER_H

#include <stdint.h>

#include "brug/credential.h"
#include "store_credentials.h"

/* The active key of issuer and its secret key (libsodium's 64 bytes) read from the key
 * file; BRUG_ENOTFOUND, BRUG_EIO, BRUG_EDENIED, BRUG_EPARSE with the message on db.  The
 * caller wipes sk (sodium_memzero) when done. */
brug_err brug__issuer_signing_key(brug_db *db, const char *issuer, brug__key_row *key /* OUT */,
                                  uint8_t sk[64] /* OUT */);

/* "<base_url>/api/v1/issuers/<id>" and "<base_url>/api/v1/status/<id>" into out. */
void brug__issuer_url(const brug__issuer_row *row, char *out, size_t size);
void brug__status_list_url(const brug__issuer_row *row, char *out, size_t size);

/* 1 when s is an issuer id: 1 to BRUG__ISSUER_ID_MAX bytes of [a-z0-9._-]. */
int brug__issuer_valid_id(const char *s);

#endif
