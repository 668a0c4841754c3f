/*
 * route_esco_search.c - GET /search and /suggest2?text=T&language=L
 * &type=occupation|skill|concept (repeatable)&limit=N&offset=PAGE
 * &full=true|false: the ESCO web-service API's search and autocomplete in
 * their HAL+JSON shape: {"_links": {self, prev, next}, "total", "offset",
 * "limit", "language", "_embedded": {"results": [{"className", "classId",
 * "uri", "title", "searchHit", "preferredLabel": {lang: label},
 * "_links": {"self"}}]}} (full=true: the whole resource, plus searchHit).
 * offset is the page number (from 0), as ESCO pages.  docs/esco-api.md
 * lists what is covered.
 */
#include <string.h>

#include "esco.h"
#include "routes.h"

static json_t *page_link(srv_req *req, const char *path, const char *text, const char *type,
                         const char *lang, unsigned long page, unsigned long limit, int full)
{
    const char *href =
        srv_printf(req, "%s/%s?text=%s&language=%s%s%s&offset=%lu&limit=%lu%s", srv_base_url(req),
                   path, srv_urlencode(req, text), lang, type ? "&type=" : "", type ? type : "",
                   page, limit, full ? "&full=true" : "");
    return href ? json_pack("{s:s}", "href", href) : NULL;
}

/* ?type= (repeatable): occupation, skill, or concept (both); BRUG_SEARCH_ANY
 * when absent or when both kinds are asked for.  0 after replying 400. */
static int parse_types(srv_req *req, brug_search_type *out, const char **one)
{
    const char *v[8];
    size_t n = srv_arg_all(req, "type", v, 8), i;
    int occ = 0, skill = 0;
    *out = BRUG_SEARCH_ANY;
    *one = NULL;
    for (i = 0; i < n && i < 8; i++) {
        if (strcmp(v[i], "occupation") == 0)
            occ = 1;
        else if (strcmp(v[i], "skill") == 0)
            skill = 1;
        else if (strcmp(v[i], "concept") == 0)
            occ = skill = 1;
        else {
            srv_reply_error(req, 400, BRUG_EINVAL,
                            "type '%.40s': expected occupation, skill or concept", v[i]);
            return 0;
        }
    }
    if (occ != skill) {
        *out = occ ? BRUG_SEARCH_OCCUPATION : BRUG_SEARCH_SKILL;
        *one = occ ? "occupation" : "skill";
    }
    return 1;
}

static void search(srv_req *req, const char *path)
{
    const char *text = srv_arg(req, "text"), *type, *lang, *f;
    brug_search_opts o;
    brug_search_results *res = NULL;
    unsigned long limit, page;
    json_t *doc, *results, *links;
    brug_db *db;
    brug_err err;
    size_t i;
    int full;

    lang = srv_esco_begin(req);
    if (!lang)
        return;
    if (!text) {
        srv_esco_error(req, 400, BRUG_EINVAL, "missing query parameter 'text'");
        return;
    }
    if (srv_arg(req, "isInScheme")) {
        srv_reply_error(req, 400, BRUG_EUNSUPPORTED,
                        "isInScheme is not supported here; use type=occupation or type=skill "
                        "(docs/esco-api.md)");
        return;
    }
    brug_search_opts_init(&o);
    if (!parse_types(req, &o.type, &type) ||
        srv_arg_get_uint(req, "limit", 20, SRV_MAX_LIMIT, &limit) ||
        srv_arg_get_uint(req, "offset", 0, BRUG_SEARCH_MAX_OFFSET, &page))
        return;
    o.lang = lang;
    o.only_lang = 1; /* ESCO's language is the language of the text searched */
    o.limit = limit ? limit : 20;
    if (page * o.limit > BRUG_SEARCH_MAX_OFFSET) {
        srv_reply_error(req, 400, BRUG_EINVAL,
                        "offset %lu: page %lu of %zu results starts past result %d", page, page,
                        o.limit, BRUG_SEARCH_MAX_OFFSET);
        return;
    }
    o.offset = page * o.limit;
    f = srv_arg(req, "full");
    full = f && strcmp(f, "true") == 0;
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
        const char *cls = h->kind == BRUG_KIND_OCCUPATION ? "Occupation" : "Skill";
        json_t *one;
        if (full) {
            one = srv_esco_fetch(req, h->uri, res_name, lang);
            if (!one) {
                json_decref(results);
                brug_search_results_free(res);
                return;
            }
            json_object_set_new(one, "searchHit", json_string(h->matched ? h->matched : h->label));
        } else {
            json_t *pref = json_object();
            json_object_set_new(pref, h->label_lang && h->label_lang[0] ? h->label_lang : lang,
                                json_string(h->label));
            one = json_pack("{s:s,s:s,s:s,s:s,s:s,s:o,s:{s:o?}}", "className", cls, "classId",
                            srv_esco_class_id(cls), "uri", h->uri, "title", h->label, "searchHit",
                            h->matched ? h->matched : h->label, "preferredLabel", pref, "_links",
                            "self", srv_esco_link(req, res_name, h->uri, h->label, lang));
        }
        if (one)
            json_array_append_new(results, one);
    }
    links = json_object();
    json_object_set_new(links, "self", page_link(req, path, text, type, lang, page, o.limit, full));
    if (page > 0)
        json_object_set_new(links, "prev",
                            page_link(req, path, text, type, lang, page - 1, o.limit, full));
    if (o.offset + res->count < res->total)
        json_object_set_new(links, "next",
                            page_link(req, path, text, type, lang, page + 1, o.limit, full));
    doc =
        json_pack("{s:o,s:I,s:I,s:I,s:s,s:s,s:{s:o}}", "_links", links, "total",
                  (json_int_t)res->total, "offset", (json_int_t)page, "limit", (json_int_t)o.limit,
                  "language", lang, "text", text, "_embedded", "results", results);
    brug_search_results_free(res);
    if (!doc) {
        srv_esco_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    srv_reply_json_type(req, 200, doc, SRV_HAL_JSON);
}

void srv_route_esco_search(srv_req *req)
{
    search(req, "search");
}

void srv_route_esco_suggest2(srv_req *req)
{
    search(req, "suggest2");
}
