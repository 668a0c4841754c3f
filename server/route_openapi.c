/*
 * route_openapi.c - GET /api/v1/openapi.json: the OpenAPI 3 description of
 * the API (server/web/openapi.json, embedded; a test checks the real
 * responses against it).
 */
#include <string.h>

#include "routes.h"

void srv_route_openapi(srv_req *req)
{
    size_t i;
    for (i = 0; i < srv_nassets; i++)
        if (strcmp(srv_assets[i].path, "/openapi.json") == 0) {
            srv_reply_static(req, 200, srv_assets[i].data, srv_assets[i].len, "application/json",
                             "no-cache");
            return;
        }
    srv_reply_error(req, 500, BRUG_EINTERNAL, "openapi.json was not embedded");
}
