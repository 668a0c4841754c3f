/*
 * strmap.h - the one string hash map of the library: strings (URIs, ids,
 * folded labels, region codes) to uint32_t values, used wherever a key
 * must be resolved to a dense index (the import session's URI table, the
 * passport and offer importer's concept resolver, the course catalogue,
 * the in-memory ontology).
 *
 * Open addressing with linear probing; each slot keeps the key's 32-bit
 * hash, so a lookup hashes the key once (8 bytes at a time) and compares
 * bytes only on a matching hash.  The map grows (doubling, in its arena)
 * when it is half full, so the initial size is only a hint.  Keys are not
 * copied: they must be NUL-terminated and outlive the map (they usually
 * live in the same arena).  Lookups may name a key by (pointer, length)
 * without a NUL.  Not thread-safe for writing; concurrent lookups of a
 * map nobody writes are safe.
 */
#ifndef BRUG__STRMAP_H
#define BRUG__STRMAP_H

#include <stddef.h>
#include <stdint.h>
#include "brug/error.h"
#include "arena.h"

typedef struct brug__strmap {
    const char **keys;  /* private: NULL marks an empty slot */
    uint32_t *hashes;   /* private */
    uint32_t *vals;     /* private */
    uint32_t cap;       /* private: a power of two */
    uint32_t count;     /* read-only */
    brug__arena *arena; /* private: where the slot arrays live */
} brug__strmap;

/* An empty map with room for n keys before it first grows, allocated in
 * the arena.  BRUG_ENOMEM, BRUG_ETOOBIG (n over 2^30). */
brug_err brug__strmap_init(brug__strmap *map, brug__arena *arena, uint32_t n);

/* Add key -> val; a key already present keeps its first value.
 * BRUG_ENOMEM when the map cannot grow, BRUG_ETOOBIG past 2^30 keys. */
brug_err brug__strmap_put(brug__strmap *map, const char *key, uint32_t val);

/* 1 and *val set when key is present, 0 otherwise. */
int brug__strmap_get(const brug__strmap *map, const char *key, uint32_t *val /* OUT */);

/* The same for the n bytes at s (no NUL needed). */
int brug__strmap_getn(const brug__strmap *map, const char *s, size_t n, uint32_t *val /* OUT */);

/* Slot i (0 <= i < map->cap): its key, or NULL when the slot is empty;
 * *val gets the value.  For walking every entry. */
const char *brug__strmap_slot(const brug__strmap *map, uint32_t i, uint32_t *val /* OUT */);

/* A 64-bit hash of the n bytes at s, 8 bytes at a time; never 0. */
uint64_t brug__hash_bytes(const char *s, size_t n);

/* brug__hash_bytes over the NUL-terminated s. */
uint64_t brug__hash_str(const char *s);

#endif
