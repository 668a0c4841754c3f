# gen_openapi.py - writes server/web/openapi.json, the OpenAPI 3 description of
# brug serve (served at /api/v1/openapi.json).  Edit here, then run
#   /usr/bin/python3 scripts/gen_openapi.py server/web/openapi.json
# tests/http/test_openapi.py checks the real responses against the result.
import json
ERRCODES = ["ENOMEM","EINVAL","EIO","EDB","ESCHEMA","ENOTFOUND","EPARSE","EDANGLING","ETOOBIG","EEMPTY","EDENIED","ECONFLICT","ETIMEOUT","EINFEASIBLE","EINTERNAL","EBUSY"]
def ref(n): return {"$ref": "#/components/schemas/" + n}
def arr(x): return {"type": "array", "items": x}
def obj(props, req=None, extra=None):
    o = {"type": "object", "properties": props}
    o["required"] = req if req is not None else list(props)
    if extra is not None: o["additionalProperties"] = extra
    return o
S = {"type": "string"}; I = {"type": "integer"}; N = {"type": "number"}; B = {"type": "boolean"}
def nullable(x): y = dict(x); y["nullable"] = True; return y
schemas = {
 "Error": obj({"error": obj({"code": {"type": "string", "enum": ERRCODES}, "message": S})}),
 "EscoError": obj({"error": obj({"code": {"type": "string", "enum": ERRCODES}, "message": S}),
                   "logref": S, "status": I, "message": S, "_links": nullable({"type": "object"})}),
 "Health": obj({"status": {"type": "string", "enum": ["ok", "empty"]}, "version": S,
                "taxonomy_version": nullable(S), "occupations": I, "skills": I}),
 "Counts": {"type": "object", "additionalProperties": I},
 "Stats": obj({"taxonomy_version": nullable(S), "concepts": ref("Counts"),
               "labels": {"type": "object", "additionalProperties": ref("Counts")},
               "relations": ref("Counts"), "collections": ref("Counts")}),
 "SearchResults": obj({"query": S, "total": I, "offset": I, "limit": I,
     "results": arr(obj({"uri": S, "type": {"type": "string", "enum": ["occupation", "skill"]},
                         "label": S, "score": N}))}),
 "ConceptRef": obj({"uri": S, "label": S}, ["uri", "label"]),
 "Concept": obj({"uri": S, "type": {"type": "string", "enum": ["occupation", "skill", "skill_group", "isco_group"]},
                 "label": S, "labels": {"type": "object", "additionalProperties": {"type": "object"}}},
                ["uri", "type", "label", "labels"]),
 "Carried": obj({"uri": S, "label": S, "essential": B, "weight": N}),
 "Gap": obj({"uri": S, "label": S, "weight": N, "credit": N, "gain": N,
             "via": nullable(obj({"uri": S, "label": S, "relation": S}))}),
 "Bridge": obj({"uri": S, "label": S, "score": N, "carried": arr(ref("Carried")),
                "carried_total": I, "missing_essential": arr(ref("Gap")),
                "missing_optional": arr(ref("Gap")), "explanation": S},
               ["uri", "label", "score", "carried", "missing_essential", "missing_optional", "explanation"]),
 "Bridges": obj({"from": {"type": "object"}, "results": arr(ref("Bridge"))}),
 "PathStep": obj({"from": S, "to": S, "label": S, "score": N, "carried": I,
                  "missing_essential": arr(obj({"uri": S, "label": S, "gain": N})), "explanation": S},
                 ["from", "to", "label", "score"]),
 "Paths": obj({"from": ref("ConceptRef"), "to": {"type": "object"},
               "paths": arr(obj({"cost": N, "score": N, "steps": arr(ref("PathStep"))}))}),
 "PlanSkill": obj({"uri": S, "label": S, "essential": B, "weight": N, "reason": S},
                  ["uri", "essential", "weight"]),
 "PlanCourse": obj({"id": S, "title": S, "provider": S, "mode": S, "region": nullable(S),
                    "hours": N, "cost": N, "teaches": arr(S), "requires": arr(S), "after": arr(S)},
                   ["id", "title", "hours", "cost", "teaches"]),
 "Plan": obj({"covered": arr(ref("PlanSkill")), "uncovered": arr(ref("PlanSkill")),
              "courses": arr(ref("PlanCourse")), "total_hours": N, "total_cost": N,
              "optimal": B, "gap": N, "objective": {"type": "string", "enum": ["hours", "cost", "mix"]},
              "solver": {"type": "string", "enum": ["ilp", "greedy"]}, "candidates": I, "ms": N},
             ["covered", "uncovered", "courses", "total_hours", "total_cost", "optimal", "objective", "solver"]),
 "BridgePlan": obj({"from": {"type": "object"}, "to": ref("ConceptRef"), "score": N,
                    "explanation": S, "plan": ref("Plan")}),
 "Course": obj({"id": S, "title": S, "provider": S, "type": S, "mode": S, "region": nullable(S),
                "hours": N, "cost": N, "start_dates": arr(S), "teaches": arr(S), "requires": arr(S)},
               ["id", "title", "hours", "cost", "teaches"]),
 "Courses": obj({"total": I, "offset": I, "limit": I, "courses": arr(ref("Course"))}),
 "Me": obj({"role": {"type": "string", "enum": ["admin", "adviser", "person", "employer"]},
            "subject": S, "token": I}),
 "Consents": obj({"person": S, "consents": arr(obj({"adviser": S, "granted": S, "withdrawn": nullable(S)}))}),
 "ConsentChange": obj({"person": S, "adviser": S, "consent": B}),
 "Findable": obj({"person": S, "findable": B, "responses": arr(S)}),
 "FindableChange": obj({"person": S, "findable": B}),
 "ResponseChange": obj({"person": S, "offer": S, "responded": B}),
 "Audit": obj({"entries": arr(obj({"id": I, "time": S, "actor": S, "role": S, "token": nullable(I),
                                   "action": S, "person": S, "outcome": S}))}),
 "Passport": obj({"id": S, "region": S, "max_km": N, "hours": N,
                  "skills": arr(obj({"uri": S, "evidence": S, "date": S, "label": S}, ["uri"])),
                  "work": arr(obj({"occupation": S, "years": N, "occupation_label": S}, ["occupation"])),
                  "drives": arr(S), "sectors": {"type": "object"}},
                 ["id", "region", "skills"]),
 "Offer": obj({"id": S, "type": {"type": "string", "enum": ["vacancy", "placement"]}, "title": S,
               "employer": {}, "occupation": S, "region": S, "hours": N, "capacity": I,
               "essential": arr(S), "optional": arr(S), "drives": arr(S)},
              ["id", "type", "employer", "occupation", "region"]),
 "Deleted": obj({"deleted": S}),
 "Matches": obj({"passport": S, "offer": S,
                 "matches": arr(obj({"offer": S, "passport": S, "identified": B, "score": N,
                                     "matching_skills": arr({"type": "object"}),
                                     "missing_essential": arr({"type": "object"})}, ["score"]))},
                ["matches"]),
 "HalLink": obj({"href": S, "uri": S, "title": S, "skillType": S}, ["href"]),
 "EscoSearch": obj({"_links": obj({"self": ref("HalLink"), "prev": ref("HalLink"), "next": ref("HalLink")}, ["self"]),
                    "total": I, "offset": I, "limit": I, "language": S,
                    "_embedded": obj({"results": arr(obj({
                        "className": {"type": "string", "enum": ["Occupation", "Skill"]}, "classId": S,
                        "uri": S, "title": S, "searchHit": S,
                        "preferredLabel": {"type": "object", "additionalProperties": S},
                        "_links": obj({"self": ref("HalLink")})}))})}),
 "EscoResource": obj({"className": {"type": "string", "enum": ["Occupation", "Skill", "Concept"]},
                      "classId": S, "uri": S, "title": S, "referenceLanguage": arr(S), "code": S,
                      "preferredLabel": {"type": "object", "additionalProperties": S},
                      "alternativeLabel": {"type": "object", "additionalProperties": arr(S)},
                      "hiddenLabel": {"type": "object", "additionalProperties": arr(S)},
                      "description": {"type": "object", "additionalProperties": obj({"literal": S, "mimetype": S})},
                      "_links": {"type": "object", "properties": {"self": ref("HalLink")}, "required": ["self"],
                                 "additionalProperties": arr(ref("HalLink"))}},
                     ["className", "classId", "uri", "title", "preferredLabel", "_links"]),
}
def q(name, desc, schema=None, required=False):
    return {"name": name, "in": "query", "required": required, "description": desc, "schema": schema or S}
def p(name, desc): return {"name": name, "in": "path", "required": True, "description": desc, "schema": S}
LANG = q("language", "2-3 letter language code of labels (falls back to English); default en")
def resp(code_schema, errors, ctype="application/json"):
    r = {}
    for code, (desc, sch) in code_schema.items():
        r[str(code)] = {"description": desc, "content": {ctype: {"schema": ref(sch)}}}
    for code, desc in errors.items():
        r[str(code)] = {"description": desc, "content": {"application/json": {"schema": ref("Error")}}}
    return r
def esco_resp(ok, errors):
    r = {"200": {"description": "ok", "content": {"application/hal+json;charset=UTF-8": {"schema": ref(ok)}}}}
    for code, desc in errors.items():
        r[str(code)] = {"description": desc, "content": {"application/json": {"schema": ref("EscoError")}}}
    return r
BEARER = [{"bearer": []}]
BR_Q = [q("from", "source occupation URI (or give skills)"),
        q("skills", "comma-separated skill URIs of a person (or give from)"),
        q("top", "bridges to return (1-100, default 10)", I), q("min_score", "drop bridges below (0-1)", N),
        q("collection", "only targets in this collection: green, digital, ..."),
        q("isco", "only targets whose ISCO-08 code starts so"), LANG,
        q("max_missing", "most missing skills listed per kind (0: all)", I),
        q("max_carried", "most carried skills listed (0: all); carried_total then gives the count", I)]
paths = {
 "/api/v1/health": {"get": {"summary": "Is the server up, and what does it serve", "responses": resp({200: ("ok", "Health")}, {})}},
 "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "paths"]}}}}}}},
 "/api/v1/stats": {"get": {"summary": "Counts of the taxonomy (brug stats --json)", "responses": resp({200: ("ok", "Stats")}, {})}},
 "/api/v1/search": {"get": {"summary": "Find occupations and skills by any label",
     "parameters": [q("q", "the text", S, True), q("type", "occupation, skill or any"), LANG,
                    q("limit", "1-100, default 10", I), q("offset", "results to skip", I)],
     "responses": resp({200: ("best first", "SearchResults")}, {400: "bad parameter"})}},
 "/api/v1/concept": {"get": {"summary": "Everything about one concept (brug show --json)",
     "parameters": [q("uri", "concept URI", S, True), LANG],
     "responses": resp({200: ("the concept", "Concept")}, {400: "missing uri or bad language", 404: "no such concept"})}},
 "/api/v1/bridges": {
   "get": {"summary": "Bridges from an occupation or a person's skills (brug bridges --json)", "parameters": BR_Q,
           "responses": resp({200: ("best first", "Bridges")}, {400: "bad parameter", 404: "unknown occupation, skill or collection", 503: "no taxonomy loaded"})},
   "post": {"summary": "The same with the parameters in a JSON body",
            "requestBody": {"required": True, "content": {"application/json": {"schema": obj({
                "from": S, "skills": arr(S), "top": I, "min_score": N, "collection": S, "isco": S,
                "language": S, "max_missing": I, "max_carried": I}, [])}}},
            "responses": resp({200: ("best first", "Bridges")}, {400: "malformed JSON or bad field", 404: "unknown occupation or skill", 413: "body too large", 415: "not application/json"})}},
 "/api/v1/bridges/explain": {"get": {"summary": "One bridge explained in full",
     "parameters": [q("from", "source occupation URI (or give skills)"), q("skills", "comma-separated skill URIs"),
                    q("to", "target occupation URI", S, True), LANG],
     "responses": resp({200: ("the bridge", "Bridge")}, {400: "bad parameter", 404: "unknown occupation"})}},
 "/api/v1/paths": {"get": {"summary": "The k cheapest multi-step career routes",
     "parameters": [q("from", "source occupation URI", S, True), q("to", "target occupation URI (or give collection)"),
                    q("collection", "any occupation of this collection: green, digital, ..."),
                    q("k", "routes (1-10, default 3)", I), q("max_steps", "steps per route (1-6, default 4)", I), LANG],
     "responses": resp({200: ("cheapest first", "Paths")}, {400: "bad parameter", 404: "unknown occupation or collection", 503: "no taxonomy loaded"})}},
 "/api/v1/plans": {
   "get": {"summary": "The training plan that closes a bridge's gap",
           "parameters": [q("from", "source occupation URI (or give skills)"), q("skills", "comma-separated skill URIs"),
                          q("to", "target occupation URI", S, True), q("objective", "hours, cost or mix"),
                          q("budget", "euros", N), q("max_hours", "hours", N), q("region", "region code"),
                          q("online", "1: online courses only"), LANG],
           "responses": resp({200: ("the plan", "BridgePlan")}, {400: "bad parameter", 404: "unknown occupation"})},
   "post": {"summary": "A training plan for a gap given directly",
            "requestBody": {"required": True, "content": {"application/json": {"schema": obj({
                "missing": arr(obj({"uri": S, "weight": N, "essential": B}, ["uri"])), "have": arr(S),
                "objective": S, "budget": N, "max_hours": N, "region": S, "online_only": B, "language": S}, ["missing"])}}},
            "responses": resp({200: ("the plan", "Plan")}, {400: "malformed JSON or bad field"})}},
 "/api/v1/courses": {"get": {"summary": "The course catalogue",
     "parameters": [q("limit", "1-100, default 20", I), q("offset", "courses to skip", I)],
     "responses": resp({200: ("a page", "Courses")}, {400: "bad parameter"})}},
 "/api/v1/courses/{id}": {"get": {"summary": "One course", "parameters": [p("id", "course id")],
     "responses": resp({200: ("the course", "Course")}, {404: "no such course"})}},
 "/api/v1/me": {"get": {"summary": "Who holds the token", "security": BEARER,
     "responses": resp({200: ("the holder", "Me")}, {401: "missing, wrong or revoked token"})}},
 "/api/v1/passports": {"post": {"summary": "Create a passport (admin, or the person whose id it is)",
     "security": BEARER, "requestBody": {"required": True, "content": {"application/json": {"schema": ref("Passport")}}},
     "responses": resp({201: ("created", "Passport")}, {400: "malformed JSON, bad field, unknown URI", 401: "no valid token",
                                                         403: "not allowed", 409: "the id exists", 413: "body too large"})}},
 "/api/v1/passports/{id}": {
   "get": {"summary": "Read a passport (admin, the person, an adviser with consent); audited", "security": BEARER,
           "parameters": [p("id", "passport id"), q("language", "add skill and occupation labels in this language")],
           "responses": resp({200: ("the passport", "Passport")}, {401: "no valid token", 403: "not allowed (or consent withdrawn)", 404: "no such passport"})},
   "put": {"summary": "Replace a passport (admin, the person); audited", "security": BEARER,
           "parameters": [p("id", "passport id")],
           "requestBody": {"required": True, "content": {"application/json": {"schema": ref("Passport")}}},
           "responses": resp({200: ("stored", "Passport")}, {400: "malformed JSON, bad field, id differs", 401: "no valid token", 403: "not allowed", 404: "no such passport"})},
   "delete": {"summary": "Delete everything about the person (admin, the person); audited", "security": BEARER,
              "parameters": [p("id", "passport id")],
              "responses": resp({200: ("deleted", "Deleted")}, {401: "no valid token", 403: "not allowed", 404: "no such passport"})}},
 "/api/v1/offers": {"post": {"summary": "Create an offer (admin, or its employer's token)", "security": BEARER,
     "requestBody": {"required": True, "content": {"application/json": {"schema": ref("Offer")}}},
     "responses": resp({201: ("created", "Offer")}, {400: "malformed JSON or bad field", 401: "no valid token", 403: "not its employer", 409: "the id exists"})}},
 "/api/v1/offers/{id}": {
   "get": {"summary": "An offer (public)", "parameters": [p("id", "offer id")],
           "responses": resp({200: ("the offer", "Offer")}, {404: "no such offer"})},
   "put": {"summary": "Replace an offer (admin, its employer)", "security": BEARER, "parameters": [p("id", "offer id")],
           "requestBody": {"required": True, "content": {"application/json": {"schema": ref("Offer")}}},
           "responses": resp({200: ("stored", "Offer")}, {400: "bad field", 401: "no valid token", 403: "not its employer", 404: "no such offer"})},
   "delete": {"summary": "Delete an offer (admin, its employer)", "security": BEARER, "parameters": [p("id", "offer id")],
              "responses": resp({200: ("deleted", "Deleted")}, {401: "no valid token", 403: "not its employer", 404: "no such offer"})}},
 "/api/v1/matches": {"get": {"summary": "Best offers for a passport (who may read it; audited) or best passports for an offer (admin, its employer)",
     "security": BEARER, "parameters": [q("passport", "passport id (or give offer)"), q("offer", "offer id"),
                                        q("top", "1-100, default 10", I), q("type", "vacancy, placement or any"), LANG],
     "responses": resp({200: ("best first; for an offer only people who opted in (findable), with passport \"anon-...\" and identified false until they responded", "Matches")}, {400: "bad parameter", 401: "no valid token", 403: "not allowed", 404: "no such passport or offer", 503: "busy"})}},
 "/api/v1/passports/{id}/findable": {
   "get": {"summary": "Whether the person may be found by employers through matching, and the offers they responded to (the person or an admin; audited)",
           "security": BEARER, "parameters": [p("id", "passport id")],
           "responses": resp({200: ("the setting", "Findable")}, {401: "no valid token", 403: "not the person", 404: "no such passport"})},
   "put": {"summary": "Opt in to be found by employers (pseudonymously until responding to an offer)", "security": BEARER,
           "parameters": [p("id", "passport id")],
           "responses": resp({200: ("opted in", "FindableChange")}, {401: "no valid token", 403: "not the person", 404: "no such passport"})},
   "delete": {"summary": "Opt out of being found (the default)", "security": BEARER,
              "parameters": [p("id", "passport id")],
              "responses": resp({200: ("opted out", "FindableChange")}, {401: "no valid token", 403: "not the person", 404: "no such passport"})}},
 "/api/v1/passports/{id}/responses/{offer}": {
   "put": {"summary": "Respond to an offer: its employer sees the passport id in the offer's matches from now on", "security": BEARER,
           "parameters": [p("id", "passport id"), p("offer", "offer id")],
           "responses": resp({200: ("responded", "ResponseChange")}, {401: "no valid token", 403: "not the person", 404: "no such passport or offer"})},
   "delete": {"summary": "Take the response back", "security": BEARER,
              "parameters": [p("id", "passport id"), p("offer", "offer id")],
              "responses": resp({200: ("taken back", "ResponseChange")}, {401: "no valid token", 403: "not the person", 404: "no such passport or offer"})}},
 "/api/v1/passports/{id}/consents": {"get": {"summary": "A person's consents to advisers (the person or an admin)",
     "security": BEARER, "parameters": [p("id", "passport id")],
     "responses": resp({200: ("the consents", "Consents")}, {401: "no valid token", 403: "not the person"})}},
 "/api/v1/passports/{id}/consents/{adviser}": {
   "put": {"summary": "Give an adviser consent to read the passport", "security": BEARER,
           "parameters": [p("id", "passport id"), p("adviser", "adviser name (token subject)")],
           "responses": resp({200: ("granted", "ConsentChange")}, {401: "no valid token", 403: "not the person"})},
   "delete": {"summary": "Withdraw that consent", "security": BEARER,
              "parameters": [p("id", "passport id"), p("adviser", "adviser name")],
              "responses": resp({200: ("withdrawn", "ConsentChange")}, {401: "no valid token", 403: "not the person", 404: "no standing consent"})}},
 "/api/v1/audit": {"get": {"summary": "The audit log of passport access (admins; a person: their own)",
     "security": BEARER, "parameters": [q("person", "only this passport"), q("limit", "newest N, 1-1000 (default 100)", I)],
     "responses": resp({200: ("newest first", "Audit")}, {400: "bad parameter", 401: "no valid token", 403: "not allowed"})}},
 "/search": {"get": {"summary": "ESCO web-service API: search", "tags": ["ESCO"],
     "parameters": [q("text", "the text", S, True), q("language", "label language, default en"),
                    q("type", "occupation or skill"), q("limit", "1-100, default 20", I), q("offset", "results to skip", I)],
     "responses": esco_resp("EscoSearch", {400: "bad parameter"})}},
 "/resource/occupation": {"get": {"summary": "ESCO web-service API: an occupation", "tags": ["ESCO"],
     "parameters": [q("uri", "occupation URI", S, True), q("language", "label language, default en")],
     "responses": esco_resp("EscoResource", {400: "missing uri", 404: "no such occupation"})}},
 "/resource/skill": {"get": {"summary": "ESCO web-service API: a skill", "tags": ["ESCO"],
     "parameters": [q("uri", "skill URI", S, True), q("language", "label language, default en")],
     "responses": esco_resp("EscoResource", {400: "missing uri", 404: "no such skill"})}},
 "/resource/concept": {"get": {"summary": "ESCO web-service API: any concept", "tags": ["ESCO"],
     "parameters": [q("uri", "concept URI", S, True), q("language", "label language, default en")],
     "responses": esco_resp("EscoResource", {400: "missing uri", 404: "no such concept"})}},
}
doc = {"openapi": "3.0.3",
       "info": {"title": "brug API", "version": "0.1.0",
                "description": "brug: skills ontology, job-to-job bridges, training plans, passports and matching. "
                               "Every error is {\"error\": {\"code\", \"message\"}} with the brug error name as code. "
                               "This service uses the ESCO classification of the European Commission."},
       "servers": [{"url": "/"}],
       "paths": paths,
       "components": {"schemas": schemas,
                      "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                     "description": "an API token from `brug token create`"}}}}
import sys
json.dump(doc, open(sys.argv[1], "w"), indent=1, ensure_ascii=False)
