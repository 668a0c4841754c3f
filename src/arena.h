/*
 * arena.h - a bump allocator for data that lives and dies together.
 *
 * Index builds (CSR arrays, label tables) and per-request work allocate
 * from an arena and release everything in one brug__arena_release().
 * Memory comes from the arena's brug_alloc in blocks of at least
 * block_size bytes.  Not thread-safe: one arena per thread.
 */
#ifndef BRUG__ARENA_H
#define BRUG__ARENA_H

#include <stddef.h>
#include "brug/alloc.h"

typedef struct brug__arena_block brug__arena_block;

typedef struct brug__arena {
    const brug_alloc *alloc; /* private */
    brug__arena_block *head; /* private: newest block first */
    size_t block_size;       /* private */
    size_t used;             /* read-only: bytes handed out, for stats */
} brug__arena;

/* Prepare an empty arena.  alloc may be NULL (libc); block_size 0 picks 64 KiB. */
void brug__arena_init(brug__arena *arena, const brug_alloc *alloc, size_t block_size);

/* size bytes aligned for any type, or NULL when out of memory. */
void *brug__arena_alloc(brug__arena *arena, size_t size);

/* count * size zeroed bytes, or NULL on overflow or out of memory. */
void *brug__arena_calloc(brug__arena *arena, size_t count, size_t size);

/* A copy of s (n bytes plus a NUL) in the arena, or NULL. */
char *brug__arena_strndup(brug__arena *arena, const char *s, size_t n);
char *brug__arena_strdup(brug__arena *arena, const char *s);

/* Free every block; the arena is empty and may be used again. */
void brug__arena_release(brug__arena *arena);

#endif
