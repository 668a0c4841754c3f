/*
 * esco.h - shared pieces of the ESCO-compatible endpoints (/search,
 * /suggest2, /resource/...): the request's language and version, HAL
 * links, the ESCO error shape, and the conversion of brug_concept_describe()
 * and brug_scheme_describe() documents into ESCO resources.
 */
#ifndef BRUG_ESCO_H
#define BRUG_ESCO_H

#include "server.h"

#define SRV_HAL_JSON "application/hal+json;charset=UTF-8"

/* Percent-encode s for a query string, into the request's arena. */
char *srv_urlencode(srv_req *req, const char *s);

/* "http://HOST" of this request (from the Host header), or "" when absent. */
const char *srv_base_url(srv_req *req);

/*
 * Start an ESCO request: errors take ESCO's shape from here on; checks
 * selectedVersion (absent, "latest", or the stored taxonomy version, with
 * or without a leading 'v'; else 400 EUNSUPPORTED) and returns the
 * language: ?language= (or ?lang=; 400 when brug has no such language),
 * else the first Accept-Language tag brug has, else "en".  NULL after
 * replying.
 */
const char *srv_esco_begin(srv_req *req);

/* {"href": BASE/resource/RESOURCE?uri=U&language=L, "uri": U, "title": T}. */
json_t *srv_esco_link(srv_req *req, const char *resource, const char *uri, const char *title,
                      const char *lang);

/* The ESCO class of a link built by srv_esco_link ("Occupation", "Skill",
 * "Concept", "ConceptScheme", from its resource path) and its class id. */
const char *srv_esco_link_class(const json_t *link);
const char *srv_esco_class_id(const char *class_name);

/* An error with brug's {"error":{code,message}} plus ESCO's logref, status,
 * message and _links fields (the ESCO routes set req->esco_errors first,
 * so the shared helpers' errors take that shape too). */
void srv_esco_error(srv_req *req, unsigned status, brug_err err, const char *msg);

/* The ESCO resource document of a describe document (new reference). */
json_t *srv_esco_resource(srv_req *req, const json_t *describe, const char *lang);
/* The ESCO Taxonomy (concept scheme) document of a scheme document. */
json_t *srv_esco_taxonomy(srv_req *req, const json_t *scheme, const char *lang);

/*
 * The full ESCO document of uri, whatever it is: a concept (want
 * "occupation", "skill", "concept" or NULL for any), a concept scheme
 * (want "taxonomy" or NULL), or one of ESCO's fixed skill-type and
 * reuse-level concepts.  NULL after replying (404 when there is none of
 * that class, 503, ...).
 */
json_t *srv_esco_fetch(srv_req *req, const char *uri, const char *want, const char *lang);

/* Answer a GET /resource/RESOURCE (want as above): ?uri= one document, or
 * ?uris=...&uris=... a collection {count, language, concepts: [{href,
 * uri}], _embedded: {URI: document}}. */
void srv_esco_resource_reply(srv_req *req, const char *want);

#endif
