/*
 * eddsa_jcs.h - the eddsa-jcs-2022 cryptosuite of W3C Data Integrity
 * (vc-di-eddsa §3.3): a JSON document signed with an Ed25519 key over
 * SHA-256(JCS(proof configuration)) || SHA-256(JCS(document)), the
 * signature in the proof's proofValue as multibase base58btc.
 *
 * These functions know nothing of issuers or credentials: they create and
 * check one embedded proof (credential.c decides what a valid credential
 * is).
 */
#ifndef BRUG__EDDSA_JCS_H
#define BRUG__EDDSA_JCS_H

#include <stdint.h>

#include <jansson.h>

#include "brug/error.h"
#include "did_key.h"
#include "jcs.h"

/* The intermediate values of one proof, for the tests that compare them with the W3C
 * vectors: the canonical document and proof configuration, their SHA-256 and the
 * signature.  Release with brug__eddsa_trace_release. */
typedef struct brug__eddsa_trace {
    brug__jcs_buf doc, config;
    uint8_t doc_hash[32], config_hash[32], sig[64];
} brug__eddsa_trace;

void brug__eddsa_trace_release(brug__eddsa_trace *t);

/*
 * Sign unsecured (a JSON object without "proof") with the Ed25519 secret
 * key sk (libsodium's 64-byte form) under the proof options (an object with
 * type "DataIntegrityProof", cryptosuite "eddsa-jcs-2022", created,
 * verificationMethod, proofPurpose).  The proof configuration is the
 * options plus the document's "@context".  *out: a new document, a copy of
 * unsecured with "proof" added (the caller json_decref()s it).  trace may
 * be NULL.  BRUG_EINVAL (with why) for a bad document or options,
 * BRUG_ENOMEM.
 */
brug_err brug__eddsa_jcs_sign(const json_t *unsecured, const json_t *options, const uint8_t sk[64],
                              json_t **out /* OUT */, brug__eddsa_trace *trace, char *why,
                              size_t whysize);

/* What checking a proof found. */
typedef struct brug__eddsa_result {
    char vm[256];      /* proof.verificationMethod ("" when absent) */
    char created[40];  /* proof.created ("" when absent) */
    uint8_t pk[32];    /* the key vm names (when it is a did:key) */
    int has_key;       /* pk is set */
    char why[512];     /* the first reason the proof fails, "" when it verifies */
    const char *stage; /* "json", "proof", "cryptosuite", "context", "key", "signature" */
} brug__eddsa_result;

/*
 * Check the one eddsa-jcs-2022 proof embedded in secured, with proof
 * purpose purpose (e.g. "assertionMethod").  BRUG_OK when it verifies;
 * BRUG_EVERIFY with res->stage and res->why saying where and why not;
 * BRUG_ENOMEM.  Keys are taken from did:key verification methods only.
 */
brug_err brug__eddsa_jcs_verify(const json_t *secured, const char *purpose,
                                brug__eddsa_result *res /* OUT */);

/* 1 when s is an XML Schema dateTime as Data Integrity uses them
 * ("2023-02-24T23:36:38Z", optional fraction, Z or +hh:mm offset). */
int brug__datetime_valid(const char *s);

#endif
