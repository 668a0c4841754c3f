/*
 * route_caseload.c - GET /api/v1/caseload: the people whose consent to the
 * adviser stands (brug_consent_caseload), for the adviser's page.  An
 * adviser token sees its own caseload; an admin names the adviser with
 * ?adviser=NAME.  Lists person ids only; reading a passport stays audited.
 */
#include "routes.h"

void srv_route_caseload(srv_req *req)
{
    const char *adviser = srv_arg(req, "adviser");
    brug_db *db;
    json_t *doc = NULL;
    brug_err err;
    if (srv_auth_require(req))
        return;
    if (req->who.role == BRUG_ROLE_ADVISER)
        adviser = req->who.subject;
    else if (req->who.role != BRUG_ROLE_ADMIN) {
        srv_reply_error(req, 403, BRUG_EDENIED, "a caseload is shown to its adviser and admins");
        return;
    } else if (!adviser || !adviser[0]) {
        srv_reply_error(req, 400, BRUG_EINVAL, "adviser: give the adviser's name");
        return;
    }
    db = srv_req_db(req);
    err = brug_consent_caseload(db, adviser, &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, json_pack("{s:s,s:o}", "adviser", adviser, "people", doc));
}
