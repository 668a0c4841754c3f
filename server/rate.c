/*
 * rate.c - the per-address request rate limit of `brug serve`: a token
 * bucket per client address (cfg.rate requests a second, cfg.burst at
 * once) in a fixed table of SRV_RATE_SLOTS slots, so memory does not grow
 * with the number of addresses.  Two addresses that hash to one slot take
 * it in turn (the newer one resets it): a flood from many addresses cannot
 * make the table larger, only the limit looser for them.
 */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "server.h"

static size_t addr_key(const struct sockaddr *sa, unsigned char key[16])
{
    memset(key, 0, 16);
    if (sa->sa_family == AF_INET) {
        memcpy(key, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, 4);
        return 4;
    }
    if (sa->sa_family == AF_INET6) {
        /* one bucket per /64, the usual size of one client's network */
        memcpy(key, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, 8);
        return 8;
    }
    return 0;
}

int srv_rate_allows(srv_app *app, const struct sockaddr *sa, unsigned *retry_s)
{
    unsigned char key[16];
    uint64_t h = 1469598103934665603ULL;
    struct timespec ts;
    srv_rate_slot *s;
    double now, cap;
    size_t i, n;
    int ok;

    *retry_s = 0;
    if (!app->rate || !sa)
        return 1;
    n = addr_key(sa, key);
    for (i = 0; i < n; i++)
        h = (h ^ key[i]) * 1099511628211ULL;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    cap = (double)app->cfg.rate + (double)app->cfg.burst;
    pthread_mutex_lock(&app->rate_mu);
    s = &app->rate[h % SRV_RATE_SLOTS];
    if (memcmp(s->addr, key, 16) != 0 || s->last == 0) {
        memcpy(s->addr, key, 16);
        s->tokens = cap;
        s->last = now;
    }
    s->tokens += (now - s->last) * (double)app->cfg.rate;
    if (s->tokens > cap)
        s->tokens = cap;
    s->last = now;
    ok = s->tokens >= 1.0;
    if (ok)
        s->tokens -= 1.0;
    else
        *retry_s = (unsigned)((1.0 - s->tokens) / (double)app->cfg.rate) + 1;
    pthread_mutex_unlock(&app->rate_mu);
    return ok;
}
