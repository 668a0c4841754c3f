/*
 * route_esco_resource.c - GET /resource/occupation, /resource/skill,
 * /resource/concept and /resource/taxonomy?uri=U&language=L (or
 * ?uris=...&uris=...): concepts and concept schemes in the HAL+JSON shape
 * of the European Commission's ESCO web-service API (className, uri,
 * title, preferredLabel and alternativeLabel keyed by language,
 * description as {lang: {literal, mimetype}} in the language it is
 * written in, and _links: self, hasTopConcept, isTopConceptInScheme,
 * hasEssentialSkill, hasOptionalSkill, isEssentialForOccupation,
 * broader..., narrower...), built from brug_concept_describe() and
 * brug_scheme_describe(); any other /resource/CLASS is ESCO's 400 for an
 * unknown class.  docs/esco-api.md lists what is covered.
 */
#include <string.h>

#include "esco.h"
#include "routes.h"

static const char *class_name(const char *type)
{
    if (strcmp(type, "occupation") == 0)
        return "Occupation";
    if (strcmp(type, "skill") == 0 || strcmp(type, "skill_group") == 0)
        return "Skill";
    return "Concept";
}

/* The resource path a concept type is fetched from. */
static const char *resource_of(const char *type)
{
    if (strcmp(type, "occupation") == 0)
        return "occupation";
    if (strcmp(type, "skill") == 0 || strcmp(type, "skill_group") == 0)
        return "skill";
    return "concept";
}

static const char *skill_type_uri(const char *t)
{
    if (!t)
        return NULL;
    if (strcmp(t, "knowledge") == 0)
        return "http://data.europa.eu/esco/skill-type/knowledge";
    if (strcmp(t, "skill") == 0 || strcmp(t, "skill/competence") == 0 ||
        strcmp(t, "competence") == 0)
        return "http://data.europa.eu/esco/skill-type/skill";
    return NULL;
}

static const char *reuse_uri(const char *t)
{
    if (!t)
        return NULL;
    if (strcmp(t, "transversal") == 0)
        return "http://data.europa.eu/esco/skill-reuse-level/transversal";
    if (strcmp(t, "cross-sector") == 0 || strcmp(t, "cross_sector") == 0)
        return "http://data.europa.eu/esco/skill-reuse-level/cross-sector";
    if (strcmp(t, "sector-specific") == 0 || strcmp(t, "sector_specific") == 0)
        return "http://data.europa.eu/esco/skill-reuse-level/sector-specific";
    if (strcmp(t, "occupation-specific") == 0 || strcmp(t, "occupation_specific") == 0)
        return "http://data.europa.eu/esco/skill-reuse-level/occupation-specific";
    return NULL;
}

static const char *str(const json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

/* A link to another concept: {href, uri, title} (+ skillType for skills). */
static json_t *concept_link(srv_req *req, const char *resource, const json_t *item,
                            const char *lang)
{
    const char *uri = str(item, "uri"), *label = str(item, "label");
    const char *st = skill_type_uri(str(item, "skill_type"));
    json_t *l;
    if (!uri)
        return NULL;
    l = srv_esco_link(req, resource, uri, label ? label : uri, lang);
    if (l && st)
        json_object_set_new(l, "skillType", json_string(st));
    return l;
}

/* _links[name] = [links to each item of list], when the list is not empty. */
static void add_links(srv_req *req, json_t *links, const char *name, const json_t *list,
                      const char *resource, const char *want_type, const char *lang)
{
    json_t *arr = json_array();
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item)
    {
        const char *t = str(item, "type");
        const char *res = resource;
        json_t *l;
        if (want_type && t && strcmp(t, want_type) != 0)
            continue;
        if (!res)
            res = resource_of(t ? t : "concept");
        l = concept_link(req, res, item, lang);
        if (l)
            json_array_append_new(arr, l);
    }
    if (json_array_size(arr))
        json_object_set_new(links, name, arr);
    else
        json_decref(arr);
}

/* The related-skill list split by relation ("essential"/"optional"). */
static void add_related(srv_req *req, json_t *links, const json_t *list, const char *lang)
{
    json_t *ess = json_array(), *opt = json_array(), *item;
    size_t i;
    json_array_foreach(list, i, item)
    {
        const char *rel = str(item, "relation");
        json_t *l = concept_link(req, "skill", item, lang);
        if (!l)
            continue;
        json_array_append_new(rel && strcmp(rel, "essential") == 0 ? ess : opt, l);
    }
    if (json_array_size(ess))
        json_object_set_new(links, "hasEssentialSkill", ess);
    else
        json_decref(ess);
    if (json_array_size(opt))
        json_object_set_new(links, "hasOptionalSkill", opt);
    else
        json_decref(opt);
}

json_t *srv_esco_resource(srv_req *req, const json_t *d, const char *lang)
{
    const char *type = str(d, "type"), *uri = str(d, "uri"), *title = str(d, "label");
    json_t *doc, *pref = json_object(), *alt = json_object(), *hidden = json_object();
    json_t *links = json_object(), *labels = json_object_get(d, "labels"), *v, *self;
    const char *key, *s;

    if (!type)
        type = "concept";
    if (!title)
        title = uri;
    json_object_foreach(labels, key, v)
    {
        const char *p = str(v, "preferred");
        json_t *a = json_object_get(v, "alternative"), *h = json_object_get(v, "hidden");
        if (p)
            json_object_set_new(pref, key, json_string(p));
        if (json_array_size(a))
            json_object_set(alt, key, a);
        if (json_array_size(h))
            json_object_set(hidden, key, h);
    }
    doc = json_pack("{s:s,s:s,s:s,s:s,s:[s]}", "className", class_name(type), "classId",
                    srv_esco_class_id(class_name(type)), "uri", uri, "title", title,
                    "referenceLanguage", lang);
    if (!doc) {
        json_decref(pref);
        json_decref(alt);
        json_decref(hidden);
        json_decref(links);
        return NULL;
    }
    s = str(d, "code");
    if (s && s[0])
        json_object_set_new(doc, "code", json_string(s));
    json_object_set_new(doc, "preferredLabel", pref);
    if (json_object_size(alt))
        json_object_set_new(doc, "alternativeLabel", alt);
    else
        json_decref(alt);
    if (json_object_size(hidden))
        json_object_set_new(doc, "hiddenLabel", hidden);
    else
        json_decref(hidden);
    s = str(d, "description");
    if (s && s[0]) {
        const char *dl = str(d, "description_lang");
        json_object_set_new(
            doc, "description",
            json_pack("{s:{s:s,s:s}}", dl ? dl : lang, "literal", s, "mimetype", "plain/text"));
    }
    s = str(d, "status");
    if (s && s[0])
        json_object_set_new(doc, "status", json_string(s));
    self = srv_esco_link(req, resource_of(type), uri, title, lang);
    if (self)
        json_object_set_new(links, "self", self);
    add_links(req, links, "isTopConceptInScheme", json_object_get(d, "top_concept_of"), "taxonomy",
              NULL, lang);

    if (strcmp(type, "occupation") == 0) {
        add_links(req, links, "hasEssentialSkill", json_object_get(d, "essential_skills"), "skill",
                  NULL, lang);
        add_links(req, links, "hasOptionalSkill", json_object_get(d, "optional_skills"), "skill",
                  NULL, lang);
        add_links(req, links, "broaderIscoGroup", json_object_get(d, "broader"), "concept",
                  "isco_group", lang);
        add_links(req, links, "broaderOccupation", json_object_get(d, "broader"), "occupation",
                  "occupation", lang);
        add_links(req, links, "narrowerOccupation", json_object_get(d, "narrower"), "occupation",
                  "occupation", lang);
    } else if (strcmp(type, "skill") == 0 || strcmp(type, "skill_group") == 0) {
        const char *st = skill_type_uri(str(d, "skill_type"));
        const char *ru = reuse_uri(str(d, "reuse_level"));
        add_links(req, links, "isEssentialForOccupation", json_object_get(d, "essential_for"),
                  "occupation", NULL, lang);
        add_links(req, links, "isOptionalForOccupation", json_object_get(d, "optional_for"),
                  "occupation", NULL, lang);
        add_links(req, links, "broaderHierarchyConcept", json_object_get(d, "broader"), "skill",
                  "skill_group", lang);
        add_links(req, links, "broaderSkill", json_object_get(d, "broader"), "skill", "skill",
                  lang);
        add_links(req, links, "narrowerSkill", json_object_get(d, "narrower"), "skill", NULL, lang);
        add_related(req, links, json_object_get(d, "related_skills"), lang);
        if (st)
            json_object_set_new(
                links, "hasSkillType",
                json_pack("[o]", srv_esco_link(req, "concept", st, strrchr(st, '/') + 1, lang)));
        if (ru)
            json_object_set_new(
                links, "hasReuseLevel",
                json_pack("[o]", srv_esco_link(req, "concept", ru, strrchr(ru, '/') + 1, lang)));
    } else {
        /* ISCO groups: sub-groups are narrowerConcept, the ESCO occupations
         * of a unit group narrowerOccupation. */
        add_links(req, links, "broaderConcept", json_object_get(d, "broader"), NULL, NULL, lang);
        add_links(req, links, "narrowerConcept", json_object_get(d, "narrower"), "concept",
                  "isco_group", lang);
        add_links(req, links, "narrowerOccupation", json_object_get(d, "narrower"), "occupation",
                  "occupation", lang);
    }
    json_object_set_new(doc, "_links", links);
    return doc;
}

json_t *srv_esco_taxonomy(srv_req *req, const json_t *d, const char *lang)
{
    const char *uri = str(d, "uri"), *title = str(d, "label"), *s;
    json_t *doc, *links = json_object(), *tops = json_array(), *item;
    size_t i;

    json_array_foreach(json_object_get(d, "top_concepts"), i, item)
    {
        const char *t = str(item, "type");
        json_t *l = concept_link(req, resource_of(t ? t : "concept"), item, lang);
        if (l)
            json_array_append_new(tops, l);
    }
    json_object_set_new(links, "self", srv_esco_link(req, "taxonomy", uri, title, lang));
    json_object_set_new(links, "hasTopConcept", tops);
    doc = json_pack("{s:s,s:s,s:s,s:s,s:[s],s:O}", "className", "ConceptScheme", "classId",
                    srv_esco_class_id("ConceptScheme"), "uri", uri, "title", title ? title : uri,
                    "referenceLanguage", lang, "preferredLabel", json_object_get(d, "labels"));
    if (!doc) {
        json_decref(links);
        return NULL;
    }
    s = str(d, "description");
    if (s && s[0]) {
        const char *dl = str(d, "description_lang");
        json_object_set_new(
            doc, "description",
            json_pack("{s:{s:s,s:s}}", dl ? dl : lang, "literal", s, "mimetype", "plain/text"));
    }
    s = str(d, "status");
    if (s && s[0])
        json_object_set_new(doc, "status", json_string(s));
    json_object_set_new(doc, "_links", links);
    return doc;
}

void srv_route_esco_occupation(srv_req *req)
{
    srv_esco_resource_reply(req, "occupation");
}

void srv_route_esco_skill(srv_req *req)
{
    srv_esco_resource_reply(req, "skill");
}

void srv_route_esco_concept(srv_req *req)
{
    srv_esco_resource_reply(req, "concept");
}

void srv_route_esco_taxonomy(srv_req *req)
{
    srv_esco_resource_reply(req, "taxonomy");
}

void srv_route_esco_unknown(srv_req *req)
{
    req->esco_errors = 1;
    srv_reply_error(req, 400, BRUG_EINVAL,
                    "Illegal/Unknown type parameter values: ('%.60s'); expected taxonomy, "
                    "concept, occupation, skill or related",
                    req->params[0]);
}
