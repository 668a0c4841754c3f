/*
 * store_guard.c - passports, offers, consents, the audit log and matching
 * on behalf of a caller (include/brug/guard.h): the access check, the
 * operation and its audit entry in one transaction.
 */
#include <string.h>

#include <sqlite3.h>

#include "brug/credential.h"
#include "brug/guard.h"
#include "store.h"

brug_principal brug_principal_local(void)
{
    brug_principal p;
    memset(&p, 0, sizeof(p));
    p.role = BRUG_ROLE_ADMIN;
    snprintf(p.subject, sizeof(p.subject), "local");
    return p;
}

static const char *outcome_of(brug_err err)
{
    switch (err) {
    case BRUG_OK:
        return "ok";
    case BRUG_ENOTFOUND:
        return "not-found";
    case BRUG_ECONFLICT:
        return "conflict";
    case BRUG_EDENIED:
        return "denied";
    case BRUG_EPARSE:
    case BRUG_EINVAL:
        return "invalid";
    default:
        return "error";
    }
}

/* Record a failed attempt (err) in its own transaction, keeping err's
 * message; a failure to write the entry replaces err. */
static brug_err audit_failure(brug_db *db, const brug_principal *who, const char *action,
                              const char *person, brug_err err)
{
    char msg[sizeof(db->errmsg)];
    brug_err aerr;
    snprintf(msg, sizeof(msg), "%s", db->errmsg);
    aerr = brug__db_begin(db);
    if (!aerr) {
        aerr = brug_audit_add(db, who, action, person ? person : "", outcome_of(err));
        if (aerr)
            brug__db_rollback(db);
        else
            aerr = brug__db_commit(db);
    }
    if (aerr)
        return brug__db_error(db, aerr,
                              "the audit log cannot be written (%s); nothing was shown "
                              "or changed",
                              db->errmsg);
    brug__db_error(db, err, "%s", msg);
    return err;
}

/* The caller's transaction failed at err: roll back, audit the failure. */
static brug_err fail(brug_db *db, const brug_principal *who, const char *action, const char *person,
                     brug_err err)
{
    brug__db_rollback(db);
    return audit_failure(db, who, action, person, err);
}

static brug_err finish(brug_db *db, const brug_principal *who, const char *action,
                       const char *person)
{
    brug_err err = brug_audit_add(db, who, action, person, "ok");
    if (err) {
        char msg[sizeof(db->errmsg)];
        snprintf(msg, sizeof(msg), "%s", db->errmsg);
        brug__db_rollback(db);
        /* not the caller's fault (a conflict, say): the log is unavailable */
        return brug__db_error(db, err == BRUG_EBUSY || err == BRUG_ENOMEM ? err : BRUG_EDB,
                              "the audit log cannot be written (%s); nothing was shown or "
                              "changed",
                              msg);
    }
    return brug__db_commit(db);
}

static int is_admin(const brug_principal *who)
{
    return who && who->role == BRUG_ROLE_ADMIN;
}

/* Admin, or the person themself. */
static brug_err own_or_admin(brug_db *db, const brug_principal *who, const char *person,
                             const char *what)
{
    if (is_admin(who) ||
        (who && who->role == BRUG_ROLE_PERSON && person && strcmp(who->subject, person) == 0))
        return BRUG_OK;
    return brug__db_error(db, BRUG_EDENIED, "only %s (or an admin) manages their %s",
                          person ? person : "the person", what);
}

/* ---- passports ---- */

brug_err brug_passport_put_as(brug_db *db, const brug_principal *who, const json_t *doc,
                              brug_put_mode mode, json_t **stored)
{
    const char *id = json_string_value(json_object_get(doc, "id"));
    const char *action = mode == BRUG_PUT_CREATE ? "create" : "update";
    brug_err err;

    if (stored)
        *stored = NULL;
    if (!id || !id[0])
        return brug__db_error(db, BRUG_EPARSE, "passport: 'id' must be a non-empty string");
    err = brug_access_passport(db, who, id, 1);
    if (err)
        return err == BRUG_EDENIED ? audit_failure(db, who, action, id, err) : err;
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_passport_put(db, doc, mode);
    if (!err && stored)
        err = brug_passport_get(db, id, stored);
    if (err) {
        if (stored) {
            json_decref(*stored);
            *stored = NULL;
        }
        return fail(db, who, action, id, err);
    }
    err = finish(db, who, action, id);
    if (err && stored) {
        json_decref(*stored);
        *stored = NULL;
    }
    return err;
}

brug_err brug_passport_get_as(brug_db *db, const brug_principal *who, const char *id, json_t **out)
{
    brug_err err;
    *out = NULL;
    err = brug_access_passport(db, who, id, 0);
    if (err)
        return err == BRUG_EDENIED ? audit_failure(db, who, "read", id, err) : err;
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_passport_get(db, id, out);
    if (err)
        return fail(db, who, "read", id, err);
    err = finish(db, who, "read", id);
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

brug_err brug_passport_delete_as(brug_db *db, const brug_principal *who, const char *id)
{
    brug_err err = brug_access_passport(db, who, id, 1);
    if (err)
        return err == BRUG_EDENIED ? audit_failure(db, who, "delete", id, err) : err;
    err = brug__people_delete_begin(db);
    if (err)
        return err;
    err = brug__passport_delete_rows(db, id);
    if (err == BRUG_ENOTFOUND) {
        /* Perhaps deleted before while a reader blocked the log's erasure:
         * erase it now, so repeating a deletion always finishes it. */
        err = fail(db, who, "delete", id, err);
        if (err == BRUG_ENOTFOUND && brug__db_erase_log(db) != BRUG_OK)
            brug__db_error(db, BRUG_ENOTFOUND, "no passport \"%s\"", id);
        return err;
    }
    if (err)
        return fail(db, who, "delete", id, err);
    err = finish(db, who, "delete", id);
    return err ? err : brug__db_erase_log(db);
}

/* ---- offers ---- */

static const char *employer_of(const json_t *offer)
{
    const json_t *e = json_object_get(offer, "employer");
    /* an employer given inline ({"id", ...}) or by its id */
    return json_is_string(e) ? json_string_value(e) : json_string_value(json_object_get(e, "id"));
}

static brug_err may_change_offer(brug_db *db, const brug_principal *who, const char *employer)
{
    if (is_admin(who))
        return BRUG_OK;
    if (who && who->role == BRUG_ROLE_EMPLOYER && employer && strcmp(who->subject, employer) == 0)
        return BRUG_OK;
    return brug__db_error(db, BRUG_EDENIED,
                          "offers are changed by an admin or by their employer's token");
}

/* May who change the stored offer id?  BRUG_OK when there is none (the
 * put decides whether that is an error). */
static brug_err may_change_stored(brug_db *db, const brug_principal *who, const char *id)
{
    json_t *old = NULL;
    brug_err err = brug_offer_get(db, id, &old);
    if (err == BRUG_ENOTFOUND)
        return is_admin(who) || (who && who->role == BRUG_ROLE_EMPLOYER)
                   ? BRUG_ENOTFOUND
                   : may_change_offer(db, who, NULL);
    if (err)
        return err;
    err = may_change_offer(db, who, employer_of(old));
    json_decref(old);
    return err;
}

brug_err brug_offer_put_as(brug_db *db, const brug_principal *who, const json_t *doc,
                           brug_put_mode mode, json_t **stored)
{
    const char *id = json_string_value(json_object_get(doc, "id"));
    const char *action = mode == BRUG_PUT_CREATE ? "offer-create" : "offer-update";
    brug_err err;

    if (stored)
        *stored = NULL;
    if (!id || !id[0])
        return brug__db_error(db, BRUG_EPARSE, "offer: 'id' must be a non-empty string");
    err = may_change_offer(db, who, employer_of(doc));
    if (!err && mode != BRUG_PUT_CREATE) {
        err = may_change_stored(db, who, id);
        if (err == BRUG_ENOTFOUND)
            err = BRUG_OK; /* brug_offer_put answers (REPLACE) or creates (UPSERT) */
    }
    if (err)
        return err == BRUG_EDENIED ? audit_failure(db, who, action, id, err) : err;
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_offer_put(db, doc, mode);
    if (!err && stored)
        err = brug_offer_get(db, id, stored);
    if (err) {
        if (stored) {
            json_decref(*stored);
            *stored = NULL;
        }
        return fail(db, who, action, id, err);
    }
    err = finish(db, who, action, id);
    if (err && stored) {
        json_decref(*stored);
        *stored = NULL;
    }
    return err;
}

brug_err brug_offer_delete_as(brug_db *db, const brug_principal *who, const char *id)
{
    brug_err err = may_change_stored(db, who, id);
    if (err)
        return err == BRUG_EDENIED ? audit_failure(db, who, "offer-delete", id, err) : err;
    err = brug__people_delete_begin(db);
    if (err)
        return err;
    err = brug__offer_delete_rows(db, id);
    if (err)
        return fail(db, who, "offer-delete", id, err);
    err = finish(db, who, "offer-delete", id);
    return err ? err : brug__db_erase_log(db);
}

/* ---- consent ---- */

brug_err brug_consent_set_as(brug_db *db, const brug_principal *who, const char *person,
                             const char *adviser, int grant)
{
    const char *action = grant ? "consent-grant" : "consent-withdraw";
    brug_err err = own_or_admin(db, who, person, "consent");
    if (err)
        return audit_failure(db, who, action, person, err);
    err = brug__db_begin(db);
    if (err)
        return err;
    err = grant ? brug_consent_grant(db, person, adviser)
                : brug_consent_withdraw(db, person, adviser);
    if (err)
        return fail(db, who, action, person, err);
    return finish(db, who, action, person);
}

brug_err brug_consent_list_as(brug_db *db, const brug_principal *who, const char *person,
                              json_t **out)
{
    brug_err err = own_or_admin(db, who, person, "consent");
    *out = NULL;
    if (err)
        return audit_failure(db, who, "consent-list", person, err);
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_consent_list(db, person, out);
    if (err)
        return fail(db, who, "consent-list", person, err);
    err = finish(db, who, "consent-list", person);
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

/* ---- the audit log ---- */

brug_err brug_audit_list_as(brug_db *db, const brug_principal *who, const char *person,
                            size_t limit, json_t **out)
{
    brug_err err;
    json_t *e;
    size_t i;

    *out = NULL;
    if (limit == 0)
        limit = BRUG_AUDIT_DEFAULT;
    if (limit > BRUG_AUDIT_MAX)
        return brug__db_error(db, BRUG_EINVAL, "audit: at most %d entries at a time",
                              BRUG_AUDIT_MAX);
    if (!is_admin(who)) {
        if (!who || who->role != BRUG_ROLE_PERSON)
            return audit_failure(
                db, who, "audit-read", person ? person : "*",
                brug__db_error(db, BRUG_EDENIED, "the audit log is for admins and for the person"));
        if (person && strcmp(person, who->subject) != 0)
            return audit_failure(db, who, "audit-read", person,
                                 brug__db_error(db, BRUG_EDENIED,
                                                "a person sees the log of their own passport "
                                                "only"));
        person = who->subject;
    }
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_audit_list(db, person, limit, out);
    if (err)
        return fail(db, who, "audit-read", person ? person : "*", err);
    if (!is_admin(who)) {
        /* The person's view: their passport's entries (offer entries share
         * the column), other people only as "another person". */
        json_t *kept = json_array();
        json_array_foreach(*out, i, e)
        {
            const char *action = json_string_value(json_object_get(e, "action"));
            const char *role = json_string_value(json_object_get(e, "role"));
            const char *actor = json_string_value(json_object_get(e, "actor"));
            if (action && strncmp(action, "offer-", 6) == 0)
                continue;
            if (role && strcmp(role, "person") == 0 && actor && strcmp(actor, who->subject) != 0) {
                json_object_set_new(e, "actor", json_string("another person"));
                json_object_set_new(e, "token", json_null());
            }
            json_array_append(kept, e);
        }
        json_decref(*out);
        *out = kept;
    }
    err = finish(db, who, "audit-read", person ? person : "*");
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

/* ---- being found by employers ---- */

brug_err brug_findable_set_as(brug_db *db, const brug_principal *who, const char *person, int yes)
{
    const char *action = yes ? "findable-on" : "findable-off";
    json_t *doc = NULL;
    brug_err err = own_or_admin(db, who, person, "settings");
    if (err)
        return audit_failure(db, who, action, person, err);
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_passport_get(db, person, &doc); /* only an existing passport opts in */
    json_decref(doc);
    if (!err)
        err = brug__findable_set(db, person, yes);
    if (err)
        return fail(db, who, action, person, err);
    return finish(db, who, action, person);
}

brug_err brug_findable_get_as(brug_db *db, const brug_principal *who, const char *person,
                              json_t **out)
{
    json_t *doc = NULL, *resp;
    sqlite3_stmt *st;
    int yes = 0, rc;
    brug_err err = own_or_admin(db, who, person, "settings");
    *out = NULL;
    if (err)
        return audit_failure(db, who, "findable-read", person, err);
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_passport_get(db, person, &doc);
    json_decref(doc);
    if (!err)
        err = brug__findable_get(db, person, &yes);
    if (!err)
        err = brug__db_prepare(db, "SELECT offer FROM response WHERE person = ?1 ORDER BY offer",
                               &st);
    if (err)
        return fail(db, who, "findable-read", person, err);
    resp = json_array();
    sqlite3_bind_text(st, 1, person, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st))
        json_array_append_new(resp, json_string((const char *)sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        json_decref(resp);
        return fail(db, who, "findable-read", person, brug__db_sqlerr(db, rc, "response"));
    }
    *out = json_pack("{s:s,s:b,s:o}", "person", person, "findable", yes, "responses", resp);
    if (!*out)
        return fail(db, who, "findable-read", person,
                    brug__db_error(db, BRUG_ENOMEM, "out of memory"));
    err = finish(db, who, "findable-read", person);
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

brug_err brug_offer_respond_as(brug_db *db, const brug_principal *who, const char *person,
                               const char *offer, int yes)
{
    const char *action = yes ? "respond" : "respond-withdraw";
    json_t *doc = NULL;
    brug_err err = own_or_admin(db, who, person, "responses");
    if (err)
        return audit_failure(db, who, action, person, err);
    err = brug__db_begin(db);
    if (err)
        return err;
    err = brug_passport_get(db, person, &doc);
    json_decref(doc);
    doc = NULL;
    if (!err)
        err = brug_offer_get(db, offer, &doc);
    json_decref(doc);
    if (!err)
        err = brug__response_set(db, person, offer, yes);
    if (err)
        return fail(db, who, action, person, err);
    return finish(db, who, action, person);
}

/* ---- matching ---- */

/* The matcher ranks everyone; only findable people may be shown to an
 * employer.  Ask for FETCH_FIRST times top, and while that fills fewer than
 * top places but the matcher had more to give, ask again FETCH_GROWTH times
 * wider (up to FETCH_MAX): an employer gets top people whenever top findable
 * people fit, however many better-fitting people are not findable. */
#define FETCH_FIRST 5
#define FETCH_GROWTH 8
#define FETCH_MAX ((size_t)1 << 24)

brug_err brug_match_offer_as(brug_db *db, const brug_principal *who, brug_matcher *m,
                             const char *offer, const brug_match_opts *opts, json_t **out)
{
    brug_match_opts o;
    json_t *od = NULL;
    size_t top, fetch;
    brug_err err;

    *out = NULL;
    memset(&o, 0, sizeof(o));
    if (opts)
        o = *opts;
    top = o.top ? o.top : 10;
    if (!is_admin(who)) {
        err = brug_offer_get(db, offer, &od);
        if (err)
            return err;
        if (!who || who->role != BRUG_ROLE_EMPLOYER || !employer_of(od) ||
            strcmp(employer_of(od), who->subject) != 0) {
            json_decref(od);
            return brug__db_error(db, BRUG_EDENIED,
                                  "the people who fit an offer are shown to "
                                  "its employer and admins only");
        }
        json_decref(od);
    }
    for (fetch = top * FETCH_FIRST;; fetch *= FETCH_GROWTH) {
        size_t got;
        if (fetch > FETCH_MAX)
            fetch = FETCH_MAX;
        o.top = (uint32_t)fetch;
        err = brug_match_offer(m, offer, &o, out);
        if (err)
            return brug__db_error(db, err, "matching offer %s: %s", offer,
                                  err == BRUG_ENOTFOUND ? "no such offer" : brug_strerror(err));
        got = json_array_size(json_object_get(*out, "matches"));
        err = brug__db_begin(db);
        if (err)
            break;
        err = brug__disclose_matches(db, who, offer, *out, top);
        if (!err && json_array_size(json_object_get(*out, "matches")) < top && got >= fetch &&
            fetch < FETCH_MAX) {
            /* not yet disclosed: the audit rows of this round go with it */
            brug__db_rollback(db);
            json_decref(*out);
            *out = NULL;
            continue;
        }
        if (err)
            brug__db_rollback(db);
        else
            err = brug__db_commit(db);
        break;
    }
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

brug_err brug_match_passport_as(brug_db *db, const brug_principal *who, brug_matcher *m,
                                const char *passport, const brug_match_opts *opts, json_t **out)
{
    brug_err err;

    *out = NULL;
    err = brug_access_passport(db, who, passport, 0);
    if (!err) {
        err = brug_match_passport(m, passport, opts, out);
        if (err)
            brug__db_error(db, err, "matching passport %s: %s", passport,
                           err == BRUG_ENOTFOUND ? "no such passport" : brug_strerror(err));
    }
    if (!err)
        err = brug_match_proofs(db, *out); /* which matched skills are proven */
    if (!err)
        err = brug__db_begin(db);
    if (!err)
        err = finish(db, who, "match", passport);
    else
        err = audit_failure(db, who, "match", passport, err);
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}

brug_err brug_passport_credentials_as(brug_db *db, const brug_principal *who, const char *person,
                                      json_t **out)
{
    json_t *doc = NULL;
    brug_err err;

    *out = NULL;
    err = brug_access_passport(db, who, person, 0);
    if (!err)
        err = brug_passport_get(db, person, &doc);
    json_decref(doc);
    if (!err)
        err = brug_passport_credentials(db, person, out);
    if (!err)
        err = brug__db_begin(db);
    if (!err)
        err = finish(db, who, "read-credentials", person);
    else
        err = audit_failure(db, who, "read-credentials", person, err);
    if (err) {
        json_decref(*out);
        *out = NULL;
    }
    return err;
}
