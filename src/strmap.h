/*
 * strmap.h - an open-addressing hash map from strings to uint32_t values,
 * used to resolve URIs to dense indexes.  Keys are not copied: they must
 * outlive the map (they usually live in the same arena).
 */
#ifndef BRUG__STRMAP_H
#define BRUG__STRMAP_H

#include <stddef.h>
#include <stdint.h>
#include "brug/error.h"
#include "arena.h"

typedef struct brug__strmap {
    const char **keys; /* private: NULL marks an empty slot */
    uint32_t *vals;    /* private */
    uint32_t cap;      /* private: a power of two */
    uint32_t count;    /* read-only */
} brug__strmap;

/* A map with room for n keys, allocated in the arena. */
brug_err brug__strmap_init(brug__strmap *map, brug__arena *arena, uint32_t n);

/* Add key -> val; a key already present keeps its first value.
 * BRUG_ETOOBIG when more keys are added than the map was sized for. */
brug_err brug__strmap_put(brug__strmap *map, const char *key, uint32_t val);

/* 1 and *val set when key is present, 0 otherwise. */
int brug__strmap_get(const brug__strmap *map, const char *key, uint32_t *val /* OUT */);

/* FNV-1a over the bytes of s. */
uint64_t brug__hash_str(const char *s);

#endif
