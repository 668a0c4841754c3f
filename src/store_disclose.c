/*
 * store_disclose.c - the SQLite rows of what employers may learn about
 * people through matching (include/brug/guard.h): a person's "findable"
 * setting (off by default) and their responses to offers.  The
 * disclosure of an offer's matches is disclose.c.
 *
 * Schema (module "disclose"):
 *   findable(person, since)          one row per person who opted in
 *   response(person, offer, time)    the person answered the offer
 * Both are personal data and go with the passport (brug__access_forget_person).
 */
#include <string.h>

#include <sqlite3.h>

#include "brug/guard.h"
#include "disclose.h"
#include "store.h"

static const brug__migration disclose_steps[] = {
    {1, "CREATE TABLE findable("
        " person TEXT PRIMARY KEY,"
        " since TEXT NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE response("
        " person TEXT NOT NULL,"
        " offer TEXT NOT NULL,"
        " time TEXT NOT NULL,"
        " PRIMARY KEY(person, offer)) WITHOUT ROWID;"},
};

const brug__schema_module brug__schema_disclose = {
    "disclose", disclose_steps, sizeof(disclose_steps) / sizeof(disclose_steps[0])};

#define NOW "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

/* One statement with up to two text parameters; *found = a row came back. */
static brug_err run2(brug_db *db, const char *sql, const char *a, const char *b, int *found)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, sql, &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
    if (b)
        sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "disclose");
    if (found)
        *found = rc == SQLITE_ROW;
    return BRUG_OK;
}

brug_err brug__sqlite_findable_set(brug_db *db, const char *person, int yes)
{
    return run2(db,
                yes ? "INSERT INTO findable(person, since) VALUES(?1, " NOW
                      ") ON CONFLICT(person) DO NOTHING"
                    : "DELETE FROM findable WHERE person = ?1",
                person, NULL, NULL);
}

brug_err brug__sqlite_findable_get(brug_db *db, const char *person, int *yes)
{
    return run2(db, "SELECT 1 FROM findable WHERE person = ?1", person, NULL, yes);
}

brug_err brug__sqlite_response_set(brug_db *db, const char *person, const char *offer, int yes)
{
    return run2(db,
                yes ? "INSERT INTO response(person, offer, time) VALUES(?1, ?2, " NOW
                      ") ON CONFLICT(person, offer) DO NOTHING"
                    : "DELETE FROM response WHERE person = ?1 AND offer = ?2",
                person, offer, NULL);
}

brug_err brug__sqlite_response_get(brug_db *db, const char *person, const char *offer, int *yes)
{
    return run2(db, "SELECT 1 FROM response WHERE person = ?1 AND offer = ?2", person, offer, yes);
}

brug_err brug__sqlite_response_each(brug_db *db, const char *person, brug__name_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug_err err =
        brug__db_prepare(db, "SELECT offer FROM response WHERE person = ?1 ORDER BY offer", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, person, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st))
        err = fn(ctx, (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (err)
        return err;
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "response");
}
