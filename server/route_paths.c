/*
 * route_paths.c - GET /api/v1/paths?from=URI&to=URI | collection=NAME
 * &k=N&max_steps=N&language=L: the k cheapest multi-step career routes
 * (brug_bridges_paths, include/brug/bridges.h), answered from the bridges
 * index and cached like bridges.  An occupation with no skill profile of
 * its own stands for its exact match (brug/origin.h), said by profile_of.
 */
#include <string.h>

#include "cache.h"
#include "routes.h"

void srv_route_paths(srv_req *req)
{
    brug_bridges_path_query q;
    unsigned long k, steps;
    const char *key, *lang;
    brug_occupation_origin from_o = {NULL, NULL, 0}, to_o = {NULL, NULL, 0};
    char msg[512] = "";
    json_t *doc = NULL;
    brug_err err;
    size_t len = 0;
    char *text;

    if (!req->app->bridges) {
        srv_reply_error(req, 503, BRUG_EEMPTY,
                        "no taxonomy loaded: import one and restart brug serve");
        return;
    }
    memset(&q, 0, sizeof(q));
    q.from = srv_arg_required(req, "from");
    if (!q.from)
        return;
    q.to = srv_arg(req, "to");
    q.to_collection = srv_arg(req, "collection");
    if (q.to && !q.to[0])
        q.to = NULL;
    if (q.to_collection && !q.to_collection[0])
        q.to_collection = NULL;
    if (!q.to == !q.to_collection) {
        srv_reply_error(req, 400, BRUG_EINVAL, "give either to=OCCUPATION_URI or collection=NAME");
        return;
    }
    if (srv_arg_get_uint(req, "k", 3, 10, &k) || srv_arg_get_uint(req, "max_steps", 4, 6, &steps))
        return;
    lang = srv_lang(req);
    if (!lang)
        return;
    q.from = srv_resolve(req, "from", q.from, BRUG_SEARCH_OCCUPATION, lang, 0);
    if (!q.from)
        return;
    if (q.to) {
        q.to = srv_resolve(req, "to", q.to, BRUG_SEARCH_OCCUPATION, lang, 0);
        if (!q.to)
            return;
    }
    q.k = (unsigned)k;
    q.max_steps = (unsigned)steps;
    q.lang = lang;
    q.nthreads = 1; /* one request, one pool thread */
    key = srv_printf(req, "paths|%s|%s|%s|%u|%u|%s", q.from, q.to ? q.to : "",
                     q.to_collection ? q.to_collection : "", q.k, q.max_steps, lang);
    text = key ? srv_cache_get(req->app->cache, key, &len) : NULL;
    if (text) {
        srv_reply_owned(req, 200, text, len, "application/json");
        return;
    }
    /* An occupation with no skill profile of its own stands for the one it
     * exactly matches, at either end (as `brug path` does); the key above
     * is the asked occupations'. */
    if (srv_origin_get(req, "from", q.from, &from_o) ||
        (q.to && srv_origin_get(req, "to", q.to, &to_o)))
        return;
    q.from = from_o.profile;
    if (q.to)
        q.to = to_o.profile;
    err = brug_bridges_paths(req->app->bridges, &q, &doc, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    if (srv_origin_annotate(req, &from_o, doc, "from") ||
        srv_origin_annotate(req, &to_o, doc, "to")) {
        json_decref(doc);
        return;
    }
    text = json_dumps(doc, SRV_JSON_FLAGS);
    json_decref(doc);
    if (!text) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    len = strlen(text);
    if (key)
        srv_cache_put(req->app->cache, key, text, len);
    srv_reply_owned(req, 200, text, len, "application/json");
}
