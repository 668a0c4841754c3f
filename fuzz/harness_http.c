/*
 * harness_http.c - a real `brug serve` inside a fuzzing process
 * (harness_http.h): srv_app_open + srv_start on 127.0.0.1, port 0, and
 * raw requests sent to it over loopback, so the fuzzed bytes go through
 * libmicrohttpd's parser, the server's limits, the route table and the
 * handlers exactly as a client's would.
 */
#include "harness_http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "fuzz.h"
#include "server.h"

#define REPLY_MAX (4 << 20)

typedef struct harness {
    srv_app app;
    char tokens[HARNESS_TOKENS][BRUG_TOKEN_SIZE];
    int started;
    unsigned sent; /* connections made: picks the next source address */
    char *reply;
} harness;

static harness H; /* per-process driver state (fuzz.h allows it) */

static const char passport[] = "{\"id\":\"alice\",\"region\":\"AM18\",\"skills\":[],\"hours\":32}";

static void die(const char *what)
{
    fprintf(stderr, "harness_http: %s\n", what);
    abort();
}

static void stop(void)
{
    srv_stop(&H.app);
    srv_app_close(&H.app);
    free(H.reply);
    H.reply = NULL;
}

static void start(void)
{
    static const brug_role roles[HARNESS_TOKENS] = {
        BRUG_ROLE_ADMIN, BRUG_ROLE_PERSON, BRUG_ROLE_ADVISER, BRUG_ROLE_EMPLOYER, BRUG_ROLE_PERSON};
    static const char *const subjects[HARNESS_TOKENS] = {NULL, "alice", "jansen", "emp-smit",
                                                         "bob"};
    const char *path = fuzz_path("http.db");
    srv_config cfg;
    brug_db *db;
    json_t *doc;
    unsigned i;

    fuzz_copy(fuzz_demo_db(1), path);
    db = fuzz_db_open(path);
    for (i = 0; i < HARNESS_TOKENS; i++)
        if (brug_token_create(db, roles[i], subjects[i], H.tokens[i], NULL))
            die(brug_errmsg(db));
    doc = json_loads(passport, 0, NULL);
    if (!doc || brug_passport_put(db, doc, BRUG_PUT_UPSERT) ||
        brug_consent_grant(db, "alice", "jansen"))
        die(brug_errmsg(db));
    json_decref(doc);
    brug_db_close(db);

    memset(&cfg, 0, sizeof(cfg));
    cfg.db_path = path;
    cfg.host = "127.0.0.1";
    cfg.threads = 2;
    cfg.timeout_s = 5;
    cfg.cache_bytes = (size_t)1 << 20;
    cfg.sync_normal = 1; /* a scratch file in /dev/shm: durability is not what is fuzzed */
    if (srv_app_open(&H.app, &cfg) || srv_start(&H.app))
        die("the server did not start");
    H.reply = malloc(REPLY_MAX + 1);
    if (!H.reply)
        die("out of memory");
    H.started = 1;
    atexit(stop);
}

const char *harness_token(unsigned i)
{
    if (!H.started)
        start();
    return i < HARNESS_TOKENS ? H.tokens[i] : "";
}

static const char *current; /* the request being sent, for a hang's report */
static size_t current_len;

/* Milliseconds on the monotonic clock. */
static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* 1 when H.reply[0, n) holds a whole response: its header block and, when
 * it names a Content-Length, that many body bytes.  A keep-alive reply is
 * then complete without waiting for the server to close. */
static int reply_complete(size_t n)
{
    const char *end, *cl;
    H.reply[n] = '\0';
    end = strstr(H.reply, "\r\n\r\n");
    if (!end)
        return 0;
    cl = strstr(H.reply, "\r\nContent-Length: ");
    if (!cl || cl > end)
        return 0;
    return n >= (size_t)(end + 4 - H.reply) + strtoull(cl + 18, NULL, 10);
}

static size_t read_reply(int fd)
{
    long long deadline = now_ms() + 20000;
    size_t n = 0;
    for (;;) {
        struct pollfd p = {fd, POLLIN, 0};
        long long left = deadline - now_ms();
        ssize_t r;
        int ready = left > 0 ? poll(&p, 1, (int)left) : 0;
        if (ready < 0 && errno == EINTR)
            continue; /* libFuzzer's timer signal, not the server */
        if (ready <= 0) {
            fprintf(stderr, "harness_http: the request was: %.*s\n",
                    (int)(current_len > 600 ? 600 : current_len), current);
            die("no reply within 20 s");
        }
        r = read(fd, H.reply + n, REPLY_MAX - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return n; /* reset by the server: what came is the reply */
        if (r == 0 || n + (size_t)r >= REPLY_MAX)
            return n + (size_t)r;
        n += (size_t)r;
        if (reply_complete(n))
            return n;
    }
}

/* An error reply of brug's own (JSON content type) must be {"error":{"code":...}}. */
static void check_reply(size_t n, int status)
{
    const char *body = strstr(H.reply, "\r\n\r\n"), *cl;
    json_t *doc;
    size_t len;
    if (status == 500)
        die("the server answered 500");
    if (!body || status < 400 || !strstr(H.reply, "Content-Type: application/json"))
        return;
    body += 4;
    len = n - (size_t)(body - H.reply);
    cl = strstr(H.reply, "\r\nContent-Length: ");
    if (cl && cl < body && strtoull(cl + 18, NULL, 10) < len)
        len = strtoull(cl + 18, NULL, 10); /* a pipelined request's reply may follow */
    doc = json_loadb(body, len, 0, NULL);
    if (!json_is_string(json_object_get(json_object_get(doc, "error"), "code")))
        die("an error reply that is not a JSON error");
    json_decref(doc);
}

/* Close with a reset: the client side keeps no TIME_WAIT port. */
static void close_now(int fd)
{
    struct linger lg = {1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
    close(fd);
}

int harness_send(const char *req, size_t len)
{
    struct sockaddr_in sin, src;
    size_t n, off = 0;
    int fd, status = 0, tries;

    if (!H.started)
        start();
    current = req;
    current_len = len;
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        die("socket");
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)H.app.bound_port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    /* Thousands of inputs a second leave the server's side of each
     * connection in TIME_WAIT for a minute: send from 127.0.0.2-254 in turn
     * (253 times the ports of one address), and wait for a port to come free
     * rather than call that a failure of the server. */
    memset(&src, 0, sizeof(src));
    src.sin_family = AF_INET;
    src.sin_addr.s_addr = htonl(INADDR_LOOPBACK + 1 + (H.sent++ % 253));
    if (bind(fd, (struct sockaddr *)&src, sizeof(src)) != 0)
        die("bind");
    for (tries = 0; connect(fd, (struct sockaddr *)&sin, sizeof(sin)) != 0; tries++) {
        struct timespec pause = {0, 10 * 1000 * 1000};
        if ((errno != EADDRNOTAVAIL && errno != EAGAIN) || tries == 2000) {
            fprintf(stderr, "harness_http: connect: %s\n", strerror(errno));
            die("connect");
        }
        nanosleep(&pause, NULL);
    }
    while (off < len) {
        ssize_t w = send(fd, req + off, len - off, MSG_NOSIGNAL);
        if (w <= 0)
            break; /* the server may answer and close before reading it all */
        off += (size_t)w;
    }
    shutdown(fd, SHUT_WR);
    n = read_reply(fd);
    close_now(fd);
    H.reply[n] = '\0';
    if (n == 0)
        return 0; /* closed without a reply: libmicrohttpd drops garbage */
    if (n < 12 || memcmp(H.reply, "HTTP/1.1 ", 9) != 0)
        die("a reply that is not HTTP/1.1");
    status = atoi(H.reply + 9);
    check_reply(n, status);
    return status;
}

int harness_request(const char *method, const char *target, int token, const char *headers,
                    const char *body, size_t body_len)
{
    size_t cap = strlen(method) + strlen(target) + strlen(headers) + body_len + 256, n;
    char *req = malloc(cap);
    int status;
    if (!req)
        die("out of memory");
    n = (size_t)snprintf(req, cap,
                         "%s %s HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n%s%s%s%s"
                         "Content-Length: %zu\r\n\r\n",
                         method, target, token >= 0 ? "Authorization: Bearer " : "",
                         token >= 0 ? harness_token((unsigned)token) : "", token >= 0 ? "\r\n" : "",
                         headers, body_len);
    memcpy(req + n, body, body_len);
    status = harness_send(req, n + body_len);
    free(req);
    return status;
}
