/*
 * bench_credential.c - signatures and verifications per second of skill
 * credentials, with a reference measured in the same run: libsodium's raw
 * Ed25519 (crypto_sign_detached / crypto_sign_verify_detached of the
 * 64-byte hash an eddsa-jcs-2022 proof signs) against brug's whole paths:
 *   sign     brug__eddsa_jcs_sign of a credential (JCS of the document and
 *            of the proof configuration, two SHA-256, Ed25519, base58btc);
 *   issue    brug_credential_issue (checks, ESCO labels, the key file, the
 *            status-list slot, signing, one committed transaction);
 *   verify   brug_credential_verify of the signed text (parse, shape, JCS,
 *            hashes, Ed25519, the issuer and status lookups).
 * Usage: bench_credential [--seconds S] (per measurement, default 2).
 * Needs the demo taxonomy (data/demo, found through $BRUG_SOURCE_DIR or
 * the current folder); it works in a temporary folder.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "brug/brug.h"
#include "bench_util.h"
#include "eddsa_jcs.h"

typedef struct rate {
    double per_s, us;
    long n;
} rate;

typedef int (*op_fn)(void *ctx);

static rate measure(op_fn op, void *ctx, double seconds)
{
    rate r = {0, 0, 0};
    double t0 = now(), t;
    do {
        int i;
        for (i = 0; i < 50; i++)
            if (op(ctx) != 0) {
                fprintf(stderr, "bench_credential: an operation failed\n");
                exit(1);
            }
        r.n += 50;
        t = now() - t0;
    } while (t < seconds);
    r.per_s = (double)r.n / t;
    r.us = t * 1e6 / (double)r.n;
    return r;
}

typedef struct ctx {
    brug_db *db;
    uint8_t pk[32], sk[64], msg[64], sig[64];
    json_t *unsigned_doc, *opts, *request;
    char *text;
    size_t len;
} ctx;

static int raw_sign(void *p)
{
    ctx *c = p;
    crypto_sign_detached(c->sig, NULL, c->msg, sizeof(c->msg), c->sk);
    return 0;
}

static int raw_verify(void *p)
{
    ctx *c = p;
    return crypto_sign_verify_detached(c->sig, c->msg, sizeof(c->msg), c->pk);
}

static int jcs_sign(void *p)
{
    ctx *c = p;
    json_t *out = NULL;
    char why[256];
    brug_err err =
        brug__eddsa_jcs_sign(c->unsigned_doc, c->opts, c->sk, &out, NULL, why, sizeof(why));
    json_decref(out);
    return err != BRUG_OK;
}

static int issue(void *p)
{
    ctx *c = p;
    json_t *out = NULL;
    brug_err err = brug_credential_issue(c->db, c->request, NULL, &out);
    json_decref(out);
    return err != BRUG_OK;
}

static int verify(void *p)
{
    ctx *c = p;
    json_t *rep = NULL;
    brug_err err =
        brug_credential_verify(c->db, c->text, c->len, BRUG_VERIFY_REQUIRE_TRUSTED, &rep);
    json_decref(rep);
    return err != BRUG_OK;
}

static void row(const char *what, rate r, rate ref)
{
    printf("%-42s %10.0f /s %9.1f us  (%.2fx the raw Ed25519 time)\n", what, r.per_s, r.us,
           r.us / ref.us);
}

int main(int argc, char **argv)
{
    const char *src = getenv("BRUG_SOURCE_DIR");
    char dir[] = "/tmp/bench-cred-XXXXXX", path[512], en[512], nl[512], key[512];
    char did[BRUG_DID_SIZE];
    double seconds = 2;
    const char *skill = "http://data.brug.example/demo/skill/accounting-principles";
    ctx c;
    rate rs, rv, s, is, v;
    brug_import_report rep;
    const char *dirs[2];
    json_t *cred = NULL;
    int i;

    for (i = 1; i < argc; i++)
        if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc)
            seconds = atof(argv[++i]);
    if (!src)
        src = ".";
    if (sodium_init() < 0 || !mkdtemp(dir))
        return 1;
    memset(&c, 0, sizeof(c));
    snprintf(path, sizeof(path), "%s/b.db", dir);
    snprintf(key, sizeof(key), "%s/issuer.key", dir);
    snprintf(en, sizeof(en), "%s/data/demo/en", src);
    snprintf(nl, sizeof(nl), "%s/data/demo/nl", src);
    brug_import_report_init(&rep);
    dirs[0] = en;
    dirs[1] = nl;
    if (brug_db_open(path, BRUG_OPEN_CREATE, NULL, &c.db) ||
        brug_import_esco(c.db, dirs, 2, NULL, &rep) ||
        brug_issuer_add(c.db, "roc-a", "ROC A", "school", NULL) ||
        brug_issuer_key_add(c.db, "roc-a", key, did)) {
        fprintf(stderr, "bench_credential: set-up failed: %s (BRUG_SOURCE_DIR=%s)\n",
                brug_errmsg(c.db), src);
        return 1;
    }
    brug_import_report_release(&rep);
    c.request = json_pack("{s:s,s:s,s:[s],s:[{s:s,s:s}]}", "issuer", "roc-a", "subject", "p-1",
                          "skills", skill, "evidence", "type", "course", "name", "Boekhouden 1");
    if (brug_credential_issue(c.db, c.request, NULL, &cred)) {
        fprintf(stderr, "bench_credential: issue failed: %s\n", brug_errmsg(c.db));
        return 1;
    }
    c.text = json_dumps(cred, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    c.len = strlen(c.text);
    c.opts = json_deep_copy(json_object_get(cred, "proof"));
    json_object_del(c.opts, "proofValue");
    json_object_del(c.opts, "@context");
    c.unsigned_doc = json_deep_copy(cred);
    json_object_del(c.unsigned_doc, "proof");
    crypto_sign_keypair(c.pk, c.sk);
    randombytes_buf(c.msg, sizeof(c.msg));
    crypto_sign_detached(c.sig, NULL, c.msg, sizeof(c.msg), c.sk);

    print_load("before");
    printf("credential: %zu bytes (one ESCO skill, one evidence, a status entry)\n", c.len);
    rs = measure(raw_sign, &c, seconds);
    rv = measure(raw_verify, &c, seconds);
    s = measure(jcs_sign, &c, seconds);
    is = measure(issue, &c, seconds);
    v = measure(verify, &c, seconds);
    row("reference: crypto_sign_detached (64 B)", rs, rs);
    row("sign: eddsa-jcs-2022 proof of the credential", s, rs);
    row("issue: brug_credential_issue (committed)", is, rs);
    row("reference: crypto_sign_verify_detached", rv, rv);
    row("verify: brug_credential_verify", v, rv);
    print_load("after");

    json_decref(cred);
    json_decref(c.request);
    json_decref(c.opts);
    json_decref(c.unsigned_doc);
    free(c.text);
    brug_db_close(c.db);
    unlink(key);
    snprintf(en, sizeof(en), "rm -rf '%s'", dir);
    if (system(en) != 0)
        return 1;
    return 0;
}
