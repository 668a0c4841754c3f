/*
 * auth.c - the bearer token of a request: who is asking (req->who), or 401.
 * What they may do, and its audit entry, is decided by the guarded library
 * calls (include/brug/guard.h), never here.
 */
#include <string.h>

#include <microhttpd.h>

#include "server.h"

brug_err srv_auth_require(srv_req *req)
{
    const char *h = srv_header(req, MHD_HTTP_HEADER_AUTHORIZATION);
    brug_db *db;
    brug_err err;

    memset(&req->who, 0, sizeof(req->who));
    if (!h || !h[0]) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED,
                        "this needs an API token: Authorization: Bearer TOKEN");
        return BRUG_EDENIED;
    }
    if (strncmp(h, "Bearer ", 7) != 0) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED,
                        "Authorization must be 'Bearer TOKEN'");
        return BRUG_EDENIED;
    }
    db = srv_req_db(req);
    err = brug_token_check(db, h + 7, &req->who);
    if (err == BRUG_EDENIED) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED, "%s", brug_errmsg(db));
        return err;
    }
    if (err)
        srv_reply_brug(req, db, err);
    return err;
}
