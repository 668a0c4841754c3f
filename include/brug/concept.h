/*
 * concept.h - describing single concepts and the whole taxonomy.
 *
 * Rich results are returned as jansson documents (json_t), the shape the
 * CLI's --json output and the HTTP server send unchanged.  The caller owns
 * the returned document and frees it with json_decref().
 */
#ifndef BRUG_CONCEPT_H
#define BRUG_CONCEPT_H

#include <jansson.h>

#include "brug/db.h"

/*
 * Counts of the taxonomy in db:
 *   {"taxonomy_version": "1.1.1" | null,
 *    "concepts": {"occupation": n, "skill": n, "skill_group": n, "isco_group": n},
 *    "labels": {"en": {"occupation": n, ...}, "nl": {...}},   preferred labels per language
 *    "relations": {"occupation_skill": n, "essential": n, "optional": n,
 *                  "skill_skill": n, "broader": n},
 *    "collections": {"green": n, ...}}
 */
BRUG_API brug_err brug_db_stats(brug_db *db, json_t **out /* OUT */);

/*
 * Everything about the concept with this URI, labels in lang (falling back
 * to English) plus all languages' labels:
 *   {"uri", "type": "occupation"|"skill"|"skill_group"|"isco_group",
 *    "label", "labels": {"en": {"preferred", "alternative": [...], "hidden": [...]}, ...},
 *    "description", "code", "isco_group", "skill_type", "reuse_level",
 *    "broader": [{"uri","type","label"}], "narrower": [...],
 *    "collections": [names],
 *    occupations: "essential_skills": [{"uri","label","skill_type"}], "optional_skills": [...]
 *    skills: "essential_for": [{"uri","label"}], "optional_for": [...],
 *            "related_skills": [{"uri","label","relation"}]}
 * BRUG_ENOTFOUND when no concept has that URI.
 */
BRUG_API brug_err brug_concept_describe(brug_db *db, const char *uri, const char *lang,
                                        json_t **out /* OUT */);

#endif
