/*
 * route_stats.c - GET /api/v1/stats: counts of the stored taxonomy per kind
 * and language (brug_db_stats, the document `brug stats --json` prints),
 * computed once at start-up since the taxonomy does not change while the
 * server runs.
 */
#include <string.h>

#include "routes.h"

void srv_route_stats(srv_req *req)
{
    const char *s = req->app->stats_json;
    srv_reply_static(req, 200, s, strlen(s), "application/json", NULL);
}
