/*
 * strmap.c - the library's string hash map (see strmap.h): linear
 * probing over slots that keep each key's hash, doubling in the arena
 * when half full.
 */
#include <string.h>

#include "strmap.h"

#define MAX_CAP (1u << 31)

uint64_t brug__hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15u ^ (uint64_t)n, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
    h ^= h >> 29;
    return h | 1;
}

uint64_t brug__hash_str(const char *s)
{
    return brug__hash_bytes(s, strlen(s));
}

static brug_err alloc_slots(brug__strmap *map, uint32_t cap)
{
    map->keys = brug__arena_calloc(map->arena, cap, sizeof(*map->keys));
    map->hashes = brug__arena_alloc(map->arena, (size_t)cap * sizeof(*map->hashes));
    map->vals = brug__arena_alloc(map->arena, (size_t)cap * sizeof(*map->vals));
    if (!map->keys || !map->hashes || !map->vals)
        return BRUG_ENOMEM;
    map->cap = cap;
    return BRUG_OK;
}

brug_err brug__strmap_init(brug__strmap *map, brug__arena *arena, uint32_t n)
{
    uint32_t cap = 16;
    memset(map, 0, sizeof(*map));
    map->arena = arena;
    while (cap < 2 * (uint64_t)n + 1) {
        if (cap >= MAX_CAP)
            return BRUG_ETOOBIG;
        cap *= 2;
    }
    return alloc_slots(map, cap);
}

static void place(brug__strmap *map, const char *key, uint32_t h, uint32_t val)
{
    uint32_t mask = map->cap - 1, i = h & mask;
    while (map->keys[i])
        i = (i + 1) & mask;
    map->keys[i] = key;
    map->hashes[i] = h;
    map->vals[i] = val;
}

static brug_err grow(brug__strmap *map)
{
    const char **keys = map->keys;
    uint32_t *hashes = map->hashes, *vals = map->vals, cap = map->cap, i;
    brug_err err;
    if (cap >= MAX_CAP)
        return BRUG_ETOOBIG;
    err = alloc_slots(map, 2 * cap);
    if (err) {
        map->keys = keys;
        map->hashes = hashes;
        map->vals = vals;
        map->cap = cap;
        return err;
    }
    for (i = 0; i < cap; i++)
        if (keys[i])
            place(map, keys[i], hashes[i], vals[i]);
    return BRUG_OK;
}

/* The slot holding (s, n) with hash h, or -1. */
static int64_t lookup(const brug__strmap *map, const char *s, size_t n, uint32_t h)
{
    uint32_t mask = map->cap - 1, i;
    for (i = h & mask; map->keys[i]; i = (i + 1) & mask)
        if (map->hashes[i] == h && strncmp(map->keys[i], s, n) == 0 && map->keys[i][n] == '\0')
            return i;
    return -1;
}

brug_err brug__strmap_put(brug__strmap *map, const char *key, uint32_t val)
{
    size_t n = strlen(key);
    uint32_t h = (uint32_t)brug__hash_bytes(key, n);
    if (lookup(map, key, n, h) >= 0)
        return BRUG_OK;
    if ((uint64_t)(map->count + 1) * 2 > map->cap) {
        brug_err err = grow(map);
        if (err)
            return err;
    }
    place(map, key, h, val);
    map->count++;
    return BRUG_OK;
}

int brug__strmap_getn(const brug__strmap *map, const char *s, size_t n, uint32_t *val)
{
    int64_t i;
    if (!map->cap)
        return 0;
    i = lookup(map, s, n, (uint32_t)brug__hash_bytes(s, n));
    if (i < 0)
        return 0;
    *val = map->vals[i];
    return 1;
}

int brug__strmap_get(const brug__strmap *map, const char *key, uint32_t *val)
{
    return brug__strmap_getn(map, key, strlen(key), val);
}

const char *brug__strmap_slot(const brug__strmap *map, uint32_t i, uint32_t *val)
{
    if (i >= map->cap || !map->keys[i])
        return NULL;
    *val = map->vals[i];
    return map->keys[i];
}
