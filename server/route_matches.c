/*
 * route_matches.c - GET /api/v1/matches?passport=ID | offer=ID&top=N
 * &type=vacancy|placement&language=L: the best offers for a passport
 * (who may read the passport; audited as "match") or the best passports
 * for an offer (admin, or the offer's employer), from brug_match_*
 * (include/brug/match.h).
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

static int parse_type(srv_req *req, const char *s, brug_offer_type *out)
{
    if (!s || !s[0] || strcmp(s, "any") == 0)
        *out = BRUG_OFFER_ANY;
    else if (strcmp(s, "vacancy") == 0)
        *out = BRUG_OFFER_VACANCY;
    else if (strcmp(s, "placement") == 0)
        *out = BRUG_OFFER_PLACEMENT;
    else {
        srv_reply_error(req, 400, BRUG_EINVAL, "type: expected vacancy, placement or any");
        return 0;
    }
    return 1;
}

void srv_route_matches(srv_req *req)
{
    const char *passport = srv_arg(req, "passport"), *offer = srv_arg(req, "offer");
    brug_match_opts o;
    unsigned long top;
    brug_matcher *m;
    json_t *doc = NULL;
    char msg[512];
    brug_err err;

    if (!srv_auth(req, 1))
        return;
    if ((!passport || !passport[0]) == (!offer || !offer[0])) {
        srv_reply_error(req, 400, BRUG_EINVAL, "give either passport=ID or offer=ID");
        return;
    }
    memset(&o, 0, sizeof(o));
    if (srv_arg_get_uint(req, "top", 10, SRV_MAX_LIMIT, &top) ||
        !parse_type(req, srv_arg(req, "type"), &o.type))
        return;
    o.top = (uint32_t)top;
    o.threads = 1;
    o.lang = srv_lang(req);
    if (!o.lang)
        return;
    if (passport && passport[0]) {
        if (!srv_passport_allowed(req, passport, "match", 0))
            return;
    } else if (req->who.role != BRUG_ROLE_ADMIN) {
        /* Only the offer's own employer sees who fits it. */
        brug_db *db = srv_req_db(req);
        json_t *od = NULL;
        const char *emp;
        err = brug_offer_get(db, offer, &od);
        if (err) {
            srv_reply_brug(req, db, err);
            return;
        }
        emp = json_string_value(json_object_get(json_object_get(od, "employer"), "id"));
        if (req->who.role != BRUG_ROLE_EMPLOYER || !emp || strcmp(emp, req->who.subject) != 0) {
            json_decref(od);
            srv_reply_error(
                req, 403, BRUG_EDENIED,
                "the people who fit an offer are shown to its employer and admins only");
            return;
        }
        json_decref(od);
    }
    m = srv_matcher_lock(req->app, msg, sizeof(msg));
    if (!m) {
        srv_reply_error(req, 503, BRUG_EEMPTY, "%s", msg);
        return;
    }
    err = passport && passport[0] ? brug_match_passport(m, passport, &o, &doc)
                                  : brug_match_offer(m, offer, &o, &doc);
    snprintf(msg, sizeof(msg), "%s", err ? brug_errmsg(req->app->match_db) : "");
    srv_matcher_unlock(req->app);
    if (!err) {
        brug_db *db = srv_req_db(req);
        err = brug_match_proofs(db, doc);
        if (err)
            snprintf(msg, sizeof(msg), "%s", brug_errmsg(db));
    }
    if (passport && passport[0] && !srv_audit(req, "match", passport, err ? "not-found" : "ok")) {
        json_decref(doc);
        return;
    }
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    srv_reply_json(req, 200, doc);
}
