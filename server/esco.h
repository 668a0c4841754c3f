/*
 * esco.h - shared pieces of the ESCO-compatible endpoints (/search,
 * /resource/...): HAL links, the ESCO error shape, and the conversion of a
 * brug_concept_describe() document into an ESCO resource.
 */
#ifndef BRUG_ESCO_H
#define BRUG_ESCO_H

#include "server.h"

#define SRV_HAL_JSON "application/hal+json;charset=UTF-8"

/* Percent-encode s for a query string, into the request's arena. */
char *srv_urlencode(srv_req *req, const char *s);

/* "http://HOST" of this request (from the Host header), or "" when absent. */
const char *srv_base_url(srv_req *req);

/* {"href": BASE/resource/RESOURCE?uri=U&language=L, "uri": U, "title": T}. */
json_t *srv_esco_link(srv_req *req, const char *resource, const char *uri, const char *title,
                      const char *lang);

/* An error with brug's {"error":{code,message}} plus ESCO's logref, status,
 * message and _links fields (the ESCO routes set req->esco_errors first,
 * so the shared helpers' errors take that shape too). */
void srv_esco_error(srv_req *req, unsigned status, brug_err err, const char *msg);

/* The ESCO resource document of a describe document (new reference). */
json_t *srv_esco_resource(srv_req *req, const json_t *describe, const char *lang);

#endif
