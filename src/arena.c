/*
 * arena.c - block-chained bump allocator (see arena.h).
 */
#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"

struct brug__arena_block {
    brug__arena_block *next;
    size_t size; /* usable bytes in data[] */
    size_t off;  /* first free byte */
    alignas(max_align_t) unsigned char data[];
};

#define ARENA_ALIGN alignof(max_align_t)

void brug__arena_init(brug__arena *arena, const brug_alloc *alloc, size_t block_size)
{
    arena->alloc = alloc;
    arena->head = NULL;
    arena->block_size = block_size ? block_size : 64 * 1024;
    arena->used = 0;
}

void *brug__arena_alloc(brug__arena *arena, size_t size)
{
    brug__arena_block *b = arena->head;
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    void *p;

    if (need < size)
        return NULL;
    if (!b || b->size - b->off < need) {
        size_t cap = need > arena->block_size ? need : arena->block_size;
        if (cap > SIZE_MAX - sizeof(*b))
            return NULL;
        b = brug__malloc(arena->alloc, sizeof(*b) + cap);
        if (!b)
            return NULL;
        b->size = cap;
        b->off = 0;
        if (arena->head && need > arena->block_size) {
            /* A large one-off: keep the current block as the bump target. */
            b->next = arena->head->next;
            arena->head->next = b;
        } else {
            b->next = arena->head;
            arena->head = b;
        }
    }
    p = b->data + b->off;
    b->off += need;
    arena->used += need;
    return p;
}

void *brug__arena_calloc(brug__arena *arena, size_t count, size_t size)
{
    void *p;
    if (size && count > SIZE_MAX / size)
        return NULL;
    p = brug__arena_alloc(arena, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *brug__arena_strndup(brug__arena *arena, const char *s, size_t n)
{
    char *p = brug__arena_alloc(arena, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *brug__arena_strdup(brug__arena *arena, const char *s)
{
    return brug__arena_strndup(arena, s, strlen(s));
}

void brug__arena_release(brug__arena *arena)
{
    brug__arena_block *b = arena->head;
    while (b) {
        brug__arena_block *next = b->next;
        brug__free(arena->alloc, b);
        b = next;
    }
    arena->head = NULL;
    arena->used = 0;
}
