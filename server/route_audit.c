/*
 * route_audit.c - GET /api/v1/audit?person=ID&limit=N: the audit log of
 * passport access, newest first, at most limit (1 to 1000, default 100)
 * entries.  Admins see everything; a person sees the entries about their
 * own passport (brug_audit_list_as); the read itself is audited.
 */
#include "routes.h"

void srv_route_audit(srv_req *req)
{
    unsigned long limit;
    brug_db *w;
    json_t *doc = NULL;
    brug_err err;

    if (srv_auth_require(req))
        return;
    if (srv_arg_get_limit(req, "limit", BRUG_AUDIT_DEFAULT, BRUG_AUDIT_MAX, &limit))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_audit_list_as(w, &req->who, srv_arg(req, "person"), limit, &doc);
    if (err)
        srv_reply_guarded(req, w, err);
    else
        srv_reply_json(req, 200, json_pack("{s:o}", "entries", doc));
    srv_writer_unlock(req->app);
}
