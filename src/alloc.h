/*
 * alloc.h - internal helpers over a handle's brug_alloc.
 *
 * brug__malloc and friends return NULL on failure (never abort); callers
 * turn that into BRUG_ENOMEM.  Sizes are checked for overflow.
 */
#ifndef BRUG__ALLOC_H
#define BRUG__ALLOC_H

#include <stddef.h>
#include "brug/alloc.h"

/* The libc allocator; used when a handle is opened with alloc == NULL. */
extern const brug_alloc brug__alloc_libc;

void *brug__malloc(const brug_alloc *a, size_t size);
void *brug__calloc(const brug_alloc *a, size_t count, size_t size);
void *brug__realloc(const brug_alloc *a, void *ptr, size_t size);
/* realloc to count * size bytes, failing (NULL, ptr untouched) on overflow. */
void *brug__reallocarray(const brug_alloc *a, void *ptr, size_t count, size_t size);
void brug__free(const brug_alloc *a, void *ptr);
/* A copy of the NUL-terminated s, or NULL when out of memory. */
char *brug__strdup(const brug_alloc *a, const char *s);
char *brug__strndup(const brug_alloc *a, const char *s, size_t n);

#endif
