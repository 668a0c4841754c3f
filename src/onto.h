/*
 * onto.h - the layout of a brug_onto snapshot, for library modules
 * (bridges, plans, matching) that read it directly on their hot paths.
 *
 * Occupations are 0..nocc-1 and skills 0..nskill-1, each in URI order.
 * Skill groups share the skill index space after the skills proper:
 * indexes nskill_proper..nskill-1 are groups (skill_is_group[i] == 1).
 * Labels are stored per language: label[i * nlang + l] or NULL.
 */
#ifndef BRUG__ONTO_H
#define BRUG__ONTO_H

#include "brug/onto.h"
#include "arena.h"
#include "csr.h"
#include "strmap.h"

#define BRUG__ONTO_MAX_LANG 8
#define BRUG__ONTO_MAX_COLLECTIONS 32

/* Tags on relation entries. */
enum { BRUG__REL_OPTIONAL = 0, BRUG__REL_ESSENTIAL = 1 };

/* The weight of an occupation -> skill relation in ESCO (its profile, and
 * every relation of the ESCO CSV): essential 1.0, optional 0.5.  A SKOS
 * profile may give other weights (CompetentNL: Essential 1.0, Important
 * 0.5, Somewhat 0.25); bridges scale a relation by its weight over its
 * class's ESCO weight (brug__onto_rel_scale), so ESCO's relations keep
 * exactly the bridge weights of brug_bridges_weights. */
#define BRUG__REL_WEIGHT_ESSENTIAL 1.0
#define BRUG__REL_WEIGHT_OPTIONAL 0.5

struct brug_onto {
    brug__arena arena;
    brug_alloc alloc;

    uint32_t nlang;
    char lang[BRUG__ONTO_MAX_LANG][8]; /* "en", "nl", ... ; index 0 is English if present */

    uint32_t ncollections;
    const char *collection_name[BRUG__ONTO_MAX_COLLECTIONS];

    /* occupations */
    uint32_t nocc;
    int64_t *occ_id; /* concept.id in the database */
    const char **occ_uri;
    const char **occ_label;    /* nocc * nlang */
    const char **occ_isco;     /* 4-digit ISCO unit group, "" when unknown */
    const char **occ_code;     /* ESCO code (2654.1.7), "" when unknown */
    const char **occ_desc;     /* nocc * nlang: description, or NULL */
    const char **occ_alt;      /* nocc * nlang: alternative labels joined by '\n', or NULL */
    uint8_t *occ_regulated;    /* ESCO's regulatedProfessionNote says "regulated" */
    uint32_t *occ_broader;     /* broader occupation index or BRUG_NO_INDEX */
    uint32_t *occ_collections; /* bitmask */
    uint32_t *occ_unit_group;  /* index into isco_* of its ISCO unit group, or BRUG_NO_INDEX */

    /* ISCO unit groups (4-digit codes) in code order */
    uint32_t nisco;
    const char **isco_code;
    const char **isco_desc; /* nisco * nlang: description, or NULL */

    /* skills, then skill groups */
    uint32_t nskill;        /* skills + groups */
    uint32_t nskill_proper; /* skills only: indexes below this */
    int64_t *skill_id;
    const char **skill_uri;
    const char **skill_label; /* nskill * nlang */
    uint8_t *skill_type;      /* brug_skill_type */
    uint8_t *skill_reuse;     /* brug_reuse_level */
    uint8_t *skill_is_group;
    uint32_t *skill_collections;

    /* relations; tags are BRUG__REL_* */
    brug__csr occ_skills;    /* occupation -> skills (tag: essential; val: the relation's weight) */
    brug__csr skill_occs;    /* skill -> occupations (transpose) */
    brug__csr skill_broader; /* skill/group -> broader skills/groups */
    brug__csr skill_narrower; /* transpose of skill_broader */
    brug__csr skill_related;  /* skill -> related skill (tag: essential) */

    brug__strmap occ_by_uri;
    brug__strmap skill_by_uri;
    brug__strmap isco_by_code; /* unit group code -> index into isco_* */
};

/* Entry k of occ_skills (or its transpose skill_occs): its weight over its
 * class's ESCO weight; 1 for every ESCO relation. */
static inline double brug__onto_rel_scale(const brug__csr *c, uint32_t k)
{
    if (!c->val)
        return 1.0;
    return (double)c->val[k] /
           (c->tag && c->tag[k] ? BRUG__REL_WEIGHT_ESSENTIAL : BRUG__REL_WEIGHT_OPTIONAL);
}

#endif
