/*
 * store.h - internals of the SQLite backend shared by the src/store*.c files.
 *
 * Only src/store*.c and src/backend_sqlite*.c include sqlite3.h or this
 * header: the rest of the library reaches the database through db->be
 * (backend.h).  Helpers here map SQLite result codes to brug_err and keep
 * a message on the handle.
 */
#ifndef BRUG__STORE_H
#define BRUG__STORE_H

#include <stdarg.h>
#include <stdint.h>

#include "brug/access.h"
#include "brug/db.h"
#include "alloc.h"
#include "backend.h"
#include "backend_sqlite.h"

struct sqlite3;
struct sqlite3_stmt;
struct brug__search_cache;

/* The SQLite backend's state, db->be_data. */
typedef struct brug__sqlite {
    struct sqlite3 *sql;
    struct brug__search_cache *search; /* store_search.c's statements */
} brug__sqlite;

/* The sqlite3 handle of db; NULL before it is opened. */
static inline struct sqlite3 *brug__sql(const brug_db *db)
{
    return db->be_data ? ((const brug__sqlite *)db->be_data)->sql : NULL;
}

/* The backend state of db (opened by brug__sqlite_init). */
static inline brug__sqlite *brug__sqlite_of(brug_db *db)
{
    return (brug__sqlite *)db->be_data;
}

/* Map the SQLite code rc to a brug_err, recording "what: sqlite message". */
brug_err brug__db_sqlerr(brug_db *db, int rc, const char *what);

/* Run sql (several statements allowed) with no result rows. */
brug_err brug__db_exec(brug_db *db, const char *sql);

/* Prepare sql; on failure records the message and returns an error. */
brug_err brug__db_prepare(brug_db *db, const char *sql, struct sqlite3_stmt **out /* OUT */);

/* The text of column col of st's row; NULL when it holds no text (SQL NULL). */
const char *brug__db_col_text(struct sqlite3_stmt *st, int col);

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
extern const brug__schema_module brug__schema_schemes;
extern const brug__schema_module brug__schema_bridges;

#endif
