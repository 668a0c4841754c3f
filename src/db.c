/*
 * db.c - the brug_db handle: opening it on a backend, closing it, its
 * message, and the one-transaction-at-a-time rule every backend shares.
 */
#include <stdio.h>

#include "backend.h"

brug_err brug__db_error(brug_db *db, brug_err err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(db->errmsg, sizeof(db->errmsg), fmt, ap);
    va_end(ap);
    return err;
}

brug_err brug_db_open(const char *path, unsigned flags, const brug_alloc *alloc, brug_db **out)
{
    brug_db *db;

    *out = NULL;
    db = brug__calloc(alloc, 1, sizeof(*db));
    if (!db)
        return BRUG_ENOMEM;
    db->alloc = alloc ? *alloc : brug__alloc_libc;
    db->flags = flags;
    db->be = &brug__backend_sqlite;
    *out = db;
    return db->be->init(db, path, flags);
}

void brug_db_close(brug_db *db)
{
    brug_alloc alloc;
    if (!db)
        return;
    brug__db_rollback(db);
    db->be->close(db);
    alloc = db->alloc;
    brug__free(&alloc, db);
}

void brug_db_set_busy_timeout(brug_db *db, unsigned ms)
{
    if (db)
        db->be->set_busy_timeout(db, ms > 600000 ? 600000 : ms);
}

const char *brug_errmsg(const brug_db *db)
{
    return db ? db->errmsg : "out of memory";
}

brug_err brug_db_meta_get(brug_db *db, const char *key, char *buf, size_t size)
{
    return db->be->meta_get(db, key, buf, size);
}

brug_err brug__db_begin(brug_db *db)
{
    brug_err err;
    if (db->flags & BRUG_OPEN_READONLY)
        return brug__db_error(db, BRUG_EINVAL, "database is open read-only");
    if (db->in_txn)
        return brug__db_error(db, BRUG_EINTERNAL, "transaction already open");
    err = db->be->begin(db);
    if (err == BRUG_OK)
        db->in_txn = 1;
    return err;
}

brug_err brug__db_commit(brug_db *db)
{
    brug_err err = db->be->commit(db);
    if (err != BRUG_OK) {
        brug__db_rollback(db);
        return err;
    }
    db->in_txn = 0;
    return BRUG_OK;
}

void brug__db_rollback(brug_db *db)
{
    if (!db->in_txn)
        return;
    db->be->rollback(db);
    db->in_txn = 0;
}
