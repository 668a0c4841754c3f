/*
 * route_issuers.c - what this brug publishes about its credential issuers,
 * public so that anyone can verify their credentials:
 *   GET /api/v1/issuers/{id}   the issuer's Open Badges 3.0 Profile and its keys
 *   GET /api/v1/status/{list}  the issuer's W3C Bitstring Status List credential
 *                              (the statusListCredential of what it issued)
 */
#include "routes.h"

void srv_route_issuer(srv_req *req)
{
    brug_db *db = srv_req_db(req);
    json_t *doc = NULL;
    brug_err err = brug_issuer_profile(db, req->params[0], &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, doc);
}

void srv_route_status_list(srv_req *req)
{
    brug_db *db = srv_req_db(req);
    json_t *doc = NULL;
    brug_err err = brug_status_list_get(db, req->params[0], &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, doc);
}
