/*
 * route_offers.c - job offers (vacancies and trial placements) and their
 * employers (include/brug/people.h, docs/passports.md):
 *   GET    /api/v1/offers/{id}   public
 *   POST   /api/v1/offers        create (admin, or an employer token whose subject
 *                                is the offer's employer.id)
 *   PUT    /api/v1/offers/{id}   replace (same)
 *   DELETE /api/v1/offers/{id}   delete (same)
 * A change marks the matcher stale; the next match rebuilds it.
 */
#include <string.h>

#include "routes.h"

/* The offer's employer id: "employer" is an object with "id", or the id of a
 * stored employer (docs/passports.md). */
static const char *employer_of(const json_t *offer)
{
    const json_t *e = json_object_get(offer, "employer");
    return json_is_string(e) ? json_string_value(e) : json_string_value(json_object_get(e, "id"));
}

/* May the token holder change an offer of this employer? Replies if not. */
static int may_change(srv_req *req, const char *employer)
{
    if (req->who.role == BRUG_ROLE_ADMIN)
        return 1;
    if (req->who.role == BRUG_ROLE_EMPLOYER && employer && strcmp(req->who.subject, employer) == 0)
        return 1;
    srv_reply_error(req, 403, BRUG_EDENIED,
                    "offers are changed by an admin or by their employer's token");
    return 0;
}

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

/* Write doc (or delete id when doc is NULL) and reply. */
static void write_offer(srv_req *req, const char *id, json_t *doc, brug_put_mode mode, unsigned ok)
{
    brug_db *w = srv_writer_lock(req->app);
    json_t *stored = NULL;
    char msg[512];
    brug_err err = doc ? brug_offer_put(w, doc, mode) : brug_offer_delete(w, id);
    if (!err && doc)
        err = brug_offer_get(w, id, &stored);
    snprintf(msg, sizeof(msg), "%s", err ? brug_errmsg(w) : "");
    srv_writer_unlock(req->app);
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    srv_matcher_stale(req->app);
    srv_reply_json(req, ok, doc ? stored : json_pack("{s:s}", "deleted", id));
}

void srv_route_offer_create(srv_req *req)
{
    json_t *body;
    const char *id;
    if (!srv_auth(req, 1))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    id = json_string_value(json_object_get(body, "id"));
    if (!id || !id[0])
        srv_reply_error(req, 400, BRUG_EPARSE, "body: 'id' must be a non-empty string");
    else if (may_change(req, employer_of(body)))
        write_offer(req, id, body, BRUG_PUT_CREATE, 201);
    json_decref(body);
}

/* The stored offer's employer must be the caller's too. */
static int may_change_stored(srv_req *req, const char *id)
{
    brug_db *db = srv_req_db(req);
    json_t *old = NULL;
    brug_err err = brug_offer_get(db, id, &old);
    int ok;
    if (err) {
        srv_reply_brug(req, db, err);
        return 0;
    }
    ok = may_change(req, employer_of(old));
    json_decref(old);
    return ok;
}

void srv_route_offer_put(srv_req *req)
{
    const char *id = req->params[0], *bid;
    json_t *body;
    if (!srv_auth(req, 1) || !may_change_stored(req, id))
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
    else if (may_change(req, employer_of(body)))
        write_offer(req, id, body, BRUG_PUT_REPLACE, 200);
    json_decref(body);
}

void srv_route_offer_delete(srv_req *req)
{
    const char *id = req->params[0];
    if (!srv_auth(req, 1) || !may_change_stored(req, id))
        return;
    write_offer(req, id, NULL, BRUG_PUT_UPSERT, 200);
}
