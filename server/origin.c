/*
 * origin.c - whose skill profile answers for an occupation a route was
 * asked about, and saying so in its document: the library's rule
 * (brug/origin.h) with the server's replies on failure.
 */
#include "server.h"

brug_err srv_origin_get(srv_req *req, const char *param, const char *uri,
                        brug_occupation_origin *out)
{
    brug_db *db = srv_req_db(req);
    brug_err err = brug_occupation_origin_find(db, req->app->onto, uri, out);
    if (err)
        srv_reply_error(req, srv_status_of(err), err, "%s: exact match: %s", param,
                        brug_errmsg(db));
    return err;
}

brug_err srv_origin_annotate(srv_req *req, const brug_occupation_origin *o, json_t *doc,
                             const char *key)
{
    char msg[256] = "";
    brug_err err = brug_occupation_origin_annotate(o, doc, key, msg, sizeof(msg));
    if (err)
        srv_reply_error(req, srv_status_of(err), err, "%s", msg);
    return err;
}
