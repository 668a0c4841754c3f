/*
 * route_consent.c - a person's consent to advisers:
 *   GET    /api/v1/passports/{id}/consents            list (the person, admin)
 *   PUT    /api/v1/passports/{id}/consents/{adviser}  grant (the person, admin)
 *   DELETE /api/v1/passports/{id}/consents/{adviser}  withdraw (the person, admin)
 * Advisers read a passport only while consent stands; lists, grants,
 * withdrawals and refusals go into the audit log (include/brug/guard.h).
 */
#include "routes.h"

void srv_route_consent_list(srv_req *req)
{
    const char *person = req->params[0];
    brug_db *w;
    json_t *doc = NULL;
    brug_err err;
    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_consent_list_as(w, &req->who, person, &doc);
    if (err)
        srv_reply_guarded(req, w, err);
    else
        srv_reply_json(req, 200, json_pack("{s:s,s:o}", "person", person, "consents", doc));
    srv_writer_unlock(req->app);
}

static void change(srv_req *req, int grant)
{
    const char *person = req->params[0], *adviser = req->params[1];
    brug_db *w;
    brug_err err;

    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_consent_set_as(w, &req->who, person, adviser, grant);
    if (err)
        srv_reply_guarded(req, w, err);
    else
        srv_reply_json(
            req, 200,
            json_pack("{s:s,s:s,s:b}", "person", person, "adviser", adviser, "consent", grant));
    srv_writer_unlock(req->app);
}

void srv_route_consent_grant(srv_req *req)
{
    change(req, 1);
}

void srv_route_consent_withdraw(srv_req *req)
{
    change(req, 0);
}
