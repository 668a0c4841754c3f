/*
 * route_credentials.c - verifiable skill credentials (include/brug/credential.h):
 *   POST /api/v1/credentials              issue (admin; an issuer token in its own name)
 *   POST /api/v1/credentials/verify       verify a credential (anyone; ?require_trusted=1)
 *   POST /api/v1/credentials/{id}/revoke  revoke (admin; the issuer's token)
 *   GET  /api/v1/passports/{id}/credentials   the credentials a passport carries (who may
 *                                         read the passport; audited)
 * Verification answers 200 with the report whether or not the credential
 * verifies ("verified", "trusted", one entry per check): the request
 * itself succeeded.
 */
#include <string.h>

#include "routes.h"

/* Only admins and issuer tokens reach the library, which checks "in its own name". */
static brug_err issuer_require(srv_req *req)
{
    if (srv_auth_require(req))
        return BRUG_EDENIED;
    if (req->who.role == BRUG_ROLE_ADMIN || req->who.role == BRUG_ROLE_ISSUER)
        return BRUG_OK;
    srv_reply_error(req, 403, BRUG_EDENIED, "a %s token may not issue or revoke credentials",
                    brug_role_name(req->who.role));
    return BRUG_EDENIED;
}

void srv_route_credential_issue(srv_req *req)
{
    json_t *body, *cred = NULL;
    brug_db *w;
    brug_err err;
    char msg[1024];

    if (issuer_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    w = srv_writer_lock(req->app);
    err = brug_credential_issue(w, body, &req->who, &cred);
    snprintf(msg, sizeof(msg), "%s", err ? brug_errmsg(w) : "");
    srv_writer_unlock(req->app);
    json_decref(body);
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    srv_reply_json(req, 201, cred);
}

void srv_route_credential_verify(srv_req *req)
{
    const char *rt = srv_arg(req, "require_trusted");
    brug_db *db = srv_req_db(req);
    json_t *rep = NULL;
    brug_err err;

    if (!req->body_len) {
        srv_reply_error(req, 400, BRUG_EPARSE, "body: expected a credential (JSON)");
        return;
    }
    err =
        brug_credential_verify(db, req->body, req->body_len,
                               rt && strcmp(rt, "1") == 0 ? BRUG_VERIFY_REQUIRE_TRUSTED : 0, &rep);
    if (!rep) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, rep);
}

void srv_route_credential_revoke(srv_req *req)
{
    const char *id = req->params[0];
    brug_db *w;
    brug_err err;
    char msg[1024];

    if (issuer_require(req))
        return;
    w = srv_writer_lock(req->app);
    err = brug_credential_revoke(w, id, &req->who);
    snprintf(msg, sizeof(msg), "%s", err ? brug_errmsg(w) : "");
    srv_writer_unlock(req->app);
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    srv_reply_json(req, 200, json_pack("{s:s,s:b}", "id", id, "revoked", 1));
}

void srv_route_passport_credentials(srv_req *req)
{
    const char *id = req->params[0];
    brug_db *w;
    json_t *list = NULL;
    brug_err err;

    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    /* who may read the passport; audited "read-credentials" */
    err = brug_passport_credentials_as(w, &req->who, id, &list);
    if (err)
        srv_reply_guarded(req, w, err);
    srv_writer_unlock(req->app);
    if (!err)
        srv_reply_json(req, 200, json_pack("{s:s,s:o}", "passport", id, "credentials", list));
}
