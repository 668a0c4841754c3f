/*
 * route_extract.c - POST /api/v1/extract {"text", "lang": "nl"|"en"|"auto",
 * "type": "skill"|"occupation"|"both", "top": K}: the skills and
 * occupations a text mentions or implies, brug_extract()'s document
 * (include/brug/extract.h, docs/extract.md).  The body limit is the
 * server's (SRV_MAX_BODY); the index is built on the first call and kept.
 */
#include <string.h>

#include "routes.h"

void srv_route_extract(srv_req *req)
{
    json_t *body, *v, *doc = NULL;
    const char *text;
    size_t len;
    brug_extract_opts o;
    const brug_extract_index *ix;
    char msg[512] = "";
    brug_err err;

    body = srv_body_json(req);
    if (!body)
        return;
    brug_extract_opts_init(&o);
    v = json_object_get(body, "text");
    if (!json_is_string(v)) {
        srv_reply_error(req, 400, BRUG_EPARSE, "body: 'text' must be a string");
        goto done;
    }
    text = json_string_value(v);
    len = json_string_length(v);
    v = json_object_get(body, "lang");
    if (v && !json_is_null(v)) {
        const char *l = json_string_value(v);
        if (!l || (strcmp(l, "nl") != 0 && strcmp(l, "en") != 0 && strcmp(l, "auto") != 0)) {
            srv_reply_error(req, 400, BRUG_EINVAL,
                            "body: 'lang' must be \"nl\", \"en\" or \"auto\"");
            goto done;
        }
        o.lang = l;
    }
    v = json_object_get(body, "type");
    if (v && !json_is_null(v)) {
        const char *t = json_string_value(v);
        if (t && strcmp(t, "skill") == 0)
            o.type = BRUG_EXTRACT_SKILL;
        else if (t && strcmp(t, "occupation") == 0)
            o.type = BRUG_EXTRACT_OCCUPATION;
        else if (t && strcmp(t, "both") == 0)
            o.type = BRUG_EXTRACT_BOTH;
        else {
            srv_reply_error(req, 400, BRUG_EINVAL,
                            "body: 'type' must be \"skill\", \"occupation\" or \"both\"");
            goto done;
        }
    }
    v = json_object_get(body, "top");
    if (v && !json_is_null(v)) {
        json_int_t k = json_is_integer(v) ? json_integer_value(v) : -1;
        if (k < 1 || k > BRUG_EXTRACT_MAX_TOP) {
            srv_reply_error(req, 400, BRUG_EINVAL, "body: 'top' must be an integer from 1 to %d",
                            BRUG_EXTRACT_MAX_TOP);
            goto done;
        }
        o.top = (size_t)k;
    }
    ix = srv_extract_index(req, msg, sizeof(msg));
    if (!ix) {
        srv_reply_error(req, 503, BRUG_EEMPTY, "%s", msg[0] ? msg : "no extraction index");
        goto done;
    }
    err = brug_extract(ix, text, len, &o, &doc, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        goto done;
    }
    srv_reply_json(req, 200, doc);
done:
    json_decref(body);
}
