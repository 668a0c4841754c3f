/*
 * people_sets.c - releasing the column sets matching works on
 * (brug__person_set, brug__offer_set; people.h), which a backend's bulk
 * loaders fill.
 */
#include <string.h>

#include "alloc.h"
#include "people.h"

void brug__person_set_release(brug__person_set *s)
{
    const brug_alloc *a;
    if (!s || !s->arena.alloc)
        return;
    a = s->arena.alloc;
    brug__free(a, s->ext_id);
    brug__free(a, s->region);
    brug__free(a, s->hours);
    brug__free(a, s->drives);
    brug__free(a, s->max_km);
    brug__free(a, s->prefer);
    brug__free(a, s->exclude);
    brug__free(a, s->ptr);
    brug__free(a, s->skill);
    brug__free(a, s->evidence);
    brug__arena_release(&s->arena);
    memset(s, 0, sizeof(*s));
}

void brug__offer_set_release(brug__offer_set *s)
{
    const brug_alloc *a;
    if (!s || !s->arena.alloc)
        return;
    a = s->arena.alloc;
    brug__free(a, s->ext_id);
    brug__free(a, s->title);
    brug__free(a, s->title_lang);
    brug__free(a, s->employer);
    brug__free(a, s->type);
    brug__free(a, s->region);
    brug__free(a, s->hours);
    brug__free(a, s->drives);
    brug__free(a, s->sector);
    brug__free(a, s->capacity);
    brug__free(a, s->occupation);
    brug__free(a, s->ptr);
    brug__free(a, s->skill);
    brug__free(a, s->essential);
    brug__arena_release(&s->arena);
    memset(s, 0, sizeof(*s));
}
