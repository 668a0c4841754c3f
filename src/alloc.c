/*
 * alloc.c - the libc allocator and the overflow-checked helpers every
 * module uses to allocate through a handle's brug_alloc.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static void *libc_malloc(void *ctx, size_t size)
{
    (void)ctx;
    return malloc(size);
}

static void *libc_realloc(void *ctx, void *ptr, size_t size)
{
    (void)ctx;
    return realloc(ptr, size);
}

static void libc_free(void *ctx, void *ptr)
{
    (void)ctx;
    free(ptr);
}

const brug_alloc brug__alloc_libc = {libc_malloc, libc_realloc, libc_free, NULL};

static const brug_alloc *pick(const brug_alloc *a)
{
    return a ? a : &brug__alloc_libc;
}

void *brug__malloc(const brug_alloc *a, size_t size)
{
    a = pick(a);
    return a->malloc(a->ctx, size ? size : 1);
}

void *brug__calloc(const brug_alloc *a, size_t count, size_t size)
{
    void *p;
    if (size && count > SIZE_MAX / size)
        return NULL;
    p = brug__malloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *brug__realloc(const brug_alloc *a, void *ptr, size_t size)
{
    a = pick(a);
    return a->realloc(a->ctx, ptr, size ? size : 1);
}

void *brug__reallocarray(const brug_alloc *a, void *ptr, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    return brug__realloc(a, ptr, count * size);
}

void brug__free(const brug_alloc *a, void *ptr)
{
    if (!ptr)
        return;
    a = pick(a);
    a->free(a->ctx, ptr);
}

char *brug__strndup(const brug_alloc *a, const char *s, size_t n)
{
    char *p = brug__malloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *brug__strdup(const brug_alloc *a, const char *s)
{
    return brug__strndup(a, s, strlen(s));
}
