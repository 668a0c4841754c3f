/*
 * store.c - opening and closing brug_db, SQLite error mapping, transactions
 * and the metadata table.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"

brug_err brug__db_error(brug_db *db, brug_err err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(db->errmsg, sizeof(db->errmsg), fmt, ap);
    va_end(ap);
    return err;
}

brug_err brug__db_sqlerr(brug_db *db, int rc, const char *what)
{
    brug_err err;
    switch (rc & 0xff) {
    case SQLITE_NOMEM:
        err = BRUG_ENOMEM;
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
        err = BRUG_EIO;
        break;
    case SQLITE_CONSTRAINT:
        err = BRUG_ECONFLICT;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        /* another writer (an import, another server) holds the database:
         * a retry later succeeds, so callers answer 503 with Retry-After */
        err = BRUG_EBUSY;
        break;
    default:
        err = BRUG_EDB;
    }
    return brug__db_error(db, err, "%s: %s", what,
                          db->sql ? sqlite3_errmsg(db->sql) : sqlite3_errstr(rc));
}

brug_err brug__db_exec(brug_db *db, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(db->sql, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        brug_err err = brug__db_sqlerr(db, rc, "sql");
        if (msg)
            brug__db_error(db, err, "sql: %s", msg);
        sqlite3_free(msg);
        return err;
    }
    return BRUG_OK;
}

brug_err brug__db_prepare(brug_db *db, const char *sql, sqlite3_stmt **out)
{
    int rc = sqlite3_prepare_v2(db->sql, sql, -1, out, NULL);
    if (rc != SQLITE_OK)
        return brug__db_sqlerr(db, rc, "prepare");
    return BRUG_OK;
}

brug_err brug__db_begin(brug_db *db)
{
    brug_err err;
    if (db->flags & BRUG_OPEN_READONLY)
        return brug__db_error(db, BRUG_EINVAL, "database is open read-only");
    if (db->in_txn)
        return brug__db_error(db, BRUG_EINTERNAL, "transaction already open");
    err = brug__db_exec(db, "BEGIN IMMEDIATE");
    if (err == BRUG_OK)
        db->in_txn = 1;
    return err;
}

brug_err brug__db_commit(brug_db *db)
{
    brug_err err = brug__db_exec(db, "COMMIT");
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
    /* Keep the message of the failure that caused the rollback. */
    sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
    db->in_txn = 0;
}

brug_err brug__db_meta_set(brug_db *db, const char *key, const char *value)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                    "ON CONFLICT(key) DO UPDATE SET value = ?2",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "meta");
    return BRUG_OK;
}

brug_err brug_db_meta_get(brug_db *db, const char *key, char *buf, size_t size)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, "SELECT value FROM meta WHERE key = ?1", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        snprintf(buf, size, "%s", v ? v : "");
        err = BRUG_OK;
    } else if (rc == SQLITE_DONE) {
        err = brug__db_error(db, BRUG_ENOTFOUND, "no metadata '%s'", key);
    } else {
        err = brug__db_sqlerr(db, rc, "meta");
    }
    sqlite3_finalize(st);
    return err;
}

brug_err brug_db_open(const char *path, unsigned flags, const brug_alloc *alloc, brug_db **out)
{
    brug_db *db;
    int oflags, rc;
    brug_err err;

    *out = NULL;
    db = brug__calloc(alloc, 1, sizeof(*db));
    if (!db)
        return BRUG_ENOMEM;
    db->alloc = alloc ? *alloc : brug__alloc_libc;
    db->flags = flags;
    *out = db;

    if (flags & BRUG_OPEN_READONLY)
        oflags = SQLITE_OPEN_READONLY;
    else
        oflags = SQLITE_OPEN_READWRITE | ((flags & BRUG_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);
    rc = sqlite3_open_v2(path, &db->sql, oflags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return brug__db_error(db, rc == SQLITE_NOMEM ? BRUG_ENOMEM : BRUG_EIO,
                              "cannot open database %s: %s", path,
                              db->sql ? sqlite3_errmsg(db->sql) : sqlite3_errstr(rc));
    sqlite3_extended_result_codes(db->sql, 1);
    sqlite3_busy_timeout(db->sql, 5000);
    if (!(flags & BRUG_OPEN_READONLY)) {
        /* FULL: a commit is on disk before it is acknowledged, even across
         * an OS crash or power loss; NORMAL (BRUG_OPEN_SYNC_NORMAL) may lose
         * the last commits then, never the database's consistency. */
        err = brug__db_exec(db, (flags & BRUG_OPEN_SYNC_NORMAL)
                                    ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                                      "PRAGMA foreign_keys=ON;"
                                    : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                                      "PRAGMA foreign_keys=ON;");
        if (err)
            return err;
        err = brug__schema_migrate(db);
        if (err)
            return err;
    } else {
        err = brug__db_exec(db, "PRAGMA query_only=ON;");
        if (err)
            return err;
    }
    return BRUG_OK;
}

void brug_db_close(brug_db *db)
{
    brug_alloc alloc;
    if (!db)
        return;
    brug__db_rollback(db);
    brug__search_cache_free(db);
    sqlite3_close_v2(db->sql);
    alloc = db->alloc;
    brug__free(&alloc, db);
}

void brug_db_set_busy_timeout(brug_db *db, unsigned ms)
{
    if (db && db->sql)
        sqlite3_busy_timeout(db->sql, (int)(ms > 600000 ? 600000 : ms));
}

const char *brug_errmsg(const brug_db *db)
{
    return db ? db->errmsg : "out of memory";
}
