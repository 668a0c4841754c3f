/*
 * store_access.c - the SQLite backend's rows of the access module: API
 * tokens (stored as hashes), consent and the audit log, to and from the
 * records of access.h.  What they mean and who may do what is access.c
 * and access_policy.c.
 *
 * Schema (module "access"):
 *   api_token(id, hash, role, subject, created, revoked)
 *     hash: BLAKE2b-256 of the token text; the text itself is never stored.
 *   consent(person, adviser, granted, withdrawn)   one row per pair; a
 *     withdrawal sets withdrawn, a new grant clears it.
 *   audit(id, time, actor, role, token, action, person, outcome)
 *     append-only: nothing in brug updates its rows; brug_audit_prune
 *     deletes those older than the retention period the operator sets.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "access.h"
#include "store.h"

static const brug__migration access_steps[] = {
    {1, "CREATE TABLE api_token("
        " id INTEGER PRIMARY KEY,"
        " hash BLOB NOT NULL UNIQUE,"
        " role INTEGER NOT NULL,"
        " subject TEXT NOT NULL,"
        " created TEXT NOT NULL,"
        " revoked TEXT);"
        "CREATE TABLE consent("
        " person TEXT NOT NULL,"
        " adviser TEXT NOT NULL,"
        " granted TEXT NOT NULL,"
        " withdrawn TEXT,"
        " PRIMARY KEY(person, adviser)) WITHOUT ROWID;"
        "CREATE TABLE audit("
        " id INTEGER PRIMARY KEY,"
        " time TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " role TEXT NOT NULL,"
        " token INTEGER,"
        " action TEXT NOT NULL,"
        " person TEXT NOT NULL,"
        " outcome TEXT NOT NULL);"
        "CREATE INDEX audit_by_person ON audit(person, id);"},
};

const brug__schema_module brug__schema_access = {"access", access_steps,
                                                 sizeof(access_steps) / sizeof(access_steps[0])};

#define NOW "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

/* Run one statement with text parameters ?1 = p1, ?2 = p2 (either may be NULL); the number
 * of rows changed goes to *changes when not NULL. */
static brug_err exec_params(brug_db *db, const char *sql, int *changes, const char *p1,
                            const char *p2)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, sql, &st);
    int rc;
    if (err)
        return err;
    if (p1)
        sqlite3_bind_text(st, 1, p1, -1, SQLITE_STATIC);
    if (p2)
        sqlite3_bind_text(st, 2, p2, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "access");
    if (changes)
        *changes = sqlite3_changes(brug__sql(db));
    return BRUG_OK;
}

/* Text of column i, NULL for SQL NULL. */
static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* Finish a scan of st that stopped with rc or with the callback's err. */
static brug_err scan_end(brug_db *db, sqlite3_stmt *st, int rc, brug_err err)
{
    sqlite3_finalize(st);
    if (err)
        return err;
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "access");
    return BRUG_OK;
}

brug_err brug__sqlite_token_named(brug_db *db, brug_role role, const char *subject, int64_t *id)
{
    sqlite3_stmt *st;
    brug_err err =
        brug__db_prepare(db, "SELECT id FROM api_token WHERE role = ?1 AND subject = ?2", &st);
    int rc;
    *id = 0;
    if (err)
        return err;
    sqlite3_bind_int(st, 1, (int)role);
    sqlite3_bind_text(st, 2, subject, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "token");
    return BRUG_OK;
}

brug_err brug__sqlite_token_add(brug_db *db, const unsigned char hash[32], brug_role role,
                                const char *subject, int64_t *id)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "INSERT INTO api_token(hash, role, subject, created) "
                                    "VALUES(?1, ?2, ?3, " NOW ")",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_blob(st, 1, hash, 32, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, (int)role);
    sqlite3_bind_text(st, 3, subject, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "token");
    *id = sqlite3_last_insert_rowid(brug__sql(db));
    return BRUG_OK;
}

brug_err brug__sqlite_token_set_subject(brug_db *db, int64_t id, const char *subject)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, "UPDATE api_token SET subject = ?1 WHERE id = ?2", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, subject, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "token");
    return BRUG_OK;
}

static void token_row(sqlite3_stmt *st, brug__token_rec *r)
{
    memset(r, 0, sizeof(*r));
    r->id = sqlite3_column_int64(st, 0);
    r->role = (brug_role)sqlite3_column_int(st, 1);
    r->subject = col_text(st, 2);
    if (sqlite3_column_count(st) > 3) {
        r->created = col_text(st, 3);
        r->revoked = col_text(st, 4);
    }
}

brug_err brug__sqlite_token_find(brug_db *db, const unsigned char hash[32], brug__token_fn fn,
                                 void *ctx)
{
    sqlite3_stmt *st;
    brug__token_rec r;
    brug_err err = brug__db_prepare(db,
                                    "SELECT id, role, subject FROM api_token "
                                    "WHERE hash = ?1 AND revoked IS NULL",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_blob(st, 1, hash, 32, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        token_row(st, &r);
        err = fn(ctx, &r);
    } else if (rc == SQLITE_DONE) {
        err = brug__db_error(db, BRUG_ENOTFOUND, "no such token");
    } else {
        err = brug__db_sqlerr(db, rc, "token");
    }
    sqlite3_finalize(st);
    return err;
}

brug_err brug__sqlite_token_revoke(brug_db *db, int64_t id)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(
        db, "UPDATE api_token SET revoked = " NOW " WHERE id = ?1 AND revoked IS NULL", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "token");
    if (sqlite3_changes(brug__sql(db)) == 0)
        return brug__db_error(db, BRUG_ENOTFOUND, "no such token");
    return BRUG_OK;
}

brug_err brug__sqlite_token_each(brug_db *db, brug__token_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__token_rec r;
    brug_err err = brug__db_prepare(
        db, "SELECT id, role, subject, created, revoked FROM api_token ORDER BY id", &st);
    int rc;
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        token_row(st, &r);
        err = fn(ctx, &r);
    }
    return scan_end(db, st, rc, err);
}

brug_err brug__sqlite_consent_put(brug_db *db, const char *person, const char *adviser)
{
    return exec_params(db,
                       "INSERT INTO consent(person, adviser, granted) VALUES(?1, ?2, " NOW ") "
                       "ON CONFLICT(person, adviser) DO UPDATE SET granted = " NOW
                       ", withdrawn = NULL",
                       NULL, person, adviser);
}

brug_err brug__sqlite_consent_withdraw(brug_db *db, const char *person, const char *adviser)
{
    int changes = 0;
    brug_err err = exec_params(db,
                               "UPDATE consent SET withdrawn = " NOW
                               " WHERE person = ?1 AND adviser = ?2 AND withdrawn IS NULL",
                               &changes, person, adviser);
    if (err)
        return err;
    if (!changes)
        return brug__db_error(db, BRUG_ENOTFOUND, "no standing consent");
    return BRUG_OK;
}

brug_err brug__sqlite_consent_stands(brug_db *db, const char *person, const char *adviser, int *yes)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "SELECT 1 FROM consent WHERE person = ?1 AND adviser = ?2 "
                                    "AND withdrawn IS NULL",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, person, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, adviser, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "consent");
    *yes = rc == SQLITE_ROW;
    return BRUG_OK;
}

/* Rows (person, adviser, granted, withdrawn) of st to fn. */
static brug_err consent_scan(brug_db *db, sqlite3_stmt *st, brug__consent_fn fn, void *ctx)
{
    brug__consent_rec r;
    brug_err err = BRUG_OK;
    int rc;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        r.person = col_text(st, 0);
        r.adviser = col_text(st, 1);
        r.granted = col_text(st, 2);
        r.withdrawn = col_text(st, 3);
        err = fn(ctx, &r);
    }
    return scan_end(db, st, rc, err);
}

brug_err brug__sqlite_consent_each(brug_db *db, const char *person, brug__consent_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "SELECT person, adviser, granted, withdrawn FROM consent "
                                    "WHERE person = ?1 ORDER BY adviser",
                                    &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, person, -1, SQLITE_TRANSIENT);
    return consent_scan(db, st, fn, ctx);
}

brug_err brug__sqlite_consent_caseload(brug_db *db, const char *adviser, brug__consent_fn fn,
                                       void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "SELECT person, adviser, granted, withdrawn FROM consent "
                                    "WHERE adviser = ?1 AND withdrawn IS NULL ORDER BY person",
                                    &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, adviser, -1, SQLITE_TRANSIENT);
    return consent_scan(db, st, fn, ctx);
}

brug_err brug__sqlite_audit_append(brug_db *db, const brug__audit_rec *r)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "INSERT INTO audit(time, actor, role, token, action, person, "
                                    "outcome) VALUES(" NOW ", ?1, ?2, ?3, ?4, ?5, ?6)",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, r->actor, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, r->role, -1, SQLITE_STATIC);
    if (r->token)
        sqlite3_bind_int64(st, 3, r->token);
    sqlite3_bind_text(st, 4, r->action, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, r->person, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 6, r->outcome, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "audit");
    return BRUG_OK;
}

brug_err brug__sqlite_audit_each(brug_db *db, const char *person, size_t limit, brug__audit_fn fn,
                                 void *ctx)
{
    sqlite3_stmt *st;
    brug__audit_rec r;
    brug_err err = brug__db_prepare(db,
                                    "SELECT id, time, actor, role, token, action, person, outcome "
                                    "FROM audit WHERE ?1 IS NULL OR person = ?1 ORDER BY id DESC "
                                    "LIMIT ?2",
                                    &st);
    int rc;
    if (err)
        return err;
    if (person)
        sqlite3_bind_text(st, 1, person, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        r.id = sqlite3_column_int64(st, 0);
        r.time = col_text(st, 1);
        r.actor = col_text(st, 2);
        r.role = col_text(st, 3);
        r.token = sqlite3_column_type(st, 4) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 4);
        r.action = col_text(st, 5);
        r.person = col_text(st, 6);
        r.outcome = col_text(st, 7);
        err = fn(ctx, &r);
    }
    return scan_end(db, st, rc, err);
}

brug_err brug__access_forget_person(brug_db *db, const char *person)
{
    static const char *const sql[] = {
        "DELETE FROM consent WHERE person = ?1",
        "DELETE FROM api_token WHERE role = 3 AND subject = ?1", /* BRUG_ROLE_PERSON */
        "DELETE FROM findable WHERE person = ?1",                /* store_disclose.c */
        "DELETE FROM response WHERE person = ?1",
    };
    size_t i;
    for (i = 0; i < sizeof(sql) / sizeof(sql[0]); i++) {
        sqlite3_stmt *st;
        brug_err err = brug__db_prepare(db, sql[i], &st);
        int rc;
        if (err)
            return err;
        sqlite3_bind_text(st, 1, person, -1, SQLITE_STATIC);
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return brug__db_sqlerr(db, rc, "forget person");
    }
    return BRUG_OK;
}

brug_err brug__sqlite_audit_remove_older(brug_db *db, unsigned days, int64_t *removed)
{
    char sql[160];
    sqlite3_stmt *st;
    brug_err err;
    int rc;

    snprintf(sql, sizeof(sql),
             "DELETE FROM audit WHERE time < strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now', "
             "'-%u days')",
             days);
    err = brug__db_prepare(db, sql, &st);
    if (err)
        return err;
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "audit");
    if (removed)
        *removed = sqlite3_changes(brug__sql(db));
    return BRUG_OK;
}
