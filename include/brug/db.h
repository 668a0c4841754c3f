/*
 * db.h - the brug database handle.
 *
 * A brug_db is one SQLite file (WAL mode) holding the skills ontology and,
 * as later modules add them, courses, passports and offers.  Opening a
 * writable database creates or migrates its schema; every import runs in a
 * single transaction, so a failed import leaves the file exactly as before.
 *
 * A brug_db is not safe to share between threads; open one per thread.
 */
#ifndef BRUG_DB_H
#define BRUG_DB_H

#include "brug/alloc.h"
#include "brug/error.h"
#include "brug/export.h"

typedef struct brug_db brug_db;

enum brug_open_flags {
    BRUG_OPEN_READONLY = 1 << 0, /* never write; fail if the file is missing */
    BRUG_OPEN_CREATE = 1 << 1,   /* create the file if it does not exist */
    /* Durability traded for speed: commits are synced at checkpoints, not
     * each one (SQLite synchronous=NORMAL in WAL mode), so an OS crash or
     * power loss may undo the last acknowledged writes (never corrupts).
     * The default is synchronous=FULL: a commit is on disk when it returns. */
    BRUG_OPEN_SYNC_NORMAL = 1 << 2,
};

/*
 * Open (and with BRUG_OPEN_CREATE, create) the database at path.  alloc may
 * be NULL for libc.  On success *out is a new handle to close with
 * brug_db_close().  On failure *out is still set when a handle could be
 * allocated, so brug_errmsg(*out) explains; close it all the same.
 * Returns BRUG_EDB, BRUG_ESCHEMA (file made by a newer brug), BRUG_ENOMEM.
 */
BRUG_API brug_err brug_db_open(const char *path, unsigned flags, const brug_alloc *alloc,
                               brug_db **out /* OUT */);

/* Close the handle; NULL is a harmless no-op. */
BRUG_API void brug_db_close(brug_db *db);

/*
 * The message of the last failure on db, with context ("occupations_en.csv:12:
 * missing column conceptUri"); "" when none.  Owned by db, valid until the
 * next call on db.  NULL db gives "out of memory".
 */
BRUG_API const char *brug_errmsg(const brug_db *db);

/*
 * How long a call waits for another writer's lock (an import, another
 * process) before failing with BRUG_EBUSY; 5000 ms when opened.  A server
 * uses a short wait and answers 503 with Retry-After instead of holding a
 * worker.
 */
BRUG_API void brug_db_set_busy_timeout(brug_db *db, unsigned ms);

/*
 * A value from the database's metadata (for instance "taxonomy_version"),
 * copied into buf (size bytes, NUL-terminated, truncated if longer).
 * BRUG_ENOTFOUND when the key is absent.
 */
BRUG_API brug_err brug_db_meta_get(brug_db *db, const char *key, char *buf, size_t size);

#endif
