/*
 * credential_verify.c - verifying a skill credential
 * (brug_credential_verify, include/brug/credential.h).  The report has one
 * entry per check, in order: json (it parses), shape (a VC 2.0
 * credential), proof (the signature, its cryptosuite, its context, its
 * did:key), issuer (who signed, in whose name, the key's status), dates
 * (validFrom / validUntil against now) and status (revocation, checked here
 * when the list is this brug's own; another server's is not fetched).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credential.h"
#include "eddsa_jcs.h"
#include "issuer.h"
#include "backend.h"
#include "store_credentials.h"

#define VC_V2 "https://www.w3.org/ns/credentials/v2"

/* Make s valid UTF-8 in place: a byte that does not start a well-formed sequence (input
 * quoted in a message, or text cut short by a bound) becomes '?'. */
static void utf8_clean(char *s)
{
    unsigned char *p = (unsigned char *)s;
    while (*p) {
        size_t n = *p < 0x80         ? 1
                   : (*p >> 5) == 6  ? 2
                   : (*p >> 4) == 14 ? 3
                   : (*p >> 3) == 30 ? 4
                                     : 0;
        size_t i;
        int ok = n > 0;
        for (i = 1; ok && i < n; i++)
            ok = (p[i] & 0xc0) == 0x80;
        if (ok && n == 2 && *p < 0xc2)
            ok = 0; /* overlong */
        if (ok && n == 3 && ((*p == 0xe0 && p[1] < 0xa0) || (*p == 0xed && p[1] >= 0xa0)))
            ok = 0; /* overlong, surrogate */
        if (ok && n == 4 &&
            ((*p == 0xf0 && p[1] < 0x90) || *p > 0xf4 || (*p == 0xf4 && p[1] >= 0x90)))
            ok = 0;
        if (!ok) {
            *p++ = '?';
            continue;
        }
        p += n;
    }
}

typedef struct report {
    json_t *checks;
    int failed;
    char first[700]; /* the first failure's message */
} report;

static void add_check(report *r, const char *check, int ok, int skipped, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void add_check(report *r, const char *check, int ok, int skipped, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    json_t *c;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    utf8_clean(msg);
    c = json_pack("{s:s,s:b,s:s}", "check", check, "ok", ok, "message", msg);
    if (c && skipped)
        json_object_set_new(c, "skipped", json_true());
    json_array_append_new(r->checks, c);
    if (!ok && !r->failed) {
        r->failed = 1;
        snprintf(r->first, sizeof(r->first), "%s: %s", check, msg);
    }
}

static const char *issuer_id_of(const json_t *doc)
{
    const json_t *iss = json_object_get(doc, "issuer");
    return json_is_string(iss) ? json_string_value(iss)
                               : json_string_value(json_object_get(iss, "id"));
}

/* shape: a VC 2.0 credential brug can reason about; 1 when it is. */
static int check_shape(const json_t *doc, report *r)
{
    const json_t *ctx = json_object_get(doc, "@context"), *type = json_object_get(doc, "type"), *t;
    const char *first = json_string_value(json_is_array(ctx) ? json_array_get(ctx, 0) : ctx);
    size_t i;
    int vc = 0, ok;
    if (!json_is_object(doc)) {
        add_check(r, "shape", 0, 0, "a credential must be a JSON object");
        return 0;
    }
    if (!first || strcmp(first, VC_V2) != 0) {
        add_check(r, "shape", 0, 0, "wrong @context: the first must be %s (got %s)", VC_V2,
                  first ? first
                  : ctx ? "a non-string"
                        : "none");
        return 0;
    }
    json_array_foreach(type, i, t)
    {
        if (json_is_string(t) && strcmp(json_string_value(t), "VerifiableCredential") == 0)
            vc = 1;
    }
    if (!vc) {
        add_check(r, "shape", 0, 0, "\"type\" does not include VerifiableCredential");
        return 0;
    }
    if (!issuer_id_of(doc)) {
        add_check(r, "shape", 0, 0, "no issuer (a URL or an object with an id)");
        return 0;
    }
    if (!json_is_object(json_object_get(doc, "credentialSubject"))) {
        add_check(r, "shape", 0, 0, "no credentialSubject object");
        return 0;
    }
    if ((json_object_get(doc, "validFrom") &&
         (brug__datetime_seconds(json_string_value(json_object_get(doc, "validFrom")), &ok),
          !ok)) ||
        (json_object_get(doc, "validUntil") &&
         (brug__datetime_seconds(json_string_value(json_object_get(doc, "validUntil")), &ok),
          !ok))) {
        add_check(r, "shape", 0, 0, "validFrom and validUntil must be dateTimes");
        return 0;
    }
    add_check(r, "shape", 1, 0, "a Verifiable Credential 2.0");
    return 1;
}

/* issuer: who signed, in whose name.  Sets *trusted. */
static brug_err check_issuer(brug_db *db, const json_t *doc, const brug__eddsa_result *res,
                             unsigned flags, report *r, int *trusted, json_t *rep)
{
    char did[BRUG_DID_SIZE], url[512];
    brug__key_row key;
    brug__issuer_row row;
    const char *named = issuer_id_of(doc);
    brug_err err;

    *trusted = 0;
    brug__did_key_from_public(res->pk, did);
    err = brug__store_key_find(db, did, &key);
    if (err == BRUG_ENOTFOUND) {
        int required = (flags & BRUG_VERIFY_REQUIRE_TRUSTED) != 0;
        add_check(r, "issuer", !required, 0,
                  "issuer %.200s is not registered here and key %s is not one of brug's: %s", named,
                  did,
                  required ? "a trusted issuer is required"
                           : "the proof holds, brug does not vouch for the issuer");
        return BRUG_OK;
    }
    if (err)
        return err;
    err = brug__store_issuer_get(db, key.issuer, &row);
    if (err)
        return err;
    brug__issuer_url(&row, url, sizeof(url));
    json_object_set_new(rep, "issuer_name", json_string(row.name));
    if (strcmp(url, named) != 0) {
        add_check(r, "issuer", 0, 0,
                  "key %s belongs to issuer %s (%s), but the credential names %.200s", did, row.id,
                  url, named);
        return BRUG_OK;
    }
    if (strcmp(key.status, "revoked") == 0) {
        add_check(r, "issuer", 0, 0, "key %s of issuer %s (%s) was revoked", did, row.id, row.name);
        return BRUG_OK;
    }
    *trusted = 1;
    add_check(r, "issuer", 1, 0, "trusted issuer %s (%s, %s), key %s (%s)", row.id, row.name,
              row.type, did, key.status);
    return BRUG_OK;
}

static void check_dates(const json_t *doc, time_t now, report *r)
{
    const char *from = json_string_value(json_object_get(doc, "validFrom"));
    const char *until = json_string_value(json_object_get(doc, "validUntil"));
    int ok;
    if (from && brug__datetime_seconds(from, &ok) > (int64_t)now) {
        add_check(r, "dates", 0, 0, "not valid before %s", from);
        return;
    }
    if (until && brug__datetime_seconds(until, &ok) < (int64_t)now) {
        add_check(r, "dates", 0, 0, "expired on %s", until);
        return;
    }
    add_check(r, "dates", 1, 0, "valid from %s%s%s", from ? from : "(no date)",
              until ? " until " : ", no expiry", until ? until : "");
}

static brug_err check_status(brug_db *db, const json_t *doc, report *r)
{
    const json_t *cs = json_object_get(doc, "credentialStatus");
    const char *type, *purpose, *index_text, *url, *slash;
    brug__issuer_row row;
    char ours[512], *end;
    long long index;
    int known = 0, revoked = 0;
    brug_err err;

    if (!cs) {
        add_check(r, "status", 1, 0, "no credentialStatus: the issuer cannot revoke it");
        return BRUG_OK;
    }
    type = json_string_value(json_object_get(cs, "type"));
    purpose = json_string_value(json_object_get(cs, "statusPurpose"));
    index_text = json_string_value(json_object_get(cs, "statusListIndex"));
    url = json_string_value(json_object_get(cs, "statusListCredential"));
    if (!type || strcmp(type, "BitstringStatusListEntry") != 0 || !url || !index_text) {
        add_check(r, "status", 1, 1,
                  "credentialStatus of type %s is not checked (brug reads "
                  "BitstringStatusListEntry)",
                  type ? type : "(none)");
        return BRUG_OK;
    }
    index = strtoll(index_text, &end, 10);
    if (*end || index < 0 || !index_text[0]) {
        add_check(r, "status", 0, 0, "statusListIndex \"%.40s\" is not a whole number", index_text);
        return BRUG_OK;
    }
    slash = strrchr(url, '/');
    err = slash ? brug__store_issuer_get(db, slash + 1, &row) : BRUG_ENOTFOUND;
    if (err && err != BRUG_ENOTFOUND)
        return err;
    if (!err)
        brug__status_list_url(&row, ours, sizeof(ours));
    if (err || strcmp(ours, url) != 0) {
        add_check(r, "status", 1, 1,
                  "status list %.200s is not this brug's: not fetched, not "
                  "checked",
                  url);
        return BRUG_OK;
    }
    err = brug__store_status_revoked(db, row.id, index, &known, &revoked);
    if (err)
        return err;
    if (purpose && strcmp(purpose, "revocation") != 0) {
        add_check(r, "status", 1, 1, "status purpose %s is not checked", purpose);
        return BRUG_OK;
    }
    if (revoked)
        add_check(r, "status", 0, 0, "revoked by its issuer (status list %s, index %lld)", row.id,
                  index);
    else
        add_check(r, "status", 1, 0, "not revoked (status list %s, index %lld, checked locally)",
                  row.id, index);
    return BRUG_OK;
}

brug_err brug__credential_check(brug_db *db, const json_t *doc, unsigned flags, time_t now,
                                json_t **out)
{
    report r = {json_array(), 0, ""};
    brug__eddsa_result res;
    json_t *rep = json_object(), *skills = json_array(), *al, *a;
    int trusted = 0, proof_ok = 0;
    size_t i;
    brug_err err = BRUG_OK;

    *out = NULL;
    if (!r.checks || !rep || !skills) {
        json_decref(r.checks);
        json_decref(rep);
        json_decref(skills);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    add_check(&r, "json", 1, 0, "well-formed JSON");
    if (check_shape(doc, &r)) {
        err = brug__eddsa_jcs_verify(doc, "assertionMethod", &res);
        if (err == BRUG_ENOMEM)
            goto out;
        proof_ok = err == BRUG_OK;
        err = BRUG_OK;
        if (proof_ok)
            add_check(&r, "proof", 1, 0, "eddsa-jcs-2022 signature verifies with %s", res.vm);
        else
            add_check(&r, "proof", 0, 0, "%s", res.why);
        if (proof_ok)
            err = check_issuer(db, doc, &res, flags, &r, &trusted, rep);
        else
            add_check(&r, "issuer", 0, 1, "not checked: the proof does not verify");
        if (!err)
            check_dates(doc, now, &r);
        if (!err)
            err = check_status(db, doc, &r);
        if (err)
            goto out;
    }
    if (json_is_object(doc)) {
        const json_t *sub = json_object_get(doc, "credentialSubject");
        if (json_object_get(doc, "id"))
            json_object_set(rep, "id", json_object_get(doc, "id"));
        if (issuer_id_of(doc))
            json_object_set_new(rep, "issuer", json_string(issuer_id_of(doc)));
        if (json_object_get(sub, "id"))
            json_object_set(rep, "subject", json_object_get(sub, "id"));
        al = json_object_get(json_object_get(sub, "achievement"), "alignment");
        json_array_foreach(al, i, a)
        {
            if (json_is_string(json_object_get(a, "targetUrl")))
                json_array_append(skills, json_object_get(a, "targetUrl"));
        }
    }
out:
    if (err) {
        json_decref(r.checks);
        json_decref(rep);
        json_decref(skills);
        return err;
    }
    json_object_set_new(rep, "verified", json_boolean(!r.failed));
    json_object_set_new(rep, "trusted", json_boolean(!r.failed && trusted));
    json_object_set_new(rep, "skills", skills);
    json_object_set_new(rep, "checks", r.checks);
    *out = rep;
    if (r.failed)
        return brug__db_error(db, BRUG_EVERIFY, "%s", r.first);
    if ((flags & BRUG_VERIFY_REQUIRE_TRUSTED) && !trusted)
        return brug__db_error(db, BRUG_EVERIFY, "issuer: %s is not a trusted issuer of this brug",
                              issuer_id_of(doc));
    return BRUG_OK;
}

brug_err brug_credential_verify(brug_db *db, const char *text, size_t len, unsigned flags,
                                json_t **out)
{
    json_error_t jerr;
    json_t *doc;
    brug_err err;

    *out = NULL;
    if (!text)
        return brug__db_error(db, BRUG_EINVAL, "no credential text");
    if (len > BRUG__JCS_MAX)
        return brug__db_error(db, BRUG_ETOOBIG, "credential larger than %u bytes", BRUG__JCS_MAX);
    doc = brug__jcs_parse(text, len, &jerr);
    if (!doc) {
        char msg[300];
        snprintf(msg, sizeof(msg), "malformed JSON: %s (line %d, column %d)", jerr.text, jerr.line,
                 jerr.column);
        utf8_clean(msg);
        *out = json_pack("{s:b,s:b,s:[{s:s,s:b,s:s}]}", "verified", 0, "trusted", 0, "checks",
                         "check", "json", "ok", 0, "message", msg);
        return brug__db_error(db, *out ? BRUG_EVERIFY : BRUG_ENOMEM, "json: %s", msg);
    }
    err = brug__credential_check(db, doc, flags, time(NULL), out);
    json_decref(doc);
    return err;
}
