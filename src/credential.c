/*
 * credential.c - issuing and revoking skill credentials
 * (include/brug/credential.h): an Open Badges 3.0 AchievementCredential
 * (a W3C Verifiable Credential 2.0) whose achievement aligns to ESCO
 * skills, secured with an eddsa-jcs-2022 proof (eddsa_jcs.c), revocable
 * through the issuer's Bitstring Status List (status_list.c).
 *
 * Verification is in credential_verify.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "credential.h"
#include "eddsa_jcs.h"
#include "issuer.h"
#include "passport_credentials.h"
#include "people.h"
#include "backend.h"
#include "store_credentials.h"

#define VC_V2 "https://www.w3.org/ns/credentials/v2"
#define OB_V3 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
#define MAX_SKILLS 100

/* ---- times ---- */

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    int64_t era;
    unsigned yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static int num(const char *s, int n)
{
    int v = 0, i;
    for (i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int64_t brug__datetime_seconds(const char *s, int *ok)
{
    int64_t t;
    const char *z;
    *ok = brug__datetime_valid(s);
    if (!*ok)
        return 0;
    t = days_from_civil(num(s, 4), (unsigned)num(s + 5, 2), (unsigned)num(s + 8, 2)) * 86400 +
        num(s + 11, 2) * 3600 + num(s + 14, 2) * 60 + num(s + 17, 2);
    z = s + 19;
    while (*z && *z != 'Z' && *z != 'z' && *z != '+' && *z != '-')
        z++;
    if (*z == '+' || *z == '-') {
        int off = num(z + 1, 2) * 3600 + num(z + 4, 2) * 60;
        t += *z == '+' ? -off : off;
    }
    return t;
}

void brug__datetime_now(char *out, size_t size)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ---- issuing ---- */

static const char *const request_keys[] = {"issuer",      "subject",     "skills",
                                           "name",        "description", "valid_from",
                                           "valid_until", "evidence",    NULL};
static const char *const evidence_keys[] = {"type", "name", "description", "id", NULL};
static const char *const evidence_types[] = {"course", "assessment", "evc", NULL};

static int in_list(const char *s, const char *const *list)
{
    size_t i;
    for (i = 0; s && list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

static brug_err check_keys(brug_db *db, const json_t *o, const char *const *allowed,
                           const char *where)
{
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)o, key, v)
    {
        if (!in_list(key, allowed))
            return brug__db_error(db, BRUG_EINVAL, "credential request: %sunknown field \"%s\"",
                                  where, key);
    }
    return BRUG_OK;
}

static const char *opt_text(const json_t *o, const char *key, size_t max, int *bad)
{
    const json_t *v = json_object_get(o, key);
    if (!v)
        return NULL;
    if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > max ||
        strlen(json_string_value(v)) != json_string_length(v)) {
        *bad = 1;
        return NULL;
    }
    return json_string_value(v);
}

/* urn:brug:passport:<id>, the id percent-encoded outside RFC 3986's unreserved set. */
static void subject_urn(const char *id, char *out, size_t size)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = (size_t)snprintf(out, size, "urn:brug:passport:");
    for (; *id && n + 4 < size; id++) {
        unsigned char c = (unsigned char)*id;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            out[n++] = (char)c;
        } else {
            out[n++] = '%';
            out[n++] = hex[c >> 4];
            out[n++] = hex[c & 15];
        }
    }
    out[n] = '\0';
}

static void new_uuid(char *out, size_t size)
{
    uint8_t b[16];
    randombytes_buf(b, sizeof(b));
    b[6] = (uint8_t)((b[6] & 0x0f) | 0x40);
    b[8] = (uint8_t)((b[8] & 0x3f) | 0x80);
    snprintf(out, size,
             "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
             b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
             b[14], b[15]);
}

/* May who issue or revoke in issuer's name?  NULL: the local operator. */
static brug_err may_act(brug_db *db, const brug_principal *who, const char *issuer,
                        const char *what)
{
    if (!who || who->role == BRUG_ROLE_ADMIN)
        return BRUG_OK;
    if (who->role == BRUG_ROLE_ISSUER && strcmp(who->subject, issuer) == 0)
        return BRUG_OK;
    if (who->role == BRUG_ROLE_ISSUER)
        return brug__db_error(db, BRUG_EDENIED,
                              "an issuer token %s credentials in its own name "
                              "(%s) only, not %s's",
                              what, who->subject, issuer);
    return brug__db_error(db, BRUG_EDENIED, "a %s token may not %s credentials",
                          brug_role_name(who->role), what);
}

/* The alignment of one ESCO skill, with its English and Dutch labels. */
static brug_err alignment(brug_db *db, const char *uri, json_t **out, char *first_label,
                          size_t first_size)
{
    char en[512], nl[512];
    json_t *labels;
    brug_err err = brug__store_skill_label(db, uri, "en", en, sizeof(en));
    if (!err)
        err = brug__store_skill_label(db, uri, "nl", nl, sizeof(nl));
    if (err)
        return err;
    if (first_label && !first_label[0])
        snprintf(first_label, first_size, "%s", en[0] ? en : nl[0] ? nl : uri);
    labels = json_object();
    if (en[0])
        json_object_set_new(labels, "en", json_string(en));
    if (nl[0])
        json_object_set_new(labels, "nl", json_string(nl));
    *out = json_pack("{s:[s],s:s,s:s,s:s,s:s,s:s,s:o}", "type", "Alignment", "targetType",
                     "ceterms:Skill", "targetFramework", "ESCO", "targetUrl", uri, "targetCode",
                     uri, "targetName",
                     en[0]   ? en
                     : nl[0] ? nl
                             : uri,
                     "brug:labels", labels);
    return *out ? BRUG_OK : brug__db_error(db, BRUG_ENOMEM, "out of memory");
}

/* Build the unsigned credential from a checked request. */
static brug_err build(brug_db *db, const json_t *req, const brug__issuer_row *row,
                      const char *cred_id, int64_t index, const char *valid_from,
                      const char *valid_until, json_t **out)
{
    const json_t *skills = json_object_get(req, "skills"), *ev = json_object_get(req, "evidence"),
                 *v;
    const char *name = json_string_value(json_object_get(req, "name"));
    const char *desc = json_string_value(json_object_get(req, "description"));
    char url[512], list[512], entry[560], subject[512], ach_id[64], first[512] = "";
    json_t *align = json_array(), *doc, *evidence = NULL, *achievement;
    size_t i;
    brug_err err = BRUG_OK;

    json_array_foreach(skills, i, v)
    {
        json_t *a = NULL;
        err = alignment(db, json_string_value(v), &a, first, sizeof(first));
        if (err) {
            json_decref(align);
            return brug__db_error(db, err, "credential request: skills[%zu]: %s", i,
                                  brug_errmsg(db));
        }
        json_array_append_new(align, a);
    }
    brug__issuer_url(row, url, sizeof(url));
    brug__status_list_url(row, list, sizeof(list));
    snprintf(entry, sizeof(entry), "%s#%lld", list, (long long)index);
    subject_urn(json_string_value(json_object_get(req, "subject")), subject, sizeof(subject));
    new_uuid(ach_id, sizeof(ach_id));
    if (!name)
        name = first;
    achievement = json_pack(
        "{s:s,s:[s],s:s,s:s,s:{s:s},s:o}", "id", ach_id, "type", "Achievement", "name", name,
        "description", desc ? desc : "Demonstrated the ESCO skills this achievement aligns to",
        "criteria", "narrative",
        desc ? desc : "Assessed by the issuer; see the evidence of the credential", "alignment",
        align);
    if (ev) {
        evidence = json_array();
        json_array_foreach(ev, i, v)
        {
            json_t *e = json_pack("{s:[s],s:s,s:s}", "type", "Evidence", "genre",
                                  json_string_value(json_object_get(v, "type")), "name",
                                  json_string_value(json_object_get(v, "name")));
            if (json_object_get(v, "description"))
                json_object_set(e, "description", json_object_get(v, "description"));
            if (json_object_get(v, "id"))
                json_object_set(e, "id", json_object_get(v, "id"));
            json_array_append_new(evidence, e);
        }
    }
    doc = json_pack("{s:[s,s],s:s,s:[s,s],s:s,s:{s:s,s:[s],s:s},s:s}", "@context", VC_V2, OB_V3,
                    "id", cred_id, "type", "VerifiableCredential", "AchievementCredential", "name",
                    name, "issuer", "id", url, "type", "Profile", "name", row->name, "validFrom",
                    valid_from);
    if (!doc || !achievement) {
        json_decref(doc);
        json_decref(achievement);
        json_decref(evidence);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    if (valid_until)
        json_object_set_new(doc, "validUntil", json_string(valid_until));
    json_object_set_new(doc, "credentialSubject",
                        json_pack("{s:s,s:[s],s:o}", "id", subject, "type", "AchievementSubject",
                                  "achievement", achievement));
    if (evidence)
        json_object_set_new(doc, "evidence", evidence);
    {
        char idx[24];
        snprintf(idx, sizeof(idx), "%lld", (long long)index);
        json_object_set_new(doc, "credentialStatus",
                            json_pack("{s:s,s:s,s:s,s:s,s:s}", "id", entry, "type",
                                      "BitstringStatusListEntry", "statusPurpose", "revocation",
                                      "statusListIndex", idx, "statusListCredential", list));
    }
    *out = doc;
    return err;
}

/* Check the request; *valid_until gets the normalised date (in vu, size bytes) or NULL. */
static brug_err check_request(brug_db *db, const json_t *req, char *valid_from, size_t vfsize,
                              char *vu, size_t vusize, const char **valid_until)
{
    const json_t *skills, *ev, *v;
    const char *s;
    size_t i;
    int bad = 0, ok;
    brug_err err;

    if (!json_is_object(req))
        return brug__db_error(db, BRUG_EINVAL, "credential request: must be a JSON object");
    err = check_keys(db, req, request_keys, "");
    if (err)
        return err;
    s = json_string_value(json_object_get(req, "issuer"));
    if (!s)
        return brug__db_error(db, BRUG_EINVAL, "credential request: missing \"issuer\"");
    s = json_string_value(json_object_get(req, "subject"));
    if (!s || !brug__people_valid_id(s))
        return brug__db_error(db, BRUG_EINVAL,
                              "credential request: \"subject\" must be the passport id (1 to %d "
                              "printable bytes)",
                              BRUG__ID_MAX);
    skills = json_object_get(req, "skills");
    if (!json_is_array(skills) || json_array_size(skills) == 0 ||
        json_array_size(skills) > MAX_SKILLS)
        return brug__db_error(db, BRUG_EINVAL,
                              "credential request: \"skills\" must be 1 to %d ESCO skill URIs",
                              MAX_SKILLS);
    json_array_foreach(skills, i, v)
    {
        if (!json_is_string(v))
            return brug__db_error(db, BRUG_EINVAL, "credential request: skills[%zu]: not a URI", i);
    }
    opt_text(req, "name", 200, &bad);
    opt_text(req, "description", 2000, &bad);
    if (bad)
        return brug__db_error(db, BRUG_EINVAL,
                              "credential request: \"name\" (at most 200 bytes) and "
                              "\"description\" (at most 2000) must be non-empty strings");
    s = opt_text(req, "valid_from", 40, &bad);
    if (bad || (s && !brug__datetime_valid(s)))
        return brug__db_error(db, BRUG_EINVAL,
                              "credential request: \"valid_from\" must be a dateTime such as "
                              "2026-01-31T12:00:00Z");
    if (s)
        snprintf(valid_from, vfsize, "%s", s);
    else
        brug__datetime_now(valid_from, vfsize);
    *valid_until = NULL;
    s = opt_text(req, "valid_until", 40, &bad);
    if (s && strlen(s) == 10 && brug__people_valid_date(s)) {
        snprintf(vu, vusize, "%sT23:59:59Z", s);
        s = vu;
    }
    if (bad || (s && !brug__datetime_valid(s)))
        return brug__db_error(db, BRUG_EINVAL,
                              "credential request: \"valid_until\" must be a dateTime or "
                              "YYYY-MM-DD");
    if (s) {
        if (s != vu)
            snprintf(vu, vusize, "%s", s);
        *valid_until = vu;
        if (brug__datetime_seconds(vu, &ok) <= brug__datetime_seconds(valid_from, &ok))
            return brug__db_error(db, BRUG_EINVAL,
                                  "credential request: \"valid_until\" must come after "
                                  "\"valid_from\"");
    }
    ev = json_object_get(req, "evidence");
    if (ev && !json_is_array(ev))
        return brug__db_error(db, BRUG_EINVAL, "credential request: \"evidence\" must be an array");
    json_array_foreach(ev, i, v)
    {
        char where[48];
        snprintf(where, sizeof(where), "evidence[%zu]: ", i);
        if (!json_is_object(v))
            return brug__db_error(db, BRUG_EINVAL,
                                  "credential request: evidence[%zu] must be {\"type\", \"name\"}",
                                  i);
        err = check_keys(db, v, evidence_keys, where);
        if (err)
            return err;
        if (!in_list(json_string_value(json_object_get(v, "type")), evidence_types))
            return brug__db_error(db, BRUG_EINVAL,
                                  "credential request: evidence[%zu].type must be course, "
                                  "assessment or evc",
                                  i);
        bad = !opt_text(v, "name", 200, &bad) || bad;
        opt_text(v, "description", 2000, &bad);
        opt_text(v, "id", 500, &bad);
        if (bad)
            return brug__db_error(db, BRUG_EINVAL,
                                  "credential request: evidence[%zu]: \"name\" (1 to 200 bytes), "
                                  "\"description\" and \"id\" must be non-empty strings",
                                  i);
    }
    return BRUG_OK;
}

brug_err brug_credential_issue(brug_db *db, const json_t *req, const brug_principal *who,
                               json_t **out)
{
    char valid_from[48], vu[48], cred_id[64], now[32], why[256];
    const char *valid_until = NULL, *issuer;
    brug__issuer_row row;
    brug__key_row key;
    uint8_t sk[64];
    json_t *doc = NULL, *opts;
    int64_t index;
    brug_err err;

    *out = NULL;
    err = check_request(db, req, valid_from, sizeof(valid_from), vu, sizeof(vu), &valid_until);
    if (err)
        return err;
    issuer = json_string_value(json_object_get(req, "issuer"));
    err = may_act(db, who, issuer, "issues");
    if (!err)
        err = brug__store_issuer_get(db, issuer, &row);
    if (!err)
        err = brug__issuer_signing_key(db, issuer, &key, sk);
    if (err)
        return err;
    new_uuid(cred_id, sizeof(cred_id));
    err = brug__db_begin(db);
    if (!err)
        err = brug__store_credential_add(db, cred_id, issuer,
                                         json_string_value(json_object_get(req, "subject")),
                                         valid_until, &index);
    if (!err)
        err = build(db, req, &row, cred_id, index, valid_from, valid_until, &doc);
    if (!err) {
        char vm[BRUG__DID_VM_SIZE];
        brug__did_key_vm(key.pk, vm);
        brug__datetime_now(now, sizeof(now));
        opts = json_pack("{s:s,s:s,s:s,s:s,s:s}", "type", "DataIntegrityProof", "cryptosuite",
                         "eddsa-jcs-2022", "created", now, "verificationMethod", vm, "proofPurpose",
                         "assertionMethod");
        err = opts ? brug__eddsa_jcs_sign(doc, opts, sk, out, NULL, why, sizeof(why)) : BRUG_ENOMEM;
        json_decref(opts);
        if (err)
            brug__db_error(db, err, "signing the credential: %s", why);
    }
    sodium_memzero(sk, sizeof(sk));
    json_decref(doc);
    if (err) {
        if (db->in_txn)
            brug__db_rollback(db);
        json_decref(*out);
        *out = NULL;
        return err;
    }
    err = brug__db_commit(db);
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

brug_err brug_credential_revoke(brug_db *db, const char *id, const brug_principal *who)
{
    char owner[BRUG__ISSUER_ID_MAX + 1];
    brug_err err;
    if (!id || !id[0])
        return brug__db_error(db, BRUG_EINVAL, "revoke: no credential id");
    err = brug__store_credential_issuer(db, id, owner);
    if (!err)
        err = may_act(db, who, owner, "revokes");
    if (!err)
        err = brug__db_begin(db);
    if (err)
        return err;
    err = brug__store_credential_revoke(db, id, NULL);
    if (!err)
        err = brug__passport_credentials_revoked(db, id);
    if (err) {
        brug__db_rollback(db);
        return err;
    }
    return brug__db_commit(db);
}
