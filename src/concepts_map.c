/*
 * concepts_map.c - the concept URI map a passport or offer parser
 * resolves skills with (brug__concepts, people.h): lookup and release.
 * The backend fills it (brug__concepts_load).
 */
#include <string.h>

#include "people.h"

int brug__concepts_find(const brug__concepts *cm, const char *s, size_t n, uint32_t *out)
{
    return brug__strmap_getn(&cm->map, s, n, out);
}

void brug__concepts_release(brug__concepts *cm)
{
    brug__arena_release(&cm->arena);
    memset(cm, 0, sizeof(*cm));
}
