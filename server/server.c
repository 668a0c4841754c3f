/*
 * server.c - the daemon of `brug serve`: libmicrohttpd set-up, the
 * per-request lifecycle (arena, body limit, dispatch over the route table,
 * access log), the connection pool, and the reply and argument helpers the
 * route handlers share.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <microhttpd.h>

#include "cache.h"
#include "server.h"

/* ---------------------------------------------------------------- app */

static void pool_close(srv_app *app)
{
    size_t i;
    for (i = 0; i < app->pool_n; i++)
        brug_db_close(app->pool_all[i]);
    free(app->pool_all);
    free(app->pool_free);
    app->pool_all = app->pool_free = NULL;
    app->pool_n = app->pool_nfree = 0;
}

brug_err srv_app_open(srv_app *app, const srv_config *cfg)
{
    brug_err err;
    size_t i;

    memset(app, 0, sizeof(*app));
    app->cfg = *cfg;
    if (app->cfg.threads == 0)
        app->cfg.threads = 1;
    pthread_mutex_init(&app->pool_mu, NULL);
    pthread_cond_init(&app->pool_cv, NULL);
    pthread_mutex_init(&app->writer_mu, NULL);
    pthread_mutex_init(&app->match_mu, NULL);
    pthread_mutex_init(&app->extract_mu, NULL);
    pthread_mutex_init(&app->rate_mu, NULL);
    if (app->cfg.rate) {
        app->rate = calloc(SRV_RATE_SLOTS, sizeof(*app->rate));
        if (!app->rate) {
            fprintf(stderr, "brug serve: out of memory\n");
            return BRUG_ENOMEM;
        }
    }

    /* The writer first: opening it brings the schema up to date. */
    err = brug_db_open(cfg->db_path, cfg->sync_normal ? BRUG_OPEN_SYNC_NORMAL : 0, NULL,
                       &app->writer);
    if (err) {
        fprintf(stderr, "brug serve: %s\n", brug_errmsg(app->writer));
        return err;
    }
    /* Another process's write (an import) makes a request wait this long
     * at most, then answer 503 with Retry-After, not hold a worker. */
    brug_db_set_busy_timeout(app->writer, SRV_BUSY_MS);
    app->pool_all = calloc(app->cfg.threads, sizeof(*app->pool_all));
    app->pool_free = calloc(app->cfg.threads, sizeof(*app->pool_free));
    if (!app->pool_all || !app->pool_free) {
        fprintf(stderr, "brug serve: out of memory\n");
        return BRUG_ENOMEM;
    }
    for (i = 0; i < app->cfg.threads; i++) {
        brug_db *db = NULL;
        err = brug_db_open(cfg->db_path, BRUG_OPEN_READONLY, NULL, &db);
        if (err) {
            fprintf(stderr, "brug serve: %s\n", brug_errmsg(db));
            brug_db_close(db);
            return err;
        }
        app->pool_all[app->pool_n++] = db;
        app->pool_free[app->pool_nfree++] = db;
    }
    err = brug_db_open(cfg->db_path, BRUG_OPEN_READONLY, NULL, &app->match_db);
    if (err) {
        fprintf(stderr, "brug serve: %s\n", brug_errmsg(app->match_db));
        return err;
    }
    if (app->cfg.audit_days) {
        int64_t removed = 0;
        err = brug_audit_prune(app->writer, app->cfg.audit_days, &removed);
        if (err) {
            fprintf(stderr, "brug serve: pruning the audit log: %s\n", brug_errmsg(app->writer));
            return err;
        }
        if (removed)
            fprintf(stderr, "brug serve: removed %lld audit entries older than %u days\n",
                    (long long)removed, app->cfg.audit_days);
    }
    if (brug_db_meta_get(app->writer, "taxonomy_version", app->taxonomy_version,
                         sizeof(app->taxonomy_version)) != BRUG_OK)
        app->taxonomy_version[0] = '\0';
    /* The taxonomy does not change while serving: count it once. */
    {
        json_t *stats = NULL;
        err = brug_db_stats(app->writer, &stats);
        if (err) {
            fprintf(stderr, "brug serve: stats: %s\n", brug_errmsg(app->writer));
            return err;
        }
        app->stats_json = json_dumps(stats, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(stats);
        if (!app->stats_json) {
            fprintf(stderr, "brug serve: out of memory\n");
            return BRUG_ENOMEM;
        }
    }
    err = brug_onto_load(app->writer, &app->onto);
    if (err == BRUG_EEMPTY) {
        fprintf(stderr,
                "brug serve: warning: %s holds no taxonomy yet (run 'brug import esco'); "
                "ontology endpoints answer 503\n",
                cfg->db_path);
        app->onto = NULL;
    } else if (err) {
        fprintf(stderr, "brug serve: loading the ontology: %s\n", brug_errmsg(app->writer));
        return err;
    }
    app->cache = srv_cache_new(app->cfg.cache_bytes);
    err = brug_courses_load(app->writer, &app->courses);
    if (err) {
        fprintf(stderr, "brug serve: loading the courses: %s\n", brug_errmsg(app->writer));
        return err;
    }
    if (app->onto) {
        char msg[256];
        if (!srv_matcher_lock(app, msg, sizeof(msg)))
            fprintf(stderr, "brug serve: warning: %s\n", msg);
        srv_matcher_unlock(app);
    }

    if (app->onto) {
        err = brug_bridges_open(app->writer, app->onto, NULL, NULL, &app->bridges);
        if (err) {
            fprintf(stderr, "brug serve: the bridges index: %s\n", brug_errmsg(app->writer));
            return err;
        }
        if (brug_bridges_model_state_of(app->bridges) == BRUG_BRIDGES_MODEL_STALE)
            fprintf(stderr, "brug serve: note: the stored bridges models do not fit the "
                            "ontology; built them in memory (re-import to store fresh ones)\n");
    }
    return BRUG_OK;
}

void srv_app_close(srv_app *app)
{
    brug_matcher_free(app->matcher);
    app->matcher = NULL;
    brug_extract_index_free(app->extract);
    app->extract = NULL;
    brug_db_close(app->match_db);
    app->match_db = NULL;
    srv_cache_free(app->cache);
    app->cache = NULL;
    brug_courses_free(app->courses);
    app->courses = NULL;
    brug_bridges_free(app->bridges);
    app->bridges = NULL;
    brug_onto_free(app->onto);
    app->onto = NULL;
    free(app->stats_json);
    app->stats_json = NULL;
    pool_close(app);
    brug_db_close(app->writer);
    app->writer = NULL;
    pthread_mutex_destroy(&app->pool_mu);
    pthread_cond_destroy(&app->pool_cv);
    pthread_mutex_destroy(&app->writer_mu);
    pthread_mutex_destroy(&app->match_mu);
    pthread_mutex_destroy(&app->extract_mu);
    pthread_mutex_destroy(&app->rate_mu);
    free(app->rate);
    app->rate = NULL;
}

brug_db *srv_req_db(srv_req *req)
{
    srv_app *app = req->app;
    if (req->db)
        return req->db;
    pthread_mutex_lock(&app->pool_mu);
    while (app->pool_nfree == 0)
        pthread_cond_wait(&app->pool_cv, &app->pool_mu);
    req->db = app->pool_free[--app->pool_nfree];
    pthread_mutex_unlock(&app->pool_mu);
    return req->db;
}

static void req_db_release(srv_req *req)
{
    srv_app *app = req->app;
    if (!req->db)
        return;
    pthread_mutex_lock(&app->pool_mu);
    app->pool_free[app->pool_nfree++] = req->db;
    pthread_cond_signal(&app->pool_cv);
    pthread_mutex_unlock(&app->pool_mu);
    req->db = NULL;
}

brug_matcher *srv_matcher_lock(srv_app *app, char *msg, size_t size)
{
    pthread_mutex_lock(&app->match_mu);
    /* offers written by this server mark it stale; by another process,
     * the offers' revision in the database tells */
    if (app->matcher && !app->matcher_stale && !brug_matcher_stale(app->matcher))
        return app->matcher;
    brug_matcher_free(app->matcher);
    app->matcher = NULL;
    if (!app->match_db) {
        snprintf(msg, size, "matching is not available");
        return NULL;
    }
    if (brug_matcher_new(app->match_db, &app->matcher) != BRUG_OK) {
        snprintf(msg, size, "matching is not available: %s", brug_errmsg(app->match_db));
        app->matcher = NULL;
        return NULL;
    }
    app->matcher_stale = 0;
    return app->matcher;
}

void srv_matcher_unlock(srv_app *app)
{
    pthread_mutex_unlock(&app->match_mu);
}

void srv_matcher_stale(srv_app *app)
{
    pthread_mutex_lock(&app->match_mu);
    app->matcher_stale = 1;
    pthread_mutex_unlock(&app->match_mu);
}

brug_db *srv_writer_lock(srv_app *app)
{
    pthread_mutex_lock(&app->writer_mu);
    return app->writer;
}

void srv_writer_unlock(srv_app *app)
{
    pthread_mutex_unlock(&app->writer_mu);
}

brug_db *srv_writer_try(srv_req *req)
{
    struct timespec until;
    int rc;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += SRV_WRITER_WAIT_MS / 1000;
    until.tv_nsec += (long)(SRV_WRITER_WAIT_MS % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    rc = pthread_mutex_timedlock(&req->app->writer_mu, &until);
    if (rc != 0) {
        srv_reply_error(req, MHD_HTTP_SERVICE_UNAVAILABLE, BRUG_EBUSY,
                        "the server is busy writing; try again shortly");
        return NULL;
    }
    return req->app->writer;
}

/* ---------------------------------------------------------------- replies */

unsigned srv_status_of(brug_err err)
{
    switch (err) {
    case BRUG_OK:
        return MHD_HTTP_OK;
    case BRUG_EINVAL:
    case BRUG_EPARSE:
    case BRUG_EDANGLING:
        return MHD_HTTP_BAD_REQUEST;
    case BRUG_ENOTFOUND:
        return MHD_HTTP_NOT_FOUND;
    case BRUG_ETOOBIG:
        return MHD_HTTP_CONTENT_TOO_LARGE;
    case BRUG_EDENIED:
        return MHD_HTTP_FORBIDDEN;
    case BRUG_ECONFLICT:
    case BRUG_EAMBIGUOUS:
        return MHD_HTTP_CONFLICT;
    case BRUG_EVERIFY:
    case BRUG_EINFEASIBLE:
        return MHD_HTTP_UNPROCESSABLE_CONTENT;
    case BRUG_EUNSUPPORTED:
        return MHD_HTTP_BAD_REQUEST;
    case BRUG_ETIMEOUT:
    case BRUG_EBUSY:
    case BRUG_ENOMEM:
    case BRUG_EEMPTY:
        return MHD_HTTP_SERVICE_UNAVAILABLE;
    default:
        return MHD_HTTP_INTERNAL_SERVER_ERROR;
    }
}

static void queue(srv_req *req, unsigned status, void *buf, size_t len,
                  enum MHD_ResponseMemoryMode mode, const char *ctype, const char *cache)
{
    struct MHD_Response *resp;
    if (req->replied) {
        /* A handler bug; keep the first reply. */
        if (mode == MHD_RESPMEM_MUST_FREE)
            free(buf);
        return;
    }
    req->replied = 1;
    resp = MHD_create_response_from_buffer(len, buf, mode);
    if (!resp) {
        if (mode == MHD_RESPMEM_MUST_FREE)
            free(buf);
        req->queued_ok = 0;
        return;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, cache ? cache : "no-store");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    if (req->allow)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, req->allow);
    if (req->www_auth)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
    if (status == MHD_HTTP_SERVICE_UNAVAILABLE || status == MHD_HTTP_TOO_MANY_REQUESTS) {
        char retry[16];
        snprintf(retry, sizeof(retry), "%u", req->retry_s ? req->retry_s : 1);
        MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, retry);
    }
    req->queued_ok = MHD_queue_response(req->con, status, resp) == MHD_YES;
    MHD_destroy_response(resp);
    req->status = status;
    req->bytes = len;
}

static const char oom_body[] = "{\"error\":{\"code\":\"ENOMEM\",\"message\":\"out of memory\"}}";

void srv_reply_json_type(srv_req *req, unsigned status, json_t *doc, const char *ctype)
{
    char *text = doc ? json_dumps(doc, SRV_JSON_FLAGS) : NULL;
    json_decref(doc);
    if (!text) {
        queue(req, MHD_HTTP_SERVICE_UNAVAILABLE, (void *)oom_body, sizeof(oom_body) - 1,
              MHD_RESPMEM_PERSISTENT, "application/json", NULL);
        return;
    }
    queue(req, status, text, strlen(text), MHD_RESPMEM_MUST_FREE, ctype, NULL);
}

void srv_reply_json(srv_req *req, unsigned status, json_t *doc)
{
    srv_reply_json_type(req, status, doc, "application/json");
}

void srv_reply_owned(srv_req *req, unsigned status, char *buf, size_t len, const char *ctype)
{
    queue(req, status, buf, len, MHD_RESPMEM_MUST_FREE, ctype, NULL);
}

void srv_reply_cached(srv_req *req, void *handle, const char *data, size_t len, const char *ctype)
{
    struct MHD_Response *resp;
    if (req->replied) {
        srv_cache_release(handle);
        return;
    }
    req->replied = 1;
    resp = MHD_create_response_from_buffer_with_free_callback_cls(len, (void *)data,
                                                                  srv_cache_release, handle);
    if (!resp) {
        srv_cache_release(handle);
        req->queued_ok = 0;
        return;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    req->queued_ok = MHD_queue_response(req->con, MHD_HTTP_OK, resp) == MHD_YES;
    MHD_destroy_response(resp);
    req->status = MHD_HTTP_OK;
    req->bytes = len;
}

void srv_reply_static(srv_req *req, unsigned status, const void *data, size_t len,
                      const char *ctype, const char *cache_control)
{
    queue(req, status, (void *)data, len, MHD_RESPMEM_PERSISTENT, ctype, cache_control);
}

static void reply_verror(srv_req *req, unsigned status, brug_err err, const char *fmt, va_list ap)
{
    char msg[1024];
    json_t *doc;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    /* json_string rejects invalid UTF-8: a client's bytes may be echoed here. */
    doc = json_pack("{s:{s:s,s:s%}}", "error", "code", brug_err_name(err), "message", msg,
                    strlen(msg));
    if (!doc)
        doc = json_pack("{s:{s:s,s:s}}", "error", "code", brug_err_name(err), "message",
                        brug_strerror(err));
    if (doc && req->esco_errors) {
        /* The ESCO web-service API's error fields, beside brug's. */
        json_t *m = json_object_get(json_object_get(doc, "error"), "message");
        json_object_set_new(doc, "logref", json_string(brug_err_name(err)));
        json_object_set_new(doc, "status", json_integer((json_int_t)status));
        json_object_set(doc, "message", m);
        json_object_set_new(doc, "_links", json_null());
    }
    srv_reply_json(req, status, doc);
}

void srv_reply_error(srv_req *req, unsigned status, brug_err err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    reply_verror(req, status, err, fmt, ap);
    va_end(ap);
}

void srv_reply_guarded(srv_req *req, const brug_db *w, brug_err err)
{
    if (err == BRUG_EDENIED && req->who.role == BRUG_ROLE_NONE) {
        req->www_auth = 1;
        srv_reply_error(req, MHD_HTTP_UNAUTHORIZED, err, "%s", brug_errmsg(w));
        return;
    }
    srv_reply_brug(req, w, err);
}

brug_err srv_taxonomy_require(srv_req *req)
{
    if (req->app->bridges)
        return BRUG_OK;
    srv_reply_error(req, 503, BRUG_EEMPTY, "no taxonomy loaded: import one and restart brug serve");
    return BRUG_EEMPTY;
}

void srv_reply_brug(srv_req *req, const brug_db *db, brug_err err)
{
    const char *msg = db ? brug_errmsg(db) : "";
    if (!msg[0])
        msg = brug_strerror(err);
    srv_reply_error(req, srv_status_of(err), err, "%s", msg);
}

/* ---------------------------------------------------------------- arguments */

const char *srv_arg(srv_req *req, const char *name)
{
    return MHD_lookup_connection_value(req->con, MHD_GET_ARGUMENT_KIND, name);
}

typedef struct arg_iter {
    const char *name;
    const char **out;
    size_t max, n;
} arg_iter;

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    arg_iter *it = cls;
    (void)kind;
    if (key && value && value[0] && strcmp(key, it->name) == 0) {
        if (it->n < it->max)
            it->out[it->n] = value;
        it->n++;
    }
    return MHD_YES;
}

size_t srv_arg_all(srv_req *req, const char *name, const char **out, size_t max)
{
    arg_iter it = {name, out, max, 0};
    MHD_get_connection_values(req->con, MHD_GET_ARGUMENT_KIND, collect_arg, &it);
    return it.n;
}

const char *srv_header(srv_req *req, const char *name)
{
    return MHD_lookup_connection_value(req->con, MHD_HEADER_KIND, name);
}

const char *srv_arg_required(srv_req *req, const char *name)
{
    const char *v = srv_arg(req, name);
    if (!v || !v[0]) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EINVAL, "missing query parameter '%s'",
                        name);
        return NULL;
    }
    return v;
}

brug_err srv_arg_get_source(srv_req *req, const char **from, const char **skills)
{
    const char *f = srv_arg(req, "from"), *s = srv_arg(req, "skills");
    if ((!f || !f[0]) == (!s || !s[0])) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EINVAL,
                        "give either from=OCCUPATION_URI or skills=URI,...");
        return BRUG_EINVAL;
    }
    *from = f && f[0] ? f : NULL;
    *skills = s && s[0] ? s : NULL;
    return BRUG_OK;
}

const char *srv_lang_value(srv_req *req, const char *v)
{
    char code[8], have[128];
    size_t n = 0;
    uint32_t l;
    const char *const *m = brug_msg_langs();
    const brug_onto *onto = req->app->onto;
    if (!v || !v[0])
        return "en";
    if (brug_lang_normalize(v, code, sizeof(code)) != BRUG_OK) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EINVAL,
                        "language '%.40s': expected a code such as 'en' or 'nl'", v);
        return NULL;
    }
    if (strcmp(code, "any") == 0 || brug_msg_has_lang(code) ||
        (onto && brug_onto_has_lang(onto, code)))
        return srv_pool_strdup(&req->arena, code);
    have[0] = '\0';
    for (l = 0; onto && brug_onto_lang(onto, l) && n < sizeof(have); l++)
        n += (size_t)snprintf(have + n, sizeof(have) - n, "%s%s", n ? ", " : "",
                              brug_onto_lang(onto, l));
    for (l = 0; m[l] && n < sizeof(have); l++)
        if (!onto || !brug_onto_has_lang(onto, m[l]))
            n += (size_t)snprintf(have + n, sizeof(have) - n, "%s%s", n ? ", " : "", m[l]);
    srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EUNSUPPORTED,
                    "language '%.40s' is not available; brug has %s", v, have);
    return NULL;
}

const char *srv_lang(srv_req *req)
{
    const char *v = srv_arg(req, "language");
    if (!v)
        v = srv_arg(req, "lang");
    return srv_lang_value(req, v);
}

const char *srv_resolve(srv_req *req, const char *param, const char *text, brug_search_type type,
                        const char *lang, int take_first)
{
    brug_resolve_opts ro;
    brug_db *db;
    json_t *doc = NULL;
    const char *first = srv_arg(req, "first"), *uri;
    brug_err err;
    if (!text || strstr(text, "://"))
        return text;
    brug_resolve_opts_init(&ro);
    ro.type = type;
    ro.lang = lang;
    ro.first = (first && strcmp(first, "1") == 0) || take_first;
    db = srv_req_db(req);
    err = brug_resolve(db, text, &ro, &doc);
    if (err == BRUG_EINVAL)
        return text; /* not text a search takes (invalid UTF-8): the route's own 404 */
    if (err == BRUG_EAMBIGUOUS) {
        json_t *body =
            json_pack("{s:{s:s,s:O}, s:s, s:s, s:O}", "error", "code", brug_err_name(err),
                      "message", json_object_get(doc, "message"), "parameter", param, "query", text,
                      "candidates", json_object_get(doc, "candidates"));
        json_decref(doc);
        if (!body) {
            srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
            return NULL;
        }
        srv_reply_json(req, MHD_HTTP_CONFLICT, body);
        return NULL;
    }
    if (err) {
        srv_reply_error(req, srv_status_of(err), err, "%s: %s", param, brug_errmsg(db));
        return NULL;
    }
    uri = srv_pool_strdup(&req->arena, json_string_value(json_object_get(doc, "uri")));
    json_decref(doc);
    if (!uri)
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
    return uri;
}

brug_err srv_arg_get_uint(srv_req *req, const char *name, unsigned long def, unsigned long max,
                          unsigned long *out)
{
    const char *s = srv_arg(req, name);
    char *end;
    unsigned long v;
    if (!s || !s[0]) {
        *out = def;
        return BRUG_OK;
    }
    errno = 0;
    v = strtoul(s, &end, 10);
    if (*end || errno || !isdigit((unsigned char)s[0]) || v > max) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EINVAL,
                        "%s: expected a whole number from 0 to %lu", name, max);
        return BRUG_EINVAL;
    }
    *out = v;
    return BRUG_OK;
}

brug_err srv_arg_get_limit(srv_req *req, const char *name, unsigned long def, unsigned long max,
                           unsigned long *out)
{
    brug_err err = srv_arg_get_uint(req, name, def, max, out);
    if (err)
        return err;
    if (*out == 0) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EINVAL,
                        "%s: expected a whole number from 1 to %lu", name, max);
        return BRUG_EINVAL;
    }
    return BRUG_OK;
}

json_t *srv_body_json(srv_req *req)
{
    const char *ctype = srv_header(req, MHD_HTTP_HEADER_CONTENT_TYPE);
    json_error_t jerr;
    json_t *doc;
    if (ctype && strncmp(ctype, "application/json", 16) != 0) {
        srv_reply_error(req, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, BRUG_EINVAL,
                        "the body must be application/json, not '%s'", ctype);
        return NULL;
    }
    if (!req->body_len) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EPARSE, "body: expected a JSON object");
        return NULL;
    }
    doc = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &jerr);
    if (!doc) {
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EPARSE, "body:%d:%d: %s", jerr.line,
                        jerr.column, jerr.text);
        return NULL;
    }
    if (!json_is_object(doc)) {
        json_decref(doc);
        srv_reply_error(req, MHD_HTTP_BAD_REQUEST, BRUG_EPARSE, "body: expected a JSON object");
        return NULL;
    }
    return doc;
}

char *srv_printf(srv_req *req, const char *fmt, ...)
{
    va_list ap;
    char *s;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    s = srv_pool_alloc(&req->arena, (size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* ---------------------------------------------------------------- dispatch */

/* Match path against pattern ("{}" = one segment); capture into req->params. */
static int match(srv_req *req, const char *pattern, const char *path)
{
    int np = 0;
    while (*pattern && *path) {
        if (pattern[0] == '{' && pattern[1] == '}') {
            const char *end = strchr(path, '/');
            size_t n = end ? (size_t)(end - path) : strlen(path);
            if (n == 0 || np == SRV_MAX_PARAMS)
                return 0;
            req->params[np] = srv_pool_strndup(&req->arena, path, n);
            if (!req->params[np])
                return 0;
            np++;
            path += n;
            pattern += 2;
            continue;
        }
        if (*pattern != *path)
            return 0;
        pattern++;
        path++;
    }
    return *pattern == '\0' && *path == '\0';
}

static void dispatch(srv_req *req)
{
    const srv_route *r;
    char allow[64] = "";
    size_t alen = 0;
    const char *method = req->method;

    if (strcmp(method, "HEAD") == 0)
        method = "GET";
    for (r = srv_routes; r->method; r++) {
        if (!match(req, r->path, req->path))
            continue;
        if (strcmp(r->method, method) == 0) {
            r->handler(req);
            if (!req->replied)
                srv_reply_error(req, MHD_HTTP_INTERNAL_SERVER_ERROR, BRUG_EINTERNAL,
                                "the handler of %s %s sent no reply", r->method, r->path);
            return;
        }
        if (alen + strlen(r->method) + 3 < sizeof(allow))
            alen += (size_t)snprintf(allow + alen, sizeof(allow) - alen, "%s%s", alen ? ", " : "",
                                     r->method);
    }
    if (alen) {
        req->allow = srv_pool_strdup(&req->arena, allow);
        srv_reply_error(req, MHD_HTTP_METHOD_NOT_ALLOWED, BRUG_EINVAL,
                        "%s is not allowed on %s (allowed: %s)", req->method, req->path, allow);
        return;
    }
    srv_reply_error(req, MHD_HTTP_NOT_FOUND, BRUG_ENOTFOUND, "no such endpoint: %s %s", req->method,
                    req->path);
}

/* What lives as long as a connection: the request being read.  libmicrohttpd
 * calls on_completed only for requests that reached on_access; one it
 * rejects while parsing (a header it has no room for) would otherwise
 * leak, so the connection owns it until the next request or its close. */
typedef struct srv_conn {
    srv_req *pending;
} srv_conn;

static void req_free(srv_req *req);

static srv_conn *conn_of(struct MHD_Connection *con)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(con, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

static void on_connection(void *cls, struct MHD_Connection *con, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    srv_conn *c = *socket_context;
    (void)cls;
    (void)con;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        *socket_context = calloc(1, sizeof(srv_conn));
        return;
    }
    if (c) {
        if (c->pending)
            req_free(c->pending);
        free(c);
    }
    *socket_context = NULL;
}

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *con)
{
    srv_req *req = calloc(1, sizeof(*req));
    srv_conn *c = conn_of(con);
    const char *q;
    size_t n;
    if (!req)
        return NULL;
    if (c) {
        if (c->pending)
            req_free(c->pending); /* the last request never reached on_access */
        c->pending = req;
    }
    q = strchr(uri, '?');
    for (; q; q = strchr(q + 1, '&'))
        req->nargs++;
    req->app = cls;
    req->con = con;
    clock_gettime(CLOCK_MONOTONIC, &req->t0);
    srv_pool_init(&req->arena);
    n = strlen(uri);
    if (n > SRV_MAX_URI) {
        req->uri_too_long = 1;
        n = SRV_MAX_URI;
    }
    memcpy(req->uri, uri, n);
    req->uri[n] = '\0';
    req->method = "-";
    return req;
}

static const struct sockaddr *client_addr(struct MHD_Connection *con)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    return ci ? ci->client_addr : NULL;
}

static enum MHD_Result header_bytes(void *cls, enum MHD_ValueKind kind, const char *key,
                                    const char *value)
{
    size_t *n = cls;
    (void)kind;
    *n += (key ? strlen(key) : 0) + (value ? strlen(value) : 0);
    return MHD_YES;
}

/* Append n bytes of the body; past SRV_MAX_BODY only body_too_big is set
 * (the reply comes when the request ends).  BRUG_ENOMEM ends the request. */
static brug_err body_append(srv_req *req, const char *data, size_t n)
{
    if (req->body_too_big || req->body_len + n > SRV_MAX_BODY) {
        req->body_too_big = 1;
        return BRUG_OK;
    }
    if (req->body_len + n + 1 > req->body_cap) {
        size_t cap = req->body_cap ? req->body_cap : 4096;
        char *p;
        while (cap < req->body_len + n + 1)
            cap *= 2;
        p = realloc(req->body, cap);
        if (!p)
            return BRUG_ENOMEM;
        req->body = p;
        req->body_cap = cap;
    }
    memcpy(req->body + req->body_len, data, n);
    req->body_len += n;
    req->body[req->body_len] = '\0';
    return BRUG_OK;
}

static enum MHD_Result on_access(void *cls, struct MHD_Connection *con, const char *url,
                                 const char *method, const char *version, const char *upload_data,
                                 size_t *upload_data_size, void **req_cls)
{
    srv_req *req = *req_cls;
    (void)cls;
    (void)con;
    (void)version;

    if (!req)
        return MHD_NO; /* out of memory in on_uri: drop the connection */
    if (!req->started) {
        const char *clen;
        size_t hbytes = 0;
        int nheaders;
        unsigned retry = 0;
        req->started = 1;
        req->method = method;
        req->path = url;
        if (!srv_rate_allows(req->app, client_addr(con), &retry)) {
            req->retry_s = retry;
            srv_reply_error(req, MHD_HTTP_TOO_MANY_REQUESTS, BRUG_EBUSY,
                            "too many requests from this address; try again in %u s", retry);
            return req->queued_ok ? MHD_YES : MHD_NO;
        }
        if (req->uri_too_long) {
            srv_reply_error(req, MHD_HTTP_URI_TOO_LONG, BRUG_ETOOBIG,
                            "the request target is longer than %d bytes", SRV_MAX_URI);
            return req->queued_ok ? MHD_YES : MHD_NO;
        }
        nheaders = MHD_get_connection_values(con, MHD_HEADER_KIND, header_bytes, &hbytes);
        if (req->nargs > SRV_MAX_ARGS || nheaders > SRV_MAX_HEADERS ||
            hbytes > SRV_MAX_HEADER_BYTES) {
            srv_reply_error(req, MHD_HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE, BRUG_ETOOBIG,
                            "the request has %u query parameters and %d headers of %zu bytes; "
                            "at most %d, %d and %d",
                            req->nargs, nheaders, hbytes, SRV_MAX_ARGS, SRV_MAX_HEADERS,
                            SRV_MAX_HEADER_BYTES);
            return req->queued_ok ? MHD_YES : MHD_NO;
        }
        /* Answer only once the whole request is in (the next call): a reply
         * queued on this first call would make libmicrohttpd close the
         * connection instead of keeping it alive. */
        clen = srv_header(req, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (clen && strtoull(clen, NULL, 10) > SRV_MAX_BODY) {
            srv_reply_error(req, MHD_HTTP_CONTENT_TOO_LARGE, BRUG_ETOOBIG,
                            "the request body is larger than %d bytes", SRV_MAX_BODY);
            return req->queued_ok ? MHD_YES : MHD_NO;
        }
        return MHD_YES; /* wait for the body, or for the end of the request */
    }
    if (*upload_data_size) {
        if (!req->replied && body_append(req, upload_data, *upload_data_size)) {
            *upload_data_size = 0;
            return MHD_NO;
        }
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (req->replied)
        return MHD_YES;
    if (req->body_too_big) {
        srv_reply_error(req, MHD_HTTP_CONTENT_TOO_LARGE, BRUG_ETOOBIG,
                        "the request body is larger than %d bytes", SRV_MAX_BODY);
        return req->queued_ok ? MHD_YES : MHD_NO;
    }
    dispatch(req);
    /* The handler is done with its connection: give it back now, not when
     * the response has been sent, or a pool thread juggling several slow
     * clients would hold more connections than there are. */
    req_db_release(req);
    return req->queued_ok ? MHD_YES : MHD_NO;
}

/* The access log's copy of a request target without personal data: the
 * segment after /passports/, /consents/ and /responses/ and the values of
 * passport= and person= become "*" (a passport id names a person). */
static void redact_uri(const char *in, char *out, size_t size)
{
    static const char *const segs[] = {"/passports/", "/consents/", "/responses/"};
    static const char *const keys[] = {"passport=", "person="};
    const char *q = strchr(in, '?');
    size_t n = 0, i;
    int star = 0;
    while (*in && n + 2 < size) {
        int was = star;
        if (star && (*in == '/' || *in == '&' || *in == '?' || *in == '#'))
            star = was = 0;
        if (!star) {
            out[n++] = *in;
            out[n] = '\0';
        }
        in++;
        for (i = 0; i < 3 && !star && (!q || in <= q); i++) {
            size_t k = strlen(segs[i]);
            if (n >= k && memcmp(out + n - k, segs[i], k) == 0 && *in && *in != '/' && *in != '?')
                star = 1;
        }
        for (i = 0; i < 2 && !star && q && in > q; i++) {
            size_t k = strlen(keys[i]);
            if (n >= k && memcmp(out + n - k, keys[i], k) == 0 &&
                (n == k || out[n - k - 1] == '?' || out[n - k - 1] == '&') && *in && *in != '&')
                star = 1;
        }
        if (star && !was && n + 1 < size)
            out[n++] = '*';
    }
    out[n] = '\0';
}

static void access_log(const srv_req *req)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(req->con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    char addr[INET6_ADDRSTRLEN] = "-", when[32];
    struct timespec now, wall;
    struct tm tm;
    double ms;

    if (ci && ci->client_addr) {
        const struct sockaddr *sa = ci->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, addr,
                      sizeof(addr));
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, addr,
                      sizeof(addr));
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    clock_gettime(CLOCK_REALTIME, &wall);
    gmtime_r(&wall.tv_sec, &tm);
    strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
    ms =
        (double)(now.tv_sec - req->t0.tv_sec) * 1e3 + (double)(now.tv_nsec - req->t0.tv_nsec) / 1e6;
    if (req->app->cfg.log_ids) {
        fprintf(stderr, "%s %s \"%s %s\" %u %zu %.3fms\n", when, addr, req->method, req->uri,
                req->status, req->bytes, ms);
    } else {
        char uri[SRV_MAX_URI + 1];
        redact_uri(req->uri, uri, sizeof(uri));
        fprintf(stderr, "%s %s \"%s %s\" %u %zu %.3fms\n", when, addr, req->method, uri,
                req->status, req->bytes, ms);
    }
}

static void on_completed(void *cls, struct MHD_Connection *con, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    srv_app *app = cls;
    srv_req *req = *req_cls;
    if (!req)
        return;
    if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK && !req->replied)
        req->status = 499; /* the client went away or timed out */
    if (app->cfg.access_log && req->started)
        access_log(req);
    {
        srv_conn *c = conn_of(con);
        if (c && c->pending == req)
            c->pending = NULL;
    }
    req_free(req);
    *req_cls = NULL;
}

static void req_free(srv_req *req)
{
    req_db_release(req);
    free(req->body);
    srv_pool_release(&req->arena);
    free(req);
}

brug_err srv_start(srv_app *app)
{
    struct sockaddr_in sin;
    struct sockaddr_in6 sin6;
    struct sockaddr *sa;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG;
    const char *host = app->cfg.host && app->cfg.host[0] ? app->cfg.host : "127.0.0.1";
    const union MHD_DaemonInfo *di;

    memset(&sin, 0, sizeof(sin));
    memset(&sin6, 0, sizeof(sin6));
    if (inet_pton(AF_INET, host, &sin.sin_addr) == 1) {
        sin.sin_family = AF_INET;
        sin.sin_port = htons((uint16_t)app->cfg.port);
        sa = (struct sockaddr *)&sin;
    } else if (inet_pton(AF_INET6, host, &sin6.sin6_addr) == 1) {
        sin6.sin6_family = AF_INET6;
        sin6.sin6_port = htons((uint16_t)app->cfg.port);
        sa = (struct sockaddr *)&sin6;
        flags |= MHD_USE_IPv6;
    } else {
        fprintf(stderr, "brug serve: --host: '%s' is not an IPv4 or IPv6 address\n", host);
        return BRUG_EINVAL;
    }
    app->daemon = MHD_start_daemon(
        flags, (uint16_t)app->cfg.port, NULL, NULL, on_access, app, MHD_OPTION_SOCK_ADDR, sa,
        MHD_OPTION_THREAD_POOL_SIZE, app->cfg.threads > 1 ? app->cfg.threads : 0,
        MHD_OPTION_CONNECTION_TIMEOUT, app->cfg.timeout_s ? app->cfg.timeout_s : 30,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)4096, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)SRV_CONN_MEMORY, MHD_OPTION_PER_IP_CONNECTION_LIMIT, app->cfg.per_ip,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, app, MHD_OPTION_NOTIFY_COMPLETED, on_completed, app,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, app, MHD_OPTION_LISTEN_BACKLOG_SIZE,
        (unsigned)1024, MHD_OPTION_END);
    if (!app->daemon) {
        fprintf(stderr, "brug serve: cannot listen on %s port %u: %s\n", host, app->cfg.port,
                errno ? strerror(errno) : "libmicrohttpd failed to start");
        return BRUG_EIO;
    }
    di = MHD_get_daemon_info(app->daemon, MHD_DAEMON_INFO_BIND_PORT);
    app->bound_port = di ? di->port : app->cfg.port;
    return BRUG_OK;
}

void srv_stop(srv_app *app)
{
    if (app->daemon)
        MHD_stop_daemon(app->daemon);
    app->daemon = NULL;
}

const brug_extract_index *srv_extract_index(srv_req *req, char *msg, size_t size)
{
    srv_app *app = req->app;
    const brug_extract_index *ix;
    pthread_mutex_lock(&app->extract_mu);
    if (!app->extract && app->onto) {
        brug_db *db = srv_req_db(req);
        if (brug_extract_index_build(db, app->onto, NULL, &app->extract) != BRUG_OK) {
            snprintf(msg, size, "extract: %s", brug_errmsg(db));
            app->extract = NULL;
        }
    } else if (!app->onto) {
        snprintf(msg, size, "no taxonomy loaded: import one and restart brug serve");
    }
    ix = app->extract;
    pthread_mutex_unlock(&app->extract_mu);
    return ix;
}
