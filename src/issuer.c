/*
 * issuer.c - the issuer registry (include/brug/credential.h): issuers,
 * their Ed25519 keys as did:key, rotation and revocation, and the key
 * files the private keys live in.
 *
 * A key file is JSON {"publicKeyMultibase": "z6Mk...", "privateKeyMultibase":
 * "z3u2..."} (multicodec ed25519-pub and ed25519-priv, the layout of the
 * W3C test key).  brug creates one with O_EXCL and mode 0600 and reads one
 * only when it is a regular file no one but its owner can read; the
 * secret bytes are wiped after use and never written anywhere else.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "did_key.h"
#include "issuer.h"
#include "multibase.h"
#include "backend.h"

#define KEY_FILE_MAX 4096

static const char *const issuer_types[] = {"school", "provider", "employer", "evc", NULL};

int brug__issuer_valid_id(const char *s)
{
    size_t n = s ? strlen(s) : 0, i;
    if (n == 0 || n > BRUG__ISSUER_ID_MAX)
        return 0;
    for (i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '.' ||
              s[i] == '_' || s[i] == '-'))
            return 0;
    return 1;
}

void brug__issuer_url(const brug__issuer_row *row, char *out, size_t size)
{
    snprintf(out, size, "%s/api/v1/issuers/%s", row->base_url, row->id);
}

void brug__status_list_url(const brug__issuer_row *row, char *out, size_t size)
{
    snprintf(out, size, "%s/api/v1/status/%s", row->base_url, row->id);
}

brug_err brug_issuer_add(brug_db *db, const char *id, const char *name, const char *type,
                         const char *base_url)
{
    size_t i, n;
    if (!brug__issuer_valid_id(id))
        return brug__db_error(db, BRUG_EINVAL,
                              "issuer id must be 1 to %d bytes of a-z, 0-9, '.', '_', '-'",
                              BRUG__ISSUER_ID_MAX);
    if (!name || !name[0] || strlen(name) > 200)
        return brug__db_error(db, BRUG_EINVAL, "issuer %s: a name of 1 to 200 bytes is needed", id);
    for (i = 0; type && issuer_types[i]; i++)
        if (strcmp(type, issuer_types[i]) == 0)
            break;
    if (!type || !issuer_types[i])
        return brug__db_error(db, BRUG_EINVAL,
                              "issuer %s: type must be school, provider, employer or evc", id);
    if (!base_url)
        base_url = "http://localhost:8080";
    n = strlen(base_url);
    if (n > 200 ||
        (strncmp(base_url, "http://", 7) != 0 && strncmp(base_url, "https://", 8) != 0) ||
        base_url[n - 1] == '/' || strpbrk(base_url, " \"#?"))
        return brug__db_error(db, BRUG_EINVAL,
                              "issuer %s: base URL must be http(s)://host[:port][/path] without a "
                              "trailing slash, at most 200 bytes",
                              id);
    return brug__store_issuer_add(db, id, name, type, base_url);
}

/* Read and check the key file: seed and public key.  Messages go to db. */
static brug_err read_key_file(brug_db *db, const char *path, uint8_t pk[32], uint8_t sk[64])
{
    char buf[KEY_FILE_MAX + 1];
    uint8_t seed[32], want[32];
    struct stat st;
    json_error_t jerr;
    json_t *doc;
    const char *priv, *pub;
    ssize_t n;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    brug_err err = BRUG_OK;

    if (fd < 0)
        return brug__db_error(db, BRUG_EIO, "key file %s: %s", path, strerror(errno));
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return brug__db_error(db, BRUG_EIO, "key file %s: not a regular file", path);
    }
    if (st.st_mode & 077) {
        close(fd);
        return brug__db_error(db, BRUG_EDENIED,
                              "key file %s can be read by others (mode %03o): chmod 600 it", path,
                              (unsigned)(st.st_mode & 0777));
    }
    n = read(fd, buf, KEY_FILE_MAX);
    close(fd);
    if (n < 0 || n == KEY_FILE_MAX) {
        sodium_memzero(buf, sizeof(buf));
        return brug__db_error(db, BRUG_EIO, "key file %s: unreadable or over %d bytes", path,
                              KEY_FILE_MAX);
    }
    doc = json_loadb(buf, (size_t)n, JSON_REJECT_DUPLICATES, &jerr);
    sodium_memzero(buf, sizeof(buf));
    priv = json_string_value(json_object_get(doc, "privateKeyMultibase"));
    pub = json_string_value(json_object_get(doc, "publicKeyMultibase"));
    if (!priv || !brug__multikey_decode(priv, BRUG__MULTICODEC_ED25519_PRIV, seed)) {
        err = brug__db_error(db, BRUG_EPARSE,
                             "key file %s: no privateKeyMultibase Ed25519 key (z3u2...)", path);
    } else {
        crypto_sign_seed_keypair(pk, sk, seed);
        if (pub && (!brug__multikey_decode(pub, BRUG__MULTICODEC_ED25519_PUB, want) ||
                    memcmp(want, pk, 32) != 0))
            err = brug__db_error(db, BRUG_EPARSE,
                                 "key file %s: publicKeyMultibase is not the private key's", path);
    }
    sodium_memzero(seed, sizeof(seed));
    /* jansson keeps the string in its own memory: wipe it before freeing */
    if (priv)
        sodium_memzero((void *)priv, strlen(priv));
    json_decref(doc);
    if (err)
        sodium_memzero(sk, 64);
    return err;
}

/* Generate a key and write it to a new file of mode 0600. */
static brug_err new_key_file(brug_db *db, const char *path, uint8_t pk[32])
{
    uint8_t seed[32], sk[64];
    char pub[80], priv[80], text[256];
    int fd, len, ok;

    randombytes_buf(seed, sizeof(seed));
    crypto_sign_seed_keypair(pk, sk, seed);
    brug__multikey_encode(BRUG__MULTICODEC_ED25519_PUB, pk, pub, sizeof(pub));
    brug__multikey_encode(BRUG__MULTICODEC_ED25519_PRIV, seed, priv, sizeof(priv));
    len = snprintf(text, sizeof(text),
                   "{\n  \"publicKeyMultibase\": \"%s\",\n  \"privateKeyMultibase\": \"%s\"\n}\n",
                   pub, priv);
    sodium_memzero(seed, sizeof(seed));
    sodium_memzero(sk, sizeof(sk));
    sodium_memzero(priv, sizeof(priv));
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        sodium_memzero(text, sizeof(text));
        return brug__db_error(db, BRUG_EIO, "key file %s: %s", path, strerror(errno));
    }
    ok = fchmod(fd, 0600) == 0 && write(fd, text, (size_t)len) == len && fsync(fd) == 0;
    sodium_memzero(text, sizeof(text));
    if (close(fd) != 0)
        ok = 0;
    if (!ok) {
        unlink(path);
        return brug__db_error(db, BRUG_EIO, "key file %s: cannot write it", path);
    }
    return BRUG_OK;
}

brug_err brug_issuer_key_add(brug_db *db, const char *issuer, const char *key_file, char *did)
{
    brug__issuer_row row;
    uint8_t pk[32], sk[64];
    char path[1024];
    int created = 0;
    brug_err err;

    did[0] = '\0';
    if (!key_file || !key_file[0] || strlen(key_file) >= sizeof(path) - 1)
        return brug__db_error(db, BRUG_EINVAL, "issuer key: a key file path is needed");
    err = brug__store_issuer_get(db, issuer ? issuer : "", &row);
    if (err)
        return err;
    if (sodium_init() < 0)
        return brug__db_error(db, BRUG_EINTERNAL, "libsodium failed to initialise");
    /* store an absolute path: the server may run from another folder */
    if (key_file[0] != '/') {
        char cwd[512];
        if (!getcwd(cwd, sizeof(cwd)))
            return brug__db_error(db, BRUG_EIO, "key file %s: no current folder", key_file);
        snprintf(path, sizeof(path), "%s/%s", cwd, key_file);
    } else {
        snprintf(path, sizeof(path), "%s", key_file);
    }
    if (access(path, F_OK) == 0) {
        err = read_key_file(db, path, pk, sk);
        sodium_memzero(sk, sizeof(sk));
    } else {
        err = new_key_file(db, path, pk);
        created = !err;
    }
    if (err)
        return err;
    brug__did_key_from_public(pk, did);
    err = brug__store_key_add(db, issuer, did, pk, path);
    if (err) {
        if (created)
            unlink(path);
        did[0] = '\0';
    }
    return err;
}

brug_err brug_issuer_key_revoke(brug_db *db, const char *did)
{
    return brug__store_key_revoke(db, did ? did : "");
}

/* One key as a verification method of the profile (ctx: the array). */
static brug_err on_key(void *ctx, const brug__key_rec *k)
{
    json_array_append_new(ctx,
                          json_pack("{s:s++,s:s,s:s,s:s,s:s}", "id", k->did, "#", k->did + 8,
                                    "type", "Multikey", "controller", k->did, "publicKeyMultibase",
                                    k->did + 8, "brug:status", k->status));
    return BRUG_OK;
}

brug_err brug_issuer_profile(brug_db *db, const char *id, json_t **out)
{
    brug__issuer_row row;
    json_t *vms;
    char url[512];
    brug_err err;

    *out = NULL;
    err = brug__store_issuer_get(db, id ? id : "", &row);
    if (err)
        return err;
    vms = json_array();
    err = brug__store_issuer_keys(db, row.id, on_key, vms);
    if (err) {
        json_decref(vms);
        return err;
    }
    brug__issuer_url(&row, url, sizeof(url));
    *out = json_pack(
        "{s:[s,s],s:s,s:[s],s:s,s:s,s:o}", "@context", "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "id", url, "type", "Profile",
        "name", row.name, "brug:type", row.type, "verificationMethod", vms);
    return *out ? BRUG_OK : brug__db_error(db, BRUG_ENOMEM, "out of memory");
}

brug_err brug__issuer_signing_key(brug_db *db, const char *issuer, brug__key_row *key,
                                  uint8_t sk[64])
{
    uint8_t pk[32];
    brug_err err = brug__store_key_active(db, issuer, key);
    if (err)
        return err;
    if (sodium_init() < 0)
        return brug__db_error(db, BRUG_EINTERNAL, "libsodium failed to initialise");
    if (!key->key_file[0])
        return brug__db_error(db, BRUG_ENOTFOUND, "issuer %s: its key %s has no key file", issuer,
                              key->did);
    err = read_key_file(db, key->key_file, pk, sk);
    if (!err && memcmp(pk, key->pk, 32) != 0) {
        sodium_memzero(sk, 64);
        err = brug__db_error(db, BRUG_EPARSE,
                             "key file %s no longer holds the key %s registered for issuer %s",
                             key->key_file, key->did, issuer);
    }
    return err;
}
