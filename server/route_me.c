/*
 * route_me.c - GET /api/v1/me: who the presented token belongs to (role,
 * subject), so the web page can show whose passport it opens.
 */
#include "routes.h"

void srv_route_me(srv_req *req)
{
    if (srv_auth_require(req))
        return;
    srv_reply_json(req, 200,
                   json_pack("{s:s,s:s,s:I}", "role", brug_role_name(req->who.role), "subject",
                             req->who.subject, "token", (json_int_t)req->who.token_id));
}
