/*
 * pool.c - a request's allocations, freed together (see pool.h).
 */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pool.h"

struct srv_pool_item {
    srv_pool_item *next;
    alignas(max_align_t) unsigned char data[];
};

void srv_pool_init(srv_pool *pool)
{
    pool->head = NULL;
}

void *srv_pool_alloc(srv_pool *pool, size_t size)
{
    srv_pool_item *it;
    if (size > SIZE_MAX - sizeof(*it))
        return NULL;
    it = malloc(sizeof(*it) + size);
    if (!it)
        return NULL;
    it->next = pool->head;
    pool->head = it;
    return it->data;
}

void *srv_pool_calloc(srv_pool *pool, size_t count, size_t size)
{
    void *p;
    if (size && count > SIZE_MAX / size)
        return NULL;
    p = srv_pool_alloc(pool, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *srv_pool_strndup(srv_pool *pool, const char *s, size_t n)
{
    char *p = srv_pool_alloc(pool, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *srv_pool_strdup(srv_pool *pool, const char *s)
{
    return srv_pool_strndup(pool, s, strlen(s));
}

void srv_pool_release(srv_pool *pool)
{
    srv_pool_item *it = pool->head;
    while (it) {
        srv_pool_item *next = it->next;
        free(it);
        it = next;
    }
    pool->head = NULL;
}
