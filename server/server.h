/*
 * server.h - the pieces of `brug serve` shared by the daemon (server.c) and
 * the route handlers (route_<name>.c): the application state, the
 * per-request state, the route table and the reply helpers.
 *
 * A request is handled on one of libmicrohttpd's pool threads.  Everything
 * it allocates comes from its own arena (req->arena), released in one call
 * when the request completes.  Handlers read the ontology snapshot and the
 * other in-memory indexes from the app (immutable after start-up), borrow a
 * read-only database connection with srv_req_db() (one per pool thread, so
 * borrowing never waits), and take the single writer with
 * srv_writer_lock()/srv_writer_unlock() for the few requests that change
 * data (passports, consent, the audit log).
 *
 * Every handler ends by calling exactly one srv_reply_* function.  Errors
 * are JSON: {"error": {"code": "ENOTFOUND", "message": "..."}} where code is
 * the brug_err name, with a matching 4xx/5xx status.
 */
#ifndef BRUG_SERVER_H
#define BRUG_SERVER_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "brug/brug.h"
#include "pool.h"

struct MHD_Connection;
struct MHD_Daemon;
struct sockaddr;

/* Limits on what a client may send. */
#define SRV_MAX_URI 4096           /* request target, path plus query string */
#define SRV_MAX_BODY (256 * 1024)  /* request body */
#define SRV_MAX_PARAMS 4           /* {} segments in a route path */
#define SRV_MAX_LIMIT 100          /* the largest page (limit=) a list returns */
#define SRV_MAX_ARGS 64            /* query parameters in one request (more: 431) */
#define SRV_MAX_HEADERS 64         /* request header lines (more: 431) */
#define SRV_MAX_HEADER_BYTES 16384 /* request header names and values together (more: 431) */
/* libmicrohttpd's per-connection memory: room for the largest request the
 * limits above allow, so those limits (answered in JSON) always trip before
 * libmicrohttpd's own (answered in HTML, or not at all) */
#define SRV_CONN_MEMORY (512 * 1024)
#define SRV_WRITER_WAIT_MS 2000 /* a request waits this long for the writer, then 503 */
#define SRV_BUSY_MS 250         /* the writer's wait for another process's lock, then 503 */

typedef struct srv_config {
    const char *db_path;
    const char *host;     /* address to bind; NULL or "" = 127.0.0.1 */
    unsigned port;        /* 0 = any free port */
    unsigned threads;     /* pool threads (and read-only connections) */
    unsigned timeout_s;   /* idle/slow client timeout per connection */
    int access_log;       /* one line per request on stderr */
    size_t cache_bytes;   /* response cache budget; 0: no cache */
    unsigned per_ip;      /* open connections per client address (0: no limit) */
    unsigned rate;        /* requests per second per client address, sustained (0: no limit) */
    unsigned burst;       /* requests a client address may send at once above the rate */
    int sync_normal;      /* synchronous=NORMAL: faster commits, may lose the last on a crash */
    int log_ids;          /* the access log keeps passport ids in URLs (default: "*") */
    unsigned audit_days;  /* at start, delete audit entries older than this (0: keep all) */
    const char *base_url; /* base of the ESCO endpoints' links ("https://host/esco");
                             NULL or "": http:// and the request's Host header */
} srv_config;

/* Request rate per client address: a token bucket per address, in a
 * fixed table (rate.c); an address that hashes to a busy slot shares it. */
#define SRV_RATE_SLOTS 4096
typedef struct srv_rate_slot {
    unsigned char addr[16];
    double tokens;
    double last; /* seconds, CLOCK_MONOTONIC */
} srv_rate_slot;

typedef struct srv_app {
    srv_config cfg;
    brug_onto *onto; /* NULL when the database holds no taxonomy */
    char taxonomy_version[64];
    char *stats_json; /* GET /api/v1/stats, computed once at start */

    /* read-only connections, one per pool thread */
    pthread_mutex_t pool_mu;
    pthread_cond_t pool_cv;
    brug_db **pool_all;
    brug_db **pool_free;
    size_t pool_n, pool_nfree;

    /* the one writable connection */
    pthread_mutex_t writer_mu;
    brug_db *writer;

    struct MHD_Daemon *daemon;
    unsigned bound_port;
    brug_bridges *bridges;   /* built from onto at start; NULL without a taxonomy */
    brug_courses *courses;   /* the course catalogue (possibly empty) */
    struct srv_cache *cache; /* responses that depend only on the request (cache.h) */

    /* the matcher and its own read-only connection, used one call at a time */
    pthread_mutex_t match_mu;
    brug_db *match_db;
    brug_matcher *matcher;
    int matcher_stale; /* offers changed since it was built */

    /* the extraction index, built from onto on the first POST /api/v1/extract */
    pthread_mutex_t extract_mu;
    brug_extract_index *extract;

    pthread_mutex_t rate_mu;
    srv_rate_slot *rate; /* SRV_RATE_SLOTS; NULL without a rate limit */
} srv_app;

typedef struct srv_req {
    srv_app *app;
    struct MHD_Connection *con;
    srv_pool arena; /* what the request allocates, freed when it completes */
    struct timespec t0;

    const char *method;
    const char *path;          /* without the query string */
    char uri[SRV_MAX_URI + 1]; /* as received, for the access log (truncated) */
    int uri_too_long;
    unsigned nargs;                     /* '&'-separated pieces of the query string */
    const char *params[SRV_MAX_PARAMS]; /* the {} segments of the route, decoded */

    int started; /* the access handler ran once */
    char *body;  /* request body, NUL-terminated */
    size_t body_len, body_cap;
    int body_too_big;

    unsigned status; /* of the reply, for the log */
    size_t bytes;
    int replied;
    int queued_ok;      /* MHD accepted the reply */
    const char *allow;  /* Allow header of a 405 */
    int www_auth;       /* send WWW-Authenticate: Bearer (401) */
    unsigned retry_s;   /* Retry-After of a 503 or 429 (default 1) */
    int esco_errors;    /* errors also carry the ESCO API's logref/status/message */
    brug_db *db;        /* borrowed read-only connection (during the handler) */
    brug_principal who; /* the token's holder; role BRUG_ROLE_NONE when none */
} srv_req;

typedef void (*srv_handler)(srv_req *req);

typedef struct srv_route {
    const char *method; /* "GET", "POST", "PUT", "DELETE" */
    const char *path;   /* "/api/v1/passports/{}": {} matches one segment */
    srv_handler handler;
} srv_route;

/* The route table (routes.c), terminated by a NULL method. */
extern const srv_route srv_routes[];

/* Open the database connections and load the indexes.  BRUG_OK, or the
 * error after printing why on stderr; srv_app_close() is still needed. */
brug_err srv_app_open(srv_app *app, const srv_config *cfg);
void srv_app_close(srv_app *app);

/* Start listening (pool threads); BRUG_OK, or BRUG_EINVAL (bad host) or
 * BRUG_EIO after printing why. */
brug_err srv_start(srv_app *app);
void srv_stop(srv_app *app);

/* ---- request helpers ---- */

/* A query-string argument, or NULL. */
const char *srv_arg(srv_req *req, const char *name);
/* Every non-empty value of a repeated query argument (?type=a&type=b), in
 * order: the first max go to out; returns how many there are. */
size_t srv_arg_all(srv_req *req, const char *name, const char **out, size_t max);
/* A request header, or NULL. */
const char *srv_header(srv_req *req, const char *name);

/* The language of the request: ?language= or ?lang=, default "en",
 * normalized ("nl-BE" is "nl"; "any" stays).  Replies 400 EUNSUPPORTED and
 * returns NULL when it is no language code, or one brug has neither labels
 * (the taxonomy) nor messages (the catalogue) in. */
const char *srv_lang(srv_req *req);
/* The same for a value from a JSON body (NULL or "" is "en"). */
const char *srv_lang_value(srv_req *req, const char *v);

/*
 * What text (the value of parameter param) names: text itself when it is
 * a URI (or NULL); else the concept of type brug_resolve() picks for it in
 * lang (take_first, or first=1 in the query, takes the best candidate
 * anyway).  NULL after
 * replying: 409 {"error": {"code": "EAMBIGUOUS", "message"}, "parameter",
 * "query", "candidates": [{"uri", "label", "label_lang", "type",
 * "score"}]} for an unclear label, 404 when nothing matches.
 */
const char *srv_resolve(srv_req *req, const char *param, const char *text, brug_search_type type,
                        const char *lang, int take_first);

/*
 * Whose skill profile answers for occupation uri, the value of parameter
 * param (brug_occupation_origin_find on this request's connection and the
 * app's snapshot; origin.c).  BRUG_OK, or an error after replying (500 for
 * a database error, naming param).
 */
brug_err srv_origin_get(srv_req *req, const char *param, const char *uri,
                        brug_occupation_origin *out /* OUT */);
/* Say so in doc[key] (brug_occupation_origin_annotate): BRUG_OK, or an
 * error after replying (doc stays the caller's). */
brug_err srv_origin_annotate(srv_req *req, const brug_occupation_origin *o, json_t *doc,
                             const char *key);

/* An unsigned argument in [0, max] (def when absent).  BRUG_OK, or
 * BRUG_EINVAL after replying 400 when malformed or out of range. */
brug_err srv_arg_get_uint(srv_req *req, const char *name, unsigned long def, unsigned long max,
                          unsigned long *out /* OUT */);

/* A required string argument; replies 400 and returns NULL when missing. */
const char *srv_arg_required(srv_req *req, const char *name);

/* Where a bridge starts: exactly one of ?from=OCCUPATION_URI and
 * ?skills=URI,... (the other is set to NULL).  BRUG_OK, or BRUG_EINVAL
 * after replying 400 when both or neither are given. */
brug_err srv_arg_get_source(srv_req *req, const char **from /* OUT */,
                            const char **skills /* OUT */);

/* The body parsed as a JSON object; replies 400 (EPARSE, with line and
 * column) or 415 and returns NULL on failure.  The caller owns the result. */
json_t *srv_body_json(srv_req *req);

/* A read-only database connection for this request's handler (returned to
 * the pool when the handler returns; a pool thread runs one handler at a
 * time, so borrowing never waits). */
brug_db *srv_req_db(srv_req *req);

/* The writable connection, exclusively, until srv_writer_unlock(). */
brug_db *srv_writer_lock(srv_app *app);
void srv_writer_unlock(srv_app *app);
/* The same for a request: waits at most SRV_WRITER_WAIT_MS, then replies
 * 503 with Retry-After and returns NULL (unlock only after a non-NULL). */
brug_db *srv_writer_try(srv_req *req);

/* A limit= argument: 1 to max (def when absent); 0 and larger values are
 * a 400, so no list is ever unbounded.  BRUG_OK, or BRUG_EINVAL after
 * replying 400. */
brug_err srv_arg_get_limit(srv_req *req, const char *name, unsigned long def, unsigned long max,
                           unsigned long *out /* OUT */);

/* Reply to a failed guarded library call (include/brug/guard.h) on w:
 * 401 for a refusal without a token, else srv_reply_brug. */
void srv_reply_guarded(srv_req *req, const brug_db *w, brug_err err);

/* May this client address send another request now (rate.c)?  1 (and
 * counts it), or 0 with *retry_s set to the seconds until it may. */
int srv_rate_allows(srv_app *app, const struct sockaddr *sa, unsigned *retry_s);

/*
 * Authenticate the request from "Authorization: Bearer TOKEN" into
 * req->who.  BRUG_OK, or an error after replying: 401 without the header
 * or with a malformed, unknown or revoked token.  Who may do what is the
 * library's (include/brug/guard.h), not the server's.
 */
brug_err srv_auth_require(srv_req *req);

/* BRUG_OK when a taxonomy is loaded (the bridges model exists), else an
 * error after replying 503. */
brug_err srv_taxonomy_require(srv_req *req);

/* The matcher, exclusively, rebuilt first when offers changed; NULL (and
 * why in msg) when it cannot be built.  Always call srv_matcher_unlock(). */
brug_matcher *srv_matcher_lock(srv_app *app, char *msg, size_t size);
void srv_matcher_unlock(srv_app *app);
/* Offers changed: rebuild the matcher before its next use. */
void srv_matcher_stale(srv_app *app);

/* The extraction index, built on first use (on req's read-only connection)
 * and kept for the app's lifetime; NULL (and why in msg) when it cannot be
 * built. */
const brug_extract_index *srv_extract_index(srv_req *req, char *msg, size_t size);

/* Arena copy of printf output; NULL on out of memory. */
char *srv_printf(srv_req *req, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- replies (call exactly one per request) ---- */

/* How documents are serialized (reals with 8 significant digits). */
#define SRV_JSON_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(8))

/* Send doc (a reference is stolen) with status; content type application/json. */
void srv_reply_json(srv_req *req, unsigned status, json_t *doc);
/* Same with a given content type (HAL+JSON for the ESCO endpoints). */
void srv_reply_json_type(srv_req *req, unsigned status, json_t *doc, const char *ctype);
/* Send a malloc'd buffer (freed by the server) with a content type. */
void srv_reply_owned(srv_req *req, unsigned status, char *buf, size_t len, const char *ctype);
/* Send a cached value without copying (cache.h); the handle is released
 * when the response is done with it. */
void srv_reply_cached(srv_req *req, void *handle, const char *data, size_t len, const char *ctype);
/* Send static bytes (never freed) with a content type. */
void srv_reply_static(srv_req *req, unsigned status, const void *data, size_t len,
                      const char *ctype, const char *cache_control);
/* {"error":{"code": brug_err_name(err), "message": ...}} with status. */
void srv_reply_error(srv_req *req, unsigned status, brug_err err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A library failure: status from the code (ENOTFOUND 404, EINVAL 400, ...),
 * message from brug_errmsg(db) (or brug_strerror). */
void srv_reply_brug(srv_req *req, const brug_db *db, brug_err err);
/* The HTTP status that fits a brug_err. */
unsigned srv_status_of(brug_err err);

/* ---- generated: the web page's files (web_assets.c) ---- */
typedef struct srv_asset {
    const char *path; /* "/index.html" */
    const char *ctype;
    const unsigned char *data;
    size_t len;
} srv_asset;
extern const srv_asset srv_assets[];
extern const size_t srv_nassets;

#endif
