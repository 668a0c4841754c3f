/*
 * route_passports.c - skills passports (personal data; include/brug/guard.h):
 *   POST   /api/v1/passports        create (admin, or the person whose id it is)
 *   GET    /api/v1/passports/{id}   read (admin, the person, an adviser with consent)
 *   PUT    /api/v1/passports/{id}   replace (admin, the person)
 *   DELETE /api/v1/passports/{id}   delete everything about the person (admin, the person)
 *   GET    /api/v1/passports/{id}/findable         the opt-in to be found, responses
 *   PUT    /api/v1/passports/{id}/findable         opt in to be found by employers
 *   DELETE /api/v1/passports/{id}/findable         opt out
 *   PUT    /api/v1/passports/{id}/responses/{offer}  respond to an offer (shows the id)
 *   DELETE /api/v1/passports/{id}/responses/{offer}  take the response back
 * Documents are those of include/brug/people.h (docs/passports.md); GET with
 * ?language=L adds the skills' and occupations' labels ("label",
 * "occupation_label") for display, and a skill that carries a credential
 * gets "credential_state" and "proven_by" (brug_passport_proofs).  The
 * library checks access and writes the audit entry in the same transaction
 * as the change or the read.
 */
#include <string.h>

#include "routes.h"

static void reply_write(srv_req *req, brug_db *w, brug_err err, unsigned ok, json_t *doc)
{
    if (err) {
        json_decref(doc);
        srv_reply_guarded(req, w, err);
        return;
    }
    srv_reply_json(req, ok, doc);
}

void srv_route_passport_create(srv_req *req)
{
    json_t *body, *stored = NULL;
    brug_db *w;
    brug_err err;

    if (srv_auth_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    w = srv_writer_try(req);
    if (!w) {
        json_decref(body);
        return;
    }
    err = brug_passport_put_as(w, &req->who, body, BRUG_PUT_CREATE, &stored);
    reply_write(req, w, err, 201, stored);
    srv_writer_unlock(req->app);
    json_decref(body);
}

/* Add labels in lang to a passport document, for display. */
static void add_labels(const brug_onto *onto, json_t *doc, const char *lang)
{
    json_t *item;
    size_t i;
    if (!onto)
        return;
    json_array_foreach(json_object_get(doc, "skills"), i, item)
    {
        const char *uri = json_string_value(json_object_get(item, "uri"));
        uint32_t k = uri ? brug_onto_skill_find(onto, uri) : BRUG_NO_INDEX;
        if (k != BRUG_NO_INDEX)
            brug_onto_json_skill_label(item, "label", onto, k, lang);
    }
    json_array_foreach(json_object_get(doc, "work"), i, item)
    {
        const char *uri = json_string_value(json_object_get(item, "occupation"));
        uint32_t k = uri ? brug_onto_occupation_find(onto, uri) : BRUG_NO_INDEX;
        if (k != BRUG_NO_INDEX)
            brug_onto_json_occupation_label(item, "occupation_label", onto, k, lang);
    }
}

void srv_route_passport_get(srv_req *req)
{
    const char *id = req->params[0], *lang = NULL;
    brug_db *w, *db;
    json_t *doc = NULL;
    brug_err err;

    if (srv_auth_require(req))
        return;
    if (srv_arg(req, "language")) {
        lang = srv_lang(req);
        if (!lang)
            return;
    }
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_passport_get_as(w, &req->who, id, &doc);
    if (err) {
        srv_reply_guarded(req, w, err);
        srv_writer_unlock(req->app);
        return;
    }
    srv_writer_unlock(req->app);
    if (lang)
        add_labels(req->app->onto, doc, lang);
    /* which skills a credential proves, and whether it still does (docs/credentials.md) */
    db = srv_req_db(req);
    err = brug_passport_proofs(db, doc);
    if (err) {
        json_decref(doc);
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, doc);
}

void srv_route_passport_put(srv_req *req)
{
    const char *id = req->params[0], *bid;
    json_t *body, *stored = NULL;
    brug_db *w;
    brug_err err;

    if (srv_auth_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    bid = json_string_value(json_object_get(body, "id"));
    if (bid && strcmp(bid, id) != 0) {
        srv_reply_error(req, 400, BRUG_EINVAL, "body: id '%s' differs from the URL's '%s'", bid,
                        id);
        json_decref(body);
        return;
    }
    if (!bid)
        json_object_set_new(body, "id", json_string(id));
    w = srv_writer_try(req);
    if (!w) {
        json_decref(body);
        return;
    }
    err = brug_passport_put_as(w, &req->who, body, BRUG_PUT_REPLACE, &stored);
    reply_write(req, w, err, 200, stored);
    srv_writer_unlock(req->app);
    json_decref(body);
}

void srv_route_passport_delete(srv_req *req)
{
    const char *id = req->params[0];
    brug_db *w;
    brug_err err;

    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_passport_delete_as(w, &req->who, id);
    reply_write(req, w, err, 200, err ? NULL : json_pack("{s:s}", "deleted", id));
    srv_writer_unlock(req->app);
}

void srv_route_findable_get(srv_req *req)
{
    brug_db *w;
    json_t *doc = NULL;
    brug_err err;
    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_findable_get_as(w, &req->who, req->params[0], &doc);
    reply_write(req, w, err, 200, doc);
    srv_writer_unlock(req->app);
}

static void findable_set(srv_req *req, int yes)
{
    brug_db *w;
    brug_err err;
    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_findable_set_as(w, &req->who, req->params[0], yes);
    reply_write(req, w, err, 200,
                err ? NULL : json_pack("{s:s,s:b}", "person", req->params[0], "findable", yes));
    srv_writer_unlock(req->app);
}

void srv_route_findable_put(srv_req *req)
{
    findable_set(req, 1);
}

void srv_route_findable_delete(srv_req *req)
{
    findable_set(req, 0);
}

static void respond(srv_req *req, int yes)
{
    brug_db *w;
    brug_err err;
    if (srv_auth_require(req))
        return;
    w = srv_writer_try(req);
    if (!w)
        return;
    err = brug_offer_respond_as(w, &req->who, req->params[0], req->params[1], yes);
    reply_write(req, w, err, 200,
                err ? NULL
                    : json_pack("{s:s,s:s,s:b}", "person", req->params[0], "offer", req->params[1],
                                "responded", yes));
    srv_writer_unlock(req->app);
}

void srv_route_response_put(srv_req *req)
{
    respond(req, 1);
}

void srv_route_response_delete(srv_req *req)
{
    respond(req, 0);
}
