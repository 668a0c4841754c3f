/*
 * route_web.c - GET / and GET /static/NAME: the web page (the files of server/web/,
 * embedded in the binary at build time by server/embed.cmake).
 */
#include <string.h>

#include "routes.h"

static const srv_asset *find_asset(const char *name)
{
    size_t i;
    for (i = 0; i < srv_nassets; i++)
        if (strcmp(srv_assets[i].path + 1, name) == 0)
            return &srv_assets[i];
    return NULL;
}

static void send_asset(srv_req *req, const char *name, const char *cache)
{
    const srv_asset *a = find_asset(name);
    if (!a) {
        srv_reply_error(req, 404, BRUG_ENOTFOUND, "no such file: %s", name);
        return;
    }
    srv_reply_static(req, 200, a->data, a->len, a->ctype, cache);
}

void srv_route_web(srv_req *req)
{
    send_asset(req, "index.html", "no-cache");
}

void srv_route_web_file(srv_req *req)
{
    send_asset(req, req->params[0], "max-age=300");
}
