/*
 * store.h - internals of brug_db shared by the src/store*.c files.
 *
 * Only src/store*.c include sqlite3.h: the rest of the library reaches the
 * database through the functions these files declare.  Helpers here map
 * SQLite result codes to brug_err and keep a message on the handle.
 */
#ifndef BRUG__STORE_H
#define BRUG__STORE_H

#include <stdarg.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/access.h"
#include "brug/db.h"
#include "alloc.h"

struct sqlite3;
struct sqlite3_stmt;
struct brug__search_cache;

struct brug_db {
    struct sqlite3 *sql;               /* private */
    brug_alloc alloc;                  /* read-only: the handle's allocator */
    unsigned flags;                    /* read-only: brug_open_flags */
    int in_txn;                        /* private: inside brug__db_begin() */
    char errmsg[1024];                 /* private: see brug_errmsg() */
    struct brug__search_cache *search; /* private: store_search.c's statements */
};

/* Set the handle's message (printf-style) and return err. */
brug_err brug__db_error(brug_db *db, brug_err err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Map the SQLite code rc to a brug_err, recording "what: sqlite message". */
brug_err brug__db_sqlerr(brug_db *db, int rc, const char *what);

/* Run sql (several statements allowed) with no result rows. */
brug_err brug__db_exec(brug_db *db, const char *sql);

/* Prepare sql; on failure records the message and returns an error. */
brug_err brug__db_prepare(brug_db *db, const char *sql, struct sqlite3_stmt **out /* OUT */);

/* One write transaction at a time: begin (IMMEDIATE), commit, rollback. */
brug_err brug__db_begin(brug_db *db);
brug_err brug__db_commit(brug_db *db);
void brug__db_rollback(brug_db *db);

brug_err brug__db_meta_set(brug_db *db, const char *key, const char *value);

/* A schema step: the module's version after it runs, and its SQL. */
typedef struct brug__migration {
    int version;
    const char *sql;
} brug__migration;

/* A module's schema history, oldest first. */
typedef struct brug__schema_module {
    const char *name;
    const brug__migration *steps;
    size_t nsteps;
} brug__schema_module;

/* C work run right after one step of a module, in the step's transaction:
 * data changes SQL alone cannot express (store_schema.c lists them). */
typedef struct brug__migration_fn {
    const char *module;
    int version;
    brug_err (*run)(brug_db *db);
} brug__migration_fn;

/* people step 2: write every passport's packed skill record (store_people.c). */
brug_err brug__people_pack_all(brug_db *db);
/* people step 3: the same for every offer's skills. */
brug_err brug__people_pack_offers(brug_db *db);

/* Bring every registered module's schema up to date (store_schema.c). */
brug_err brug__schema_migrate(brug_db *db);

/*
 * Erase what the access module keeps about one person (store_access.c):
 * their consents and their person-role tokens.  The audit log is kept: it
 * is the record of who accessed personal data, which accountability
 * requires to outlive the data (docs/cli/delete.md).  Runs inside the
 * caller's transaction, so deleting a passport takes all of it or nothing.
 */
brug_err brug__access_forget_person(brug_db *db, const char *person);

/* Deleting inside a caller's transaction (store_guard.c): begin with
 * secure_delete on, delete the rows (BRUG_ENOTFOUND when none), commit,
 * then brug__db_erase_log(), which checkpoints and truncates the WAL,
 * retrying while readers hold old pages (BRUG_EBUSY after 30 s). */
brug_err brug__people_delete_begin(brug_db *db);
brug_err brug__passport_delete_rows(brug_db *db, const char *id);
brug_err brug__offer_delete_rows(brug_db *db, const char *id);
brug_err brug__db_erase_log(brug_db *db);

/* store_disclose.c: the opt-in to be found, responses to offers, and the
 * filtering of an offer's matches for who (guard.h), in the caller's
 * transaction. */
brug_err brug__findable_set(brug_db *db, const char *person, int yes);
brug_err brug__findable_get(brug_db *db, const char *person, int *yes);
brug_err brug__response_set(brug_db *db, const char *person, const char *offer, int yes);
brug_err brug__disclose_matches(brug_db *db, const brug_principal *who, const char *offer,
                                json_t *doc, size_t top);

/* Schema histories, one per module file. */
extern const brug__schema_module brug__schema_ontology;
extern const brug__schema_module brug__schema_access;
extern const brug__schema_module brug__schema_courses;
extern const brug__schema_module brug__schema_search;

/* Finalise the search statements cached on db (store_search.c). */
void brug__search_cache_free(brug_db *db);
extern const brug__schema_module brug__schema_people;
extern const brug__schema_module brug__schema_mapping;
extern const brug__schema_module brug__schema_credentials;
extern const brug__schema_module brug__schema_regions;

/* Refill the people module's vocabulary tables (region, sector) from
 * people_vocab.c (store_people.c). */
brug_err brug__people_vocab_sync(brug_db *db);
extern const brug__schema_module brug__schema_disclose;
extern const brug__schema_module brug__schema_bridges;

#endif
