/*
 * route_employer_offers.c - GET /api/v1/employers/{id}/offers: an employer
 * (id, name, sector, size) and its offers (brug_employer_offers), for the
 * employer's page.  Public, like the offers themselves.
 */
#include "routes.h"

void srv_route_employer_offers(srv_req *req)
{
    brug_db *db = srv_req_db(req);
    json_t *doc = NULL;
    brug_err err = brug_employer_offers(db, req->params[0], &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, doc);
}
