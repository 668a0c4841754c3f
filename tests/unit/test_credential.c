/*
 * test_credential.c - issuers, issuing and verifying credentials, and the
 * bad inputs verification must reject with a clear reason: every
 * single-byte change of a signed credential, a wrong key, a wrong
 * context, another cryptosuite's proof, malformed JSON, expiry,
 * revocation (with its status list), a revoked key, a credential in
 * another issuer's name, issuer tokens; and passports whose skills carry
 * credentials.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>
#include <zlib.h>

#include "helper_test.h"
#include "credential.h"
#include "did_key.h"
#include "store_credentials.h"
#include "people.h"
#include "people_vocab.h"

#define SKILL "urn:t:skill:care"

typedef struct fixture {
    char *path, *key, *key2;
    brug_db *db;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));
    char did[BRUG_DID_SIZE];
    f->path = test_tmp_path("cred.db");
    f->key = test_tmp_path("cred-a.key");
    f->key2 = test_tmp_path("cred-b.key");
    unlink(f->key);
    unlink(f->key2);
    f->db = test_db_from_sql(f->path, "ok_tiny_ontology.sql");
    assert_int_equal(brug_issuer_add(f->db, "roc-a", "ROC A", "school", NULL), BRUG_OK);
    assert_int_equal(brug_issuer_add(f->db, "evc-b", "EVC B", "evc", "https://b.example"), BRUG_OK);
    assert_int_equal(brug_issuer_key_add(f->db, "roc-a", f->key, did), BRUG_OK);
    assert_memory_equal(did, "did:key:z6Mk", 12);
    assert_int_equal(brug_issuer_key_add(f->db, "evc-b", f->key2, did), BRUG_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    brug_db_close(f->db);
    test_remove_db(f->path);
    unlink(f->key);
    unlink(f->key2);
    free(f->path);
    free(f->key);
    free(f->key2);
    free(f);
    return 0;
}

static json_t *request(const char *issuer, const char *subject)
{
    return json_pack("{s:s,s:s,s:[s],s:[{s:s,s:s}]}", "issuer", issuer, "subject", subject,
                     "skills", SKILL, "evidence", "type", "course", "name", "Zorg 1");
}

static json_t *issue(fixture *f, const char *subject, const char *valid_until)
{
    json_t *req = request("roc-a", subject), *cred = NULL;
    if (valid_until) {
        json_object_set_new(req, "valid_from", json_string("2020-01-01T00:00:00Z"));
        json_object_set_new(req, "valid_until", json_string(valid_until));
    }
    if (brug_credential_issue(f->db, req, NULL, &cred) != BRUG_OK)
        fail_msg("issue: %s", brug_errmsg(f->db));
    json_decref(req);
    return cred;
}

/* Verify doc (as compact text); the report's message of check, or "" when it passed. */
static brug_err verify_doc(fixture *f, const json_t *doc, unsigned flags, const char *check,
                           char *msg, size_t size)
{
    char *text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_t *rep = NULL, *c;
    size_t i;
    brug_err err = brug_credential_verify(f->db, text, strlen(text), flags, &rep);
    free(text);
    assert_non_null(rep);
    msg[0] = '\0';
    json_array_foreach(json_object_get(rep, "checks"), i, c)
    {
        if (strcmp(json_string_value(json_object_get(c, "check")), check) == 0 &&
            !json_is_true(json_object_get(c, "ok")))
            snprintf(msg, size, "%s", json_string_value(json_object_get(c, "message")));
    }
    json_decref(rep);
    return err;
}

static void credential_issue_and_verify(void **state)
{
    fixture *f = *state;
    json_t *cred = issue(f, "p-1", NULL), *rep = NULL, *al;
    char *text = json_dumps(cred, 0);
    brug_err err =
        brug_credential_verify(f->db, text, strlen(text), BRUG_VERIFY_REQUIRE_TRUSTED, &rep);
    assert_int_equal(err, BRUG_OK);
    assert_true(json_is_true(json_object_get(rep, "verified")));
    assert_true(json_is_true(json_object_get(rep, "trusted")));
    assert_string_equal(json_string_value(json_object_get(rep, "issuer_name")), "ROC A");
    assert_int_equal(json_array_size(json_object_get(rep, "checks")), 6);
    assert_string_equal(json_string_value(json_object_get(rep, "subject")),
                        "urn:brug:passport:p-1");
    /* Open Badges 3.0 shape, ESCO alignment with both labels */
    assert_string_equal(json_string_value(json_array_get(json_object_get(cred, "type"), 1)),
                        "AchievementCredential");
    al = json_array_get(
        json_object_get(json_object_get(json_object_get(cred, "credentialSubject"), "achievement"),
                        "alignment"),
        0);
    assert_string_equal(json_string_value(json_object_get(al, "targetUrl")), SKILL);
    assert_string_equal(json_string_value(json_object_get(al, "targetName")),
                        "provide patient care");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(al, "brug:labels"), "nl")),
        "patiëntenzorg verlenen");
    json_decref(rep);
    free(text);
    json_decref(cred);
}

static void credential_rejects_every_byte_change(void **state)
{
    fixture *f = *state;
    json_t *cred = issue(f, "p-1", NULL), *rep;
    char *text = json_dumps(cred, JSON_COMPACT | JSON_PRESERVE_ORDER);
    size_t n = strlen(text), i, k, tried = 0;
    static const unsigned char flips[] = {0x01, 0x20};
    for (i = 0; i < n; i++)
        for (k = 0; k < sizeof(flips); k++) {
            char keep = text[i];
            brug_err err;
            text[i] = (char)(keep ^ flips[k]);
            rep = NULL;
            err = brug_credential_verify(f->db, text, n, 0, &rep);
            if (err != BRUG_EVERIFY)
                fail_msg("byte %zu changed (0x%02x -> 0x%02x) still verifies: ...%.40s", i,
                         (unsigned char)keep, (unsigned char)text[i], text + (i > 20 ? i - 20 : 0));
            assert_non_null(rep);
            assert_true(json_is_false(json_object_get(rep, "verified")));
            assert_true(strlen(brug_errmsg(f->db)) > 10);
            json_decref(rep);
            text[i] = keep;
            tried++;
        }
    assert_true(tried == 2 * n);
    free(text);
    json_decref(cred);
}

static void credential_rejects_bad_inputs_with_reasons(void **state)
{
    fixture *f = *state;
    json_t *cred = issue(f, "p-1", NULL), *bad, *rep = NULL;
    char msg[600];
    uint8_t pk[32], sk[64];
    char did[BRUG_DID_SIZE], vm[200];

    /* a wrong key: another did:key in verificationMethod */
    bad = json_deep_copy(cred);
    crypto_sign_keypair(pk, sk);
    brug__did_key_from_public(pk, did);
    snprintf(vm, sizeof(vm), "%s#%s", did, did + 8);
    json_object_set_new(json_object_get(bad, "proof"), "verificationMethod", json_string(vm));
    assert_int_equal(verify_doc(f, bad, 0, "proof", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "signature does not match"));
    json_decref(bad);

    /* a wrong context: the document's @context no longer starts with the proof's */
    bad = json_deep_copy(cred);
    json_array_set_new(json_object_get(bad, "@context"), 1,
                       json_string("https://www.w3.org/ns/credentials/examples/v2"));
    assert_int_equal(verify_doc(f, bad, 0, "proof", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "@context"));
    json_array_set_new(json_object_get(bad, "@context"), 0,
                       json_string("https://www.w3.org/2018/credentials/v1"));
    assert_int_equal(verify_doc(f, bad, 0, "shape", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "wrong @context"));
    json_decref(bad);

    /* another cryptosuite's proof */
    bad = json_deep_copy(cred);
    json_object_set_new(json_object_get(bad, "proof"), "cryptosuite",
                        json_string("eddsa-rdfc-2022"));
    assert_int_equal(verify_doc(f, bad, 0, "proof", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "eddsa-rdfc-2022"));
    json_object_set_new(json_object_get(bad, "proof"), "type", json_string("Ed25519Signature2020"));
    assert_int_equal(verify_doc(f, bad, 0, "proof", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "Ed25519Signature2020"));
    json_object_del(bad, "proof");
    assert_int_equal(verify_doc(f, bad, 0, "proof", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "not signed"));
    json_decref(bad);

    /* malformed JSON, and duplicate names (ambiguous to a canonicaliser) */
    assert_int_equal(brug_credential_verify(f->db, "{\"a\": [1, 2}", 12, 0, &rep), BRUG_EVERIFY);
    assert_non_null(strstr(brug_errmsg(f->db), "malformed JSON"));
    assert_non_null(strstr(brug_errmsg(f->db), "line 1"));
    json_decref(rep);
    assert_int_equal(brug_credential_verify(f->db, "{\"a\":1,\"a\":2}", 13, 0, &rep), BRUG_EVERIFY);
    assert_non_null(strstr(brug_errmsg(f->db), "duplicate"));
    json_decref(rep);
    assert_int_equal(brug_credential_verify(f->db, "[]", 2, 0, &rep), BRUG_EVERIFY);
    json_decref(rep);
    json_decref(cred);
}

static void credential_dates_revocation_and_keys(void **state)
{
    fixture *f = *state;
    json_t *old = issue(f, "p-1", "2021-01-01"), *cred = issue(f, "p-1", NULL), *list, *rep;
    const char *id = json_string_value(json_object_get(cred, "id"));
    char msg[600], did[BRUG_DID_SIZE], *enc;
    uint8_t gz[4096], bits[BRUG__STATUS_LIST_BITS / 8];
    size_t gzlen = 0;
    uLongf nbits = sizeof(bits);
    z_stream z;
    int64_t index;
    brug_principal other = {9, BRUG_ROLE_ISSUER, "evc-b"}, own = {10, BRUG_ROLE_ISSUER, "roc-a"};
    brug_principal adviser = {11, BRUG_ROLE_ADVISER, "jansen"};

    assert_int_equal(verify_doc(f, old, 0, "dates", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "expired on 2021-01-01T23:59:59Z"));

    /* only the issuer itself (or an admin, or the operator) revokes */
    assert_int_equal(brug_credential_revoke(f->db, id, &other), BRUG_EDENIED);
    assert_int_equal(brug_credential_revoke(f->db, id, &adviser), BRUG_EDENIED);
    assert_int_equal(verify_doc(f, cred, 0, "status", msg, sizeof(msg)), BRUG_OK);
    assert_int_equal(brug_credential_revoke(f->db, id, &own), BRUG_OK);
    assert_int_equal(brug_credential_revoke(f->db, id, NULL), BRUG_ECONFLICT);
    assert_int_equal(brug_credential_revoke(f->db, "urn:uuid:none", NULL), BRUG_ENOTFOUND);
    assert_int_equal(verify_doc(f, cred, 0, "status", msg, sizeof(msg)), BRUG_EVERIFY);
    assert_non_null(strstr(msg, "revoked by its issuer"));

    /* the published list has exactly that bit set */
    index = strtoll(json_string_value(json_object_get(json_object_get(cred, "credentialStatus"),
                                                      "statusListIndex")),
                    NULL, 10);
    assert_int_equal(brug_status_list_get(f->db, "roc-a", &list), BRUG_OK);
    enc = (char *)json_string_value(
        json_object_get(json_object_get(list, "credentialSubject"), "encodedList"));
    assert_int_equal(enc[0], 'u');
    assert_int_equal(sodium_base642bin(gz, sizeof(gz), enc + 1, strlen(enc + 1), NULL, &gzlen, NULL,
                                       sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                     0);
    memset(&z, 0, sizeof(z));
    assert_int_equal(inflateInit2(&z, 15 + 16), Z_OK);
    z.next_in = gz;
    z.avail_in = (uInt)gzlen;
    z.next_out = bits;
    z.avail_out = (uInt)nbits;
    assert_int_equal(inflate(&z, Z_FINISH), Z_STREAM_END);
    assert_int_equal(z.total_out, sizeof(bits));
    inflateEnd(&z);
    {
        size_t i, set = 0;
        for (i = 0; i < sizeof(bits) * 8; i++)
            set += (bits[i / 8] >> (7 - i % 8)) & 1;
        assert_int_equal(set, 1);
        assert_true((bits[index / 8] >> (7 - index % 8)) & 1);
    }
    /* the list itself is a credential signed by the issuer */
    {
        char *t = json_dumps(list, 0);
        assert_int_equal(
            brug_credential_verify(f->db, t, strlen(t), BRUG_VERIFY_REQUIRE_TRUSTED, &rep),
            BRUG_OK);
        json_decref(rep);
        free(t);
    }
    json_decref(list);
    assert_int_equal(brug_status_list_get(f->db, "nope", &list), BRUG_ENOTFOUND);

    /* rotation keeps old credentials valid; revoking the key does not */
    json_decref(cred);
    cred = issue(f, "p-2", NULL);
    {
        char *k3 = test_tmp_path("cred-c.key");
        unlink(k3);
        assert_int_equal(brug_issuer_key_add(f->db, "roc-a", k3, did), BRUG_OK);
        assert_int_equal(
            verify_doc(f, cred, BRUG_VERIFY_REQUIRE_TRUSTED, "issuer", msg, sizeof(msg)), BRUG_OK);
        /* the old key: now retired */
        {
            const char *vm = json_string_value(
                json_object_get(json_object_get(cred, "proof"), "verificationMethod"));
            char old_did[BRUG_DID_SIZE];
            snprintf(old_did, sizeof(old_did), "%.*s", (int)(strchr(vm, '#') - vm), vm);
            assert_int_equal(brug_issuer_key_revoke(f->db, old_did), BRUG_OK);
            assert_int_equal(brug_issuer_key_revoke(f->db, old_did), BRUG_ENOTFOUND);
        }
        assert_int_equal(verify_doc(f, cred, 0, "issuer", msg, sizeof(msg)), BRUG_EVERIFY);
        assert_non_null(strstr(msg, "was revoked"));
        unlink(k3);
        free(k3);
    }
    json_decref(cred);
    json_decref(old);
}

static void credential_issuer_rules(void **state)
{
    fixture *f = *state;
    json_t *req = request("roc-a", "p-1"), *cred = NULL;
    brug_principal other = {9, BRUG_ROLE_ISSUER, "evc-b"}, own = {10, BRUG_ROLE_ISSUER, "roc-a"};
    brug_principal person = {12, BRUG_ROLE_PERSON, "p-1"};
    char did[BRUG_DID_SIZE];
    struct stat st;

    assert_int_equal(brug_credential_issue(f->db, req, &other, &cred), BRUG_EDENIED);
    assert_non_null(strstr(brug_errmsg(f->db), "own name"));
    assert_int_equal(brug_credential_issue(f->db, req, &person, &cred), BRUG_EDENIED);
    assert_int_equal(brug_credential_issue(f->db, req, &own, &cred), BRUG_OK);
    json_decref(cred);

    /* bad requests name the field */
    json_object_set_new(req, "skills", json_pack("[s]", "urn:t:occ:nurse"));
    assert_int_equal(brug_credential_issue(f->db, req, NULL, &cred), BRUG_EDANGLING);
    assert_non_null(strstr(brug_errmsg(f->db), "skills[0]"));
    json_object_set_new(req, "skills", json_pack("[s]", SKILL));
    json_object_set_new(req, "evidence", json_pack("[{s:s,s:s}]", "type", "rumour", "name", "x"));
    assert_int_equal(brug_credential_issue(f->db, req, NULL, &cred), BRUG_EINVAL);
    assert_non_null(strstr(brug_errmsg(f->db), "evidence[0].type"));
    json_object_del(req, "evidence");
    json_object_set_new(req, "valid_until", json_string("yesterday"));
    assert_int_equal(brug_credential_issue(f->db, req, NULL, &cred), BRUG_EINVAL);
    json_object_del(req, "valid_until");
    json_object_set_new(req, "skils", json_true());
    assert_int_equal(brug_credential_issue(f->db, req, NULL, &cred), BRUG_EINVAL);
    assert_non_null(strstr(brug_errmsg(f->db), "skils"));
    json_decref(req);

    /* registry rules; the key file is 0600 and a world-readable one is refused */
    assert_int_equal(brug_issuer_add(f->db, "roc-a", "again", "school", NULL), BRUG_ECONFLICT);
    assert_int_equal(brug_issuer_add(f->db, "Bad Id", "x", "school", NULL), BRUG_EINVAL);
    assert_int_equal(brug_issuer_add(f->db, "x", "x", "bakery", NULL), BRUG_EINVAL);
    assert_int_equal(stat(f->key, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    chmod(f->key, 0644);
    assert_int_equal(brug_issuer_key_add(f->db, "evc-b", f->key, did), BRUG_EDENIED);
    chmod(f->key, 0600);
    assert_int_equal(brug_issuer_key_add(f->db, "evc-b", f->key, did), BRUG_ECONFLICT);
    assert_int_equal(brug_issuer_key_add(f->db, "nobody", f->key, did), BRUG_ENOTFOUND);
}

static json_t *passport(const char *id, json_t *cred, const char *evidence)
{
    json_t *skill = json_pack("{s:s,s:s}", "uri", SKILL, "evidence", evidence);
    if (cred)
        json_object_set(skill, "credential", cred);
    return json_pack("{s:s,s:s,s:[o,{s:s}]}", "id", id, "region", "AM18", "skills", skill, "uri",
                     "urn:t:skill:weld");
}

/* The evidence of SKILL (concept 10) on person id, from the rows and from the packed record. */
static void evidence_of(fixture *f, const char *id, int *rows, int *packed)
{
    brug__person_set a, b;
    brug_onto *onto;
    uint64_t i;
    assert_int_equal(brug_onto_load(f->db, &onto), BRUG_OK);
    assert_int_equal(brug__person_set_load(f->db, onto, id, &a), BRUG_OK);
    assert_int_equal(brug__person_set_load_rows(f->db, onto, id, &b), BRUG_OK);
    *rows = *packed = -1;
    for (i = a.ptr[0]; i < a.ptr[1]; i++)
        if (a.skill[i] == brug_onto_skill_find(onto, SKILL))
            *packed = a.evidence[i];
    for (i = b.ptr[0]; i < b.ptr[1]; i++)
        if (b.skill[i] == brug_onto_skill_find(onto, SKILL))
            *rows = b.evidence[i];
    brug__person_set_release(&a);
    brug__person_set_release(&b);
    brug_onto_free(onto);
}

static void passport_with_credential(void **state)
{
    fixture *f = *state;
    json_t *cred = issue(f, "p-1", NULL), *doc, *list;
    int rows, packed;

    /* a verified credential makes the evidence "credential" */
    doc = passport("p-1", cred, "diploma");
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_UPSERT), BRUG_OK);
    json_decref(doc);
    evidence_of(f, "p-1", &rows, &packed);
    assert_int_equal(rows, BRUG__EVIDENCE_CREDENTIAL);
    assert_int_equal(packed, BRUG__EVIDENCE_CREDENTIAL);
    assert_int_equal(brug_passport_credentials(f->db, "p-1", &list), BRUG_OK);
    assert_int_equal(json_array_size(list), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "state")),
                        "verified");
    json_decref(list);
    /* replacing the passport, credential and all, keeps exactly one (the staged path) */
    doc = passport("p-1", cred, "diploma");
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_REPLACE), BRUG_OK);
    json_decref(doc);
    assert_int_equal(brug_passport_credentials(f->db, "p-1", &list), BRUG_OK);
    assert_int_equal(json_array_size(list), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "issuer_name")),
                        "ROC A");
    json_decref(list);
    evidence_of(f, "p-1", &rows, &packed);
    assert_int_equal(packed, BRUG__EVIDENCE_CREDENTIAL);

    /* someone else's credential, a tampered one, an unknown issuer's: refused, nothing stored */
    doc = passport("p-2", cred, "self");
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_UPSERT), BRUG_EVERIFY);
    assert_non_null(strstr(brug_errmsg(f->db), "not passport p-2"));
    assert_int_equal(brug_passport_get(f->db, "p-2", &list), BRUG_ENOTFOUND);
    json_decref(doc);
    {
        json_t *bad = json_deep_copy(cred);
        json_object_set_new(bad, "name", json_string("forged"));
        doc = passport("p-1", bad, "self");
        assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_UPSERT), BRUG_EVERIFY);
        assert_non_null(strstr(brug_errmsg(f->db), "skills[0].credential: proof"));
        json_decref(doc);
        json_decref(bad);
    }
    evidence_of(f, "p-1", &rows, &packed);
    assert_int_equal(rows, BRUG__EVIDENCE_CREDENTIAL);

    /* revocation drops the passport to its underlying evidence at once, rows and packed */
    assert_int_equal(
        brug_credential_revoke(f->db, json_string_value(json_object_get(cred, "id")), NULL),
        BRUG_OK);
    evidence_of(f, "p-1", &rows, &packed);
    assert_int_equal(rows, BRUG__EVIDENCE_DIPLOMA);
    assert_int_equal(packed, BRUG__EVIDENCE_DIPLOMA);
    assert_int_equal(brug_passport_credentials(f->db, "p-1", &list), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "state")),
                        "revoked");
    assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "underlying")),
                        "diploma");
    json_decref(list);
    /* ... and the passport, shown, says so */
    assert_int_equal(brug_passport_get(f->db, "p-1", &doc), BRUG_OK);
    assert_int_equal(brug_passport_proofs(f->db, doc), BRUG_OK);
    {
        json_t *sk = json_array_get(json_object_get(doc, "skills"), 0);
        if (strcmp(json_string_value(json_object_get(sk, "uri")), SKILL) != 0)
            sk = json_array_get(json_object_get(doc, "skills"), 1);
        assert_string_equal(json_string_value(json_object_get(sk, "credential_state")), "revoked");
        assert_string_equal(json_string_value(json_object_get(sk, "proven_by")), "ROC A");
        assert_string_equal(json_string_value(json_object_get(sk, "evidence")), "diploma");
    }
    json_decref(doc);

    /* an expired credential is kept but counts as its underlying evidence */
    json_decref(cred);
    cred = issue(f, "p-3", "2021-06-30");
    doc = passport("p-3", cred, "employer");
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_UPSERT), BRUG_OK);
    json_decref(doc);
    evidence_of(f, "p-3", &rows, &packed);
    assert_int_equal(rows, BRUG__EVIDENCE_EMPLOYER);
    assert_int_equal(packed, BRUG__EVIDENCE_EMPLOYER);

    /* replacing the passport without it, or deleting the passport, drops the credential */
    doc = passport("p-3", NULL, "self");
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_UPSERT), BRUG_OK);
    json_decref(doc);
    assert_int_equal(brug_passport_credentials(f->db, "p-3", &list), BRUG_OK);
    assert_int_equal(json_array_size(list), 0);
    json_decref(list);
    assert_int_equal(brug_passport_delete(f->db, "p-1"), BRUG_OK);
    assert_int_equal(brug_passport_credentials(f->db, "p-1", &list), BRUG_OK);
    assert_int_equal(json_array_size(list), 0);
    json_decref(list);
    json_decref(cred);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(credential_issue_and_verify, setup, teardown),
        cmocka_unit_test_setup_teardown(credential_rejects_every_byte_change, setup, teardown),
        cmocka_unit_test_setup_teardown(credential_rejects_bad_inputs_with_reasons, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(credential_dates_revocation_and_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(credential_issuer_rules, setup, teardown),
        cmocka_unit_test_setup_teardown(passport_with_credential, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
