/*
 * store_credentials.c - the tables of issuers, their keys, issued
 * credentials, status lists and the credentials passports carry (see
 * store_credentials.h and include/brug/credential.h).
 *
 * Schema (module "credentials"):
 *   issuer(id, name, type, base_url, created)
 *   issuer_key(did, issuer, public_key, key_file, status, created, retired, revoked)
 *     key_file: where the operator keeps the private key; the key itself is never stored.
 *   credential(id, issuer, subject, list, idx, issued, valid_until, revoked)
 *     list: the issuer's status list (its id); idx: the credential's bit in it.
 *   passport_credential(person, skill, credential, doc, underlying, state, issuer,
 *                       issuer_name)
 *     person: the passport's external id; skill: concept id; doc: the signed credential;
 *     underlying: the evidence code that holds without it.  Staged rows
 *     (passport_credential_staged) replace a person's rows when the person row is written,
 *     by trigger, and deleting the person deletes them (secure_delete overwrites them).
 */
#include <string.h>

#include <sqlite3.h>

#include "brug/onto.h"
#include "store.h"
#include "store_credentials.h"

static const brug__migration credential_steps[] = {
    {1, "CREATE TABLE issuer("
        " id TEXT PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " type TEXT NOT NULL,"
        " base_url TEXT NOT NULL,"
        " created TEXT NOT NULL);"
        "CREATE TABLE issuer_key("
        " did TEXT PRIMARY KEY,"
        " issuer TEXT NOT NULL REFERENCES issuer(id),"
        " public_key BLOB NOT NULL,"
        " key_file TEXT,"
        " status TEXT NOT NULL,"
        " created TEXT NOT NULL,"
        " retired TEXT,"
        " revoked TEXT);"
        "CREATE INDEX issuer_key_by_issuer ON issuer_key(issuer, status);"
        "CREATE TABLE credential("
        " id TEXT PRIMARY KEY,"
        " issuer TEXT NOT NULL REFERENCES issuer(id),"
        " subject TEXT NOT NULL,"
        " list TEXT NOT NULL,"
        " idx INTEGER NOT NULL,"
        " issued TEXT NOT NULL,"
        " valid_until TEXT,"
        " revoked TEXT,"
        " UNIQUE(list, idx));"
        "CREATE TABLE passport_credential("
        " person TEXT NOT NULL,"
        " skill INTEGER NOT NULL,"
        " credential TEXT NOT NULL,"
        " doc TEXT NOT NULL,"
        " underlying INTEGER NOT NULL,"
        " state TEXT NOT NULL,"
        " issuer TEXT NOT NULL,"
        " issuer_name TEXT NOT NULL,"
        " PRIMARY KEY(person, skill));"
        "CREATE INDEX passport_credential_by_credential ON passport_credential(credential);"
        "CREATE TABLE passport_credential_staged("
        " person TEXT NOT NULL,"
        " skill INTEGER NOT NULL,"
        " credential TEXT NOT NULL,"
        " doc TEXT NOT NULL,"
        " underlying INTEGER NOT NULL,"
        " state TEXT NOT NULL,"
        " issuer TEXT NOT NULL,"
        " issuer_name TEXT NOT NULL,"
        " PRIMARY KEY(person, skill));"
        /* A passport replaced replaces its credentials with the staged ones (none for a
         * passport without credentials); a passport deleted takes its credentials along.
         * A new passport's credentials are written directly (no trigger on INSERT, which
         * would cost every imported passport two lookups).
         * "UPDATE OF region": the passport writer sets every column, the packing steps and
         * brug__sqlite_passport_cred_downgrade only "skills". */
        "CREATE TRIGGER passport_credential_on_update AFTER UPDATE OF region ON person BEGIN"
        " DELETE FROM passport_credential WHERE person = new.ext_id;"
        " INSERT INTO passport_credential SELECT * FROM passport_credential_staged"
        "  WHERE person = new.ext_id;"
        " DELETE FROM passport_credential_staged WHERE person = new.ext_id;"
        " END;"
        "CREATE TRIGGER passport_credential_on_delete AFTER DELETE ON person BEGIN"
        " DELETE FROM passport_credential WHERE person = old.ext_id;"
        " END;"},
};

const brug__schema_module brug__schema_credentials = {
    "credentials", credential_steps, sizeof(credential_steps) / sizeof(credential_steps[0])};

#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ','now')"

/* Prepare sql and bind the NULL-terminated text parameters ?1, ?2, ... (a NULL pointer in
 * the list ends it; use "" for an empty value). */
static brug_err prep(brug_db *db, const char *sql, sqlite3_stmt **st, const char *const *params,
                     int n)
{
    int i;
    brug_err err = brug__db_prepare(db, sql, st);
    if (err)
        return err;
    for (i = 0; i < n; i++)
        if (params[i])
            sqlite3_bind_text(*st, i + 1, params[i], -1, SQLITE_TRANSIENT);
    return BRUG_OK;
}

/* Run st to completion (no rows), finalising it; *changes (may be NULL) rows changed. */
static brug_err run(brug_db *db, sqlite3_stmt *st, const char *what, int *changes)
{
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return rc == SQLITE_CONSTRAINT ? brug__db_error(db, BRUG_ECONFLICT, "%s: %s", what,
                                                        sqlite3_errmsg(brug__sql(db)))
                                       : brug__db_sqlerr(db, rc, what);
    if (changes)
        *changes = sqlite3_changes(brug__sql(db));
    return BRUG_OK;
}

static void col_text(sqlite3_stmt *st, int i, char *out, size_t size)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    snprintf(out, size, "%s", s ? (const char *)s : "");
}

/* Call row(ctx, st) for each row of st, finalising st; anything but BRUG_OK from row stops. */
static brug_err scan(brug_db *db, sqlite3_stmt *st, brug_err (*row)(void *ctx, sqlite3_stmt *st),
                     void *ctx)
{
    brug_err err = BRUG_OK;
    int rc;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        err = row(ctx, st);
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "credentials");
    return err;
}

/* A list's callback and its context, for scan's row functions. */
typedef struct list_ctx {
    union {
        brug__issuer_fn issuer;
        brug__key_fn key;
        brug__credential_fn credential;
        brug__passport_cred_fn pcred;
    } fn;
    void *ctx;
} list_ctx;

#define TEXT(i) ((const char *)sqlite3_column_text(st, (i)))

static brug_err issuer_row(void *ctx, sqlite3_stmt *st)
{
    list_ctx *l = ctx;
    brug__issuer_rec r = {TEXT(0), TEXT(1), TEXT(2), TEXT(3), TEXT(4)};
    return l->fn.issuer(l->ctx, &r);
}

static brug_err key_list_row(void *ctx, sqlite3_stmt *st)
{
    list_ctx *l = ctx;
    brug__key_rec r = {TEXT(0), TEXT(1), TEXT(2), brug__db_col_text(st, 3),
                       brug__db_col_text(st, 4)};
    return l->fn.key(l->ctx, &r);
}

static brug_err credential_row(void *ctx, sqlite3_stmt *st)
{
    list_ctx *l = ctx;
    brug__credential_rec r = {TEXT(0),
                              TEXT(1),
                              TEXT(2),
                              TEXT(3),
                              sqlite3_column_int64(st, 4),
                              brug__db_col_text(st, 5),
                              TEXT(6),
                              brug__db_col_text(st, 7)};
    return l->fn.credential(l->ctx, &r);
}

/* Columns of PCRED_SQL. */
static brug_err pcred_row(void *ctx, sqlite3_stmt *st)
{
    list_ctx *l = ctx;
    brug__passport_cred_rec r = {TEXT(0),
                                 brug__db_col_text(st, 1),
                                 sqlite3_column_int64(st, 2),
                                 TEXT(3),
                                 sqlite3_column_int(st, 4),
                                 TEXT(5),
                                 TEXT(6),
                                 TEXT(7),
                                 TEXT(8)};
    return l->fn.pcred(l->ctx, &r);
}

#define PCRED_SQL                                                                                  \
    "SELECT pc.person, c.uri, pc.skill, pc.credential, pc.underlying, pc.state, pc.doc, "          \
    "pc.issuer, pc.issuer_name FROM passport_credential pc LEFT JOIN concept c ON c.id = "         \
    "pc.skill "

brug_err brug__sqlite_issuer_add(brug_db *db, const char *id, const char *name, const char *type,
                                 const char *base_url)
{
    const char *p[] = {id, name, type, base_url};
    sqlite3_stmt *st;
    brug_err err = prep(db,
                        "INSERT INTO issuer(id, name, type, base_url, created) "
                        "VALUES(?1, ?2, ?3, ?4, " NOW ")",
                        &st, p, 4);
    if (err)
        return err;
    err = run(db, st, "issuer", NULL);
    if (err == BRUG_ECONFLICT)
        return brug__db_error(db, BRUG_ECONFLICT, "issuer %s exists already", id);
    return err;
}

brug_err brug__sqlite_issuer_get(brug_db *db, const char *id, brug__issuer_row *out)
{
    const char *p[] = {id};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db, "SELECT id, name, type, base_url FROM issuer WHERE id = ?1", &st, p, 1);
    if (err)
        return err;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        col_text(st, 0, out->id, sizeof(out->id));
        col_text(st, 1, out->name, sizeof(out->name));
        col_text(st, 2, out->type, sizeof(out->type));
        col_text(st, 3, out->base_url, sizeof(out->base_url));
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return brug__db_error(db, BRUG_ENOTFOUND, "no issuer %s", id);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "issuer");
}

brug_err brug__sqlite_issuer_keys(brug_db *db, const char *issuer, brug__key_fn fn, void *ctx)
{
    const char *p[] = {issuer};
    list_ctx l = {{.key = fn}, ctx};
    sqlite3_stmt *st;
    brug_err err = prep(db,
                        "SELECT did, status, created, retired, revoked FROM issuer_key "
                        "WHERE issuer = ?1 ORDER BY created, rowid",
                        &st, p, 1);
    return err ? err : scan(db, st, key_list_row, &l);
}

brug_err brug__sqlite_issuer_list(brug_db *db, brug__issuer_fn fn, void *ctx)
{
    list_ctx l = {{.issuer = fn}, ctx};
    sqlite3_stmt *st;
    brug_err err =
        prep(db, "SELECT id, name, type, base_url, created FROM issuer ORDER BY id", &st, NULL, 0);
    return err ? err : scan(db, st, issuer_row, &l);
}

brug_err brug__sqlite_key_add(brug_db *db, const char *issuer, const char *did,
                              const uint8_t pk[32], const char *key_file)
{
    const char *p[] = {issuer, did, key_file};
    sqlite3_stmt *st;
    brug_err err = brug__db_begin(db);
    if (err)
        return err;
    err = prep(db,
               "UPDATE issuer_key SET status = 'retired', retired = " NOW
               " WHERE issuer = ?1 AND status = 'active'",
               &st, p, 1);
    if (!err)
        err = run(db, st, "issuer key", NULL);
    if (!err)
        err = prep(db,
                   "INSERT INTO issuer_key(issuer, did, public_key, key_file, status, created) "
                   "VALUES(?1, ?2, ?4, ?3, 'active', " NOW ")",
                   &st, p, 3);
    if (!err) {
        sqlite3_bind_blob(st, 4, pk, 32, SQLITE_TRANSIENT);
        err = run(db, st, "issuer key", NULL);
        if (err == BRUG_ECONFLICT)
            brug__db_error(db, err, "key %s is registered already", did);
    }
    if (err) {
        brug__db_rollback(db);
        return err;
    }
    return brug__db_commit(db);
}

static brug_err key_row(brug_db *db, const char *sql, const char *param, brug__key_row *out,
                        const char *missing)
{
    const char *p[] = {param};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db, sql, &st, p, 1);
    if (err)
        return err;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        col_text(st, 0, out->did, sizeof(out->did));
        col_text(st, 1, out->issuer, sizeof(out->issuer));
        col_text(st, 2, out->key_file, sizeof(out->key_file));
        col_text(st, 3, out->status, sizeof(out->status));
        if (sqlite3_column_bytes(st, 4) == 32)
            memcpy(out->pk, sqlite3_column_blob(st, 4), 32);
        else
            memset(out->pk, 0, 32);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return brug__db_error(db, BRUG_ENOTFOUND, missing, param);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "issuer key");
}

brug_err brug__sqlite_key_find(brug_db *db, const char *did, brug__key_row *out)
{
    return key_row(db,
                   "SELECT did, issuer, key_file, status, public_key FROM issuer_key "
                   "WHERE did = ?1",
                   did, out, "no registered key %s");
}

brug_err brug__sqlite_key_active(brug_db *db, const char *issuer, brug__key_row *out)
{
    return key_row(db,
                   "SELECT did, issuer, key_file, status, public_key FROM issuer_key "
                   "WHERE issuer = ?1 AND status = 'active'",
                   issuer, out, "issuer %s has no active key (brug issuer key ID --key-file FILE)");
}

brug_err brug__sqlite_key_revoke(brug_db *db, const char *did)
{
    const char *p[] = {did};
    sqlite3_stmt *st;
    int changes = 0;
    brug_err err = prep(db,
                        "UPDATE issuer_key SET status = 'revoked', revoked = " NOW
                        " WHERE did = ?1 AND status != 'revoked'",
                        &st, p, 1);
    if (!err)
        err = run(db, st, "issuer key", &changes);
    if (!err && !changes)
        return brug__db_error(db, BRUG_ENOTFOUND, "no unrevoked key %s", did);
    return err;
}

brug_err brug__sqlite_credential_add(brug_db *db, const char *id, const char *issuer,
                                     const char *subject, const char *valid_until, int64_t *index)
{
    const char *p[] = {id, issuer, subject, valid_until};
    sqlite3_stmt *st;
    int rc;
    brug_err err =
        prep(db, "SELECT COALESCE(MAX(idx) + 1, 0) FROM credential WHERE list = ?1", &st, p + 1, 1);
    if (err)
        return err;
    rc = sqlite3_step(st);
    *index = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return brug__db_sqlerr(db, rc, "credential");
    if (*index >= BRUG__STATUS_LIST_BITS)
        return brug__db_error(db, BRUG_ETOOBIG,
                              "issuer %s: its status list is full (%d credentials)", issuer,
                              BRUG__STATUS_LIST_BITS);
    err = prep(db,
               "INSERT INTO credential(id, issuer, subject, list, idx, issued, valid_until) "
               "VALUES(?1, ?2, ?3, ?2, ?5, " NOW ", ?4)",
               &st, p, 4);
    if (err)
        return err;
    sqlite3_bind_int64(st, 5, *index);
    return run(db, st, "credential", NULL);
}

brug_err brug__sqlite_credential_issuer(brug_db *db, const char *id, char *owner)
{
    const char *p[] = {id};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db, "SELECT issuer FROM credential WHERE id = ?1", &st, p, 1);
    if (err)
        return err;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        col_text(st, 0, owner, BRUG__ISSUER_ID_MAX + 1);
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return brug__db_error(db, BRUG_ENOTFOUND, "no credential %s issued here", id);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "credential");
}

brug_err brug__sqlite_credential_revoke(brug_db *db, const char *id, char *owner)
{
    const char *p[] = {id};
    sqlite3_stmt *st;
    int changes = 0;
    char who[BRUG__ISSUER_ID_MAX + 1];
    brug_err err = brug__sqlite_credential_issuer(db, id, who);
    if (err)
        return err;
    if (owner)
        snprintf(owner, BRUG__ISSUER_ID_MAX + 1, "%s", who);
    err = prep(db, "UPDATE credential SET revoked = " NOW " WHERE id = ?1 AND revoked IS NULL", &st,
               p, 1);
    if (!err)
        err = run(db, st, "credential", &changes);
    if (!err && !changes)
        return brug__db_error(db, BRUG_ECONFLICT, "credential %s is revoked already", id);
    return err;
}

brug_err brug__sqlite_credential_list(brug_db *db, const char *issuer, brug__credential_fn fn,
                                      void *ctx)
{
    const char *p[] = {issuer};
    list_ctx l = {{.credential = fn}, ctx};
    sqlite3_stmt *st;
    brug_err err = prep(db,
                        "SELECT id, issuer, subject, list, idx, valid_until, issued, revoked "
                        "FROM credential WHERE ?1 IS NULL OR issuer = ?1 "
                        "ORDER BY issued DESC, rowid DESC",
                        &st, p, 1);
    return err ? err : scan(db, st, credential_row, &l);
}

brug_err brug__sqlite_status_revoked(brug_db *db, const char *list, int64_t index, int *known,
                                     int *revoked)
{
    const char *p[] = {list};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db,
                        "SELECT (SELECT 1 FROM issuer WHERE id = ?1), "
                        "(SELECT revoked IS NOT NULL FROM credential WHERE list = ?1 AND idx = ?2)",
                        &st, p, 1);
    if (err)
        return err;
    sqlite3_bind_int64(st, 2, index);
    rc = sqlite3_step(st);
    *known = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL;
    *revoked = rc == SQLITE_ROW && sqlite3_column_int(st, 1) == 1;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "status list");
}

brug_err brug__sqlite_status_bits(brug_db *db, const char *list, uint8_t *bits)
{
    brug__issuer_row row;
    const char *p[] = {list};
    sqlite3_stmt *st;
    int rc;
    brug_err err = brug__sqlite_issuer_get(db, list, &row);
    if (err)
        return brug__db_error(db, BRUG_ENOTFOUND, "no status list %s", list);
    memset(bits, 0, BRUG__STATUS_LIST_BITS / 8);
    err = prep(db, "SELECT idx FROM credential WHERE list = ?1 AND revoked IS NOT NULL", &st, p, 1);
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        int64_t i = sqlite3_column_int64(st, 0);
        if (i >= 0 && i < BRUG__STATUS_LIST_BITS)
            bits[i / 8] |= (uint8_t)(0x80u >> (i % 8));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "status list");
}

brug_err brug__sqlite_skill_label(brug_db *db, const char *uri, const char *lang, char *out,
                                  size_t size)
{
    const char *p[] = {uri, lang};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db,
                        "SELECT c.kind, (SELECT text FROM label WHERE concept = c.id AND lang = ?2 "
                        "AND role = 0 LIMIT 1) FROM concept c WHERE c.uri = ?1",
                        &st, p, 2);
    if (err)
        return err;
    rc = sqlite3_step(st);
    out[0] = '\0';
    if (rc == SQLITE_ROW && sqlite3_column_int(st, 0) == BRUG_KIND_SKILL)
        col_text(st, 1, out, size);
    else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = -1;
    sqlite3_finalize(st);
    if (rc == -1)
        return brug__db_error(db, BRUG_EDANGLING, "\"%s\" is not a skill of the taxonomy", uri);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "skill label");
}

brug_err brug__sqlite_skill_id(brug_db *db, const char *uri, int64_t *id)
{
    const char *p[] = {uri};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db, "SELECT id FROM concept WHERE uri = ?1 AND kind = ?2", &st, p, 1);
    if (err)
        return err;
    sqlite3_bind_int(st, 2, BRUG_KIND_SKILL);
    rc = sqlite3_step(st);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "skill");
}

brug_err brug__sqlite_passport_cred_stage(brug_db *db, const char *person, int64_t skill,
                                          const char *cred_id, const char *doc, int underlying,
                                          const char *state, const char *issuer,
                                          const char *issuer_name)
{
    const char *p[] = {person, cred_id, doc, state, NULL, NULL, issuer, issuer_name};
    sqlite3_stmt *st;
    int rc, exists;
    brug_err err = prep(db, "SELECT 1 FROM person WHERE ext_id = ?1", &st, p, 1);
    if (err)
        return err;
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "passport credential");
    exists = rc == SQLITE_ROW;
    /* an existing passport is updated: its trigger moves the staged rows in */
    err = prep(db,
               exists ? "INSERT OR REPLACE INTO passport_credential_staged(person, credential, "
                        "doc, state, skill, underlying, issuer, issuer_name) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                      : "INSERT OR REPLACE INTO passport_credential(person, credential, "
                        "doc, state, skill, underlying, issuer, issuer_name) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
               &st, p, 8);
    if (err)
        return err;
    sqlite3_bind_int64(st, 5, skill);
    sqlite3_bind_int(st, 6, underlying);
    return run(db, st, "passport credential", NULL);
}

brug_err brug__sqlite_passport_creds(brug_db *db, const char *person, brug__passport_cred_fn fn,
                                     void *ctx)
{
    const char *p[] = {person};
    list_ctx l = {{.pcred = fn}, ctx};
    sqlite3_stmt *st;
    brug_err err =
        prep(db, PCRED_SQL "WHERE pc.person = ?1 AND c.uri IS NOT NULL ORDER BY c.uri", &st, p, 1);
    return err ? err : scan(db, st, pcred_row, &l);
}

brug_err brug__sqlite_passport_creds_of(brug_db *db, const char *cred_id, brug__passport_cred_fn fn,
                                        void *ctx)
{
    const char *p[] = {cred_id};
    list_ctx l = {{.pcred = fn}, ctx};
    sqlite3_stmt *st;
    brug_err err = prep(db, PCRED_SQL "WHERE pc.credential = ?1", &st, p, 1);
    return err ? err : scan(db, st, pcred_row, &l);
}

/* Set the evidence of skill in a packed person record (docs/passports.md "Storage": LEB128
 * varints of (id - previous id) << 2 | evidence, ascending ids).  The evidence is in the low
 * two bits of a varint's first byte, so the record keeps its length. */
static void repack_evidence(uint8_t *rec, size_t len, int64_t skill, int evidence)
{
    size_t i = 0;
    int64_t prev = 0;
    while (i < len) {
        size_t start = i;
        uint64_t v = 0;
        unsigned shift = 0;
        while (i < len && shift < 64) {
            v |= (uint64_t)(rec[i] & 0x7f) << shift;
            shift += 7;
            if (!(rec[i++] & 0x80))
                break;
        }
        prev += (int64_t)(v >> 2);
        if (prev == skill) {
            rec[start] = (uint8_t)((rec[start] & ~3u) | ((unsigned)evidence & 3u));
            return;
        }
    }
}

brug_err brug__sqlite_passport_cred_downgrade(brug_db *db, const char *person, int64_t skill,
                                              int evidence, const char *state)
{
    const char *p[] = {person, state};
    sqlite3_stmt *st;
    int rc;
    brug_err err = prep(db,
                        "UPDATE person_skill SET evidence = ?3 WHERE skill = ?2 AND person = "
                        "(SELECT id FROM person WHERE ext_id = ?1)",
                        &st, p, 1);
    if (err)
        return err;
    sqlite3_bind_int64(st, 2, skill);
    sqlite3_bind_int(st, 3, evidence);
    err = run(db, st, "passport credential", NULL);
    if (err)
        return err;
    /* the packed record, when the person has one */
    err = prep(db, "SELECT id, skills FROM person WHERE ext_id = ?1", &st, p, 1);
    if (err)
        return err;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_type(st, 1) == SQLITE_BLOB) {
        int64_t pid = sqlite3_column_int64(st, 0);
        size_t len = (size_t)sqlite3_column_bytes(st, 1);
        uint8_t *rec = brug__malloc(&db->alloc, len ? len : 1);
        sqlite3_stmt *up;
        if (!rec) {
            sqlite3_finalize(st);
            return brug__db_error(db, BRUG_ENOMEM, "out of memory");
        }
        memcpy(rec, sqlite3_column_blob(st, 1), len);
        sqlite3_finalize(st);
        repack_evidence(rec, len, skill, evidence);
        err = brug__db_prepare(db, "UPDATE person SET skills = ?2 WHERE id = ?1", &up);
        if (!err) {
            sqlite3_bind_int64(up, 1, pid);
            sqlite3_bind_blob(up, 2, rec, (int)len, SQLITE_TRANSIENT);
            err = run(db, up, "passport credential", NULL);
        }
        brug__free(&db->alloc, rec);
        if (err)
            return err;
    } else {
        sqlite3_finalize(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return brug__db_sqlerr(db, rc, "passport");
    }
    err = prep(db, "UPDATE passport_credential SET state = ?2 WHERE person = ?1 AND skill = ?3",
               &st, p, 2);
    if (err)
        return err;
    sqlite3_bind_int64(st, 3, skill);
    return run(db, st, "passport credential", NULL);
}

brug_err brug__sqlite_passport_creds_all(brug_db *db, brug__passport_cred_fn fn, void *ctx)
{
    list_ctx l = {{.pcred = fn}, ctx};
    sqlite3_stmt *st;
    brug_err err = prep(db, PCRED_SQL "WHERE pc.state = 'verified' ORDER BY pc.person, pc.skill",
                        &st, NULL, 0);
    return err ? err : scan(db, st, pcred_row, &l);
}
