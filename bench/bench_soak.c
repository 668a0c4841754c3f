/*
 * bench_soak.c - a soak test of `brug serve`: MINUTES of mixed load on
 * loopback (127.0.0.1 only), bounded in time and in requests, then a check
 * that no acknowledged write was lost.
 *
 *   bench_soak --brug build/brug --db SCRATCH.db [--minutes 30] [--max-requests N]
 *              [--readers 3] [--writers 2] [--slow 40] [--import-every 30] [--out DIR]
 *
 * SCRATCH.db must be a copy of a database with a taxonomy (the demo): it
 * is written to.  The program starts `brug serve` on it (4 threads, port
 * 0, the default --sync full; no rate limit, since every client here is
 * 127.0.0.1) and runs in parallel:
 *   readers   search, bridges, stats, health, ESCO search, passport reads (admin);
 *   writers   each owns 50 passports "soak-wW-K" and replaces them one after
 *             another with a rising version (max_km, hours encode it); every
 *             2xx is appended to DIR/acks.log before the next write;
 *   consent   grants and withdraws consents of those passports (acked too);
 *   importer  every IMPORT_EVERY s, `brug import passports` of 200 new
 *             passports from another process (acked when it exits 0);
 *   slow      clients that send a request one byte every 5 s, reconnecting
 *             when the server drops them.
 * Every 30 s it prints the server's resident memory and the counts so far.
 * At the end it stops the server (SIGTERM) and checks, through the library
 * on the database file, the acknowledgement log: a passport whose stored
 * version is below its last acknowledged one, a missing imported passport
 * or a consent in another state than acknowledged is a lost write.
 * Exit status 0 when nothing was lost and no request got a 5xx other than
 * 503, a connection error or an unexpected status.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_util.h"
#include "brug/brug.h"

#define IDS_PER_WRITER 50
#define MAX_WRITERS 8
#define IMPORT_BATCH 200
#define MAX_IMPORTS 512
#define NOCC 64

typedef struct soak {
    const char *brug, *db, *out;
    double minutes, t_end;
    unsigned long max_requests;
    int readers, writers, slow, import_every;
    pid_t server;
    unsigned port;
    char admin[BRUG_TOKEN_SIZE];
    char occ[NOCC][160];
    int nocc;

    pthread_mutex_t mu;
    FILE *acks;
    unsigned long requests, ok2xx, s4xx_expected, s429, s503, s5xx, conn_errors, unexpected;
    unsigned long slow_bytes, slow_drops, imports_ok, imports_failed;
    int acked[MAX_WRITERS][IDS_PER_WRITER];         /* last acknowledged version, 0: none */
    int consent_acked[MAX_WRITERS][IDS_PER_WRITER]; /* -1 unknown, 0 withdrawn, 1 granted */
    int import_rounds_ok[MAX_IMPORTS];
    int nimports;
    volatile int stop;
} soak;

/* ---- a minimal keep-alive HTTP/1.1 client ---- */

typedef struct conn {
    int fd;
    char buf[1 << 16];
} conn;

static int conn_open(const soak *s, conn *c)
{
    struct sockaddr_in sin;
    struct timeval tv = {30, 0};
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (c->fd < 0)
        return -1;
    setsockopt(c->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)s->port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(c->fd, (struct sockaddr *)&sin, sizeof(sin)) != 0) {
        close(c->fd);
        c->fd = -1;
        return -1;
    }
    return 0;
}

static void conn_close(conn *c)
{
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
}

/* One request; returns the status (0 on a connection error), body in c->buf. */
static int http(soak *s, conn *c, const char *method, const char *path, const char *body)
{
    char head[1024];
    size_t blen = body ? strlen(body) : 0, have = 0, need;
    const char *end, *cl;
    int n, status, tries;

    for (tries = 0; tries < 2; tries++) {
        if (c->fd < 0 && conn_open(s, c) != 0)
            return 0;
        n = snprintf(head, sizeof(head),
                     "%s %s HTTP/1.1\r\nHost: soak\r\nAuthorization: Bearer %s\r\n"
                     "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n",
                     method, path, s->admin, blen);
        if (send(c->fd, head, (size_t)n, MSG_NOSIGNAL) != n ||
            (blen && send(c->fd, body, blen, MSG_NOSIGNAL) != (ssize_t)blen)) {
            conn_close(c); /* the server closed an idle keep-alive connection: retry once */
            continue;
        }
        have = 0;
        for (;;) {
            ssize_t r = recv(c->fd, c->buf + have, sizeof(c->buf) - 1 - have, 0);
            if (r <= 0)
                break;
            have += (size_t)r;
            c->buf[have] = '\0';
            end = strstr(c->buf, "\r\n\r\n");
            if (!end)
                continue;
            cl = strcasestr(c->buf, "\r\nContent-Length:");
            need = (size_t)(end + 4 - c->buf) + (cl && cl < end ? strtoul(cl + 17, NULL, 10) : 0);
            if (have >= need || have >= sizeof(c->buf) - 1)
                break;
        }
        if (have < 12) {
            conn_close(c);
            if (have == 0 && tries == 0)
                continue;
            return 0;
        }
        status = atoi(c->buf + 9);
        if (strcasestr(c->buf, "\r\nConnection: close"))
            conn_close(c);
        end = strstr(c->buf, "\r\n\r\n");
        if (end)
            memmove(c->buf, end + 4, have - (size_t)(end + 4 - c->buf) + 1);
        return status;
    }
    return 0;
}

/* Count a reply; expected: statuses that are a normal answer here. */
static void count(soak *s, int status, int expected_4xx)
{
    pthread_mutex_lock(&s->mu);
    s->requests++;
    if (status == 0)
        s->conn_errors++;
    else if (status < 300)
        s->ok2xx++;
    else if (status == 429)
        s->s429++;
    else if (status == 503)
        s->s503++;
    else if (status >= 500)
        s->s5xx++;
    else if (status == expected_4xx)
        s->s4xx_expected++;
    else
        s->unexpected++;
    if (s->max_requests && s->requests >= s->max_requests)
        s->stop = 1;
    pthread_mutex_unlock(&s->mu);
}

static int running(const soak *s)
{
    return !s->stop && now() < s->t_end;
}

static void pause_ms(int ms)
{
    usleep((useconds_t)ms * 1000);
}

/* ---- the load ---- */

static void *reader(void *arg)
{
    soak *s = arg;
    conn c = {-1, {0}};
    char path[512];
    unsigned i = 0;
    static const char *const words[] = {"lasser", "verpleeg", "monteur", "data", "zorg", "teach"};
    while (running(s)) {
        int expect = 0, st;
        switch (i++ % 7) {
        case 0:
            snprintf(path, sizeof(path), "/api/v1/search?q=%s&limit=10", words[i % 6]);
            break;
        case 1:
            snprintf(path, sizeof(path), "/api/v1/bridges?from=%s&top=5",
                     s->nocc ? s->occ[i % (unsigned)s->nocc] : "x");
            expect = 404;
            break;
        case 2:
            snprintf(path, sizeof(path), "/api/v1/stats");
            break;
        case 3:
            snprintf(path, sizeof(path), "/search?text=%s&language=nl&limit=5", words[i % 6]);
            break;
        case 4:
            snprintf(path, sizeof(path), "/api/v1/passports/soak-w%u-%u", i % (unsigned)s->writers,
                     i % IDS_PER_WRITER);
            expect = 404; /* not yet created */
            break;
        case 5:
            snprintf(path, sizeof(path), "/api/v1/health");
            break;
        default:
            snprintf(path, sizeof(path), "/api/v1/audit?limit=20");
        }
        st = http(s, &c, "GET", path, NULL);
        count(s, st, expect);
        pause_ms(10);
    }
    conn_close(&c);
    return NULL;
}

typedef struct warg {
    soak *s;
    int w;
} warg;

static void *writer(void *arg)
{
    warg *a = arg;
    soak *s = a->s;
    conn c = {-1, {0}};
    char path[128], body[256];
    int version[IDS_PER_WRITER] = {0};
    unsigned k = 0;
    while (running(s)) {
        int v, st;
        k = (k + 7) % IDS_PER_WRITER;
        v = ++version[k];
        snprintf(path, sizeof(path), "/api/v1/passports/soak-w%d-%u", a->w, k);
        snprintf(body, sizeof(body),
                 "{\"id\":\"soak-w%d-%u\",\"region\":\"AM18\",\"max_km\":%d,\"hours\":%d,"
                 "\"skills\":[]}",
                 a->w, k, v % 501, 1 + (v / 501) % 80);
        st = http(s, &c, v == 1 ? "POST" : "PUT", v == 1 ? "/api/v1/passports" : path, body);
        count(s, st, 0);
        if (st == 200 || st == 201) {
            pthread_mutex_lock(&s->mu);
            s->acked[a->w][k] = v;
            fprintf(s->acks, "passport soak-w%d-%u %d\n", a->w, k, v);
            fflush(s->acks);
            pthread_mutex_unlock(&s->mu);
        } else if (v == 1 && st != 409) {
            version[k] = 0; /* not created: create again next time */
        }
        pause_ms(20);
    }
    conn_close(&c);
    return NULL;
}

static void *consenter(void *arg)
{
    soak *s = arg;
    conn c = {-1, {0}};
    char path[160];
    unsigned i = 0;
    while (running(s)) {
        int w = (int)(i % (unsigned)s->writers), k = (int)((i / 2) % IDS_PER_WRITER), st;
        int grant = (i / 3) % 2 == 0;
        i++;
        pthread_mutex_lock(&s->mu);
        st = s->acked[w][k];
        pthread_mutex_unlock(&s->mu);
        if (!st) {
            pause_ms(50);
            continue;
        }
        snprintf(path, sizeof(path), "/api/v1/passports/soak-w%d-%d/consents/adv-soak", w, k);
        st = http(s, &c, grant ? "PUT" : "DELETE", path, NULL);
        count(s, st, 404); /* withdrawing what does not stand */
        pthread_mutex_lock(&s->mu);
        if (st == 200 || (st == 404 && !grant)) {
            s->consent_acked[w][k] = grant;
            fprintf(s->acks, "consent soak-w%d-%d %d\n", w, k, grant);
            fflush(s->acks);
        } else {
            s->consent_acked[w][k] = -1;
        }
        pthread_mutex_unlock(&s->mu);
        pause_ms(100);
    }
    conn_close(&c);
    return NULL;
}

static int run_brug(const soak *s, const char *const *args)
{
    const char *argv[16];
    pid_t pid;
    int i, status = 0;
    argv[0] = s->brug;
    argv[1] = "--db";
    argv[2] = s->db;
    for (i = 0; args[i] && i < 12; i++)
        argv[3 + i] = args[i];
    argv[3 + i] = NULL;
    pid = fork();
    if (pid == 0) {
        char err[1100];
        int fd = open("/dev/null", O_WRONLY), efd;
        snprintf(err, sizeof(err), "%s/import.err", s->out);
        efd = open(err, O_WRONLY | O_CREAT | O_APPEND, 0644);
        dup2(fd, 1);
        dup2(efd >= 0 ? efd : fd, 2);
        execv(s->brug, (char *const *)argv);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void *importer(void *arg)
{
    soak *s = arg;
    char file[1024];
    double next = now() + s->import_every;
    while (running(s) && s->nimports < MAX_IMPORTS) {
        FILE *f;
        int i, rc, round = s->nimports;
        const char *args[] = {"import", "passports", file, NULL};
        if (now() < next) {
            pause_ms(200);
            continue;
        }
        next = now() + s->import_every;
        snprintf(file, sizeof(file), "%s/import.jsonl", s->out);
        f = fopen(file, "w");
        if (!f)
            break;
        for (i = 0; i < IMPORT_BATCH; i++)
            fprintf(f, "{\"id\":\"soak-imp-%d-%d\",\"region\":\"AM%02d\",\"skills\":[]}\n", round,
                    i, 1 + i % 3);
        fclose(f);
        rc = run_brug(s, args);
        pthread_mutex_lock(&s->mu);
        s->import_rounds_ok[round] = rc == 0;
        s->nimports++;
        if (rc == 0) {
            s->imports_ok++;
            fprintf(s->acks, "import %d %d\n", round, IMPORT_BATCH);
            fflush(s->acks);
        } else {
            s->imports_failed++;
        }
        pthread_mutex_unlock(&s->mu);
    }
    return NULL;
}

static void *slow_client(void *arg)
{
    soak *s = arg;
    static const char req[] = "GET /api/v1/health HTTP/1.1\r\nHost: slow\r\n\r\n";
    conn c = {-1, {0}};
    size_t i = 0;
    while (running(s)) {
        if (c.fd < 0) {
            if (conn_open(s, &c) != 0) {
                pause_ms(1000);
                continue;
            }
            i = 0;
        }
        if (send(c.fd, req + i, 1, MSG_NOSIGNAL) != 1) {
            conn_close(&c);
            pthread_mutex_lock(&s->mu);
            s->slow_drops++;
            pthread_mutex_unlock(&s->mu);
            continue;
        }
        pthread_mutex_lock(&s->mu);
        s->slow_bytes++;
        pthread_mutex_unlock(&s->mu);
        i = (i + 1) % (sizeof(req) - 1);
        if (i == 0) { /* a whole request went out: read its reply, start again */
            recv(c.fd, c.buf, sizeof(c.buf), 0);
            conn_close(&c);
        }
        pause_ms(5000);
    }
    conn_close(&c);
    return NULL;
}

/* ---- the server ---- */

static long rss_kb(pid_t pid, const char *key)
{
    char path[64], line[256];
    long v = -1;
    FILE *f;
    snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
    f = fopen(path, "r");
    if (!f)
        return -1;
    while (fgets(line, sizeof(line), f))
        if (strncmp(line, key, strlen(key)) == 0)
            v = strtol(line + strlen(key), NULL, 10);
    fclose(f);
    return v;
}

static int start_server(soak *s)
{
    int out[2];
    char line[512];
    FILE *f;
    if (pipe(out) != 0)
        return -1;
    s->server = fork();
    if (s->server == 0) {
        const char *argv[] = {s->brug,        "--db", s->db,       "serve", "--host", "127.0.0.1",
                              "--port",       "0",    "--threads", "4",     "--rate", "0",
                              "--max-per-ip", "512",  "--quiet",   NULL};
        dup2(out[1], 1);
        close(out[0]);
        execv(s->brug, (char *const *)argv);
        _exit(127);
    }
    close(out[1]);
    f = fdopen(out[0], "r");
    if (!f || !fgets(line, sizeof(line), f) || !strstr(line, "127.0.0.1:"))
        return -1;
    s->port = (unsigned)atoi(strstr(line, "127.0.0.1:") + 10);
    return 0;
}

static int make_admin_token(soak *s)
{
    char cmd[2048];
    FILE *p;
    snprintf(cmd, sizeof(cmd), "'%s' --db '%s' token create --role admin --name soak-admin",
             s->brug, s->db);
    p = popen(cmd, "r");
    if (!p || !fgets(s->admin, sizeof(s->admin), p)) {
        if (p)
            pclose(p);
        return -1;
    }
    s->admin[strcspn(s->admin, "\r\n")] = '\0';
    return pclose(p) == 0 && strlen(s->admin) == BRUG_TOKEN_SIZE - 1 ? 0 : -1;
}

/* Occupation URIs for bridge queries, from the server's own search. */
static void find_occupations(soak *s)
{
    conn c = {-1, {0}};
    const char *p;
    if (http(s, &c, "GET", "/api/v1/search?q=a&type=occupation&limit=50", NULL) != 200) {
        conn_close(&c);
        return;
    }
    for (p = strstr(c.buf, "\"uri\":\""); p && s->nocc < NOCC; p = strstr(p, "\"uri\":\"")) {
        size_t n;
        p += 7;
        n = strcspn(p, "\"");
        if (n < sizeof(s->occ[0]))
            snprintf(s->occ[s->nocc++], sizeof(s->occ[0]), "%.*s", (int)n, p);
    }
    conn_close(&c);
}

/* ---- the check ---- */

static void check(soak *s, unsigned long *lost, unsigned long *checked)
{
    brug_db *db = NULL;
    char id[64];
    int w, k, i, r;
    *lost = *checked = 0;
    if (brug_db_open(s->db, BRUG_OPEN_READONLY, NULL, &db) != BRUG_OK) {
        printf("check: cannot open %s: %s\n", s->db, brug_errmsg(db));
        *lost = 1;
        brug_db_close(db);
        return;
    }
    for (w = 0; w < s->writers; w++)
        for (k = 0; k < IDS_PER_WRITER; k++) {
            json_t *doc = NULL, *list = NULL, *e;
            int v = s->acked[w][k], have;
            size_t j;
            if (!v)
                continue;
            (*checked)++;
            snprintf(id, sizeof(id), "soak-w%d-%d", w, k);
            if (brug_passport_get(db, id, &doc) != BRUG_OK) {
                printf("lost: passport %s (acknowledged version %d) is missing\n", id, v);
                (*lost)++;
                continue;
            }
            have = (int)json_integer_value(json_object_get(doc, "max_km")) +
                   501 * ((int)json_integer_value(json_object_get(doc, "hours")) - 1);
            json_decref(doc);
            if (have < v) {
                printf("lost: passport %s holds version %d, %d was acknowledged\n", id, have, v);
                (*lost)++;
            }
            if (s->consent_acked[w][k] < 0 || brug_consent_list(db, id, &list) != BRUG_OK)
                continue;
            have = 0;
            json_array_foreach(list, j, e)
            {
                if (strcmp(json_string_value(json_object_get(e, "adviser")), "adv-soak") == 0)
                    have = json_is_null(json_object_get(e, "withdrawn"));
            }
            json_decref(list);
            (*checked)++;
            if (have != s->consent_acked[w][k]) {
                printf("lost: consent of %s is %d, %d was acknowledged\n", id, have,
                       s->consent_acked[w][k]);
                (*lost)++;
            }
        }
    for (r = 0; r < s->nimports; r++) {
        if (!s->import_rounds_ok[r])
            continue;
        for (i = 0; i < IMPORT_BATCH; i++) {
            json_t *doc = NULL;
            snprintf(id, sizeof(id), "soak-imp-%d-%d", r, i);
            (*checked)++;
            if (brug_passport_get(db, id, &doc) != BRUG_OK) {
                printf("lost: imported passport %s is missing\n", id);
                (*lost)++;
            }
            json_decref(doc);
        }
    }
    brug_db_close(db);
}

int main(int argc, char **argv)
{
    static soak S;
    soak *s = &S;
    pthread_t th[256];
    warg wa[MAX_WRITERS];
    int nth = 0, i, status = 0;
    long rss0, rss_max = 0, rss;
    double t0, next_report;
    unsigned long lost, checked;
    char path[1024];

    s->minutes = 30;
    s->readers = 3;
    s->writers = 2;
    s->slow = 40;
    s->import_every = 30;
    s->out = "/tmp";
    for (i = 1; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--brug") == 0 && v)
            s->brug = argv[++i];
        else if (strcmp(argv[i], "--db") == 0 && v)
            s->db = argv[++i];
        else if (strcmp(argv[i], "--out") == 0 && v)
            s->out = argv[++i];
        else if (strcmp(argv[i], "--minutes") == 0 && v)
            s->minutes = atof(argv[++i]);
        else if (strcmp(argv[i], "--max-requests") == 0 && v)
            s->max_requests = strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--readers") == 0 && v)
            s->readers = atoi(argv[++i]);
        else if (strcmp(argv[i], "--writers") == 0 && v)
            s->writers = atoi(argv[++i]);
        else if (strcmp(argv[i], "--slow") == 0 && v)
            s->slow = atoi(argv[++i]);
        else if (strcmp(argv[i], "--import-every") == 0 && v)
            s->import_every = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_soak --brug BRUG --db SCRATCH.db [--minutes M] "
                            "[--max-requests N] [--readers N] [--writers N] [--slow N] "
                            "[--import-every S] [--out DIR]\n");
            return 2;
        }
    }
    if (!s->brug || !s->db || s->minutes <= 0 || s->minutes > 240 || s->writers < 1 ||
        s->writers > MAX_WRITERS || s->readers < 0 || s->readers > 64 || s->slow < 0 ||
        s->slow > 128 || s->import_every < 1) {
        fprintf(stderr,
                "bench_soak: --brug and --db are needed; minutes 0-240, writers 1-%d, "
                "readers 0-64, slow 0-128\n",
                MAX_WRITERS);
        return 2;
    }
    memset(s->consent_acked, -1, sizeof(s->consent_acked));
    pthread_mutex_init(&s->mu, NULL);
    snprintf(path, sizeof(path), "%s/acks.log", s->out);
    s->acks = fopen(path, "w");
    if (!s->acks || make_admin_token(s) != 0 || start_server(s) != 0) {
        fprintf(stderr, "bench_soak: set-up failed (acks log, admin token or server)\n");
        if (s->server > 0)
            kill(s->server, SIGTERM);
        return 1;
    }
    find_occupations(s);
    print_load("at start");
    printf("soak: server pid %d on 127.0.0.1:%u, %.1f min, %d readers, %d writers, 1 consent "
           "client, 1 importer every %d s, %d slow clients; acknowledgements in %s\n",
           (int)s->server, s->port, s->minutes, s->readers, s->writers, s->import_every, s->slow,
           path);
    rss0 = rss_kb(s->server, "VmRSS:");
    t0 = now();
    s->t_end = t0 + s->minutes * 60;
    for (i = 0; i < s->readers; i++)
        pthread_create(&th[nth++], NULL, reader, s);
    for (i = 0; i < s->writers; i++) {
        wa[i].s = s;
        wa[i].w = i;
        pthread_create(&th[nth++], NULL, writer, &wa[i]);
    }
    pthread_create(&th[nth++], NULL, consenter, s);
    pthread_create(&th[nth++], NULL, importer, s);
    for (i = 0; i < s->slow; i++)
        pthread_create(&th[nth++], NULL, slow_client, s);
    printf("%8s %9s %9s %7s %6s %6s %6s %8s %7s %10s\n", "t_s", "rss_kb", "requests", "2xx_k",
           "503", "5xx", "conn", "unexpect", "imports", "slow_bytes");
    next_report = t0;
    while (running(s)) {
        if (now() >= next_report) {
            rss = rss_kb(s->server, "VmRSS:");
            if (rss > rss_max)
                rss_max = rss;
            pthread_mutex_lock(&s->mu);
            printf("%8.0f %9ld %9lu %7.1f %6lu %6lu %6lu %8lu %7lu %10lu\n", now() - t0, rss,
                   s->requests, (double)s->ok2xx / 1e3, s->s503, s->s5xx, s->conn_errors,
                   s->unexpected, s->imports_ok, s->slow_bytes);
            pthread_mutex_unlock(&s->mu);
            fflush(stdout);
            next_report += 30;
        }
        pause_ms(250);
    }
    s->stop = 1;
    for (i = 0; i < nth; i++)
        pthread_join(th[i], NULL);
    rss = rss_kb(s->server, "VmRSS:");
    printf("soak: %.1f min; server memory %ld kB at start, %ld kB at most, %ld kB at the end "
           "(VmHWM %ld kB)\n",
           (now() - t0) / 60, rss0, rss_max > rss ? rss_max : rss, rss,
           rss_kb(s->server, "VmHWM:"));
    kill(s->server, SIGTERM);
    waitpid(s->server, &status, 0);
    fclose(s->acks);
    printf("soak: requests %lu: 2xx %lu, expected 4xx %lu, 429 %lu, 503 %lu, other 5xx %lu, "
           "connection errors %lu, unexpected %lu; imports %lu ok, %lu failed; slow clients "
           "sent %lu bytes, dropped %lu times; server exit %s %d\n",
           s->requests, s->ok2xx, s->s4xx_expected, s->s429, s->s503, s->s5xx, s->conn_errors,
           s->unexpected, s->imports_ok, s->imports_failed, s->slow_bytes, s->slow_drops,
           WIFEXITED(status) ? "status" : "signal",
           WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    check(s, &lost, &checked);
    printf("soak: %lu acknowledged writes checked, %lu lost\n", checked, lost);
    print_load("at the end");
    return lost || s->s5xx || s->conn_errors || s->unexpected ? 1 : 0;
}
