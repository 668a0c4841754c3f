/*
 * msg_table.h - the compiled message catalogue: the table that the build
 * generates from src/msg/<lang>.txt with src/msg/msgc.c (see msg.c for the
 * lookup, brug/msg.h for the public side).
 */
#ifndef BRUG_MSG_TABLE_H
#define BRUG_MSG_TABLE_H

#include <stddef.h>

#define BRUG__MSG_MAX_LANG 8

typedef struct brug__msg_entry {
    const char *key;
    const char *text[BRUG__MSG_MAX_LANG]; /* in the order of brug__msg_langs */
} brug__msg_entry;

/* The catalogue's languages ("en" first: the fallback), NULL-terminated. */
extern const char *const brug__msg_langs[];
extern const size_t brug__msg_nlangs;
/* The messages, sorted by key (strcmp). */
extern const brug__msg_entry brug__msg_entries[];
extern const size_t brug__msg_nentries;

#endif
