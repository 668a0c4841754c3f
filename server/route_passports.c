/*
 * route_passports.c - skills passports (personal data; include/brug/access.h):
 *   POST   /api/v1/passports        create (admin, or the person whose id it is)
 *   GET    /api/v1/passports/{id}   read (admin, the person, an adviser with consent)
 *   PUT    /api/v1/passports/{id}   replace (admin, the person)
 *   DELETE /api/v1/passports/{id}   delete everything about the person (admin, the person)
 * Documents are those of include/brug/people.h (docs/passports.md); GET with
 * ?language=L adds the skills' and occupations' labels ("label",
 * "occupation_label") for display, and a skill that carries a credential
 * gets "credential_state" and "proven_by" (brug_passport_proofs).  Every
 * attempt, allowed or not, is written to the audit log, and data is never
 * sent without its audit entry.
 */
#include <string.h>

#include "routes.h"

/* Run put/delete on the writer and audit the outcome in the same critical
 * section.  Returns the library's result; *msg gets its message. */
static brug_err write_op(srv_req *req, const char *action, const char *id, json_t *doc,
                         brug_put_mode mode, json_t **stored, char *msg, size_t size)
{
    brug_db *w = srv_writer_lock(req->app);
    brug_err err, aerr;
    if (doc)
        err = brug_passport_put(w, doc, mode);
    else
        err = brug_passport_delete(w, id);
    snprintf(msg, size, "%s", err ? brug_errmsg(w) : "");
    if (!err && stored)
        err = brug_passport_get(w, id, stored);
    aerr = brug_audit_add(w, &req->who, action, id,
                          !err                    ? "ok"
                          : err == BRUG_ENOTFOUND ? "not-found"
                          : err == BRUG_ECONFLICT ? "conflict"
                                                  : "invalid");
    if (aerr && !err) {
        snprintf(msg, size, "the audit log cannot be written: %s", brug_errmsg(w));
        err = aerr;
    }
    srv_writer_unlock(req->app);
    return err;
}

static void reply_write(srv_req *req, brug_err err, const char *msg, unsigned ok, json_t *doc)
{
    if (err) {
        json_decref(doc);
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    srv_reply_json(req, ok, doc);
}

void srv_route_passport_create(srv_req *req)
{
    json_t *body, *stored = NULL;
    const char *id;
    char msg[512];
    brug_err err;

    if (!srv_auth(req, 1))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    id = json_string_value(json_object_get(body, "id"));
    if (!id || !id[0]) {
        json_decref(body);
        srv_reply_error(req, 400, BRUG_EPARSE, "body: 'id' must be a non-empty string");
        return;
    }
    if (!srv_passport_allowed(req, id, "create", 1)) {
        json_decref(body);
        return;
    }
    err = write_op(req, "create", id, body, BRUG_PUT_CREATE, &stored, msg, sizeof(msg));
    json_decref(body);
    reply_write(req, err, msg, 201, stored);
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
    const char *id = req->params[0];
    brug_db *db;
    json_t *doc = NULL;
    brug_err err;

    if (!srv_auth(req, 1) || !srv_passport_allowed(req, id, "read", 0))
        return;
    db = srv_req_db(req);
    err = brug_passport_get(db, id, &doc);
    if (err) {
        char msg[512];
        snprintf(msg, sizeof(msg), "%s", brug_errmsg(db));
        if (!srv_audit(req, "read", id, err == BRUG_ENOTFOUND ? "not-found" : "error"))
            return;
        srv_reply_error(req, srv_status_of(err), err, "%s", msg);
        return;
    }
    if (!srv_audit(req, "read", id, "ok")) {
        json_decref(doc);
        return;
    }
    if (srv_arg(req, "language")) {
        const char *lang = srv_lang(req);
        if (!lang) {
            json_decref(doc);
            return;
        }
        add_labels(req->app->onto, doc, lang);
    }
    /* which skills a credential proves, and whether it still does (docs/credentials.md) */
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
    char msg[512];
    brug_err err;

    if (!srv_auth(req, 1) || !srv_passport_allowed(req, id, "update", 1))
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
    err = write_op(req, "update", id, body, BRUG_PUT_REPLACE, &stored, msg, sizeof(msg));
    json_decref(body);
    reply_write(req, err, msg, 200, stored);
}

void srv_route_passport_delete(srv_req *req)
{
    const char *id = req->params[0];
    char msg[512];
    brug_err err;

    if (!srv_auth(req, 1) || !srv_passport_allowed(req, id, "delete", 1))
        return;
    err = write_op(req, "delete", id, NULL, BRUG_PUT_UPSERT, NULL, msg, sizeof(msg));
    reply_write(req, err, msg, 200, err ? NULL : json_pack("{s:s}", "deleted", id));
}
