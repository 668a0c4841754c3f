/*
 * route_bridges.c - bridges from an occupation or a person's skills:
 *   GET  /api/v1/bridges?from=URI | skills=URI,URI,...  &top=&min_score=
 *        &collection=&isco=&language=&max_missing=&viable=1
 *   POST /api/v1/bridges  {"from": URI | "skills": [URI, ...], "top", "min_score",
 *                          "collection", "isco", "language", "max_missing", "viable"}
 *   GET  /api/v1/bridges/explain?from=URI | skills=...&to=URI&language=
 *   GET  /api/v1/bridges/into?to=URI&top=&min_score=&collection=&isco=
 *        &language=&max_missing=&max_carried=&viable=1  (where people come
 *        from: brug_bridges_incoming)
 * The documents are brug_bridges_query_run()'s and brug_bridges_explain()'s
 * (include/brug/bridges.h), computed from the index built at start-up.
 * max_carried=N (default all) keeps the N heaviest carried-over skills of
 * each bridge and adds "carried_total".  Since the index never changes
 * while the server runs, GET answers are cached (cache.h) by their
 * normalized parameters.  An occupation with no skill profile of its own
 * stands for its exact match (brug/origin.h), said by profile_of.
 */
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "routes.h"

#define MAX_SKILLS 512

typedef struct skill_list {
    const char *v[MAX_SKILLS];
    size_t n;
} skill_list;

/* Split "a,b,c" (a copy in the arena) into list; an error after replying
 * (413 on too many, 400 on none). */
static brug_err skills_split(srv_req *req, const char *text, skill_list *list)
{
    char *s = srv_pool_strdup(&req->arena, text), *p, *save = NULL;
    list->n = 0;
    if (!s) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        return BRUG_ENOMEM;
    }
    for (p = strtok_r(s, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        if (list->n == MAX_SKILLS) {
            srv_reply_error(req, 413, BRUG_ETOOBIG, "skills: at most %d", MAX_SKILLS);
            return BRUG_ETOOBIG;
        }
        list->v[list->n++] = p;
    }
    if (!list->n) {
        srv_reply_error(req, 400, BRUG_EINVAL, "skills: expected URI,URI,...");
        return BRUG_EINVAL;
    }
    return BRUG_OK;
}

static brug_err min_score_get(srv_req *req, const char *text, double *out)
{
    char *end;
    double v;
    if (!text || !text[0])
        return BRUG_OK;
    v = strtod(text, &end);
    if (*end || !(v >= 0.0 && v <= 1.0)) {
        srv_reply_error(req, 400, BRUG_EINVAL, "min_score: expected a number from 0 to 1");
        return BRUG_EINVAL;
    }
    *out = v;
    return BRUG_OK;
}

/* viable=1|0|true|false into *out; an error after replying 400. */
static brug_err viable_get(srv_req *req, int *out)
{
    const char *via = srv_arg(req, "viable");
    if (via && strcmp(via, "1") != 0 && strcmp(via, "0") != 0 && strcmp(via, "true") != 0 &&
        strcmp(via, "false") != 0) {
        srv_reply_error(req, 400, BRUG_EINVAL, "viable: expected 1, 0, true or false");
        return BRUG_EINVAL;
    }
    *out = via && (strcmp(via, "1") == 0 || strcmp(via, "true") == 0);
    return BRUG_OK;
}

/* Keep the max_carried heaviest carried skills of each result (they come
 * sorted by weight); record how many there were. */
static void trim_carried(json_t *doc, unsigned long max_carried)
{
    json_t *results = json_object_get(doc, "results"), *r;
    size_t i;
    if (!max_carried)
        return;
    json_array_foreach(results, i, r)
    {
        json_t *carried = json_object_get(r, "carried");
        size_t n = json_array_size(carried);
        if (n <= max_carried)
            continue;
        json_object_set_new(r, "carried_total", json_integer((json_int_t)n));
        while (json_array_size(carried) > max_carried)
            json_array_remove(carried, json_array_size(carried) - 1);
    }
}

/* Reply with doc, storing its text in the cache under key (when not NULL). */
static void reply_cached(srv_req *req, json_t *doc, const char *key)
{
    char *text = json_dumps(doc, SRV_JSON_FLAGS);
    json_decref(doc);
    if (!text) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    if (key)
        srv_cache_put(req->app->cache, key, text, strlen(text));
    srv_reply_owned(req, 200, text, strlen(text), "application/json");
}

/* Reply from the cache when key is there; 1 if so. */
static int from_cache(srv_req *req, const char *key)
{
    const char *data;
    size_t len = 0;
    void *h = key ? srv_cache_get_ref(req->app->cache, key, &data, &len) : NULL;
    if (!h)
        return 0;
    srv_reply_cached(req, h, data, len, "application/json");
    return 1;
}

static void run_query(srv_req *req, brug_bridges_query *q, unsigned long max_carried,
                      const char *key)
{
    char msg[512] = "";
    brug_occupation_origin origin = {NULL, NULL, 0};
    json_t *doc = NULL;
    brug_err err;
    /* An occupation with no skill profile of its own is bridged from the
     * one it exactly matches, as the CLI does. */
    if (q->from) {
        if (srv_origin_get(req, "from", q->from, &origin))
            return;
        q->from = origin.profile;
    }
    err = brug_bridges_query_run(req->app->bridges, q, &doc, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    if (srv_origin_annotate(req, &origin, doc, "from")) {
        json_decref(doc);
        return;
    }
    trim_carried(doc, max_carried);
    reply_cached(req, doc, key);
}

void srv_route_bridges(srv_req *req)
{
    brug_bridges_query q;
    skill_list *skills;
    unsigned long top, max_missing, max_carried;
    const char *from, *sk, *key;

    if (srv_taxonomy_require(req))
        return;
    memset(&q, 0, sizeof(q));
    if (srv_arg_get_source(req, &from, &sk))
        return;
    if (srv_arg_get_limit(req, "top", 10, SRV_MAX_LIMIT, &top) ||
        srv_arg_get_uint(req, "max_missing", 0, 1000, &max_missing) ||
        srv_arg_get_uint(req, "max_carried", 0, 1000, &max_carried) ||
        min_score_get(req, srv_arg(req, "min_score"), &q.min_score))
        return;
    q.lang = srv_lang(req);
    if (!q.lang)
        return;
    if (from) {
        from = srv_resolve(req, "from", from, BRUG_SEARCH_OCCUPATION, q.lang, 0);
        if (!from)
            return;
    }
    q.collection = srv_arg(req, "collection");
    q.isco_prefix = srv_arg(req, "isco");
    if (viable_get(req, &q.viable_only))
        return;
    key = srv_printf(req, "bridges|%s|%s|%lu|%lu|%lu|%.6f|%s|%s|%s|%d", from ? from : "",
                     sk ? sk : "", top, max_missing, max_carried, q.min_score,
                     q.collection ? q.collection : "", q.isco_prefix ? q.isco_prefix : "", q.lang,
                     q.viable_only);
    if (from_cache(req, key))
        return;
    if (sk && sk[0]) {
        skills = srv_pool_alloc(&req->arena, sizeof(*skills));
        if (!skills) {
            srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            return;
        }
        if (skills_split(req, sk, skills))
            return;
        q.skills = skills->v;
        q.nskills = skills->n;
    } else {
        q.from = from;
    }
    q.top = top ? (unsigned)top : 10;
    q.max_missing = (unsigned)max_missing;
    if (q.collection && !q.collection[0])
        q.collection = NULL;
    if (q.isco_prefix && !q.isco_prefix[0])
        q.isco_prefix = NULL;
    run_query(req, &q, max_carried, key);
}

/* A string member of body, or NULL; replies 400 when present but not a string. */
static brug_err body_str_get(srv_req *req, json_t *body, const char *key, const char **out)
{
    json_t *v = json_object_get(body, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return BRUG_OK;
    if (!json_is_string(v)) {
        srv_reply_error(req, 400, BRUG_EPARSE, "body: '%s' must be a string", key);
        return BRUG_EPARSE;
    }
    *out = json_string_value(v);
    return BRUG_OK;
}

static brug_err body_uint_get(srv_req *req, json_t *body, const char *key, unsigned long max,
                              unsigned long *out)
{
    json_t *v = json_object_get(body, key);
    if (!v || json_is_null(v))
        return BRUG_OK;
    if (!json_is_integer(v) || json_integer_value(v) < 0 ||
        (unsigned long)json_integer_value(v) > max) {
        srv_reply_error(req, 400, BRUG_EPARSE, "body: '%s' must be a whole number from 0 to %lu",
                        key, max);
        return BRUG_EPARSE;
    }
    *out = (unsigned long)json_integer_value(v);
    return BRUG_OK;
}

void srv_route_bridges_post(srv_req *req)
{
    brug_bridges_query q;
    json_t *body, *arr, *v;
    skill_list *skills = NULL;
    unsigned long top = 10, max_missing = 0, max_carried = 0;
    const char *lang = NULL;
    size_t i;

    if (srv_taxonomy_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    memset(&q, 0, sizeof(q));
    if (body_str_get(req, body, "from", &q.from) ||
        body_str_get(req, body, "collection", &q.collection) ||
        body_str_get(req, body, "isco", &q.isco_prefix) ||
        body_str_get(req, body, "language", &lang) ||
        body_uint_get(req, body, "top", SRV_MAX_LIMIT, &top) ||
        body_uint_get(req, body, "max_missing", 1000, &max_missing) ||
        body_uint_get(req, body, "max_carried", 1000, &max_carried))
        goto done;
    v = json_object_get(body, "min_score");
    if (v && !json_is_null(v)) {
        if (!json_is_number(v) || json_number_value(v) < 0 || json_number_value(v) > 1) {
            srv_reply_error(req, 400, BRUG_EPARSE,
                            "body: 'min_score' must be a number from 0 to 1");
            goto done;
        }
        q.min_score = json_number_value(v);
    }
    v = json_object_get(body, "viable");
    if (v && !json_is_null(v)) {
        if (!json_is_boolean(v)) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'viable' must be true or false");
            goto done;
        }
        q.viable_only = json_is_true(v);
    }
    arr = json_object_get(body, "skills");
    if (arr && !json_is_null(arr)) {
        if (!json_is_array(arr)) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'skills' must be an array of URIs");
            goto done;
        }
        if (json_array_size(arr) > MAX_SKILLS) {
            srv_reply_error(req, 413, BRUG_ETOOBIG, "body: at most %d skills", MAX_SKILLS);
            goto done;
        }
        skills = srv_pool_alloc(&req->arena, sizeof(*skills));
        if (!skills) {
            srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            goto done;
        }
        skills->n = 0;
        json_array_foreach(arr, i, v)
        {
            if (!json_is_string(v)) {
                srv_reply_error(req, 400, BRUG_EPARSE, "body: skills[%zu] must be a string", i);
                goto done;
            }
            skills->v[skills->n++] = json_string_value(v);
        }
    }
    if (!q.from == !(skills && skills->n)) {
        srv_reply_error(req, 400, BRUG_EINVAL,
                        "body: give either \"from\": OCCUPATION_URI or \"skills\": [URI, ...]");
        goto done;
    }
    lang = srv_lang_value(req, lang);
    if (!lang)
        goto done;
    if (q.from) {
        q.from = srv_resolve(req, "from", q.from, BRUG_SEARCH_OCCUPATION, lang,
                             json_is_true(json_object_get(body, "first")));
        if (!q.from)
            goto done;
    }
    if (skills) {
        q.skills = skills->v;
        q.nskills = skills->n;
        q.from = NULL;
    }
    q.lang = lang;
    q.top = top ? (unsigned)top : 10;
    q.max_missing = (unsigned)max_missing;
    run_query(req, &q, max_carried, NULL);
done:
    json_decref(body);
}

void srv_route_bridges_explain(srv_req *req)
{
    const char *from, *sk, *to, *lang, *key;
    brug_occupation_origin from_o = {NULL, NULL, 0}, to_o = {NULL, NULL, 0};
    skill_list *skills = NULL;
    char msg[512] = "";
    json_t *doc = NULL;
    brug_err err;

    if (srv_taxonomy_require(req))
        return;
    to = srv_arg_required(req, "to");
    if (!to)
        return;
    if (srv_arg_get_source(req, &from, &sk))
        return;
    lang = srv_lang(req);
    if (!lang)
        return;
    to = srv_resolve(req, "to", to, BRUG_SEARCH_OCCUPATION, lang, 0);
    if (!to)
        return;
    if (from) {
        from = srv_resolve(req, "from", from, BRUG_SEARCH_OCCUPATION, lang, 0);
        if (!from)
            return;
    }
    key = srv_printf(req, "explain|%s|%s|%s|%s", from ? from : "", sk ? sk : "", to, lang);
    if (from_cache(req, key))
        return;
    if (sk && sk[0]) {
        skills = srv_pool_alloc(&req->arena, sizeof(*skills));
        if (!skills) {
            srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            return;
        }
        if (skills_split(req, sk, skills))
            return;
        from = NULL;
    }
    /* An occupation with no skill profile of its own stands for the one it
     * exactly matches, at either end: the target's profile_of is on the
     * document (which is the target), the source's on "from". */
    if ((from && srv_origin_get(req, "from", from, &from_o)) ||
        srv_origin_get(req, "to", to, &to_o))
        return;
    err = brug_bridges_explain(req->app->bridges, from ? from_o.profile : NULL,
                               skills ? skills->v : NULL, skills ? skills->n : 0, to_o.profile,
                               lang, &doc, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    if (srv_origin_annotate(req, &from_o, doc, "from") ||
        srv_origin_annotate(req, &to_o, doc, NULL)) {
        json_decref(doc);
        return;
    }
    reply_cached(req, doc, key);
}

void srv_route_bridges_into(srv_req *req)
{
    brug_bridges_incoming_query q;
    brug_occupation_origin origin;
    unsigned long top, max_missing, max_carried;
    const char *to, *key;
    char msg[512] = "";
    json_t *doc = NULL;
    brug_err err;

    if (srv_taxonomy_require(req))
        return;
    memset(&q, 0, sizeof(q));
    to = srv_arg_required(req, "to");
    if (!to)
        return;
    if (srv_arg_get_limit(req, "top", 10, SRV_MAX_LIMIT, &top) ||
        srv_arg_get_uint(req, "max_missing", 0, 1000, &max_missing) ||
        srv_arg_get_uint(req, "max_carried", 0, 1000, &max_carried) ||
        min_score_get(req, srv_arg(req, "min_score"), &q.min_score) ||
        viable_get(req, &q.viable_only))
        return;
    q.lang = srv_lang(req);
    if (!q.lang)
        return;
    q.to = srv_resolve(req, "to", to, BRUG_SEARCH_OCCUPATION, q.lang, 0);
    if (!q.to)
        return;
    q.collection = srv_arg(req, "collection");
    q.isco_prefix = srv_arg(req, "isco");
    if (q.collection && !q.collection[0])
        q.collection = NULL;
    if (q.isco_prefix && !q.isco_prefix[0])
        q.isco_prefix = NULL;
    q.top = top ? (unsigned)top : 10;
    q.max_missing = (unsigned)max_missing;
    key = srv_printf(req, "into|%s|%lu|%lu|%lu|%.6f|%s|%s|%s|%d", q.to, top, max_missing,
                     max_carried, q.min_score, q.collection ? q.collection : "",
                     q.isco_prefix ? q.isco_prefix : "", q.lang, q.viable_only);
    if (from_cache(req, key))
        return;
    /* An occupation with no skill profile of its own is bridged into as
     * the one it exactly matches, as `brug bridges --to` does. */
    if (srv_origin_get(req, "to", q.to, &origin))
        return;
    q.to = origin.profile;
    err = brug_bridges_incoming(req->app->bridges, &q, &doc, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    if (srv_origin_annotate(req, &origin, doc, "to")) {
        json_decref(doc);
        return;
    }
    trim_carried(doc, max_carried);
    reply_cached(req, doc, key);
}
