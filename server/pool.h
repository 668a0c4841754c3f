/*
 * pool.h - what a request (or the app) allocates and frees together: each
 * allocation is its own malloc, linked to the pool, and srv_pool_release()
 * frees them all.  The server's own small helper (the library's arena is
 * internal to libbrug); a request makes a handful of allocations, so
 * simplicity wins over bump allocation.  Not thread-safe: one per request.
 */
#ifndef BRUG_SRV_POOL_H
#define BRUG_SRV_POOL_H

#include <stddef.h>

typedef struct srv_pool_item srv_pool_item;

typedef struct srv_pool {
    srv_pool_item *head; /* private: newest first */
} srv_pool;

/* An empty pool. */
void srv_pool_init(srv_pool *pool);

/* size bytes aligned for any type, or NULL when out of memory. */
void *srv_pool_alloc(srv_pool *pool, size_t size);

/* count * size zeroed bytes, or NULL on overflow or out of memory. */
void *srv_pool_calloc(srv_pool *pool, size_t count, size_t size);

/* A copy of s (n bytes plus a NUL), or NULL. */
char *srv_pool_strndup(srv_pool *pool, const char *s, size_t n);
char *srv_pool_strdup(srv_pool *pool, const char *s);

/* Free everything; the pool is empty and may be used again. */
void srv_pool_release(srv_pool *pool);

#endif
