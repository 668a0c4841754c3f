/*
 * cache.h - a bounded, thread-safe cache of serialized responses, for the
 * endpoints whose answer depends only on the request and the immutable
 * in-memory indexes (bridges from an occupation, explanations).  Keys are
 * strings built from the normalized parameters; values are copied in and
 * out, so no entry is ever shared with a running request.  Sharded by key
 * hash, each shard under its own mutex; when a shard passes its share of
 * the byte budget its oldest entries go first (FIFO).
 */
#ifndef BRUG_CACHE_H
#define BRUG_CACHE_H

#include <stddef.h>

typedef struct srv_cache srv_cache;

/* A cache of at most max_bytes (keys and values); NULL on out of memory.
 * max_bytes 0 gives NULL: no cache (every call below accepts NULL). */
srv_cache *srv_cache_new(size_t max_bytes);
void srv_cache_free(srv_cache *c);

/* A malloc'd copy of the value stored under key (free() it), with its
 * length in *len; NULL when absent. */
char *srv_cache_get(srv_cache *c, const char *key, size_t *len /* OUT */);

/*
 * The value under key without copying: *data and *len point into the entry,
 * which stays valid, even if evicted meanwhile, until srv_cache_release()
 * of the returned handle.  NULL when absent.
 */
void *srv_cache_get_ref(srv_cache *c, const char *key, const char **data /* OUT */,
                        size_t *len /* OUT */);
void srv_cache_release(void *handle);

/* Store a copy of value under key (replacing nothing: the first value for
 * a key stays).  Values larger than a shard's budget are not stored. */
void srv_cache_put(srv_cache *c, const char *key, const char *value, size_t len);

/* Hits and misses so far. */
void srv_cache_stats(srv_cache *c, size_t *hits, size_t *misses, size_t *bytes, size_t *entries);

#endif
