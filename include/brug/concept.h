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
 *                  "skill_skill": n, "broader": n,
 *                  "linked_skills": n  distinct skills (and groups) some
 *                                      occupation needs},
 *    "collections": {"green": n, ...},
 *    "coverage": [{"lang","kind":"skills"|"occupations","preferred","total"}]}
 *      how many skills / occupations of the main release (not of a second
 *      taxonomy) have a preferred label in each language, release or
 *      supplementary
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
 *            "related_skills": [{"uri","label","relation"}],
 *    "mappings": [{"relation": "exact"|"close"|"broad"|"narrow"|"related",
 *                  "direction": "out"|"in", "uri", "label", "label_lang", "type", "scheme"}]
 *      matches to and from other taxonomies (label null when the target is not stored),
 *    "scheme": the concept's taxonomy when it is not of the main release, else null,
 *    "supplementary_labels": [{"lang","role","text","source"}],
 *    "top_concept_of": [{"uri","label","label_lang"}] the concept schemes
 *      (brug_scheme_describe) that have it as a top concept}
 * BRUG_ENOTFOUND when no concept has that URI.
 */
BRUG_API brug_err brug_concept_describe(brug_db *db, const char *uri, const char *lang,
                                        json_t **out /* OUT */);

/*
 * A concept scheme of the taxonomy (ESCO's conceptSchemes_LANG.csv: ISCO,
 * ESCO occupations, ESCO skills, the skill collections ...), its label
 * and description in lang (falling back to English, then any language):
 *   {"uri", "label", "label_lang", "labels": {"en": ..., "nl": ...},
 *    "description", "description_lang", "status",
 *    "top_concepts": [{"uri","type","label","label_lang"}]  the stored
 *      concepts at the top of its hierarchy, by label,
 *    "top_concepts_not_stored": n  top concepts the file names that this
 *      database does not hold (ESCO's label roles, ...)}
 * The caller frees *out with json_decref().  BRUG_ENOTFOUND when no
 * scheme has that URI; BRUG_EINVAL, BRUG_ENOMEM, BRUG_EDB; the message is
 * on db.
 */
BRUG_API brug_err brug_scheme_describe(brug_db *db, const char *uri, const char *lang,
                                       json_t **out /* OUT */);

/*
 * Bridging an occupation of a second taxonomy (CompetentNL, say) that has
 * no skill profile of its own: the URI of the occupation it exactly
 * matches (skos:exactMatch or a sub-property such as cnlo:exactMatchESCO,
 * stored by brug import skos, in either direction) that has one, copied
 * into out (size bytes).  out is "" when uri has a profile of its own or
 * no such match (the lowest URI wins among several).  BRUG_OK, BRUG_EDB.
 */
BRUG_API brug_err brug_concept_profile_source(brug_db *db, const char *uri, char *out, size_t size);

#endif
