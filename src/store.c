/*
 * store.c - the SQLite backend's lifecycle: opening and closing the
 * sqlite3 handle behind brug_db, SQLite error mapping, transactions and
 * the metadata table.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"

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
                          brug__sql(db) ? sqlite3_errmsg(brug__sql(db)) : sqlite3_errstr(rc));
}

brug_err brug__db_exec(brug_db *db, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(brug__sql(db), sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        brug_err err = brug__db_sqlerr(db, rc, "sql");
        if (msg)
            brug__db_error(db, err, "sql: %s", msg);
        sqlite3_free(msg);
        return err;
    }
    return BRUG_OK;
}

const char *brug__db_col_text(sqlite3_stmt *st, int col)
{
    return sqlite3_column_type(st, col) == SQLITE_TEXT ? (const char *)sqlite3_column_text(st, col)
                                                       : NULL;
}

brug_err brug__db_prepare(brug_db *db, const char *sql, sqlite3_stmt **out)
{
    int rc = sqlite3_prepare_v2(brug__sql(db), sql, -1, out, NULL);
    if (rc != SQLITE_OK)
        return brug__db_sqlerr(db, rc, "prepare");
    return BRUG_OK;
}

brug_err brug__sqlite_begin(brug_db *db)
{
    return brug__db_exec(db, "BEGIN IMMEDIATE");
}

brug_err brug__sqlite_commit(brug_db *db)
{
    return brug__db_exec(db, "COMMIT");
}

void brug__sqlite_rollback(brug_db *db)
{
    /* Keep the message of the failure that caused the rollback. */
    sqlite3_exec(brug__sql(db), "ROLLBACK", NULL, NULL, NULL);
}

brug_err brug__sqlite_meta_set(brug_db *db, const char *key, const char *value)
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

brug_err brug__sqlite_meta_get(brug_db *db, const char *key, char *buf, size_t size)
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

brug_err brug__sqlite_init(brug_db *db, const char *path, unsigned flags)
{
    brug__sqlite *sq;
    int oflags, rc;
    brug_err err;

    sq = brug__calloc(&db->alloc, 1, sizeof(*sq));
    if (!sq)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    db->be_data = sq;
    if (flags & BRUG_OPEN_READONLY)
        oflags = SQLITE_OPEN_READONLY;
    else
        oflags = SQLITE_OPEN_READWRITE | ((flags & BRUG_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);
    rc = sqlite3_open_v2(path, &sq->sql, oflags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return brug__db_error(db, rc == SQLITE_NOMEM ? BRUG_ENOMEM : BRUG_EIO,
                              "cannot open database %s: %s", path,
                              sq->sql ? sqlite3_errmsg(sq->sql) : sqlite3_errstr(rc));
    sqlite3_extended_result_codes(sq->sql, 1);
    sqlite3_busy_timeout(sq->sql, 5000);
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

void brug__sqlite_close(brug_db *db)
{
    brug__sqlite *sq = db->be_data;
    if (!sq)
        return;
    brug__search_cache_free(db);
    sqlite3_close_v2(sq->sql);
    brug__free(&db->alloc, sq);
    db->be_data = NULL;
}

void brug__sqlite_set_busy_timeout(brug_db *db, unsigned ms)
{
    if (brug__sql(db))
        sqlite3_busy_timeout(brug__sql(db), (int)ms);
}
