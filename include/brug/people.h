/*
 * people.h - skills passports, employers and offers (vacancies and trial
 * placements): create, read, update, delete, bulk import and export.
 *
 * Records cross the API as jansson documents in the JSON format documented
 * in docs/passports.md (the same objects `brug import passports|offers`
 * reads one per line and `brug export passport|offer` prints).  Skills and
 * occupations are ESCO URIs and must exist in the database's taxonomy.
 * Every write runs in one transaction: a failed call changes nothing.
 *
 * Not thread-safe per brug_db (like every call on a handle).
 */
#ifndef BRUG_PEOPLE_H
#define BRUG_PEOPLE_H

#include <stdint.h>

#include <jansson.h>

#include "brug/db.h"
#include "brug/import.h"

/* How brug_passport_put / brug_offer_put treat an existing id. */
typedef enum brug_put_mode {
    BRUG_PUT_UPSERT = 0,  /* create, or replace the whole record */
    BRUG_PUT_CREATE = 1,  /* BRUG_ECONFLICT when the id exists */
    BRUG_PUT_REPLACE = 2, /* BRUG_ENOTFOUND when the id does not exist */
} brug_put_mode;

/*
 * Store the passport described by doc (one passport object).  Validation
 * errors return BRUG_EPARSE (malformed: wrong type, missing field, unknown
 * vocabulary word) or BRUG_EDANGLING (a skill or occupation URI not in the
 * taxonomy), with the field named in brug_errmsg(db).  doc is not modified
 * or stolen.
 */
BRUG_API brug_err brug_passport_put(brug_db *db, const json_t *doc, brug_put_mode mode);

/*
 * The passport with this id as a new document (caller json_decref()s it).
 * BRUG_ENOTFOUND when there is none.
 */
BRUG_API brug_err brug_passport_get(brug_db *db, const char *id, json_t **out /* OUT */);

/*
 * Delete the passport and everything stored about the person: skills,
 * evidence, work history, preferences.  Deleted content is overwritten in
 * the file (secure_delete) and the write-ahead log is checkpointed, so no
 * copy remains in the database files.  BRUG_ENOTFOUND when there is none.
 */
BRUG_API brug_err brug_passport_delete(brug_db *db, const char *id);

/* The same for offers (vacancies and placements) and their employers. */
BRUG_API brug_err brug_offer_put(brug_db *db, const json_t *doc, brug_put_mode mode);
BRUG_API brug_err brug_offer_get(brug_db *db, const char *id, json_t **out /* OUT */);
BRUG_API brug_err brug_offer_delete(brug_db *db, const char *id);

/*
 * Import a JSON Lines file (one passport or offer object per line; blank
 * lines are skipped) in one transaction, upserting by id.  The first bad
 * record aborts the whole import: nothing of the file is stored and
 * brug_errmsg(db) says "FILE:LINE: what is wrong".  opts (import.h) may be
 * NULL; opts->progress is called every few thousand records with records
 * as rows and bytes of total.  report (may be NULL) is filled as for every
 * import (import.h): kind "passports"/"offers", records.  A second
 * thread reads and parses the file while the calling thread writes (and
 * calls progress), so the handle's allocator must be thread-safe (libc's
 * is); the import's transaction uses a page cache of up to 256 MiB.
 */
BRUG_API brug_err brug_passports_import(brug_db *db, const char *path, const brug_import_opts *opts,
                                        brug_import_report *report /* may be NULL */);
BRUG_API brug_err brug_offers_import(brug_db *db, const char *path, const brug_import_opts *opts,
                                     brug_import_report *report /* may be NULL */);

/*
 * The vocabularies passports and offers use, as a document:
 *   {"regions": [{"code","name","kind","lat","lon","population"}],
 *    "sectors": [{"code","name","shortage"}], "drives": [...],
 *    "evidence": [{"code","weight"}], "sizes": [...]}
 */
BRUG_API brug_err brug_people_vocabulary(json_t **out /* OUT */);

/* Options of brug_gen. */
typedef struct brug_gen_opts {
    uint64_t persons; /* passports to write */
    uint64_t offers;  /* offers to write (employers come with them) */
    uint64_t seed;
} brug_gen_opts;

/*
 * Write realistic synthetic data drawn from db's taxonomy into the folder
 * dir (created if missing): dir/passports.jsonl and dir/offers.jsonl, in
 * the import format.  People's skills follow their occupations with noise,
 * regions are weighted by population, offers lean toward the shortage
 * sectors.  Record i depends only on (seed, i), so a smaller run is a
 * prefix of a larger one with the same seed.  *summary (may be NULL):
 * {"persons", "offers", "employers", "passports_file", "offers_file"}.
 * BRUG_EEMPTY without a taxonomy; BRUG_EIO when the files cannot be written.
 */
BRUG_API brug_err brug_gen(brug_db *db, const brug_gen_opts *opts, const char *dir,
                           json_t **summary /* OUT */);

#endif
