/*
 * cache.c - the sharded FIFO response cache of brug serve (cache.h).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"

#define NSHARDS 16
#define NBUCKETS 1024 /* per shard; chains grow beyond */

typedef struct entry {
    struct entry *next;  /* hash chain */
    struct entry *newer; /* FIFO order */
    uint64_t hash;
    int refs; /* the cache's own (until evicted) plus readers' */
    size_t klen, vlen;
    char *key; /* key, NUL, value follow the struct */
    char *value;
} entry;

typedef struct shard {
    pthread_mutex_t mu;
    entry *bucket[NBUCKETS];
    entry *oldest, *newest;
    size_t bytes, entries, hits, misses;
} shard;

struct srv_cache {
    size_t shard_budget;
    shard shards[NSHARDS];
};

static uint64_t hash_key(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

srv_cache *srv_cache_new(size_t max_bytes)
{
    srv_cache *c;
    int i;
    if (!max_bytes)
        return NULL;
    c = calloc(1, sizeof(*c));
    if (!c)
        return NULL;
    c->shard_budget = max_bytes / NSHARDS;
    for (i = 0; i < NSHARDS; i++)
        pthread_mutex_init(&c->shards[i].mu, NULL);
    return c;
}

void srv_cache_free(srv_cache *c)
{
    int i;
    if (!c)
        return;
    for (i = 0; i < NSHARDS; i++) {
        entry *e = c->shards[i].oldest;
        while (e) {
            entry *next = e->newer;
            srv_cache_release(e);
            e = next;
        }
        pthread_mutex_destroy(&c->shards[i].mu);
    }
    free(c);
}

static entry *find(shard *s, uint64_t h, const char *key, size_t klen)
{
    entry *e;
    for (e = s->bucket[h % NBUCKETS]; e; e = e->next)
        if (e->hash == h && e->klen == klen && memcmp(e->key, key, klen) == 0)
            return e;
    return NULL;
}

char *srv_cache_get(srv_cache *c, const char *key, size_t *len)
{
    size_t klen;
    uint64_t h;
    shard *s;
    entry *e;
    char *out = NULL;
    if (!c)
        return NULL;
    klen = strlen(key);
    h = hash_key(key, klen);
    s = &c->shards[(h >> 32) % NSHARDS];
    pthread_mutex_lock(&s->mu);
    e = find(s, h, key, klen);
    if (e) {
        out = malloc(e->vlen + 1);
        if (out) {
            memcpy(out, e->value, e->vlen + 1);
            *len = e->vlen;
        }
        s->hits++;
    } else {
        s->misses++;
    }
    pthread_mutex_unlock(&s->mu);
    return out;
}

static void unlink_oldest(shard *s)
{
    entry *e = s->oldest, **pp;
    for (pp = &s->bucket[e->hash % NBUCKETS]; *pp != e; pp = &(*pp)->next)
        ;
    *pp = e->next;
    s->oldest = e->newer;
    if (!s->oldest)
        s->newest = NULL;
    s->bytes -= sizeof(*e) + e->klen + e->vlen + 2;
    s->entries--;
    srv_cache_release(e); /* freed now, or by its last reader */
}

void srv_cache_release(void *handle)
{
    entry *e = handle;
    if (e && __atomic_sub_fetch(&e->refs, 1, __ATOMIC_ACQ_REL) == 0)
        free(e);
}

void *srv_cache_get_ref(srv_cache *c, const char *key, const char **data, size_t *len)
{
    size_t klen;
    uint64_t h;
    shard *s;
    entry *e;
    if (!c)
        return NULL;
    klen = strlen(key);
    h = hash_key(key, klen);
    s = &c->shards[(h >> 32) % NSHARDS];
    pthread_mutex_lock(&s->mu);
    e = find(s, h, key, klen);
    if (e) {
        __atomic_add_fetch(&e->refs, 1, __ATOMIC_ACQ_REL);
        *data = e->value;
        *len = e->vlen;
        s->hits++;
    } else {
        s->misses++;
    }
    pthread_mutex_unlock(&s->mu);
    return e;
}

void srv_cache_put(srv_cache *c, const char *key, const char *value, size_t len)
{
    size_t klen, need;
    uint64_t h;
    shard *s;
    entry *e;
    if (!c)
        return;
    klen = strlen(key);
    need = sizeof(*e) + klen + len + 2;
    if (need > c->shard_budget)
        return;
    h = hash_key(key, klen);
    s = &c->shards[(h >> 32) % NSHARDS];
    e = malloc(need);
    if (!e)
        return;
    e->hash = h;
    e->refs = 1;
    e->klen = klen;
    e->vlen = len;
    e->key = (char *)(e + 1);
    e->value = e->key + klen + 1;
    memcpy(e->key, key, klen + 1);
    memcpy(e->value, value, len);
    e->value[len] = '\0';
    e->newer = NULL;
    pthread_mutex_lock(&s->mu);
    if (find(s, h, key, klen)) {
        pthread_mutex_unlock(&s->mu);
        free(e);
        return;
    }
    while (s->oldest && s->bytes + need > c->shard_budget)
        unlink_oldest(s);
    e->next = s->bucket[h % NBUCKETS];
    s->bucket[h % NBUCKETS] = e;
    if (s->newest)
        s->newest->newer = e;
    else
        s->oldest = e;
    s->newest = e;
    s->bytes += need;
    s->entries++;
    pthread_mutex_unlock(&s->mu);
}

void srv_cache_stats(srv_cache *c, size_t *hits, size_t *misses, size_t *bytes, size_t *entries)
{
    int i;
    *hits = *misses = *bytes = *entries = 0;
    if (!c)
        return;
    for (i = 0; i < NSHARDS; i++) {
        shard *s = &c->shards[i];
        pthread_mutex_lock(&s->mu);
        *hits += s->hits;
        *misses += s->misses;
        *bytes += s->bytes;
        *entries += s->entries;
        pthread_mutex_unlock(&s->mu);
    }
}
