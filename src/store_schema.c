/*
 * store_schema.c - versioned schema migrations.
 *
 * Each module that stores data declares its schema history as a list of
 * brug__migration steps (version, SQL) in its own store_<module>.c, and is
 * registered once in `modules` below.  Opening a writable database applies
 * the steps a file has not seen yet, each module in its own transaction,
 * and records the module's version in schema_version.  A file whose
 * version of a module is newer than this program knows is refused with
 * BRUG_ESCHEMA rather than misread.
 */
#include <string.h>

#include <sqlite3.h>

#include "store.h"

static const brug__schema_module *const modules[] = {
    &brug__schema_ontology, &brug__schema_access,  &brug__schema_courses, &brug__schema_search,
    &brug__schema_people,   &brug__schema_mapping, &brug__schema_regions, &brug__schema_credentials,
    &brug__schema_disclose, &brug__schema_schemes, &brug__schema_bridges,
};

static const brug__migration_fn step_fns[] = {
    {"people", 2, brug__people_pack_all},
    {"people", 3, brug__people_pack_offers},
    {"regions", 1, brug__people_vocab_sync},
};

/* Run the C work registered for module m's step version, if any. */
static brug_err step_fn(brug_db *db, const brug__schema_module *m, int version)
{
    size_t i;
    for (i = 0; i < sizeof(step_fns) / sizeof(step_fns[0]); i++)
        if (step_fns[i].version == version && strcmp(step_fns[i].module, m->name) == 0)
            return step_fns[i].run(db);
    return BRUG_OK;
}

static brug_err module_version(brug_db *db, const char *name, int *version)
{
    sqlite3_stmt *st;
    brug_err err =
        brug__db_prepare(db, "SELECT version FROM schema_version WHERE module = ?1", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    *version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "schema_version");
    return BRUG_OK;
}

static brug_err set_version(brug_db *db, const char *name, int version)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "INSERT INTO schema_version(module, version) VALUES(?1, ?2) "
                                    "ON CONFLICT(module) DO UPDATE SET version = ?2",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, version);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "schema_version");
}

static brug_err migrate_module(brug_db *db, const brug__schema_module *m)
{
    int have;
    size_t i;
    brug_err err = module_version(db, m->name, &have);
    if (err)
        return err;
    if (m->nsteps && have > m->steps[m->nsteps - 1].version)
        return brug__db_error(db, BRUG_ESCHEMA,
                              "database has %s schema version %d; this brug knows up to %d",
                              m->name, have, m->steps[m->nsteps - 1].version);
    if (!m->nsteps || have == m->steps[m->nsteps - 1].version)
        return BRUG_OK;
    err = brug__db_begin(db);
    if (err)
        return err;
    for (i = 0; i < m->nsteps && !err; i++) {
        if (m->steps[i].version <= have)
            continue;
        err = brug__db_exec(db, m->steps[i].sql);
        if (!err)
            err = step_fn(db, m, m->steps[i].version);
        if (!err)
            err = set_version(db, m->name, m->steps[i].version);
    }
    if (err) {
        brug__db_rollback(db);
        return err;
    }
    return brug__db_commit(db);
}

brug_err brug__schema_migrate(brug_db *db)
{
    size_t i;
    brug_err err = brug__db_exec(db, "CREATE TABLE IF NOT EXISTS schema_version("
                                     " module TEXT PRIMARY KEY, version INTEGER NOT NULL);"
                                     "CREATE TABLE IF NOT EXISTS meta("
                                     " key TEXT PRIMARY KEY, value TEXT NOT NULL);");
    if (err)
        return err;
    for (i = 0; i < sizeof(modules) / sizeof(modules[0]); i++) {
        err = migrate_module(db, modules[i]);
        if (err)
            return err;
    }
    return BRUG_OK;
}
