/*
 * alloc.h - the allocator a brug handle uses.
 *
 * Each handle is opened with a brug_alloc (NULL means libc's malloc,
 * realloc and free), so an embedding program can account for or limit
 * brug's memory, and tests can make the Nth allocation fail.
 */
#ifndef BRUG_ALLOC_H
#define BRUG_ALLOC_H

#include <stddef.h>

typedef struct brug_alloc {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} brug_alloc;

#endif
