/*
 * test_jcs.c - RFC 8785 canonicalisation against the official vectors
 * (every jcs/input file gives jcs/output byte for byte, and jcs/outhex),
 * ECMAScript number forms, UTF-16 member order, base58btc and did:key, and
 * the W3C eddsa-jcs-2022 vectors (canonical document and proof
 * configuration, their hashes, the signature, the signed credential).
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "helper_test.h"
#include "did_key.h"
#include "eddsa_jcs.h"
#include "jcs.h"
#include "multibase.h"

static char *canon_text(const char *text, size_t len)
{
    json_error_t jerr;
    json_t *v = brug__jcs_parse(text, len, &jerr);
    brug__jcs_buf b = {0};
    char why[128];
    if (!v)
        fail_msg("parse: %s", jerr.text);
    assert_int_equal(brug__jcs(v, &b, why, sizeof(why)), BRUG_OK);
    json_decref(v);
    return b.p;
}

static void jcs_official_vectors(void **state)
{
    const char *dir = test_shared_path("test-vectors/jcs/input");
    char path[4096];
    DIR *d;
    struct dirent *e;
    int n = 0;
    (void)state;
    if (!dir) {
        skip();
        return;
    }
    snprintf(path, sizeof(path), "%s", dir);
    d = opendir(path);
    assert_non_null(d);
    for (e = readdir(d); e; e = readdir(d)) {
        char file[8192], *in, *want, *hex, *got, gothex[8192];
        size_t inlen, wantlen, i, h = 0;
        if (!strstr(e->d_name, ".json"))
            continue;
        snprintf(file, sizeof(file), "%s/%s", path, e->d_name);
        in = test_read_file(file, &inlen);
        snprintf(file, sizeof(file), "%s/../output/%s", path, e->d_name);
        want = test_read_file(file, &wantlen);
        snprintf(file, sizeof(file), "%s/../outhex/%.*s.txt", path, (int)(strlen(e->d_name) - 5),
                 e->d_name);
        hex = test_read_file(file, NULL);
        got = canon_text(in, inlen);
        if (strlen(got) != wantlen || memcmp(got, want, wantlen) != 0)
            fail_msg("%s: got %s, want %s", e->d_name, got, want);
        /* outhex: the same bytes as space-separated hex pairs */
        for (i = 0; got[i] && h + 4 < sizeof(gothex); i++)
            h += (size_t)snprintf(gothex + h, sizeof(gothex) - h, "%s%02x", i ? " " : "",
                                  (unsigned char)got[i]);
        for (i = strlen(hex); i && (hex[i - 1] == '\n' || hex[i - 1] == ' '); i--)
            hex[i - 1] = '\0';
        {
            /* outhex wraps lines; compare without the line breaks */
            char flat[8192];
            size_t j = 0;
            for (i = 0; hex[i] && j + 1 < sizeof(flat); i++)
                flat[j++] = hex[i] == '\n' ? ' ' : hex[i];
            flat[j] = '\0';
            assert_string_equal(gothex, flat);
        }
        free(in);
        free(want);
        free(hex);
        free(got);
        n++;
    }
    closedir(d);
    assert_true(n >= 6);
}

static void jcs_numbers_ecmascript(void **state)
{
    static const struct {
        unsigned long long bits;
        const char *want;
    } cases[] = {
        {0x0000000000000000ULL, "0"},
        {0x8000000000000000ULL, "0"},
        {0x0000000000000001ULL, "5e-324"},
        {0x8000000000000001ULL, "-5e-324"},
        {0x7fefffffffffffffULL, "1.7976931348623157e+308"},
        {0x4340000000000001ULL, "9007199254740994"},
        {0x4340000000000002ULL, "9007199254740996"},
        {0x444b1ae4d6e2ef50ULL, "1e+21"},
        {0x444b1ae4d6e2ef4fULL, "999999999999999900000"},
        {0x3eb0c6f7a0b5ed8dULL, "0.000001"},
        {0x3eb0c6f7a0b5ed8cULL, "9.999999999999997e-7"},
        {0x3ff0000000000000ULL, "1"},
        {0x3fb999999999999aULL, "0.1"},
        {0x4415af1d78b58c40ULL, "100000000000000000000"},
        {0x0010000000000000ULL, "2.2250738585072014e-308"},
        /* powers of two whose nearest 16-digit decimal does not read back, but the one
         * on the other side does */
        {0x0060000000000000ULL, "7.120236347223045e-307"},
        {0x0100000000000000ULL, "7.291122019556398e-304"},
        {0x0420000000000000ULL, "8.209073602596753e-289"},
    };
    size_t i;
    char out[40];
    (void)state;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        double d;
        memcpy(&d, &cases[i].bits, sizeof(d));
        brug__jcs_number(d, out);
        if (strcmp(out, cases[i].want) != 0)
            fail_msg("%016llx: got %s, want %s", cases[i].bits, out, cases[i].want);
    }
}

static void jcs_utf16_order_and_escapes(void **state)
{
    /* U+10000 (surrogates d800 dc00) sorts before U+FFFD in UTF-16, after it in UTF-8. */
    const char *in =
        "{\"\xef\xbf\xbd\":1,\"\xf0\x90\x80\x80\":2,\"a\":\"\\u0000\\u001f\\b\\u007f\"}";
    char *got = canon_text(in, strlen(in));
    (void)state;
    assert_string_equal(got, "{\"a\":\"\\u0000\\u001f\\b\x7f\",\"\xf0\x90\x80\x80\":2,"
                             "\"\xef\xbf\xbd\":1}");
    free(got);
}

static void jcs_rejects_what_has_no_canonical_form(void **state)
{
    json_error_t jerr;
    json_t *v = json_real(0);
    brug__jcs_buf b = {0};
    char why[128];
    (void)state;
    /* duplicate names and numbers beyond the double range fail to parse */
    assert_null(brug__jcs_parse("{\"a\":1,\"a\":2}", 13, &jerr));
    assert_null(brug__jcs_parse("[1e400]", 7, &jerr));
    /* a deep document is refused, not recursed into without bound */
    {
        char deep[300];
        int i;
        json_t *d;
        for (i = 0; i < 100; i++)
            deep[i] = '[';
        for (i = 0; i < 100; i++)
            deep[100 + i] = ']';
        d = brug__jcs_parse(deep, 200, &jerr);
        assert_non_null(d);
        assert_int_equal(brug__jcs(d, &b, why, sizeof(why)), BRUG_ETOOBIG);
        brug__jcs_buf_release(&b);
        json_decref(d);
    }
    json_decref(v);
}

static void multibase_roundtrip_and_did_key(void **state)
{
    uint8_t in[40], back[64], pk[32];
    char enc[128], did[BRUG__DID_KEY_SIZE], why[128];
    size_t n, len;
    (void)state;
    memset(in, 0, 3);
    for (n = 3; n < sizeof(in); n++)
        in[n] = (uint8_t)(n * 37);
    for (n = 0; n <= sizeof(in); n++) {
        assert_true(brug__base58_encode(in, n, enc, sizeof(enc)) > 0 || n == 0);
        if (n == 0)
            continue;
        assert_true(brug__base58_decode(enc, strlen(enc), back, sizeof(back), &len));
        assert_int_equal(len, n);
        assert_memory_equal(back, in, n);
    }
    assert_int_equal(brug__base58_encode((const uint8_t *)"hello world", 11, enc, sizeof(enc)), 15);
    assert_string_equal(enc, "StV1DL6CwTryKyV");
    assert_false(brug__base58_decode("0OIl", 4, back, sizeof(back), &len));
    assert_false(brug__multibase_decode("mAAA", back, sizeof(back), &len));

    /* The W3C test key: z6Mk... decodes to 0xed01 + 32 bytes and back. */
    assert_true(brug__did_key_parse("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", pk,
                                    why, sizeof(why)));
    brug__did_key_from_public(pk, did);
    assert_string_equal(did, "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    assert_false(brug__did_key_parse("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#"
                                     "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ3",
                                     pk, why, sizeof(why)));
    assert_false(brug__did_key_parse("did:web:example.com", pk, why, sizeof(why)));
    assert_false(brug__did_key_parse("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme",
                                     pk, why, sizeof(why))); /* secp256k1, not Ed25519 */
}

/* The W3C vector file's text with trailing newlines dropped. */
static char *vector(const char *name)
{
    char rel[256];
    const char *p;
    char *s;
    size_t n;
    snprintf(rel, sizeof(rel), "test-vectors/vc-di-eddsa/%s", name);
    p = test_shared_path(rel);
    if (!p)
        return NULL;
    s = test_read_file(p, &n);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static json_t *vector_json(const char *name)
{
    char *s = vector(name);
    json_error_t jerr;
    json_t *v;
    if (!s)
        return NULL;
    v = brug__jcs_parse(s, strlen(s), &jerr);
    free(s);
    assert_non_null(v);
    return v;
}

static void hex(const uint8_t *b, size_t n, char *out)
{
    size_t i;
    for (i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", b[i]);
}

static void eddsa_jcs_2022_w3c_vectors(void **state)
{
    json_t *unsigned_doc = vector_json("unsigned.json"), *keys, *opts, *signed_doc, *want_doc;
    char *canon_doc, *canon_proof, *doc_hash, *proof_hash, *combined, *sig_hex, *sig_b58, *text;
    uint8_t seed[32], pk[32], sk[64], pk_want[32];
    char got[200], why[256];
    brug__eddsa_trace tr = {0};
    brug__eddsa_result res;
    (void)state;
    if (!unsigned_doc) {
        skip();
        return;
    }
    keys = vector_json("keyPair.json");
    opts = vector_json("eddsa-jcs-2022/proofConfigJCS.json");
    canon_doc = vector("eddsa-jcs-2022/canonDocJCS.txt");
    canon_proof = vector("eddsa-jcs-2022/proofCanonJCS.txt");
    doc_hash = vector("eddsa-jcs-2022/docHashJCS.txt");
    proof_hash = vector("eddsa-jcs-2022/proofHashJCS.txt");
    combined = vector("eddsa-jcs-2022/combinedHashJCS.txt");
    sig_hex = vector("eddsa-jcs-2022/sigHexJCS.txt");
    sig_b58 = vector("eddsa-jcs-2022/sigBTC58JCS.txt");

    /* The private key is multicodec ed25519-priv (0x1300) + the 32-byte seed. */
    assert_true(
        brug__multikey_decode(json_string_value(json_object_get(keys, "privateKeyMultibase")),
                              BRUG__MULTICODEC_ED25519_PRIV, seed));
    assert_true(
        brug__multikey_decode(json_string_value(json_object_get(keys, "publicKeyMultibase")),
                              BRUG__MULTICODEC_ED25519_PUB, pk_want));
    assert_int_equal(sodium_init() < 0, 0);
    crypto_sign_seed_keypair(pk, sk, seed);
    assert_memory_equal(pk, pk_want, 32);

    /* proofConfigJCS.json carries the @context already; sign with the options alone. */
    json_object_del(opts, "@context");
    assert_int_equal(
        brug__eddsa_jcs_sign(unsigned_doc, opts, sk, &signed_doc, &tr, why, sizeof(why)), BRUG_OK);
    assert_string_equal(tr.doc.p, canon_doc);
    assert_string_equal(tr.config.p, canon_proof);
    hex(tr.doc_hash, 32, got);
    assert_string_equal(got, doc_hash);
    hex(tr.config_hash, 32, got);
    assert_string_equal(got, proof_hash);
    hex(tr.config_hash, 32, got);
    hex(tr.doc_hash, 32, got + 64);
    assert_string_equal(got, combined);
    hex(tr.sig, 64, got);
    assert_string_equal(got, sig_hex);
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(signed_doc, "proof"), "proofValue")),
        sig_b58);

    /* The signed credential: the same document as signedJCS.json, and the same text when
     * printed with its layout (two-space indent, members in order). */
    want_doc = vector_json("eddsa-jcs-2022/signedJCS.json");
    assert_true(json_equal(signed_doc, want_doc));
    text = json_dumps(signed_doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    {
        char *file = vector("eddsa-jcs-2022/signedJCS.json");
        assert_string_equal(text, file);
        free(file);
    }
    free(text);

    /* ... and it verifies, as does the file itself. */
    assert_int_equal(brug__eddsa_jcs_verify(signed_doc, "assertionMethod", &res), BRUG_OK);
    assert_int_equal(brug__eddsa_jcs_verify(want_doc, "assertionMethod", &res), BRUG_OK);
    assert_memory_equal(res.pk, pk, 32);
    assert_string_equal(res.created, "2023-02-24T23:36:38Z");

    brug__eddsa_trace_release(&tr);
    json_decref(signed_doc);
    json_decref(want_doc);
    json_decref(unsigned_doc);
    json_decref(keys);
    json_decref(opts);
    free(canon_doc);
    free(canon_proof);
    free(doc_hash);
    free(proof_hash);
    free(combined);
    free(sig_hex);
    free(sig_b58);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jcs_official_vectors),
        cmocka_unit_test(jcs_numbers_ecmascript),
        cmocka_unit_test(jcs_utf16_order_and_escapes),
        cmocka_unit_test(jcs_rejects_what_has_no_canonical_form),
        cmocka_unit_test(multibase_roundtrip_and_did_key),
        cmocka_unit_test(eddsa_jcs_2022_w3c_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
