/*
 * store_bridges.c - the stored models of the bridges index (see
 * store_bridges.h; what a blob holds is bridges_model.c's business).
 *
 * Schema (module "bridges"):
 *   bridges_model(name, fingerprint, built, data)   one row per model
 * The fingerprint (a 64-bit hash of the ontology content the model is
 * built from, its parameters and the format version) lets a reader tell
 * a stale model from a fresh one without building it.
 */
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "backend_sqlite.h"

static const brug__migration bridges_steps[] = {
    {1, "CREATE TABLE bridges_model("
        " name TEXT PRIMARY KEY,"
        " fingerprint INTEGER NOT NULL,"
        " built TEXT NOT NULL,"
        " data BLOB NOT NULL);"},
};

const brug__schema_module brug__schema_bridges = {"bridges", bridges_steps,
                                                  sizeof(bridges_steps) / sizeof(bridges_steps[0])};

brug_err brug__sqlite_bridges_model_put(brug_db *db, const char *name, uint64_t fingerprint,
                                        const void *data, size_t len)
{
    sqlite3_stmt *st;
    brug_err err;
    int rc;
    if (len > 0x7fffffff)
        return brug__db_error(db, BRUG_ETOOBIG, "bridges model %s: %zu bytes is too large", name,
                              len);
    err = brug__db_prepare(db,
                           "INSERT INTO bridges_model(name, fingerprint, built, data) "
                           "VALUES(?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?3) "
                           "ON CONFLICT(name) DO UPDATE SET fingerprint = ?2, "
                           "built = excluded.built, data = ?3",
                           &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)fingerprint);
    sqlite3_bind_blob(st, 3, data, (int)len, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "bridges_model");
}

brug_err brug__sqlite_bridges_model_get(brug_db *db, const char *name, const brug_alloc *alloc,
                                        uint64_t *fingerprint, void **data, size_t *len)
{
    sqlite3_stmt *st;
    int rc;
    *data = NULL;
    *len = 0;
    *fingerprint = 0;
    /* A read-only open does not migrate: an older file has no table. */
    rc = sqlite3_prepare_v2(brug__sql(db),
                            "SELECT fingerprint, data FROM bridges_model WHERE name = ?1", -1, &st,
                            NULL);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        return strstr(sqlite3_errmsg(brug__sql(db)), "no such table")
                   ? BRUG_ENOTFOUND
                   : brug__db_sqlerr(db, rc, "bridges_model");
    }
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(st, 1);
        size_t n = (size_t)sqlite3_column_bytes(st, 1);
        *fingerprint = (uint64_t)sqlite3_column_int64(st, 0);
        *data = brug__malloc(alloc, n ? n : 1);
        if (!*data) {
            sqlite3_finalize(st);
            return brug__db_error(db, BRUG_ENOMEM, "bridges model %s: out of memory", name);
        }
        if (n)
            memcpy(*data, blob, n);
        *len = n;
        sqlite3_finalize(st);
        return BRUG_OK;
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return BRUG_ENOTFOUND;
    return brug__db_sqlerr(db, rc, "bridges_model");
}

brug_err brug__sqlite_bridges_model_delete(brug_db *db, const char *name)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, "DELETE FROM bridges_model WHERE name = ?1", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "bridges_model");
}
