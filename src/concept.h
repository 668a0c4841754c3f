/*
 * concept.h - the records one concept's description and the taxonomy's
 * statistics are built from (concept_json.c), as a storage backend hands
 * them out (store_concept.c for SQLite).  Text fields point into the
 * backend's row and are valid only during the callback.
 */
#ifndef BRUG__CONCEPT_H
#define BRUG__CONCEPT_H

#include <stdint.h>

#include "brug/db.h"

/* A concept's own row, with its preferred label in the language asked
 * for (else English, else any; the URI and a NULL label_lang when none). */
typedef struct brug__concept_head {
    int64_t id;
    int kind;               /* brug_kind */
    const char *code;       /* NULL when none */
    const char *isco_group; /* NULL when none */
    int skill_type;         /* brug_skill_type, 0 none */
    int reuse_level;        /* brug_reuse_level, 0 none */
    const char *status;     /* NULL when none */
    const char *label;
    const char *label_lang;
} brug__concept_head;

/* One label of a concept (role 0 preferred, 1 alternative, 2 hidden). */
typedef struct brug__concept_label {
    const char *lang;
    int role;
    const char *text;
} brug__concept_label;

/* One note (kind "description", "definition", ...). */
typedef struct brug__concept_note {
    const char *kind;
    const char *text;
    const char *lang;
} brug__concept_note;

/* The relations a description lists, each a list of brug__concept_ref. */
typedef enum brug__concept_rel {
    BRUG__REL_BROADER,          /* by URI */
    BRUG__REL_NARROWER,         /* by label, as all below */
    BRUG__REL_ESSENTIAL_SKILLS, /* of an occupation; skill_type set */
    BRUG__REL_OPTIONAL_SKILLS,
    BRUG__REL_ESSENTIAL_FOR, /* occupations needing a skill */
    BRUG__REL_OPTIONAL_FOR,
    BRUG__REL_RELATED_SKILLS, /* of a skill; relation set */
} brug__concept_rel;

typedef struct brug__concept_ref {
    const char *uri;
    int kind;
    const char *label;
    const char *label_lang; /* NULL when the URI stands in for a label */
    int skill_type;         /* BRUG__REL_*_SKILLS: brug_skill_type, 0 none */
    const char *relation;   /* BRUG__REL_RELATED_SKILLS: "essential" or "optional" */
} brug__concept_ref;

/* A count under a key (a kind, a language, a collection's name). */
typedef struct brug__count_rec {
    const char *key; /* language or collection name; NULL for counts by kind */
    int kind;        /* brug_kind, or 0 */
    int64_t n;
} brug__count_rec;

/* What the statistics count. */
typedef enum brug__stat {
    BRUG__STAT_CONCEPTS,      /* by kind */
    BRUG__STAT_LABELS,        /* preferred labels by language and kind */
    BRUG__STAT_COLLECTIONS,   /* members by collection, in collection order */
    BRUG__STAT_OCC_SKILL,     /* one count: occupation-skill relations */
    BRUG__STAT_OCC_ESSENTIAL, /* of which essential */
    BRUG__STAT_OCC_OPTIONAL,  /* of which optional */
    BRUG__STAT_SKILL_SKILL,   /* skill-skill relations */
    BRUG__STAT_BROADER,       /* broader links */
    BRUG__STAT_LINKED_SKILLS, /* skills an occupation links (essential or optional) */
} brug__stat;

/* Callbacks: anything but BRUG_OK stops the scan and is returned. */
typedef brug_err (*brug__concept_head_fn)(void *ctx, const brug__concept_head *h);
typedef brug_err (*brug__concept_label_fn)(void *ctx, const brug__concept_label *l);
typedef brug_err (*brug__concept_note_fn)(void *ctx, const brug__concept_note *n);
typedef brug_err (*brug__concept_ref_fn)(void *ctx, const brug__concept_ref *r);
typedef brug_err (*brug__name_fn)(void *ctx, const char *name);
typedef brug_err (*brug__count_fn)(void *ctx, const brug__count_rec *c);

/* The concept with uri; BRUG_ENOTFOUND (message on db) when none. */
brug_err brug__concept_head_get(brug_db *db, const char *uri, const char *lang,
                                brug__concept_head_fn fn, void *ctx);
/* Its labels by language, role, text. */
brug_err brug__concept_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx);
/* Its notes, in lang first, then English, then by language. */
brug_err brug__concept_notes(brug_db *db, int64_t id, const char *lang, brug__concept_note_fn fn,
                             void *ctx);
/* The concepts related to it by rel, labelled in lang as the head is. */
brug_err brug__concept_refs(brug_db *db, int64_t id, const char *lang, int rel,
                            brug__concept_ref_fn fn, void *ctx);
/* The names of the collections it is in, by name. */
brug_err brug__concept_collections(brug_db *db, int64_t id, brug__name_fn fn, void *ctx);
/* The counts of what (one record for the single counts). */
brug_err brug__db_count(brug_db *db, int what, brug__count_fn fn, void *ctx);
/* The row count of every table of the store, by name (key) (a test aid). */
brug_err brug__db_table_each(brug_db *db, brug__count_fn fn, void *ctx);

/* Whether a stored label is in lang (*yes); the label languages, by code. */
brug_err brug__label_lang_has(brug_db *db, const char *lang, int *yes /* OUT */);
brug_err brug__label_langs(brug_db *db, brug__name_fn fn, void *ctx);

#endif
