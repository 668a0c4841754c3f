/*
 * route_search.c - GET /api/v1/search?q=TEXT&type=occupation|skill|any
 * &language=L&limit=N&offset=N: occupations and skills by any of their
 * labels (brug_search, include/brug/search.h), best first:
 *   {"query", "total", "offset", "limit", "results": [{"uri", "type", "label", "score"}]}
 */
#include <string.h>

#include "routes.h"

int srv_search_type(srv_req *req, const char *s, brug_search_type *out)
{
    if (!s || !s[0] || strcmp(s, "any") == 0 || strcmp(s, "concept") == 0)
        *out = BRUG_SEARCH_ANY;
    else if (strcmp(s, "occupation") == 0)
        *out = BRUG_SEARCH_OCCUPATION;
    else if (strcmp(s, "skill") == 0)
        *out = BRUG_SEARCH_SKILL;
    else {
        srv_reply_error(req, 400, BRUG_EINVAL, "type: expected occupation, skill or any");
        return 0;
    }
    return 1;
}

void srv_route_search(srv_req *req)
{
    const char *text = srv_arg(req, "q");
    brug_search_opts o;
    brug_search_results *res = NULL;
    unsigned long limit, offset;
    json_t *doc = NULL;
    brug_db *db;
    brug_err err;

    if (!text)
        text = srv_arg(req, "text");
    if (!text) {
        srv_reply_error(req, 400, BRUG_EINVAL, "missing query parameter 'q'");
        return;
    }
    brug_search_opts_init(&o);
    if (!srv_search_type(req, srv_arg(req, "type"), &o.type) ||
        srv_arg_get_uint(req, "limit", BRUG_SEARCH_DEFAULT_LIMIT, SRV_MAX_LIMIT, &limit) ||
        srv_arg_get_uint(req, "offset", 0, BRUG_SEARCH_MAX_OFFSET, &offset))
        return;
    o.lang = srv_arg(req, "language");
    if (!o.lang)
        o.lang = srv_arg(req, "lang");
    if (o.lang && o.lang[0]) {
        o.lang = srv_lang(req);
        if (!o.lang)
            return;
    }
    o.limit = limit ? limit : BRUG_SEARCH_DEFAULT_LIMIT;
    o.offset = offset;
    db = srv_req_db(req);
    err = brug_search_run(db, text, &o, &res);
    if (!err)
        err = brug_search_results_json(res, &doc);
    if (err) {
        brug_search_results_free(res);
        srv_reply_brug(req, db, err);
        return;
    }
    json_object_set_new(doc, "query", json_string(text));
    json_object_set_new(doc, "total", json_integer((json_int_t)res->total));
    json_object_set_new(doc, "offset", json_integer((json_int_t)offset));
    json_object_set_new(doc, "limit", json_integer((json_int_t)o.limit));
    brug_search_results_free(res);
    srv_reply_json(req, 200, doc);
}
