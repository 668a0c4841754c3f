/*
 * route_concept.c - GET /api/v1/concept?uri=U&language=L: everything about
 * one concept (brug_concept_describe, the document `brug show --json`
 * prints).  U may be a label (?uri=lasser): resolved as srv_resolve says,
 * 409 with the candidates when unclear.
 */
#include "routes.h"

void srv_route_concept(srv_req *req)
{
    const char *uri = srv_arg_required(req, "uri");
    const char *lang;
    brug_db *db;
    json_t *doc = NULL;
    brug_err err;

    if (!uri)
        return;
    lang = srv_lang(req);
    if (!lang)
        return;
    uri = srv_resolve(req, "uri", uri, BRUG_SEARCH_ANY, lang);
    if (!uri)
        return;
    db = srv_req_db(req);
    err = brug_concept_describe(db, uri, lang, &doc);
    if (err) {
        srv_reply_brug(req, db, err);
        return;
    }
    srv_reply_json(req, 200, doc);
}
