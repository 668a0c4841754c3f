/*
 * route_plans.c - training plans that close the gap of a bridge:
 *   GET  /api/v1/plans?from=URI | skills=URI,...&to=URI&objective=hours|cost|mix
 *        &budget=EUR&max_hours=H&region=CODE&online=1&mode=M,...&provider=NAME
 *        &language=L
 *        brug_plan_bridge()'s document {"from", "to", "score", "explanation", "plan"}
 *   POST /api/v1/plans {"missing": [{"uri", "weight", "essential"}], "have": [URI],
 *        "objective", "budget", "max_hours", "region", "online_only", "modes": [M],
 *        "provider", "language"}
 *        brug_plan_solve()'s document for a gap given directly
 * GET is brug_plan_bridge() (the one rule for a bridge's gap, shared with
 * `brug plan`); this file parses the arguments and sends the document.
 * GET answers are cached like bridges.  An occupation with no skill
 * profile of its own stands for its exact match (brug/origin.h), said by
 * profile_of in "from" or "to".
 */
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "routes.h"

#define MAX_SKILLS 512

static brug_err objective_get(srv_req *req, const char *s, brug_plan_objective *out)
{
    if (!s || !s[0] || strcmp(s, "hours") == 0)
        *out = BRUG_PLAN_HOURS;
    else if (strcmp(s, "cost") == 0)
        *out = BRUG_PLAN_COST;
    else if (strcmp(s, "mix") == 0)
        *out = BRUG_PLAN_MIX;
    else {
        srv_reply_error(req, 400, BRUG_EINVAL, "objective: expected hours, cost or mix");
        return BRUG_EINVAL;
    }
    return BRUG_OK;
}

static brug_err limit_get(srv_req *req, const char *name, const char *s, double *out)
{
    char *end;
    double v;
    if (!s || !s[0])
        return BRUG_OK;
    v = strtod(s, &end);
    if (*end || !(v >= 0.0 && v <= 1e9)) {
        srv_reply_error(req, 400, BRUG_EINVAL, "%s: expected a number from 0 to 1e9", name);
        return BRUG_EINVAL;
    }
    *out = v;
    return BRUG_OK;
}

void srv_route_plans(srv_req *req)
{
    srv_app *app = req->app;
    const char *from, *sk, *to, *lang, *key, *region, *online, *mode, *provider;
    brug_plan_opts opts;
    char msg[512] = "";
    json_t *doc = NULL;
    brug_plan_bridge_query q;
    brug_occupation_origin from_o = {NULL, NULL, 0}, to_o = {NULL, NULL, 0};
    const char *skills[MAX_SKILLS];
    size_t nskills = 0;
    brug_err err;

    if (srv_taxonomy_require(req))
        return;
    to = srv_arg_required(req, "to");
    if (!to)
        return;
    if (srv_arg_get_source(req, &from, &sk))
        return;
    brug_plan_opts_init(&opts);
    lang = srv_lang(req);
    if (!lang || objective_get(req, srv_arg(req, "objective"), &opts.objective) ||
        limit_get(req, "budget", srv_arg(req, "budget"), &opts.budget) ||
        limit_get(req, "max_hours", srv_arg(req, "max_hours"), &opts.max_hours))
        return;
    to = srv_resolve(req, "to", to, BRUG_SEARCH_OCCUPATION, lang, 0);
    if (!to)
        return;
    if (from) {
        from = srv_resolve(req, "from", from, BRUG_SEARCH_OCCUPATION, lang, 0);
        if (!from)
            return;
    }
    region = srv_arg(req, "region");
    online = srv_arg(req, "online");
    opts.region = region && region[0] ? region : NULL;
    opts.online_only = online && (strcmp(online, "1") == 0 || strcmp(online, "true") == 0);
    mode = srv_arg(req, "mode");
    if (mode && mode[0] && brug_plan_modes_parse(mode, &opts.modes, msg, sizeof(msg))) {
        srv_reply_error(req, 400, BRUG_EINVAL, "mode: %s", msg);
        return;
    }
    provider = srv_arg(req, "provider");
    opts.provider = provider && provider[0] ? provider : NULL;
    /* provider last: a '|' in it cannot shift another field */
    key = srv_printf(req, "plan|%s|%s|%s|%s|%d|%.2f|%.2f|%s|%d|%u|%s", from ? from : "",
                     sk ? sk : "", to, lang, (int)opts.objective, opts.budget, opts.max_hours,
                     opts.region ? opts.region : "", opts.online_only, opts.modes,
                     opts.provider ? opts.provider : "");
    if (key) {
        size_t len = 0;
        char *hit = srv_cache_get(app->cache, key, &len);
        if (hit) {
            srv_reply_owned(req, 200, hit, len, "application/json");
            return;
        }
    }
    if (sk && sk[0]) {
        char *s = srv_pool_strdup(&req->arena, sk), *p, *save = NULL;
        for (p = s ? strtok_r(s, ",", &save) : NULL; p; p = strtok_r(NULL, ",", &save)) {
            if (nskills == MAX_SKILLS) {
                srv_reply_error(req, 413, BRUG_ETOOBIG, "skills: at most %d", MAX_SKILLS);
                return;
            }
            skills[nskills++] = p;
        }
        from = NULL;
    }
    /* An occupation with no skill profile of its own stands for the one it
     * exactly matches, at either end (as `brug plan` does); the key above
     * is the asked occupations'. */
    if ((from && srv_origin_get(req, "from", from, &from_o)) ||
        srv_origin_get(req, "to", to, &to_o))
        return;
    memset(&q, 0, sizeof(q));
    q.from = from ? from_o.profile : NULL;
    q.skills = nskills ? skills : NULL;
    q.nskills = nskills;
    q.to = to_o.profile;
    q.lang = lang;
    err = brug_plan_bridge(app->courses, app->bridges, &q, &opts, &doc, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        return;
    }
    if (srv_origin_annotate(req, &from_o, doc, "from") ||
        srv_origin_annotate(req, &to_o, doc, "to")) {
        json_decref(doc);
        return;
    }
    {
        char *text = json_dumps(doc, SRV_JSON_FLAGS);
        json_decref(doc);
        if (!text) {
            srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            return;
        }
        if (key)
            srv_cache_put(app->cache, key, text, strlen(text));
        srv_reply_owned(req, 200, text, strlen(text), "application/json");
    }
}

void srv_route_plans_post(srv_req *req)
{
    srv_app *app = req->app;
    json_t *body, *arr, *v, *plan = NULL;
    brug_plan_opts opts;
    brug_plan_skill *missing = NULL;
    const char **have = NULL, *lang = "en";
    char msg[512] = "";
    size_t nmissing = 0, nhave = 0, i;
    brug_err err;

    if (srv_taxonomy_require(req))
        return;
    body = srv_body_json(req);
    if (!body)
        return;
    brug_plan_opts_init(&opts);
    arr = json_object_get(body, "missing");
    if (!json_is_array(arr) || json_array_size(arr) == 0) {
        srv_reply_error(req, 400, BRUG_EPARSE,
                        "body: 'missing' must be a non-empty array of {uri, weight, essential}");
        goto done;
    }
    if (json_array_size(arr) > MAX_SKILLS) {
        srv_reply_error(req, 413, BRUG_ETOOBIG, "body: at most %d missing skills", MAX_SKILLS);
        goto done;
    }
    missing = srv_pool_calloc(&req->arena, json_array_size(arr), sizeof(*missing));
    if (!missing) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        goto done;
    }
    json_array_foreach(arr, i, v)
    {
        json_t *w = json_object_get(v, "weight"), *e = json_object_get(v, "essential");
        const char *uri = json_string_value(json_object_get(v, "uri"));
        if (!uri || (w && !json_is_number(w)) || (e && !json_is_boolean(e))) {
            srv_reply_error(req, 400, BRUG_EPARSE,
                            "body: missing[%zu] must be {\"uri\": string, \"weight\": number, "
                            "\"essential\": boolean}",
                            i);
            goto done;
        }
        missing[nmissing].uri = uri;
        missing[nmissing].weight = w ? json_number_value(w) : 1.0;
        missing[nmissing].essential = e ? json_is_true(e) : 1;
        nmissing++;
    }
    arr = json_object_get(body, "have");
    if (arr && !json_is_array(arr)) {
        srv_reply_error(req, 400, BRUG_EPARSE, "body: 'have' must be an array of skill URIs");
        goto done;
    }
    if (arr) {
        have = srv_pool_calloc(&req->arena, json_array_size(arr) + 1, sizeof(*have));
        if (!have) {
            srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            goto done;
        }
        json_array_foreach(arr, i, v)
        {
            if (!json_is_string(v)) {
                srv_reply_error(req, 400, BRUG_EPARSE, "body: have[%zu] must be a string", i);
                goto done;
            }
            have[nhave++] = json_string_value(v);
        }
    }
    v = json_object_get(body, "objective");
    if (v && (!json_is_string(v) || objective_get(req, json_string_value(v), &opts.objective))) {
        if (!req->replied)
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'objective' must be hours, cost or mix");
        goto done;
    }
    v = json_object_get(body, "budget");
    if (v && !json_is_null(v)) {
        if (!json_is_number(v) || json_number_value(v) < 0) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'budget' must be a number >= 0");
            goto done;
        }
        opts.budget = json_number_value(v);
    }
    v = json_object_get(body, "max_hours");
    if (v && !json_is_null(v)) {
        if (!json_is_number(v) || json_number_value(v) < 0) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'max_hours' must be a number >= 0");
            goto done;
        }
        opts.max_hours = json_number_value(v);
    }
    v = json_object_get(body, "region");
    if (v && !json_is_null(v)) {
        if (!json_is_string(v)) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'region' must be a string");
            goto done;
        }
        opts.region = json_string_value(v);
    }
    opts.online_only = json_is_true(json_object_get(body, "online_only"));
    v = json_object_get(body, "modes");
    if (v && !json_is_null(v)) {
        size_t i;
        json_t *m;
        unsigned bits;
        if (!json_is_array(v) || !json_array_size(v)) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'modes' must be a list of modes");
            goto done;
        }
        json_array_foreach(v, i, m)
        {
            if (!json_is_string(m) ||
                brug_plan_modes_parse(json_string_value(m), &bits, msg, sizeof(msg)) ||
                strchr(json_string_value(m), ',')) {
                srv_reply_error(req, 400, BRUG_EPARSE, "body: modes[%zu]: %s", i,
                                json_is_string(m) && msg[0] ? msg
                                                            : "expected one of online, classroom, "
                                                              "blended, in-company");
                goto done;
            }
            opts.modes |= bits;
        }
    }
    v = json_object_get(body, "provider");
    if (v && !json_is_null(v)) {
        if (!json_is_string(v) || !json_string_length(v)) {
            srv_reply_error(req, 400, BRUG_EPARSE, "body: 'provider' must be a non-empty string");
            goto done;
        }
        opts.provider = json_string_value(v);
    }
    v = json_object_get(body, "language");
    lang = srv_lang_value(req, json_is_string(v) ? json_string_value(v) : NULL);
    if (!lang)
        goto done;
    err = brug_plan_solve(app->courses, app->onto, lang, missing, nmissing, arr ? have : NULL,
                          nhave, &opts, &plan, msg, sizeof(msg));
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s", msg[0] ? msg : brug_strerror(err));
        goto done;
    }
    srv_reply_json(req, 200, plan);
done:
    json_decref(body);
}
