/*
 * routes.c - the route table of `brug serve`: {method, path, handler}.
 * "{}" in a path matches one segment (req->params[i]).  The first entry
 * whose path and method match handles the request; a path that matches
 * with another method gets 405 and an Allow header.
 */
#include "routes.h"

const srv_route srv_routes[] = {
    /* brug's own API */
    {"GET", "/api/v1/health", srv_route_health},
    {"GET", "/api/v1/stats", srv_route_stats},
    {"GET", "/api/v1/search", srv_route_search},
    {"POST", "/api/v1/extract", srv_route_extract},
    {"GET", "/api/v1/concept", srv_route_concept},
    {"GET", "/api/v1/openapi.json", srv_route_openapi},
    {"GET", "/api/v1/bridges", srv_route_bridges},
    {"POST", "/api/v1/bridges", srv_route_bridges_post},
    {"GET", "/api/v1/bridges/explain", srv_route_bridges_explain},
    {"GET", "/api/v1/bridges/into", srv_route_bridges_into},
    {"GET", "/api/v1/paths", srv_route_paths},
    {"GET", "/api/v1/plans", srv_route_plans},
    {"POST", "/api/v1/plans", srv_route_plans_post},
    {"GET", "/api/v1/courses", srv_route_courses},
    {"GET", "/api/v1/courses/{}", srv_route_course},
    /* access: who am I, consent, the audit log */
    {"GET", "/api/v1/me", srv_route_me},
    {"POST", "/api/v1/passports", srv_route_passport_create},
    {"GET", "/api/v1/passports/{}", srv_route_passport_get},
    {"PUT", "/api/v1/passports/{}", srv_route_passport_put},
    {"DELETE", "/api/v1/passports/{}", srv_route_passport_delete},
    {"GET", "/api/v1/passports/{}/consents", srv_route_consent_list},
    {"PUT", "/api/v1/passports/{}/consents/{}", srv_route_consent_grant},
    {"DELETE", "/api/v1/passports/{}/consents/{}", srv_route_consent_withdraw},
    {"GET", "/api/v1/passports/{}/findable", srv_route_findable_get},
    {"PUT", "/api/v1/passports/{}/findable", srv_route_findable_put},
    {"DELETE", "/api/v1/passports/{}/findable", srv_route_findable_delete},
    {"PUT", "/api/v1/passports/{}/responses/{}", srv_route_response_put},
    {"DELETE", "/api/v1/passports/{}/responses/{}", srv_route_response_delete},
    {"GET", "/api/v1/audit", srv_route_audit},
    {"GET", "/api/v1/caseload", srv_route_caseload},
    /* offers (public to read) and matching */
    {"POST", "/api/v1/offers", srv_route_offer_create},
    {"GET", "/api/v1/offers/{}", srv_route_offer_get},
    {"PUT", "/api/v1/offers/{}", srv_route_offer_put},
    {"DELETE", "/api/v1/offers/{}", srv_route_offer_delete},
    {"GET", "/api/v1/matches", srv_route_matches},
    {"GET", "/api/v1/employers/{}/offers", srv_route_employer_offers},
    {"GET", "/api/v1/vocabulary", srv_route_vocabulary},
    /* verifiable skill credentials, their issuers and status lists */
    {"POST", "/api/v1/credentials", srv_route_credential_issue},
    {"POST", "/api/v1/credentials/verify", srv_route_credential_verify},
    {"POST", "/api/v1/credentials/{}/revoke", srv_route_credential_revoke},
    {"GET", "/api/v1/passports/{}/credentials", srv_route_passport_credentials},
    {"GET", "/api/v1/issuers/{}", srv_route_issuer},
    {"GET", "/api/v1/status/{}", srv_route_status_list},
    /* the subset of the ESCO web-service API (docs/esco-api.md) */
    {"GET", "/search", srv_route_esco_search},
    {"GET", "/suggest2", srv_route_esco_suggest2},
    {"GET", "/resource/taxonomy", srv_route_esco_taxonomy},
    {"GET", "/resource/occupation", srv_route_esco_occupation},
    {"GET", "/resource/skill", srv_route_esco_skill},
    {"GET", "/resource/concept", srv_route_esco_concept},
    {"GET", "/resource/related", srv_route_esco_related},
    {"GET", "/resource/{}", srv_route_esco_unknown},
    /* the web page */
    {"GET", "/", srv_route_web},
    {"GET", "/static/{}", srv_route_web_file},
    {NULL, NULL, NULL},
};
