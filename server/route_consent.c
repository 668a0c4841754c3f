/*
 * route_consent.c - a person's consent to advisers:
 *   GET    /api/v1/passports/{id}/consents            list (the person, admin)
 *   PUT    /api/v1/passports/{id}/consents/{adviser}  grant (the person, admin)
 *   DELETE /api/v1/passports/{id}/consents/{adviser}  withdraw (the person, admin)
 * Advisers read a passport only while consent stands; grants and
 * withdrawals go into the audit log.
 */
#include <string.h>

#include "routes.h"

/* Only the person and admins manage consent. */
static int may_manage(srv_req *req, const char *person, const char *action)
{
    if (!srv_auth(req, 1))
        return 0;
    if (req->who.role == BRUG_ROLE_ADMIN ||
        (req->who.role == BRUG_ROLE_PERSON && strcmp(req->who.subject, person) == 0))
        return 1;
    if (!srv_audit(req, action, person, "denied"))
        return 0;
    srv_reply_error(req, 403, BRUG_EDENIED, "only %s (or an admin) manages their consent", person);
    return 0;
}

void srv_route_consent_list(srv_req *req)
{
    const char *person = req->params[0];
    brug_db *db;
    json_t *doc = NULL;
    brug_err err;
    if (!may_manage(req, person, "consent-list"))
        return;
    db = srv_req_db(req);
    err = brug_consent_list(db, person, &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, json_pack("{s:s,s:o}", "person", person, "consents", doc));
}

static void change(srv_req *req, int grant)
{
    const char *person = req->params[0], *adviser = req->params[1];
    const char *action = grant ? "consent-grant" : "consent-withdraw";
    brug_db *w;
    brug_err err;
    char msg[512];

    if (!may_manage(req, person, action))
        return;
    w = srv_writer_lock(req->app);
    err =
        grant ? brug_consent_grant(w, person, adviser) : brug_consent_withdraw(w, person, adviser);
    snprintf(msg, sizeof(msg), "%s", err ? brug_errmsg(w) : "");
    if (!err)
        err = brug_audit_add(w, &req->who, action, person, "ok");
    srv_writer_unlock(req->app);
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    srv_reply_json(
        req, 200,
        json_pack("{s:s,s:s,s:b}", "person", person, "adviser", adviser, "consent", grant));
}

void srv_route_consent_grant(srv_req *req)
{
    change(req, 1);
}

void srv_route_consent_withdraw(srv_req *req)
{
    change(req, 0);
}
