/*
 * eddsa_jcs.c - creating and verifying eddsa-jcs-2022 Data Integrity proofs
 * (W3C vc-di-eddsa §3.3.1 Create Proof, §3.3.2 Verify Proof, §3.3.4
 * Hashing, §3.3.5 Proof Configuration), with libsodium's SHA-256 and
 * Ed25519 and brug's own JCS (jcs.c) and base58btc (multibase.c).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "eddsa_jcs.h"
#include "multibase.h"

void brug__eddsa_trace_release(brug__eddsa_trace *t)
{
    if (!t)
        return;
    brug__jcs_buf_release(&t->doc);
    brug__jcs_buf_release(&t->config);
}

static int digits(const char *s, int n)
{
    int i;
    for (i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

int brug__datetime_valid(const char *s)
{
    size_t n = s ? strlen(s) : 0, i = 19;
    if (n < 20 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
        !digits(s + 8, 2) || (s[10] != 'T' && s[10] != 't') || !digits(s + 11, 2) || s[13] != ':' ||
        !digits(s + 14, 2) || s[16] != ':' || !digits(s + 17, 2))
        return 0;
    if (s[5] > '1' || (s[5] == '1' && s[6] > '2') || (s[5] == '0' && s[6] == '0') || s[8] > '3' ||
        (s[8] == '0' && s[9] == '0') || s[11] > '2' || s[14] > '5' || s[17] > '6')
        return 0;
    if (s[i] == '.') {
        i++;
        if (!isdigit((unsigned char)s[i]))
            return 0;
        while (isdigit((unsigned char)s[i]))
            i++;
    }
    if ((s[i] == 'Z' || s[i] == 'z') && s[i + 1] == '\0')
        return 1;
    return (s[i] == '+' || s[i] == '-') && n == i + 6 && digits(s + i + 1, 2) && s[i + 3] == ':' &&
           digits(s + i + 4, 2);
}

/* hashData = SHA-256(canonical proof config) || SHA-256(canonical document). */
static brug_err hash_data(const json_t *doc, const json_t *config, uint8_t out[64],
                          brug__eddsa_trace *trace, char *why, size_t whysize)
{
    brug__jcs_buf d = {0}, c = {0};
    brug_err err = brug__jcs(doc, &d, why, whysize);
    if (!err)
        err = brug__jcs(config, &c, why, whysize);
    if (!err) {
        crypto_hash_sha256(out, (const unsigned char *)c.p, c.len);
        crypto_hash_sha256(out + 32, (const unsigned char *)d.p, d.len);
    }
    if (!err && trace) {
        trace->doc = d;
        trace->config = c;
        memcpy(trace->config_hash, out, 32);
        memcpy(trace->doc_hash, out + 32, 32);
    } else {
        brug__jcs_buf_release(&d);
        brug__jcs_buf_release(&c);
    }
    return err;
}

static const char *str(const json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

brug_err brug__eddsa_jcs_sign(const json_t *unsecured, const json_t *options, const uint8_t sk[64],
                              json_t **out, brug__eddsa_trace *trace, char *why, size_t whysize)
{
    json_t *config = NULL, *doc = NULL, *ctx;
    uint8_t hash[64], sig[64];
    char value[128];
    brug_err err;

    *out = NULL;
    why[0] = '\0';
    if (!json_is_object(unsecured) || json_object_get(unsecured, "proof")) {
        snprintf(why, whysize, "the document to sign must be an object without a proof");
        return BRUG_EINVAL;
    }
    if (!json_is_object(options) || !str(options, "type") ||
        strcmp(str(options, "type"), "DataIntegrityProof") != 0 || !str(options, "cryptosuite") ||
        strcmp(str(options, "cryptosuite"), "eddsa-jcs-2022") != 0) {
        snprintf(why, whysize, "proof options must name DataIntegrityProof and eddsa-jcs-2022");
        return BRUG_EINVAL;
    }
    if (str(options, "created") && !brug__datetime_valid(str(options, "created"))) {
        snprintf(why, whysize, "proof options: created is not a dateTime");
        return BRUG_EINVAL;
    }
    config = json_deep_copy(options);
    doc = json_deep_copy(unsecured);
    if (!config || !doc)
        goto nomem;
    ctx = json_object_get(unsecured, "@context");
    if (ctx && json_object_set_new(config, "@context", json_deep_copy(ctx)) != 0)
        goto nomem;
    err = hash_data(unsecured, config, hash, trace, why, whysize);
    if (err) {
        json_decref(config);
        json_decref(doc);
        return err;
    }
    crypto_sign_detached(sig, NULL, hash, sizeof(hash), sk);
    if (trace)
        memcpy(trace->sig, sig, sizeof(sig));
    brug__multibase_encode(sig, sizeof(sig), value, sizeof(value));
    if (json_object_set_new(config, "proofValue", json_string(value)) != 0 ||
        json_object_set_new(doc, "proof", config) != 0) {
        config = NULL;
        goto nomem;
    }
    *out = doc;
    return BRUG_OK;
nomem:
    json_decref(config);
    json_decref(doc);
    snprintf(why, whysize, "out of memory");
    return BRUG_ENOMEM;
}

/* Record why the proof fails at stage st; returns 0. */
static int FAIL_at(brug__eddsa_result *res, const char *st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int FAIL_at(brug__eddsa_result *res, const char *st, const char *fmt, ...)
{
    va_list ap;
    res->stage = st;
    va_start(ap, fmt);
    vsnprintf(res->why, sizeof(res->why), fmt, ap);
    va_end(ap);
    return 0;
}
#define FAIL(...) FAIL_at(res, __VA_ARGS__)

/* securedDocument.@context starts with every value of the proof's @context, in order. */
static int context_prefix(const json_t *doc_ctx, const json_t *proof_ctx)
{
    size_t i, nd, np;
    if (!doc_ctx)
        return 0;
    nd = json_is_array(doc_ctx) ? json_array_size(doc_ctx) : 1;
    np = json_is_array(proof_ctx) ? json_array_size(proof_ctx) : 1;
    if (np > nd)
        return 0;
    for (i = 0; i < np; i++) {
        const json_t *a = json_is_array(doc_ctx) ? json_array_get(doc_ctx, i) : doc_ctx;
        const json_t *b = json_is_array(proof_ctx) ? json_array_get(proof_ctx, i) : proof_ctx;
        if (!json_equal((json_t *)a, (json_t *)b))
            return 0;
    }
    return 1;
}

/* The checks before any hashing; 1 when they pass. */
static int check_proof(const json_t *secured, const json_t *proof, const char *purpose,
                       brug__eddsa_result *res)
{
    const char *type, *suite, *value, *vm, *pp, *created;
    const json_t *pctx;

    if (!json_is_object(secured))
        return FAIL("json", "a credential must be a JSON object");
    if (!proof)
        return FAIL("proof", "no proof: the credential is not signed");
    if (json_is_array(proof))
        return FAIL("proof", "%zu proofs (a proof set or chain): brug verifies one proof",
                    json_array_size(proof));
    if (!json_is_object(proof))
        return FAIL("proof", "proof must be an object");
    type = str(proof, "type");
    if (!type || strcmp(type, "DataIntegrityProof") != 0)
        return FAIL("proof", "proof type is %s%s%s, not DataIntegrityProof", type ? "\"" : "",
                    type ? type : "missing", type ? "\"" : "");
    suite = str(proof, "cryptosuite");
    if (!suite || strcmp(suite, "eddsa-jcs-2022") != 0)
        return FAIL("cryptosuite", "cryptosuite is %s%s%s; brug verifies eddsa-jcs-2022 only",
                    suite ? "\"" : "", suite ? suite : "missing", suite ? "\"" : "");
    pp = str(proof, "proofPurpose");
    if (!pp || strcmp(pp, purpose) != 0)
        return FAIL("proof", "proofPurpose is %s%s%s, expected %s", pp ? "\"" : "",
                    pp ? pp : "missing", pp ? "\"" : "", purpose);
    created = str(proof, "created");
    if (json_object_get(proof, "created") && (!created || !brug__datetime_valid(created)))
        return FAIL("proof", "proof.created is not a dateTime");
    if (created)
        snprintf(res->created, sizeof(res->created), "%s", created);
    pctx = json_object_get(proof, "@context");
    if (pctx && !context_prefix(json_object_get(secured, "@context"), pctx))
        return FAIL("context", "the document's @context does not start with the proof's @context");
    vm = str(proof, "verificationMethod");
    if (!vm)
        return FAIL("key", "proof has no verificationMethod");
    snprintf(res->vm, sizeof(res->vm), "%s", vm);
    if (strncmp(vm, "did:key:", 8) != 0)
        return FAIL("key",
                    "verification method %.200s is not a did:key (brug resolves did:key only)", vm);
    {
        char why[160];
        if (!brug__did_key_parse(vm, res->pk, why, sizeof(why)))
            return FAIL("key", "verification method %.200s: %s", vm, why);
    }
    res->has_key = 1;
    value = str(proof, "proofValue");
    if (!value)
        return FAIL("signature", "proof has no proofValue");
    return 1;
}

brug_err brug__eddsa_jcs_verify(const json_t *secured, const char *purpose, brug__eddsa_result *res)
{
    const json_t *proof = json_is_object(secured) ? json_object_get(secured, "proof") : NULL;
    json_t *doc = NULL, *options = NULL, *pctx;
    uint8_t sig[BRUG__MULTIBASE_MAX_BYTES], hash[64];
    size_t siglen = 0;
    char why[256];
    brug_err err;

    memset(res, 0, sizeof(*res));
    res->stage = "";
    if (!check_proof(secured, proof, purpose, res))
        return BRUG_EVERIFY;
    if (!brug__multibase_decode(str(proof, "proofValue"), sig, sizeof(sig), &siglen) ||
        siglen != 64) {
        FAIL("signature", "proofValue is not a base58btc (z...) Ed25519 signature of 64 bytes");
        return BRUG_EVERIFY;
    }
    doc = json_deep_copy(secured);
    options = json_deep_copy(proof);
    if (!doc || !options)
        goto nomem;
    json_object_del(doc, "proof");
    json_object_del(options, "proofValue");
    pctx = json_object_get(options, "@context");
    if (pctx && json_object_set(doc, "@context", pctx) != 0)
        goto nomem;
    err = hash_data(doc, options, hash, NULL, why, sizeof(why));
    json_decref(doc);
    json_decref(options);
    if (err == BRUG_ENOMEM)
        return BRUG_ENOMEM;
    if (err) {
        FAIL("json", "cannot canonicalise: %s", why);
        return BRUG_EVERIFY;
    }
    if (crypto_sign_verify_detached(sig, hash, sizeof(hash), res->pk) != 0) {
        FAIL("signature", "the signature does not match the document and the key of %.200s",
             res->vm);
        return BRUG_EVERIFY;
    }
    return BRUG_OK;
nomem:
    json_decref(doc);
    json_decref(options);
    FAIL("json", "out of memory");
    return BRUG_ENOMEM;
}
