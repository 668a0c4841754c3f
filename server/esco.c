/*
 * esco.c - helpers of the ESCO-compatible endpoints: URL encoding, the
 * request's language and version, HAL links, the ESCO error shape, ESCO's
 * fixed skill-type and reuse-level concepts, and fetching any resource.
 */
#include <stdio.h>
#include <string.h>

#include "esco.h"

char *srv_urlencode(srv_req *req, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(s), i, j = 0;
    char *out = srv_pool_alloc(&req->arena, n * 3 + 1);
    if (!out)
        return NULL;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            out[j++] = (char)c;
        } else {
            out[j++] = '%';
            out[j++] = hex[c >> 4];
            out[j++] = hex[c & 15];
        }
    }
    out[j] = '\0';
    return out;
}

const char *srv_base_url(srv_req *req)
{
    const char *host = srv_header(req, "Host");
    size_t i;
    if (req->app->cfg.base_url && req->app->cfg.base_url[0])
        return req->app->cfg.base_url;
    if (!host || !host[0] || strlen(host) > 255)
        return "";
    for (i = 0; host[i]; i++)
        if (!(host[i] == '.' || host[i] == ':' || host[i] == '-' || host[i] == '[' ||
              host[i] == ']' || (host[i] >= '0' && host[i] <= '9') ||
              (host[i] >= 'a' && host[i] <= 'z') || (host[i] >= 'A' && host[i] <= 'Z')))
            return "";
    return srv_printf(req, "http://%s", host);
}

/* Does brug have labels or messages in code? */
static int have_lang(srv_req *req, const char *code)
{
    return brug_msg_has_lang(code) || (req->app->onto && brug_onto_has_lang(req->app->onto, code));
}

/* The first language of an Accept-Language header that brug has, or NULL. */
static const char *accept_language(srv_req *req)
{
    const char *h = srv_header(req, "Accept-Language");
    char tag[16], code[8];
    while (h && *h) {
        size_t n = 0;
        while (*h == ' ' || *h == ',')
            h++;
        while (h[n] && h[n] != ',' && h[n] != ';' && h[n] != ' ' && n < sizeof(tag) - 1)
            n++;
        memcpy(tag, h, n);
        tag[n] = '\0';
        if (n && brug_lang_normalize(tag, code, sizeof(code)) == BRUG_OK &&
            strcmp(code, "any") != 0 && have_lang(req, code))
            return srv_pool_strdup(&req->arena, code);
        h = strchr(h, ',');
    }
    return NULL;
}

const char *srv_esco_begin(srv_req *req)
{
    const char *v = srv_arg(req, "selectedVersion"), *have = req->app->taxonomy_version, *lang;
    req->esco_errors = 1;
    if (v && v[0] && strcmp(v, "latest") != 0) {
        const char *num = (v[0] == 'v' || v[0] == 'V') ? v + 1 : v;
        if (!have[0] || strcmp(num, have) != 0) {
            srv_reply_error(req, 400, BRUG_EUNSUPPORTED,
                            "selectedVersion '%.40s' is not available; this server holds %s%s "
                            "(or say 'latest')",
                            v, have[0] ? "ESCO v" : "one taxonomy of unknown version",
                            have[0] ? have : "");
            return NULL;
        }
    }
    if (srv_arg(req, "language") || srv_arg(req, "lang"))
        return srv_lang(req);
    lang = accept_language(req);
    return lang ? lang : "en";
}

json_t *srv_esco_link(srv_req *req, const char *resource, const char *uri, const char *title,
                      const char *lang)
{
    const char *base = srv_base_url(req);
    const char *enc = srv_urlencode(req, uri);
    const char *href;
    if (!base || !enc)
        return NULL;
    href = srv_printf(req, "%s/resource/%s?uri=%s&language=%s", base, resource, enc, lang);
    if (!href)
        return NULL;
    return json_pack("{s:s,s:s,s:s}", "href", href, "uri", uri, "title", title ? title : uri);
}

const char *srv_esco_link_class(const json_t *link)
{
    const char *href = json_string_value(json_object_get(link, "href"));
    const char *p = href ? strstr(href, "/resource/") : NULL;
    if (!p)
        return "Concept";
    p += strlen("/resource/");
    if (strncmp(p, "occupation?", 11) == 0)
        return "Occupation";
    if (strncmp(p, "skill?", 6) == 0)
        return "Skill";
    if (strncmp(p, "taxonomy?", 9) == 0)
        return "ConceptScheme";
    return "Concept";
}

const char *srv_esco_class_id(const char *class_name)
{
    if (strcmp(class_name, "Occupation") == 0)
        return "http://data.europa.eu/esco/model#Occupation";
    if (strcmp(class_name, "Skill") == 0)
        return "http://data.europa.eu/esco/model#Skill";
    if (strcmp(class_name, "ConceptScheme") == 0)
        return "http://www.w3.org/2004/02/skos/core#ConceptScheme";
    return "http://www.w3.org/2004/02/skos/core#Concept";
}

void srv_esco_error(srv_req *req, unsigned status, brug_err err, const char *msg)
{
    req->esco_errors = 1;
    srv_reply_error(req, status, err, "%s", msg && msg[0] ? msg : brug_strerror(err));
}

/* ESCO's fixed concepts that skills link to (hasSkillType, hasReuseLevel):
 * not in the CSV download, so the ESCO layer knows them itself. */
static const struct {
    const char *uri, *title, *scheme;
} vocab[] = {
    {"http://data.europa.eu/esco/skill-type/knowledge", "knowledge",
     "http://data.europa.eu/esco/concept-scheme/skill-competence-type"},
    {"http://data.europa.eu/esco/skill-type/skill", "skill",
     "http://data.europa.eu/esco/concept-scheme/skill-competence-type"},
    {"http://data.europa.eu/esco/skill-reuse-level/transversal", "transversal",
     "http://data.europa.eu/esco/concept-scheme/skill-reuse-level"},
    {"http://data.europa.eu/esco/skill-reuse-level/cross-sector", "cross-sector",
     "http://data.europa.eu/esco/concept-scheme/skill-reuse-level"},
    {"http://data.europa.eu/esco/skill-reuse-level/sector-specific", "sector-specific",
     "http://data.europa.eu/esco/concept-scheme/skill-reuse-level"},
    {"http://data.europa.eu/esco/skill-reuse-level/occupation-specific", "occupation-specific",
     "http://data.europa.eu/esco/concept-scheme/skill-reuse-level"},
};

static json_t *vocab_doc(srv_req *req, const char *uri, const char *lang)
{
    size_t i;
    for (i = 0; i < sizeof(vocab) / sizeof(vocab[0]); i++)
        if (strcmp(vocab[i].uri, uri) == 0)
            return json_pack("{s:s,s:s,s:s,s:s,s:[s],s:{s:s},s:{s:o*}}", "className", "Concept",
                             "classId", srv_esco_class_id("Concept"), "uri", uri, "title",
                             vocab[i].title, "referenceLanguage", "en", "preferredLabel", "en",
                             vocab[i].title, "_links", "self",
                             srv_esco_link(req, "concept", uri, vocab[i].title, lang));
    return NULL;
}

/* The resource path of a describe document's type. */
static const char *resource_of(const char *type)
{
    if (strcmp(type, "occupation") == 0)
        return "occupation";
    if (strcmp(type, "skill") == 0 || strcmp(type, "skill_group") == 0)
        return "skill";
    return "concept";
}

json_t *srv_esco_fetch(srv_req *req, const char *uri, const char *want, const char *lang)
{
    brug_db *db = srv_req_db(req);
    json_t *d = NULL, *doc = NULL;
    brug_err err = BRUG_ENOTFOUND;

    if (!want || strcmp(want, "taxonomy") != 0) {
        err = brug_concept_describe(db, uri, lang, &d);
        if (!err) {
            const char *type = json_string_value(json_object_get(d, "type"));
            if (want && strcmp(want, "concept") != 0 &&
                (!type || strcmp(resource_of(type), want) != 0)) {
                json_decref(d);
                srv_reply_error(req, 404, BRUG_ENOTFOUND, "%s is not an ESCO %s", uri, want);
                return NULL;
            }
            doc = srv_esco_resource(req, d, lang);
            json_decref(d);
            if (!doc)
                srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            return doc;
        }
    }
    if (err == BRUG_ENOTFOUND &&
        (!want || strcmp(want, "taxonomy") == 0 || strcmp(want, "concept") == 0)) {
        err = brug_scheme_describe(db, uri, lang, &d);
        if (!err) {
            doc = srv_esco_taxonomy(req, d, lang);
            json_decref(d);
            if (!doc)
                srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            return doc;
        }
    }
    if (err == BRUG_ENOTFOUND && (!want || strcmp(want, "concept") == 0)) {
        doc = vocab_doc(req, uri, lang);
        if (doc)
            return doc;
    }
    if (err == BRUG_ENOTFOUND)
        srv_reply_error(req, 404, err, "no ESCO %s with URI %.300s", want ? want : "resource", uri);
    else
        srv_reply_brug(req, db, err);
    return NULL;
}

void srv_esco_resource_reply(srv_req *req, const char *want)
{
    const char *lang = srv_esco_begin(req), *uri, *uris[SRV_MAX_LIMIT];
    json_t *doc, *concepts, *emb;
    size_t n, i;

    if (!lang)
        return;
    uri = srv_arg(req, "uri");
    if (uri && uri[0]) {
        doc = srv_esco_fetch(req, uri, want, lang);
        if (doc)
            srv_reply_json_type(req, 200, doc, SRV_HAL_JSON);
        return;
    }
    n = srv_arg_all(req, "uris", uris, SRV_MAX_LIMIT);
    if (n == 0) {
        srv_reply_error(req, 400, BRUG_EINVAL, "missing query parameter 'uri' (or 'uris')");
        return;
    }
    if (n > SRV_MAX_LIMIT) {
        srv_reply_error(req, 400, BRUG_EINVAL, "at most %d 'uris' in one request, not %zu",
                        SRV_MAX_LIMIT, n);
        return;
    }
    concepts = json_array();
    emb = json_object();
    for (i = 0; i < n; i++) {
        json_t *one = srv_esco_fetch(req, uris[i], want, lang);
        if (!one) {
            json_decref(concepts);
            json_decref(emb);
            return;
        }
        json_array_append_new(
            concepts,
            json_pack(
                "{s:O?,s:s}", "href",
                json_object_get(json_object_get(json_object_get(one, "_links"), "self"), "href"),
                "uri", uris[i]));
        json_object_set_new(emb, uris[i], one);
    }
    doc = json_pack("{s:I,s:s,s:o,s:o}", "count", (json_int_t)json_object_size(emb), "language",
                    lang, "concepts", concepts, "_embedded", emb);
    if (!doc) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    srv_reply_json_type(req, 200, doc, SRV_HAL_JSON);
}
