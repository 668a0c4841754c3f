/*
 * cmd_serve.c - `brug serve`: the HTTP/JSON API, the ESCO-compatible
 * endpoints and the web page, from one process (server/).
 *
 * The indexes are loaded once; each pool thread answers from memory with
 * its own read-only connection.  SIGINT and SIGTERM are blocked in every
 * thread and taken with sigwait() by the main thread, which then stops the
 * daemon cleanly: no signal handler, no global state.
 */
#include <signal.h>
#include <string.h>

#include "cli.h"
#include "server.h"

enum {
    OPT_PORT = 256,
    OPT_THREADS,
    OPT_HOST,
    OPT_TIMEOUT,
    OPT_QUIET,
    OPT_CACHE,
    OPT_PER_IP,
    OPT_RATE,
    OPT_BURST,
    OPT_SYNC,
    OPT_LOG_IDS,
    OPT_AUDIT_DAYS,
    OPT_BASE_URL
};

static const cli_opt opts[] = {
    {"port", OPT_PORT, "P", "TCP port to listen on (default 8080; 0 picks a free one)"},
    {"host", OPT_HOST, "ADDR", "address to bind (default 127.0.0.1; 0.0.0.0 for all)"},
    {"threads", OPT_THREADS, "N", "worker threads, each with its own connection (default 2)"},
    {"timeout", OPT_TIMEOUT, "S", "close connections idle for S seconds (default 30)"},
    {"cache-mb", OPT_CACHE, "MB", "memory for cached bridges answers (default 64; 0: none)"},
    {"max-per-ip", OPT_PER_IP, "N",
     "open connections per client address (default 64; 0: no limit)"},
    {"rate", OPT_RATE, "N", "requests per second per client address (default 200; 0: no limit)"},
    {"burst", OPT_BURST, "N", "requests an address may send at once above --rate (default 400)"},
    {"sync", OPT_SYNC, "MODE", "full (default: a write is on disk when acknowledged) or normal"},
    {"log-ids", OPT_LOG_IDS, NULL, "keep passport ids in access log URLs (default: '*')"},
    {"audit-days", OPT_AUDIT_DAYS, "D", "at start, delete audit entries older than D days"},
    {"base-url", OPT_BASE_URL, "URL",
     "base of the ESCO endpoints' links (default: http:// and the request's Host)"},
    {"quiet", OPT_QUIET, NULL, "no access log lines on stderr"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_serve = {
    "serve", "", "serve the HTTP/JSON API, the ESCO-compatible API and the web page", opts, run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, sig = 0;
    unsigned long v;
    srv_config cfg;
    srv_app app;
    sigset_t set;

    memset(&cfg, 0, sizeof(cfg));
    cfg.db_path = ctx->db_path;
    cfg.host = "127.0.0.1";
    cfg.port = 8080;
    cfg.threads = 2;
    cfg.timeout_s = 30;
    cfg.access_log = 1;
    cfg.cache_bytes = (size_t)64 << 20;
    cfg.per_ip = 64;
    cfg.rate = 200;
    cfg.burst = 400;
    cli_args_init(&a, &cli_cmd_serve, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_PORT:
            if (cli_uint_parse(ctx, "port", val, 65535, &v))
                return CLI_USAGE;
            cfg.port = (unsigned)v;
            break;
        case OPT_THREADS:
            if (cli_uint_parse(ctx, "threads", val, 256, &v))
                return CLI_USAGE;
            if (v == 0) {
                fprintf(ctx->err, "brug: --threads: at least 1\n");
                return CLI_USAGE;
            }
            cfg.threads = (unsigned)v;
            break;
        case OPT_TIMEOUT:
            if (cli_uint_parse(ctx, "timeout", val, 3600, &v))
                return CLI_USAGE;
            cfg.timeout_s = (unsigned)v;
            break;
        case OPT_HOST:
            cfg.host = val;
            break;
        case OPT_CACHE:
            if (cli_uint_parse(ctx, "cache-mb", val, 65536, &v))
                return CLI_USAGE;
            cfg.cache_bytes = (size_t)v << 20;
            break;
        case OPT_PER_IP:
            if (cli_uint_parse(ctx, "max-per-ip", val, 4096, &v))
                return CLI_USAGE;
            cfg.per_ip = (unsigned)v;
            break;
        case OPT_RATE:
            if (cli_uint_parse(ctx, "rate", val, 1000000, &v))
                return CLI_USAGE;
            cfg.rate = (unsigned)v;
            break;
        case OPT_BURST:
            if (cli_uint_parse(ctx, "burst", val, 1000000, &v))
                return CLI_USAGE;
            cfg.burst = (unsigned)v;
            break;
        case OPT_SYNC:
            if (strcmp(val, "full") != 0 && strcmp(val, "normal") != 0) {
                fprintf(ctx->err, "brug serve: --sync: expected full or normal\n");
                return CLI_USAGE;
            }
            cfg.sync_normal = val[0] == 'n';
            break;
        case OPT_LOG_IDS:
            cfg.log_ids = 1;
            break;
        case OPT_AUDIT_DAYS:
            if (cli_uint_parse(ctx, "audit-days", val, 36500, &v))
                return CLI_USAGE;
            cfg.audit_days = (unsigned)v;
            break;
        case OPT_BASE_URL:
            if ((strncmp(val, "http://", 7) != 0 && strncmp(val, "https://", 8) != 0) ||
                strpbrk(val, "?#\"<> ") || val[strlen(val) - 1] == '/') {
                fprintf(ctx->err, "brug serve: --base-url: expected http://HOST[:PORT][/PATH] or "
                                  "https://..., without '?', '#' or a final '/'\n");
                return CLI_USAGE;
            }
            cfg.base_url = val;
            break;
        case OPT_QUIET:
            cfg.access_log = 0;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos) {
        fprintf(ctx->err, "brug serve: unexpected argument '%s'\n", a.pos[0]);
        return CLI_USAGE;
    }

    /* Block the stop signals before any thread starts, so all inherit it. */
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);

    if (srv_app_open(&app, &cfg) || srv_start(&app)) {
        srv_app_close(&app);
        return CLI_FAIL;
    }
    fprintf(ctx->out, "brug serve: listening on http://%s%s%s:%u/ (%u threads, database %s)\n",
            strchr(cfg.host, ':') ? "[" : "", cfg.host, strchr(cfg.host, ':') ? "]" : "",
            app.bound_port, app.cfg.threads, cfg.db_path);
    fflush(ctx->out);
    while (sigwait(&set, &sig) != 0)
        ;
    fprintf(ctx->err, "brug serve: %s, shutting down\n",
            sig == SIGINT ? "interrupted" : "terminated");
    srv_stop(&app);
    srv_app_close(&app);
    return CLI_OK;
}
