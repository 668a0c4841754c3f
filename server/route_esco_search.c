/*
 * route_esco_search.c - GET /search?text=T&language=L&type=occupation|skill
 * &limit=N&offset=N: the ESCO web-service API's search in its HAL+JSON
 * shape: {"_links": {self, prev, next}, "total", "offset", "limit",
 * "language", "_embedded": {"results": [{"className", "classId", "uri",
 * "title", "searchHit", "preferredLabel": {lang: label}, "_links":
 * {"self"}}]}}.  docs/esco-api.md lists what is covered.
 */
#include <string.h>

#include "esco.h"
#include "routes.h"

static json_t *page_link(srv_req *req, const char *text, const char *type, const char *lang,
                         size_t offset, size_t limit)
{
    const char *href = srv_printf(req, "%s/search?text=%s&language=%s%s%s&offset=%zu&limit=%zu",
                                  srv_base_url(req), srv_urlencode(req, text), lang,
                                  type ? "&type=" : "", type ? type : "", offset, limit);
    return href ? json_pack("{s:s}", "href", href) : NULL;
}

void srv_route_esco_search(srv_req *req)
{
    const char *text = srv_arg(req, "text"), *type = srv_arg(req, "type"), *lang;
    brug_search_opts o;
    brug_search_results *res = NULL;
    unsigned long limit, offset;
    json_t *doc, *results, *links;
    brug_db *db;
    brug_err err;
    size_t i;

    req->esco_errors = 1;
    if (!text) {
        srv_esco_error(req, 400, BRUG_EINVAL, "missing query parameter 'text'");
        return;
    }
    brug_search_opts_init(&o);
    if (!srv_search_type(req, type, &o.type) ||
        srv_arg_get_uint(req, "limit", 20, SRV_MAX_LIMIT, &limit) ||
        srv_arg_get_uint(req, "offset", 0, BRUG_SEARCH_MAX_OFFSET, &offset))
        return;
    lang = srv_lang(req);
    if (!lang)
        return;
    if (type && !type[0])
        type = NULL;
    o.lang = lang;
    o.only_lang = 1; /* ESCO's language is the language of the text searched */
    o.limit = limit ? limit : 20;
    o.offset = offset;
    db = srv_req_db(req);
    err = brug_search_run(db, text, &o, &res);
    if (err) {
        srv_esco_error(req, srv_status_of(err), err, brug_errmsg(db));
        return;
    }
    results = json_array();
    for (i = 0; results && i < res->count; i++) {
        const brug_search_hit *h = &res->hits[i];
        const char *res_name = h->kind == BRUG_KIND_OCCUPATION ? "occupation" : "skill";
        json_t *self = srv_esco_link(req, res_name, h->uri, h->label, lang);
        json_t *pref = json_object();
        json_object_set_new(pref, h->label_lang && h->label_lang[0] ? h->label_lang : lang,
                            json_string(h->label));
        json_array_append_new(
            results, json_pack("{s:s,s:s,s:s,s:s,s:s,s:o,s:{s:o?}}", "className",
                               h->kind == BRUG_KIND_OCCUPATION ? "Occupation" : "Skill", "classId",
                               h->kind == BRUG_KIND_OCCUPATION
                                   ? "http://data.europa.eu/esco/model#Occupation"
                                   : "http://data.europa.eu/esco/model#Skill",
                               "uri", h->uri, "title", h->label, "searchHit",
                               h->matched ? h->matched : h->label, "preferredLabel", pref, "_links",
                               "self", self));
    }
    links = json_object();
    json_object_set_new(links, "self", page_link(req, text, type, lang, offset, o.limit));
    if (offset > 0)
        json_object_set_new(
            links, "prev",
            page_link(req, text, type, lang, offset > o.limit ? offset - o.limit : 0, o.limit));
    if (offset + res->count < res->total)
        json_object_set_new(links, "next",
                            page_link(req, text, type, lang, offset + o.limit, o.limit));
    doc = json_pack("{s:o,s:I,s:I,s:I,s:s,s:{s:o}}", "_links", links, "total",
                    (json_int_t)res->total, "offset", (json_int_t)offset, "limit",
                    (json_int_t)o.limit, "language", lang, "_embedded", "results", results);
    brug_search_results_free(res);
    if (!doc) {
        srv_esco_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    srv_reply_json_type(req, 200, doc, SRV_HAL_JSON);
}
