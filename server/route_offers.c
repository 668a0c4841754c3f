/*
 * route_offers.c - job offers (vacancies and trial placements) and their
 * employers (include/brug/people.h, docs/passports.md):
 *   GET    /api/v1/offers/{id}   public
 *   POST   /api/v1/offers        create (admin, or an employer token whose subject
 *                                is the offer's employer id; include/brug/guard.h)
 *   PUT    /api/v1/offers/{id}   replace (same)
 *   DELETE /api/v1/offers/{id}   delete (same)
 * A change marks the matcher stale; the next match rebuilds it.
 */
#include <string.h>

#include "routes.h"

void srv_route_offer_get(srv_req *req)
{
    brug_db *db = srv_req_db(req);
    json_t *doc = NULL;
    brug_err err = brug_offer_get(db, req->params[0], &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, doc);
}

/* Write doc (or delete id when doc is NULL) as the caller and reply. */
static void write_offer(srv_req *req, const char *id, json_t *doc, brug_put_mode mode, unsigned ok)
{
    json_t *stored = NULL;
    brug_db *w = srv_writer_try(req);
    brug_err err;
    if (!w)
        return;
    err = doc ? brug_offer_put_as(w, &req->who, doc, mode, &stored)
              : brug_offer_delete_as(w, &req->who, id);
    if (err) {
        srv_reply_guarded(req, w, err);
        srv_writer_unlock(req->app);
        return;
    }
    srv_writer_unlock(req->app);
    srv_matcher_stale(req->app);
    srv_reply_json(req, ok, doc ? stored : json_pack("{s:s}", "deleted", id));
}

void srv_route_offer_create(srv_req *req)
{
    json_t *body;
    if (srv_auth_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    write_offer(req, NULL, body, BRUG_PUT_CREATE, 201);
    json_decref(body);
}

void srv_route_offer_put(srv_req *req)
{
    const char *id = req->params[0], *bid;
    json_t *body;

    if (srv_auth_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    bid = json_string_value(json_object_get(body, "id"));
    if (bid && strcmp(bid, id) != 0)
        srv_reply_error(req, 400, BRUG_EINVAL, "body: id '%s' differs from the URL's '%s'", bid,
                        id);
    else if (!bid && json_object_set_new(body, "id", json_string(id)))
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
    else
        write_offer(req, id, body, BRUG_PUT_REPLACE, 200);
    json_decref(body);
}

void srv_route_offer_delete(srv_req *req)
{
    if (srv_auth_require(req))
        return;
    write_offer(req, req->params[0], NULL, BRUG_PUT_UPSERT, 200);
}
