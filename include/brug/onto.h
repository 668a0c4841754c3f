/*
 * onto.h - a read-only, in-memory snapshot of the skills ontology.
 *
 * brug_onto_load() reads occupations, skills (with skill groups), their
 * relations, hierarchy and collections from a brug_db into compact arrays:
 * occupations and skills get dense indexes 0..n-1 (in URI order, so they
 * are stable for a given taxonomy), and URIs stay the only identifiers that
 * cross the API boundary.  Bridges, plans and matching all work on a
 * snapshot.  A loaded snapshot is immutable, so any number of threads may
 * read it at once.
 */
#ifndef BRUG_ONTO_H
#define BRUG_ONTO_H

#include <stdint.h>

#include <jansson.h>

#include "brug/db.h"

typedef struct brug_onto brug_onto;

typedef enum brug_kind {
    BRUG_KIND_NONE = 0,
    BRUG_KIND_OCCUPATION = 1,
    BRUG_KIND_SKILL = 2,
    BRUG_KIND_SKILL_GROUP = 3,
    BRUG_KIND_ISCO_GROUP = 4,
} brug_kind;

typedef enum brug_skill_type {
    BRUG_SKILL_TYPE_NONE = 0,
    BRUG_SKILL_TYPE_KNOWLEDGE = 1,
    BRUG_SKILL_TYPE_COMPETENCE = 2, /* ESCO "skill/competence" */
} brug_skill_type;

typedef enum brug_reuse_level {
    BRUG_REUSE_NONE = 0,
    BRUG_REUSE_TRANSVERSAL = 1,
    BRUG_REUSE_CROSS_SECTOR = 2,
    BRUG_REUSE_SECTOR_SPECIFIC = 3,
    BRUG_REUSE_OCCUPATION_SPECIFIC = 4,
} brug_reuse_level;

/* No index: returned by lookups that find nothing. */
#define BRUG_NO_INDEX UINT32_MAX

/*
 * Load a snapshot from db.  On success *out must be freed with
 * brug_onto_free().  BRUG_EEMPTY when the database holds no occupations
 * (nothing imported yet); BRUG_ENOMEM, BRUG_EDB; the message is on db.
 */
BRUG_API brug_err brug_onto_load(brug_db *db, brug_onto **out /* OUT */);

/* Free a snapshot; NULL is a no-op. */
BRUG_API void brug_onto_free(brug_onto *onto);

BRUG_API uint32_t brug_onto_occupation_count(const brug_onto *onto);
/* Skills proper; skill groups are counted apart. */
BRUG_API uint32_t brug_onto_skill_count(const brug_onto *onto);

/* Dense index of an occupation or skill (or skill group) URI, or BRUG_NO_INDEX. */
BRUG_API uint32_t brug_onto_occupation_find(const brug_onto *onto, const char *uri);
BRUG_API uint32_t brug_onto_skill_find(const brug_onto *onto, const char *uri);

/* The URI of occupation/skill i (valid while onto lives; do not free). */
BRUG_API const char *brug_onto_occupation_uri(const brug_onto *onto, uint32_t i);
BRUG_API const char *brug_onto_skill_uri(const brug_onto *onto, uint32_t i);

/*
 * The preferred label in lang ("nl", "en", ...); falls back to English,
 * then to any language the concept has, then to its URI.  Never NULL.
 */
BRUG_API const char *brug_onto_occupation_label(const brug_onto *onto, uint32_t i,
                                                const char *lang);
BRUG_API const char *brug_onto_skill_label(const brug_onto *onto, uint32_t i, const char *lang);

/*
 * The language code of the label the two calls above return for lang
 * ("nl", or "en" when the concept has no Dutch label and English is the
 * fallback), or NULL when the concept has no label at all (the URI is
 * returned).  Static while onto lives.
 */
BRUG_API const char *brug_onto_occupation_label_lang(const brug_onto *onto, uint32_t i,
                                                     const char *lang);
BRUG_API const char *brug_onto_skill_label_lang(const brug_onto *onto, uint32_t i,
                                                const char *lang);

/*
 * Set obj[field] to the label of occupation/skill i in lang and
 * obj[field + "_lang"] to its language (null when the URI stands in): the
 * shape of every label in brug's JSON (docs/i18n.md).  0, or -1 when out
 * of memory.
 */
BRUG_API int brug_onto_json_occupation_label(json_t *obj, const char *field, const brug_onto *onto,
                                             uint32_t i, const char *lang);
BRUG_API int brug_onto_json_skill_label(json_t *obj, const char *field, const brug_onto *onto,
                                        uint32_t i, const char *lang);

/* 1 when the snapshot has labels in lang; and the l-th language it has
 * (NULL past the end). */
BRUG_API int brug_onto_has_lang(const brug_onto *onto, const char *lang);
BRUG_API const char *brug_onto_lang(const brug_onto *onto, uint32_t l);

/* The ISCO-08 unit group code of occupation i ("2221"), "" when unknown. */
BRUG_API const char *brug_onto_occupation_isco(const brug_onto *onto, uint32_t i);

/* Skill type, reuse level, and whether index i is a skill group. */
BRUG_API brug_skill_type brug_onto_skill_type(const brug_onto *onto, uint32_t i);
BRUG_API brug_reuse_level brug_onto_skill_reuse(const brug_onto *onto, uint32_t i);
BRUG_API int brug_onto_skill_is_group(const brug_onto *onto, uint32_t i);

/*
 * Collections ("green", "digital", "transversal", "language", "digcomp",
 * "research"): the bit of a named collection (0..31), or -1 when the
 * taxonomy has none of that name; and the collection bitmask of a skill or
 * occupation.
 */
BRUG_API int brug_onto_collection_bit(const brug_onto *onto, const char *name);
BRUG_API uint32_t brug_onto_skill_collections(const brug_onto *onto, uint32_t i);
BRUG_API uint32_t brug_onto_occupation_collections(const brug_onto *onto, uint32_t i);

#endif
