/*
 * auth.c - bearer tokens, passport access decisions and audit entries for
 * the routes that touch personal data (include/brug/access.h holds the
 * rules; this file maps them to HTTP: 401 without a valid token, 403 when
 * the token's holder may not, 503 when the audit log cannot be written).
 */
#include <string.h>

#include <microhttpd.h>

#include "server.h"

int srv_auth(srv_req *req, int required)
{
    const char *h = srv_header(req, MHD_HTTP_HEADER_AUTHORIZATION);
    brug_db *db;
    brug_err err;

    memset(&req->who, 0, sizeof(req->who));
    if (!h || !h[0]) {
        if (!required)
            return 1;
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED,
                        "this needs an API token: Authorization: Bearer TOKEN");
        return 0;
    }
    if (strncmp(h, "Bearer ", 7) != 0) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED,
                        "Authorization must be 'Bearer TOKEN'");
        return 0;
    }
    db = srv_req_db(req);
    err = brug_token_check(db, h + 7, &req->who);
    if (err == BRUG_EDENIED) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED, "%s", brug_errmsg(db));
        return 0;
    }
    if (err) {
        srv_reply_brug(req, db, err);
        return 0;
    }
    return 1;
}

int srv_audit(srv_req *req, const char *action, const char *person, const char *outcome)
{
    brug_db *w = srv_writer_try(req);
    brug_err err;
    if (!w)
        return 0;
    err = brug_audit_add(w, &req->who, action, person, outcome);
    if (err) {
        char msg[256];
        snprintf(msg, sizeof(msg), "%s", brug_errmsg(w));
        srv_writer_unlock(req->app);
        srv_reply_error(req, MHD_HTTP_SERVICE_UNAVAILABLE, err == BRUG_EBUSY ? err : BRUG_EDB,
                        "the audit log cannot be written (%s); nothing was shown or changed", msg);
        return 0;
    }
    srv_writer_unlock(req->app);
    return 1;
}

int srv_passport_allowed(srv_req *req, const char *person, const char *action, int write)
{
    brug_db *db = srv_req_db(req);
    brug_err err;
    char msg[512];

    if (req->who.role == BRUG_ROLE_NONE) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, BRUG_EDENIED,
                        "passports need an API token: Authorization: Bearer TOKEN");
        return 0;
    }
    err = brug_access_passport(db, &req->who, person, write);
    if (err == BRUG_OK)
        return 1;
    snprintf(msg, sizeof(msg), "%s", brug_errmsg(db));
    if (err == BRUG_EDENIED) {
        if (!srv_audit(req, action, person, "denied"))
            return 0;
        srv_reply_error(req, MHD_HTTP_FORBIDDEN, BRUG_EDENIED, "%s", msg);
        return 0;
    }
    srv_reply_brug(req, db, err);
    return 0;
}
