/*
 * access.c - API tokens, consent and the audit log of passport access
 * (include/brug/access.h): making and checking tokens, validating ids,
 * and the JSON documents of the lists.  Rows come and go as records
 * (access.h) through the backend; who may read what is access_policy.c.
 */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "access.h"
#include "backend.h"
#include "json_list.h"

#define TOKEN_PREFIX "brug_"
#define TOKEN_RANDOM 32

static int valid_id(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return n > 0 && n <= BRUG_SUBJECT_MAX;
}

static void hash_token(const char *token, unsigned char out[32])
{
    crypto_generichash(out, 32, (const unsigned char *)token, strlen(token), NULL, 0);
}

brug_err brug_token_create(brug_db *db, brug_role role, const char *subject, char *token,
                           brug_principal *who)
{
    unsigned char rnd[TOKEN_RANDOM], hash[32];
    char defsubject[64];
    brug_err err;
    int64_t id = 0;

    token[0] = '\0';
    if (brug_role_name(role)[0] == 'n')
        return brug__db_error(db, BRUG_EINVAL, "token: unknown role");
    if (role == BRUG_ROLE_PERSON && !valid_id(subject))
        return brug__db_error(db, BRUG_EINVAL,
                              "token: a person token needs the person's passport id "
                              "(1 to %d bytes)",
                              BRUG_SUBJECT_MAX);
    if (subject && strlen(subject) > BRUG_SUBJECT_MAX)
        return brug__db_error(db, BRUG_EINVAL, "token: subject longer than %d bytes",
                              BRUG_SUBJECT_MAX);
    if (sodium_init() < 0)
        return brug__db_error(db, BRUG_EINTERNAL, "token: libsodium failed to initialise");
    randombytes_buf(rnd, sizeof(rnd));
    memcpy(token, TOKEN_PREFIX, sizeof(TOKEN_PREFIX) - 1);
    sodium_bin2base64(token + sizeof(TOKEN_PREFIX) - 1,
                      BRUG_TOKEN_SIZE - (sizeof(TOKEN_PREFIX) - 1), rnd, sizeof(rnd),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(rnd, sizeof(rnd));
    hash_token(token, hash);

    err = brug__db_begin(db);
    if (err) {
        token[0] = '\0';
        return err;
    }
    if (role != BRUG_ROLE_PERSON && valid_id(subject)) {
        /* An adviser's or employer's name is who consent and offers are
         * given to: a second token of that name, even after the first was
         * revoked, would inherit them (D9).  Person tokens speak for a
         * passport and may be several. */
        err = brug__token_named(db, role, subject, &id);
        if (err)
            goto fail;
        if (id) {
            err = brug__db_error(db, BRUG_ECONFLICT,
                                 "token: the %s name '%s' is taken by token %lld (names are "
                                 "never reused: consent and offers are given to the name)",
                                 brug_role_name(role), subject, (long long)id);
            goto fail;
        }
    }
    err = brug__token_add(db, hash, role, valid_id(subject) ? subject : "", &id);
    if (err)
        goto fail;
    if (!valid_id(subject)) {
        snprintf(defsubject, sizeof(defsubject), "%s-%lld", brug_role_name(role), (long long)id);
        err = brug__token_set_subject(db, id, defsubject);
        if (err)
            goto fail;
        subject = defsubject;
    }
    err = brug__db_commit(db);
    if (err) {
        token[0] = '\0';
        return err;
    }
    if (who) {
        who->token_id = id;
        who->role = role;
        snprintf(who->subject, sizeof(who->subject), "%s", subject);
    }
    return BRUG_OK;
fail:
    brug__db_rollback(db);
    token[0] = '\0';
    return err;
}

static brug_err on_token_found(void *ctx, const brug__token_rec *r)
{
    brug_principal *who = ctx;
    who->token_id = r->id;
    who->role = r->role;
    snprintf(who->subject, sizeof(who->subject), "%s", r->subject ? r->subject : "");
    return BRUG_OK;
}

brug_err brug_token_check(brug_db *db, const char *token, brug_principal *who)
{
    unsigned char hash[32];
    brug_err err;
    size_t n = token ? strlen(token) : 0;

    memset(who, 0, sizeof(*who));
    if (n != BRUG_TOKEN_SIZE - 1 || strncmp(token, TOKEN_PREFIX, sizeof(TOKEN_PREFIX) - 1) != 0)
        return brug__db_error(db, BRUG_EDENIED, "not a brug API token");
    hash_token(token, hash);
    err = brug__token_find(db, hash, on_token_found, who);
    if (err == BRUG_ENOTFOUND)
        return brug__db_error(db, BRUG_EDENIED, "unknown or revoked token");
    return err;
}

brug_err brug_token_revoke(brug_db *db, int64_t id)
{
    brug_err err = brug__token_revoke(db, id);
    if (err == BRUG_ENOTFOUND)
        return brug__db_error(db, BRUG_ENOTFOUND, "no active token with id %lld", (long long)id);
    return err;
}

/* --- Lists as JSON ---------------------------------------------------- */

static brug_err on_token(void *ctx, const brug__token_rec *r)
{
    return brug__json_list_add(ctx, json_pack("{sIsssososo}", "id", (json_int_t)r->id, "role",
                                              brug_role_name(r->role), "subject",
                                              brug__json_text_or_null(r->subject), "created",
                                              brug__json_text_or_null(r->created), "revoked",
                                              brug__json_text_or_null(r->revoked)));
}

brug_err brug_token_list(brug_db *db, json_t **out)
{
    brug__json_list l;
    brug_err err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    return brug__json_list_end(&l, brug__token_each(db, on_token, &l), out);
}

brug_err brug_consent_grant(brug_db *db, const char *person, const char *adviser)
{
    if (!valid_id(person) || !valid_id(adviser))
        return brug__db_error(db, BRUG_EINVAL, "consent: person and adviser are 1 to %d bytes",
                              BRUG_SUBJECT_MAX);
    return brug__consent_put(db, person, adviser);
}

brug_err brug_consent_withdraw(brug_db *db, const char *person, const char *adviser)
{
    brug_err err;
    if (!valid_id(person) || !valid_id(adviser))
        return brug__db_error(db, BRUG_EINVAL, "consent: person and adviser are 1 to %d bytes",
                              BRUG_SUBJECT_MAX);
    err = brug__consent_withdraw(db, person, adviser);
    if (err == BRUG_ENOTFOUND)
        return brug__db_error(db, BRUG_ENOTFOUND, "%s has no standing consent for adviser %s",
                              person, adviser);
    return err;
}

static brug_err on_consent(void *ctx, const brug__consent_rec *r)
{
    return brug__json_list_add(ctx,
                               json_pack("{sososo}", "adviser", brug__json_text_or_null(r->adviser),
                                         "granted", brug__json_text_or_null(r->granted),
                                         "withdrawn", brug__json_text_or_null(r->withdrawn)));
}

brug_err brug_consent_list(brug_db *db, const char *person, json_t **out)
{
    brug__json_list l;
    brug_err err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    return brug__json_list_end(&l, brug__consent_each(db, person ? person : "", on_consent, &l),
                               out);
}

static brug_err on_caseload(void *ctx, const brug__consent_rec *r)
{
    return brug__json_list_add(ctx,
                               json_pack("{soso}", "person", brug__json_text_or_null(r->person),
                                         "granted", brug__json_text_or_null(r->granted)));
}

brug_err brug_consent_caseload(brug_db *db, const char *adviser, json_t **out)
{
    brug__json_list l;
    brug_err err;
    *out = NULL;
    if (!adviser || !adviser[0])
        return brug__db_error(db, BRUG_EINVAL, "caseload: no adviser");
    err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    return brug__json_list_end(&l, brug__consent_caseload(db, adviser, on_caseload, &l), out);
}

brug_err brug_audit_add(brug_db *db, const brug_principal *who, const char *action,
                        const char *person, const char *outcome)
{
    brug__audit_rec r;
    memset(&r, 0, sizeof(r));
    r.actor = who ? who->subject : "anonymous";
    r.role = brug_role_name(who ? who->role : BRUG_ROLE_NONE);
    r.token = who ? who->token_id : 0;
    r.action = action ? action : "";
    r.person = person ? person : "";
    r.outcome = outcome ? outcome : "";
    return brug__audit_append(db, &r);
}

static brug_err on_audit(void *ctx, const brug__audit_rec *r)
{
    return brug__json_list_add(ctx, json_pack("{sIsososososososo}", "id", (json_int_t)r->id, "time",
                                              brug__json_text_or_null(r->time), "actor",
                                              brug__json_text_or_null(r->actor), "role",
                                              brug__json_text_or_null(r->role), "token",
                                              r->token ? json_integer(r->token) : json_null(),
                                              "action", brug__json_text_or_null(r->action),
                                              "person", brug__json_text_or_null(r->person),
                                              "outcome", brug__json_text_or_null(r->outcome)));
}

brug_err brug_audit_list(brug_db *db, const char *person, size_t limit, json_t **out)
{
    brug__json_list l;
    brug_err err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    return brug__json_list_end(&l, brug__audit_each(db, person, limit, on_audit, &l), out);
}

brug_err brug_audit_prune(brug_db *db, unsigned days, int64_t *removed)
{
    if (removed)
        *removed = 0;
    if (days == 0 || days > 36500)
        return brug__db_error(db, BRUG_EINVAL, "audit: keep entries for 1 to 36500 days");
    return brug__audit_remove_older(db, days, removed);
}
