/*
 * route_health.c - GET /api/v1/health: whether the server is up and what it
 * serves (taxonomy version, sizes of the loaded snapshot), for load
 * balancers and the web page's footer.
 */
#include "routes.h"

void srv_route_health(srv_req *req)
{
    const srv_app *app = req->app;
    json_t *doc = json_pack(
        "{s:s,s:s,s:o,s:I,s:I}", "status", app->onto ? "ok" : "empty", "version", BRUG_VERSION,
        "taxonomy_version",
        app->taxonomy_version[0] ? json_string(app->taxonomy_version) : json_null(), "occupations",
        (json_int_t)(app->onto ? brug_onto_occupation_count(app->onto) : 0), "skills",
        (json_int_t)(app->onto ? brug_onto_skill_count(app->onto) : 0));
    srv_reply_json(req, 200, doc);
}
