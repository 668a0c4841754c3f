/*
 * route_vocabulary.c - GET /api/v1/vocabulary: the words passports and
 * offers use (regions with names, sectors, drives, evidence, employer
 * sizes; brug_people_vocabulary), so a client can show names, not codes.
 */
#include "routes.h"

void srv_route_vocabulary(srv_req *req)
{
    json_t *doc = NULL;
    brug_err err = brug_people_vocabulary(&doc);
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", brug_strerror(err));
        return;
    }
    srv_reply_json(req, 200, doc);
}
