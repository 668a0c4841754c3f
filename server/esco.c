/*
 * esco.c - helpers of the ESCO-compatible endpoints: URL encoding, HAL
 * links and the ESCO error shape.
 */
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
    if (!host || !host[0] || strlen(host) > 255)
        return "";
    for (i = 0; host[i]; i++)
        if (!(host[i] == '.' || host[i] == ':' || host[i] == '-' || host[i] == '[' ||
              host[i] == ']' || (host[i] >= '0' && host[i] <= '9') ||
              (host[i] >= 'a' && host[i] <= 'z') || (host[i] >= 'A' && host[i] <= 'Z')))
            return "";
    return srv_printf(req, "http://%s", host);
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

void srv_esco_error(srv_req *req, unsigned status, brug_err err, const char *msg)
{
    req->esco_errors = 1;
    srv_reply_error(req, status, err, "%s", msg && msg[0] ? msg : brug_strerror(err));
}
