/*
 * match.h - matching skills passports to offers (vacancies and trial
 * placements), one at a time with explanations or all at once, and
 * assigning people to placements.
 *
 * A brug_matcher is a read-only snapshot of the taxonomy and of every
 * offer, with an inverted index over skills; build it once and run many
 * queries.  It does not see offers stored after it was built
 * (brug_matcher_stale tells when there are such).  Passports
 * it always sees as stored: the offer side keeps its own index of them
 * and rebuilds it when they changed (brug_match_offer).  The score
 * (0..100) is documented in docs/matching.md.
 *
 * Example:
 *     brug_matcher *m;
 *     json_t *res;
 *     if (brug_matcher_new(db, &m) == BRUG_OK &&
 *         brug_match_passport(m, "p-1", NULL, &res) == BRUG_OK) {
 *         ... json_decref(res);
 *     }
 *     brug_matcher_free(m);
 */
#ifndef BRUG_MATCH_H
#define BRUG_MATCH_H

#include <stdint.h>

#include <jansson.h>

#include "brug/db.h"
#include "brug/people.h"

typedef enum brug_offer_type {
    BRUG_OFFER_ANY = 0,
    BRUG_OFFER_VACANCY = 1,
    BRUG_OFFER_PLACEMENT = 2,
} brug_offer_type;

/* Progress of a batch: done of total passports matched so far.  Called from
 * the calling thread only, a few hundred times per run at most. */
typedef void (*brug_match_progress_fn)(void *ctx, uint64_t done, uint64_t total);

typedef struct brug_match_opts {
    uint32_t top;                    /* results per passport / offer; 0 means 10 (at most 1000) */
    brug_offer_type type;            /* which offers (passport side); BRUG_OFFER_ANY for both */
    unsigned threads;                /* batch matching; 0 means 2 */
    const char *lang;                /* labels in explanations; NULL means "en" */
    brug_match_progress_fn progress; /* brug_match_all; NULL: none */
    void *progress_ctx;
} brug_match_opts;

typedef struct brug_matcher brug_matcher;

/*
 * Load the taxonomy and all offers of db and index them.  db must stay
 * open while the matcher is used; the matcher reports errors on db.
 * BRUG_EEMPTY when no taxonomy is imported; BRUG_ENOMEM, BRUG_EDB.
 * Free with brug_matcher_free().
 */
BRUG_API brug_err brug_matcher_new(brug_db *db, brug_matcher **out /* OUT */);
BRUG_API void brug_matcher_free(brug_matcher *m);

/*
 * 1 when offers were stored, changed or deleted since m was built (through
 * any connection or process: every such transaction raises the offers'
 * revision in the database), so m should be rebuilt; 0 when not, and when
 * that cannot be told (a database not yet migrated, opened read-only) or
 * m is NULL.  One small query on m's database.
 */
BRUG_API int brug_matcher_stale(brug_matcher *m);

/* Number of offers the matcher holds. */
BRUG_API uint32_t brug_matcher_offer_count(const brug_matcher *m);

/*
 * The best offers for passport id (opts NULL for defaults):
 *   {"passport": id, "matches": [{"offer", "type", "title", "employer", "occupation",
 *     "occupation_label", "region", "score", "skill_coverage", "distance_km", "hours_fit",
 *     "sector_fit", "drives_fit", "matching_skills": [{"uri","label","essential",
 *     "via": "exact"|"related", "from": uri (for related), "evidence", "credit"}],
 *     "missing_essential": [{"uri","label"}]}]}
 * BRUG_ENOTFOUND when there is no such passport.  Caller json_decref()s *out.
 */
BRUG_API brug_err brug_match_passport(brug_matcher *m, const char *id, const brug_match_opts *opts,
                                      json_t **out /* OUT */);

/*
 * The best passports for offer id: {"offer": id, "matches": [{"passport", "region",
 * "score", ...same explanation fields...}]}.  The first call on a matcher
 * loads every passport and builds a person index inside the matcher
 * (about a second and 0.3 GB for a million passports); later calls use it
 * (milliseconds).  Each call first reads the passports' revision, which
 * every write or deletion of passports raises (through any connection or
 * process), and rebuilds the index when it moved: results are never
 * stale.  Calls on one matcher from several threads are serialised.
 * BRUG_ENOTFOUND when there is no such offer.
 */
BRUG_API brug_err brug_match_offer(brug_matcher *m, const char *id, const brug_match_opts *opts,
                                   json_t **out /* OUT */);

/*
 * Every passport's top offers, written to path as one line per passport:
 *     PASSPORT_ID<TAB>OFFER_ID:SCORE<TAB>OFFER_ID:SCORE ...   (best first)
 * using opts->threads threads.  *summary (may be NULL) receives
 *   {"passports", "offers", "pairs", "load_seconds", "match_seconds", "write_seconds"}.
 */
BRUG_API brug_err brug_match_all(brug_matcher *m, const brug_match_opts *opts, const char *path,
                                 json_t **summary /* OUT */);

typedef struct brug_assign_opts {
    uint32_t candidates;             /* placements considered per person (their best); 0 means 20 */
    unsigned threads;                /* for building the candidate graph; 0 means 2 */
    brug_match_progress_fn progress; /* while building the candidate graph; NULL: none */
    void *progress_ctx;
} brug_assign_opts;

/*
 * Assign people to trial placements: each person at most one placement, no
 * placement over its capacity, the total score maximal over the candidate
 * graph (each person's best opts->candidates placements), solved exactly
 * by successive shortest paths (docs/matching.md).  Writes one line per
 * assignment "PASSPORT_ID<TAB>OFFER_ID<TAB>SCORE" to path (NULL: no file).
 * *summary: {"passports", "placements", "capacity", "candidate_edges",
 *   "placed", "total_score", "candidate_seconds", "solve_seconds"}.
 */
BRUG_API brug_err brug_assign_placements(brug_matcher *m, const brug_assign_opts *opts,
                                         const char *path, json_t **summary /* OUT */);

#endif
