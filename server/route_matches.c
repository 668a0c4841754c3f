/*
 * route_matches.c - GET /api/v1/matches?passport=ID | offer=ID&top=N
 * &type=vacancy|placement&language=L: the best offers for a passport
 * (who may read the passport; audited as "match") or the best passports
 * for an offer (admin, or the offer's employer: only people who opted in
 * to be found, pseudonymous until they respond; include/brug/guard.h).
 *
 * The matcher reads passports through its own connection, so calls on it
 * are serialised (srv_matcher_lock); it is rebuilt when offers changed
 * (through this server, or another process: brug_matcher_stale).
 * For offer queries it keeps a person index, which the library checks
 * against the passports' revision on every call: a passport written by
 * the passport routes or by another process is matched at once.
 */
#include <string.h>

#include "routes.h"

static brug_err type_get(srv_req *req, const char *s, brug_offer_type *out)
{
    if (!s || !s[0] || strcmp(s, "any") == 0)
        *out = BRUG_OFFER_ANY;
    else if (strcmp(s, "vacancy") == 0)
        *out = BRUG_OFFER_VACANCY;
    else if (strcmp(s, "placement") == 0)
        *out = BRUG_OFFER_PLACEMENT;
    else {
        srv_reply_error(req, 400, BRUG_EINVAL, "type: expected vacancy, placement or any");
        return BRUG_EINVAL;
    }
    return BRUG_OK;
}

void srv_route_matches(srv_req *req)
{
    const char *passport = srv_arg(req, "passport"), *offer = srv_arg(req, "offer");
    brug_match_opts o;
    unsigned long top;
    brug_matcher *m;
    brug_db *w;
    json_t *doc = NULL;
    char msg[512];
    brug_err err;

    if (srv_auth_require(req))
        return;
    if ((!passport || !passport[0]) == (!offer || !offer[0])) {
        srv_reply_error(req, 400, BRUG_EINVAL, "give either passport=ID or offer=ID");
        return;
    }
    memset(&o, 0, sizeof(o));
    if (srv_arg_get_limit(req, "top", 10, SRV_MAX_LIMIT, &top) ||
        type_get(req, srv_arg(req, "type"), &o.type))
        return;
    o.top = (uint32_t)top;
    o.threads = 1;
    o.lang = srv_lang(req);
    if (!o.lang)
        return;
    m = srv_matcher_lock(req->app, msg, sizeof(msg));
    if (!m) {
        srv_reply_error(req, 503, BRUG_EEMPTY, "%s", msg);
        return;
    }
    /* The matcher first, then the writer: the same order as everywhere, so
     * the two locks never deadlock. */
    w = srv_writer_try(req);
    if (!w) {
        srv_matcher_unlock(req->app);
        return;
    }
    if (passport && passport[0]) {
        /* who may read the passport; audited "match" (brug_match_passport_as) */
        err = brug_match_passport_as(w, &req->who, m, passport, &o, &doc);
        if (err)
            srv_reply_guarded(req, w, err);
        srv_writer_unlock(req->app);
        srv_matcher_unlock(req->app);
        if (!err)
            srv_reply_json(req, 200, doc);
        return;
    }
    /* The people who fit an offer: its employer (or an admin) sees only
     * those who opted in, pseudonymously until they respond, each audited
     * (brug_match_offer_as). */
    err = brug_match_offer_as(w, &req->who, m, offer, &o, &doc);
    if (err)
        srv_reply_guarded(req, w, err);
    srv_writer_unlock(req->app);
    srv_matcher_unlock(req->app);
    if (!err) {
        brug_db *db = srv_req_db(req);
        err = brug_match_proofs(db, doc); /* which matched skills are proven */
        if (err) {
            srv_reply_brug(req, db, err);
            json_decref(doc);
            return;
        }
        srv_reply_json(req, 200, doc);
    }
}
