/*
 * resolve.h - turning what a person typed ("lasser", "heat pump
 * technician") into one concept, or asking which one they meant.
 *
 * Every command and route that takes an occupation or skill by label goes
 * through brug_resolve(), so none of them silently takes a weak search
 * hit.  The rule (docs/i18n.md justifies the numbers on the demo and the
 * real ESCO):
 *
 *   1. A URI (text containing "://") is taken as given; the caller checks
 *      that it exists.
 *   2. A label that is, ignoring case and accents, the preferred label of
 *      exactly one concept of the wanted type (in any language; when
 *      several concepts have it, the one whose label is in opts.lang, if
 *      that leaves one) is that concept: how "label".
 *   3. Otherwise the search's best hit is taken when its score is at least
 *      BRUG_RESOLVE_MIN_SCORE (every word of the text is a word of the
 *      label, or begins one, or shares its stem: no typo, no word left
 *      over) and the next hit scores at least BRUG_RESOLVE_MARGIN less:
 *      how "search".
 *   4. Anything else is ambiguous: BRUG_EAMBIGUOUS with the candidates, so
 *      the person chooses (the CLI prints them and exits 1, the server
 *      answers 409).  opts.first takes the best candidate anyway: how
 *      "first".  No candidate at all is BRUG_ENOTFOUND.
 */
#ifndef BRUG_RESOLVE_H
#define BRUG_RESOLVE_H

#include <stddef.h>

#include <jansson.h>

#include "brug/db.h"
#include "brug/search.h"

#define BRUG_RESOLVE_MIN_SCORE 0.5
#define BRUG_RESOLVE_MARGIN 0.05
/* Candidates listed when ambiguous, at most. */
#define BRUG_RESOLVE_CANDIDATES 5

typedef struct brug_resolve_opts {
    brug_search_type type; /* what the text must name; BRUG_SEARCH_ANY for either */
    const char *lang;      /* the person's language: labels shown in it, its labels win ties */
    int first;             /* 1: take the best candidate even when it is not clear */
} brug_resolve_opts;

/* Defaults: any type, no language, not first. */
BRUG_API void brug_resolve_opts_init(brug_resolve_opts *opts);

/*
 * Resolve text (see the rule above).  *out is set on BRUG_OK and on
 * BRUG_EAMBIGUOUS, to a document the caller frees with json_decref():
 *   {"query": text, "uri", "label", "label_lang", "type", "score",
 *    "how": "uri"|"label"|"search"|"first",
 *    "candidates": [{"uri", "label", "label_lang", "type", "score"}, ...]}
 * On BRUG_EAMBIGUOUS "uri" and the fields after it are absent and
 * "message" holds a sentence for the person in lang ("'installateur
 * warmtepompen' does not clearly name one occupation: choose one").
 * opts may be NULL.  Returns BRUG_ENOTFOUND (nothing matches; the message
 * on db is a sentence for the person), BRUG_EINVAL (text NULL or empty),
 * and search's errors; the message is on db.
 */
BRUG_API brug_err brug_resolve(brug_db *db, const char *text, const brug_resolve_opts *opts,
                               json_t **out /* OUT */);

#endif
