/*
 * route_audit.c - GET /api/v1/audit?person=ID&limit=N: the audit log of
 * passport access, newest first.  Admins see everything; a person sees the
 * entries about their own passport.
 */
#include <string.h>

#include "routes.h"

void srv_route_audit(srv_req *req)
{
    const char *person;
    unsigned long limit;
    brug_db *db;
    json_t *doc = NULL;
    brug_err err;

    if (!srv_auth(req, 1))
        return;
    if (srv_arg_get_uint(req, "limit", 100, 10000, &limit))
        return;
    person = srv_arg(req, "person");
    if (req->who.role == BRUG_ROLE_PERSON) {
        if (person && strcmp(person, req->who.subject) != 0) {
            srv_reply_error(req, 403, BRUG_EDENIED,
                            "a person sees the log of their own passport only");
            return;
        }
        person = req->who.subject;
    } else if (req->who.role != BRUG_ROLE_ADMIN) {
        srv_reply_error(req, 403, BRUG_EDENIED, "the audit log is for admins and for the person");
        return;
    }
    db = srv_req_db(req);
    err = brug_audit_list(db, person, limit, &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, json_pack("{s:o}", "entries", doc));
}
