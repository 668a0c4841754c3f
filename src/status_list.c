/*
 * status_list.c - an issuer's W3C Bitstring Status List credential
 * (include/brug/credential.h, brug_status_list_get): 131072 bits, bit i
 * set when the credential with statusListIndex i is revoked, most
 * significant bit first, GZIP-compressed (zlib) and written as multibase
 * base64url ('u', no padding) in encodedList.  It is built from the
 * credential table on each request, and signed with the issuer's active
 * key when brug can read its file.
 */
#include <string.h>

#include <sodium.h>
#include <zlib.h>

#include "credential.h"
#include "eddsa_jcs.h"
#include "issuer.h"
#include "backend.h"
#include "store_credentials.h"

/* GZIP of in (n bytes) into a new buffer *out (*outlen bytes); 0 on failure. */
static int gzip(const brug_alloc *a, const uint8_t *in, size_t n, uint8_t **out, size_t *outlen)
{
    z_stream z;
    size_t cap = compressBound((uLong)n) + 32;
    uint8_t *buf = brug__malloc(a, cap);
    int rc;
    if (!buf)
        return 0;
    memset(&z, 0, sizeof(z));
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        brug__free(a, buf);
        return 0;
    }
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;
    z.next_out = buf;
    z.avail_out = (uInt)cap;
    rc = deflate(&z, Z_FINISH);
    *outlen = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        brug__free(a, buf);
        return 0;
    }
    *out = buf;
    return 1;
}

brug_err brug_status_list_get(brug_db *db, const char *list, json_t **out)
{
    uint8_t *bits, *gz = NULL, sk[64];
    size_t gzlen = 0, b64len;
    char *encoded, url[512], issuer_url[512], subject[560], now[32], why[256];
    brug__issuer_row row;
    brug__key_row key;
    json_t *doc;
    brug_err err;

    *out = NULL;
    if (!list || !brug__issuer_valid_id(list))
        return brug__db_error(db, BRUG_ENOTFOUND, "no status list %s", list ? list : "");
    err = brug__store_issuer_get(db, list, &row);
    if (err)
        return brug__db_error(db, BRUG_ENOTFOUND, "no status list %s", list);
    bits = brug__malloc(&db->alloc, BRUG__STATUS_LIST_BITS / 8);
    if (!bits)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__store_status_bits(db, list, bits);
    if (!err && !gzip(&db->alloc, bits, BRUG__STATUS_LIST_BITS / 8, &gz, &gzlen))
        err = brug__db_error(db, BRUG_EINTERNAL, "status list %s: zlib failed", list);
    brug__free(&db->alloc, bits);
    if (err)
        return err;
    b64len = sodium_base64_ENCODED_LEN(gzlen, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded = brug__malloc(&db->alloc, b64len + 1);
    if (!encoded) {
        brug__free(&db->alloc, gz);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    encoded[0] = 'u';
    sodium_bin2base64(encoded + 1, b64len, gz, gzlen, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    brug__free(&db->alloc, gz);
    brug__status_list_url(&row, url, sizeof(url));
    brug__issuer_url(&row, issuer_url, sizeof(issuer_url));
    snprintf(subject, sizeof(subject), "%s#list", url);
    brug__datetime_now(now, sizeof(now));
    doc = json_pack("{s:[s],s:s,s:[s,s],s:s,s:s,s:{s:s,s:s,s:s,s:s}}", "@context",
                    "https://www.w3.org/ns/credentials/v2", "id", url, "type",
                    "VerifiableCredential", "BitstringStatusListCredential", "issuer", issuer_url,
                    "validFrom", now, "credentialSubject", "id", subject, "type",
                    "BitstringStatusList", "statusPurpose", "revocation", "encodedList", encoded);
    brug__free(&db->alloc, encoded);
    if (!doc)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    /* Signed when the issuer's key file can be read here; the list is public either way. */
    if (brug__issuer_signing_key(db, list, &key, sk) == BRUG_OK) {
        char vm[BRUG__DID_VM_SIZE];
        json_t *opts, *signed_doc = NULL;
        brug__did_key_vm(key.pk, vm);
        opts = json_pack("{s:s,s:s,s:s,s:s,s:s}", "type", "DataIntegrityProof", "cryptosuite",
                         "eddsa-jcs-2022", "created", now, "verificationMethod", vm, "proofPurpose",
                         "assertionMethod");
        err = opts ? brug__eddsa_jcs_sign(doc, opts, sk, &signed_doc, NULL, why, sizeof(why))
                   : BRUG_ENOMEM;
        sodium_memzero(sk, sizeof(sk));
        json_decref(opts);
        if (err) {
            json_decref(doc);
            return brug__db_error(db, err, "status list %s: %s", list, why);
        }
        json_decref(doc);
        doc = signed_doc;
    }
    db->errmsg[0] = '\0';
    *out = doc;
    return BRUG_OK;
}
