/*
 * strmap.c - linear-probing string hash map (see strmap.h).  Sized once at
 * twice the expected key count, so it never rehashes.
 */
#include <string.h>

#include "strmap.h"

uint64_t brug__hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

brug_err brug__strmap_init(brug__strmap *map, brug__arena *arena, uint32_t n)
{
    uint32_t cap = 16;
    while (cap < 2 * (uint64_t)n + 1) {
        if (cap > UINT32_MAX / 2)
            return BRUG_ETOOBIG;
        cap *= 2;
    }
    map->cap = cap;
    map->count = 0;
    map->keys = brug__arena_calloc(arena, cap, sizeof(*map->keys));
    map->vals = brug__arena_alloc(arena, (size_t)cap * sizeof(*map->vals));
    return map->keys && map->vals ? BRUG_OK : BRUG_ENOMEM;
}

brug_err brug__strmap_put(brug__strmap *map, const char *key, uint32_t val)
{
    uint32_t i = (uint32_t)brug__hash_str(key) & (map->cap - 1);
    if (map->count + 1 > map->cap / 2)
        return BRUG_ETOOBIG;
    while (map->keys[i]) {
        if (strcmp(map->keys[i], key) == 0)
            return BRUG_OK;
        i = (i + 1) & (map->cap - 1);
    }
    map->keys[i] = key;
    map->vals[i] = val;
    map->count++;
    return BRUG_OK;
}

int brug__strmap_get(const brug__strmap *map, const char *key, uint32_t *val)
{
    uint32_t i;
    if (!map->cap)
        return 0;
    i = (uint32_t)brug__hash_str(key) & (map->cap - 1);
    while (map->keys[i]) {
        if (strcmp(map->keys[i], key) == 0) {
            *val = map->vals[i];
            return 1;
        }
        i = (i + 1) & (map->cap - 1);
    }
    return 0;
}
