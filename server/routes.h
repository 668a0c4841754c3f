/*
 * routes.h - the handlers of `brug serve`, one per server/route_<name>.c,
 * listed in the route table (routes.c).
 */
#ifndef BRUG_ROUTES_H
#define BRUG_ROUTES_H

#include "server.h"

void srv_route_health(srv_req *req);
void srv_route_stats(srv_req *req);
void srv_route_concept(srv_req *req);
void srv_route_openapi(srv_req *req);
void srv_route_web(srv_req *req);
void srv_route_web_file(srv_req *req);
void srv_route_me(srv_req *req);
void srv_route_passport_create(srv_req *req);
void srv_route_passport_get(srv_req *req);
void srv_route_passport_put(srv_req *req);
void srv_route_passport_delete(srv_req *req);
void srv_route_offer_create(srv_req *req);
void srv_route_offer_get(srv_req *req);
void srv_route_offer_put(srv_req *req);
void srv_route_offer_delete(srv_req *req);
void srv_route_matches(srv_req *req);
void srv_route_consent_list(srv_req *req);
void srv_route_consent_grant(srv_req *req);
void srv_route_consent_withdraw(srv_req *req);
void srv_route_findable_get(srv_req *req);
void srv_route_findable_put(srv_req *req);
void srv_route_findable_delete(srv_req *req);
void srv_route_response_put(srv_req *req);
void srv_route_response_delete(srv_req *req);
void srv_route_audit(srv_req *req);
void srv_route_caseload(srv_req *req);
void srv_route_employer_offers(srv_req *req);
void srv_route_vocabulary(srv_req *req);
void srv_route_bridges(srv_req *req);
void srv_route_bridges_post(srv_req *req);
void srv_route_bridges_explain(srv_req *req);
void srv_route_bridges_into(srv_req *req);
void srv_route_paths(srv_req *req);
void srv_route_courses(srv_req *req);
void srv_route_course(srv_req *req);
void srv_route_plans(srv_req *req);
void srv_route_plans_post(srv_req *req);
void srv_route_search(srv_req *req);
void srv_route_extract(srv_req *req);
void srv_route_esco_search(srv_req *req);
void srv_route_esco_occupation(srv_req *req);
void srv_route_esco_skill(srv_req *req);
void srv_route_esco_concept(srv_req *req);
void srv_route_esco_taxonomy(srv_req *req);
void srv_route_esco_related(srv_req *req);
void srv_route_esco_suggest2(srv_req *req);
void srv_route_esco_unknown(srv_req *req);
void srv_route_credential_issue(srv_req *req);
void srv_route_credential_verify(srv_req *req);
void srv_route_credential_revoke(srv_req *req);
void srv_route_passport_credentials(srv_req *req);
void srv_route_issuer(srv_req *req);
void srv_route_status_list(srv_req *req);

/* ?type= of a search (route_search.c); replies 400 and returns 0 when unknown. */
int srv_search_type(srv_req *req, const char *s, brug_search_type *out);

#endif
