/*
 * route_esco_related.c - GET /resource/related?uri=U&relation=R
 * &language=L&offset=PAGE&limit=N&full=true|false: the resources a
 * concept or concept scheme links to by one relation (the names of its
 * _links: hasTopConcept, narrowerConcept, narrowerOccupation,
 * hasEssentialSkill, isEssentialForOccupation, ...), a page at a time as
 * the ESCO web-service API pages (offset is the page number, from 0):
 * {"_links": {self, prev, next}, "total", "offset", "limit", "language",
 * "uri", "relation", "_embedded": {R: [resource, ...]}}.  Each resource is
 * a fragment {className, classId, uri, title, _links: {self}} or, with
 * full=true, the whole document /resource/... answers.
 */
#include <string.h>

#include "esco.h"
#include "routes.h"

/* Every relation the ESCO layer links by (route_esco_resource.c): a known
 * one a resource does not have is an empty list, anything else a 400. */
static const char *const relations[] = {
    "hasTopConcept",
    "isTopConceptInScheme",
    "broaderConcept",
    "narrowerConcept",
    "narrowerOccupation",
    "broaderOccupation",
    "broaderIscoGroup",
    "hasEssentialSkill",
    "hasOptionalSkill",
    "isEssentialForOccupation",
    "isOptionalForOccupation",
    "broaderSkill",
    "narrowerSkill",
    "broaderHierarchyConcept",
    "hasSkillType",
    "hasReuseLevel",
    NULL,
};

static int known_relation(const char *r)
{
    size_t i;
    for (i = 0; relations[i]; i++)
        if (strcmp(relations[i], r) == 0)
            return 1;
    return 0;
}

static json_t *page_link(srv_req *req, const char *uri, const char *rel, const char *lang,
                         unsigned long page, unsigned long limit, int full)
{
    const char *href =
        srv_printf(req, "%s/resource/related?uri=%s&relation=%s&language=%s&offset=%lu&limit=%lu%s",
                   srv_base_url(req), srv_urlencode(req, uri), rel, lang, page, limit,
                   full ? "&full=true" : "");
    return href ? json_pack("{s:s}", "href", href) : NULL;
}

void srv_route_esco_related(srv_req *req)
{
    const char *lang = srv_esco_begin(req), *uri, *rel, *f;
    unsigned long limit, page;
    json_t *doc, *list, *items, *links, *l;
    size_t total, i, first;
    int full;

    if (!lang)
        return;
    uri = srv_arg_required(req, "uri");
    if (!uri)
        return;
    rel = srv_arg_required(req, "relation");
    if (!rel)
        return;
    if (!known_relation(rel)) {
        srv_reply_error(req, 400, BRUG_EINVAL,
                        "unknown relation '%.60s' (hasTopConcept, narrowerConcept, "
                        "narrowerOccupation, hasEssentialSkill, hasOptionalSkill, "
                        "isEssentialForOccupation, ... see docs/esco-api.md)",
                        rel);
        return;
    }
    if (srv_arg_get_limit(req, "limit", 20, SRV_MAX_LIMIT, &limit) ||
        srv_arg_get_uint(req, "offset", 0, 1000000, &page))
        return;
    f = srv_arg(req, "full");
    full = f && strcmp(f, "true") == 0;

    doc = srv_esco_fetch(req, uri, NULL, lang);
    if (!doc)
        return;
    list = json_object_get(json_object_get(doc, "_links"), rel);
    total = json_array_size(list);
    items = json_array();
    first = page * limit;
    for (i = first; i < total && i < first + limit; i++) {
        json_t *link = json_array_get(list, i), *one;
        const char *cls = srv_esco_link_class(link);
        if (full) {
            one = srv_esco_fetch(req, json_string_value(json_object_get(link, "uri")), NULL, lang);
            if (!one) {
                json_decref(items);
                json_decref(doc);
                return;
            }
        } else {
            one = json_pack("{s:s,s:s,s:O,s:O,s:{s:O}}", "className", cls, "classId",
                            srv_esco_class_id(cls), "uri", json_object_get(link, "uri"), "title",
                            json_object_get(link, "title"), "_links", "self", link);
        }
        if (one)
            json_array_append_new(items, one);
    }
    links = json_object();
    json_object_set_new(links, "self", page_link(req, uri, rel, lang, page, limit, full));
    if (page > 0)
        json_object_set_new(links, "prev", page_link(req, uri, rel, lang, page - 1, limit, full));
    if (first + limit < total)
        json_object_set_new(links, "next", page_link(req, uri, rel, lang, page + 1, limit, full));
    l = json_pack("{s:o,s:I,s:I,s:I,s:s,s:s,s:s,s:{s:o}}", "_links", links, "total",
                  (json_int_t)total, "offset", (json_int_t)page, "limit", (json_int_t)limit,
                  "language", lang, "uri", uri, "relation", rel, "_embedded", rel, items);
    json_decref(doc);
    if (!l) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    srv_reply_json_type(req, 200, l, SRV_HAL_JSON);
}
