/*
 * store_access.c - API tokens (stored as hashes), consent and the audit log
 * of passport access (include/brug/access.h).
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
#include <string.h>

#include <sodium.h>
#include <sqlite3.h>

#include "brug/access.h"
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
#define TOKEN_PREFIX "brug_"
#define TOKEN_RANDOM 32

static const char *const role_names[] = {"none",   "admin",    "adviser",
                                         "person", "employer", "issuer"};

const char *brug_role_name(brug_role role)
{
    return role >= BRUG_ROLE_ADMIN && role <= BRUG_ROLE_ISSUER ? role_names[role] : "none";
}

brug_role brug_role_parse(const char *name)
{
    int i;
    if (!name)
        return BRUG_ROLE_NONE;
    for (i = BRUG_ROLE_ADMIN; i <= BRUG_ROLE_ISSUER; i++)
        if (strcmp(name, role_names[i]) == 0)
            return (brug_role)i;
    return BRUG_ROLE_NONE;
}

static int valid_id(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return n > 0 && n <= BRUG_SUBJECT_MAX;
}

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

static void hash_token(const char *token, unsigned char out[32])
{
    crypto_generichash(out, 32, (const unsigned char *)token, strlen(token), NULL, 0);
}

brug_err brug_token_create(brug_db *db, brug_role role, const char *subject, char *token,
                           brug_principal *who)
{
    unsigned char rnd[TOKEN_RANDOM], hash[32];
    char defsubject[64];
    sqlite3_stmt *st;
    brug_err err;
    int64_t id;
    int rc;

    token[0] = '\0';
    if (brug_role_name(role)[0] == 'n')
        return brug__db_error(db, BRUG_EINVAL, "token: unknown role");
    if (role == BRUG_ROLE_PERSON && !valid_id(subject))
        return brug__db_error(db, BRUG_EINVAL,
                              "token: a person token needs the person's passport id "
                              "(1 to %d bytes)",
                              BRUG_SUBJECT_MAX);
    if (subject && strlen(subject) > BRUG_SUBJECT_MAX)
        return brug__db_error(db, BRUG_EINVAL, "token: subject longer than %d bytes",
                              BRUG_SUBJECT_MAX);
    if (sodium_init() < 0)
        return brug__db_error(db, BRUG_EINTERNAL, "token: libsodium failed to initialise");
    randombytes_buf(rnd, sizeof(rnd));
    memcpy(token, TOKEN_PREFIX, sizeof(TOKEN_PREFIX) - 1);
    sodium_bin2base64(token + sizeof(TOKEN_PREFIX) - 1,
                      BRUG_TOKEN_SIZE - (sizeof(TOKEN_PREFIX) - 1), rnd, sizeof(rnd),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(rnd, sizeof(rnd));
    hash_token(token, hash);

    err = brug__db_begin(db);
    if (err) {
        token[0] = '\0';
        return err;
    }
    if (role != BRUG_ROLE_PERSON && valid_id(subject)) {
        /* An adviser's or employer's name is who consent and offers are
         * given to: a second token of that name, even after the first was
         * revoked, would inherit them (D9).  Person tokens speak for a
         * passport and may be several. */
        err =
            brug__db_prepare(db, "SELECT id FROM api_token WHERE role = ?1 AND subject = ?2", &st);
        if (err)
            goto fail;
        sqlite3_bind_int(st, 1, (int)role);
        sqlite3_bind_text(st, 2, subject, -1, SQLITE_STATIC);
        rc = sqlite3_step(st);
        id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        sqlite3_finalize(st);
        if (rc == SQLITE_ROW) {
            err = brug__db_error(db, BRUG_ECONFLICT,
                                 "token: the %s name '%s' is taken by token %lld (names are "
                                 "never reused: consent and offers are given to the name)",
                                 brug_role_name(role), subject, (long long)id);
            goto fail;
        }
        if (rc != SQLITE_DONE) {
            err = brug__db_sqlerr(db, rc, "token");
            goto fail;
        }
    }
    err = brug__db_prepare(db,
                           "INSERT INTO api_token(hash, role, subject, created) "
                           "VALUES(?1, ?2, ?3, " NOW ")",
                           &st);
    if (err)
        goto fail;
    sqlite3_bind_blob(st, 1, hash, sizeof(hash), SQLITE_STATIC);
    sqlite3_bind_int(st, 2, (int)role);
    sqlite3_bind_text(st, 3, valid_id(subject) ? subject : "", -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        err = brug__db_sqlerr(db, rc, "token");
        goto fail;
    }
    id = sqlite3_last_insert_rowid(brug__sql(db));
    if (!valid_id(subject)) {
        snprintf(defsubject, sizeof(defsubject), "%s-%lld", brug_role_name(role), (long long)id);
        err = brug__db_prepare(db, "UPDATE api_token SET subject = ?1 WHERE id = ?2", &st);
        if (err)
            goto fail;
        sqlite3_bind_text(st, 1, defsubject, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, id);
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            err = brug__db_sqlerr(db, rc, "token");
            goto fail;
        }
        subject = defsubject;
    }
    err = brug__db_commit(db);
    if (err) {
        token[0] = '\0';
        return err;
    }
    if (who) {
        who->token_id = id;
        who->role = role;
        snprintf(who->subject, sizeof(who->subject), "%s", subject);
    }
    return BRUG_OK;
fail:
    brug__db_rollback(db);
    token[0] = '\0';
    return err;
}

brug_err brug_token_check(brug_db *db, const char *token, brug_principal *who)
{
    unsigned char hash[32];
    sqlite3_stmt *st;
    brug_err err;
    size_t n = token ? strlen(token) : 0;
    int rc;

    memset(who, 0, sizeof(*who));
    if (n != BRUG_TOKEN_SIZE - 1 || strncmp(token, TOKEN_PREFIX, sizeof(TOKEN_PREFIX) - 1) != 0)
        return brug__db_error(db, BRUG_EDENIED, "not a brug API token");
    hash_token(token, hash);
    err = brug__db_prepare(db,
                           "SELECT id, role, subject FROM api_token "
                           "WHERE hash = ?1 AND revoked IS NULL",
                           &st);
    if (err)
        return err;
    sqlite3_bind_blob(st, 1, hash, sizeof(hash), SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *s = (const char *)sqlite3_column_text(st, 2);
        who->token_id = sqlite3_column_int64(st, 0);
        who->role = (brug_role)sqlite3_column_int(st, 1);
        snprintf(who->subject, sizeof(who->subject), "%s", s ? s : "");
        err = BRUG_OK;
    } else if (rc == SQLITE_DONE) {
        err = brug__db_error(db, BRUG_EDENIED, "unknown or revoked token");
    } else {
        err = brug__db_sqlerr(db, rc, "token");
    }
    sqlite3_finalize(st);
    return err;
}

brug_err brug_token_revoke(brug_db *db, int64_t id)
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
        return brug__db_error(db, BRUG_ENOTFOUND, "no active token with id %lld", (long long)id);
    return BRUG_OK;
}

/* Rows of st as objects with the given keys (NULL columns become null). */
static brug_err rows_json(brug_db *db, sqlite3_stmt *st, const char *const *keys, int nkeys,
                          json_t **out)
{
    json_t *arr = json_array();
    int rc, i;
    if (!arr) {
        sqlite3_finalize(st);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        json_t *o = json_object();
        if (!o)
            break;
        for (i = 0; i < nkeys; i++) {
            json_t *v;
            switch (sqlite3_column_type(st, i)) {
            case SQLITE_INTEGER:
                v = json_integer(sqlite3_column_int64(st, i));
                break;
            case SQLITE_NULL:
                v = json_null();
                break;
            default:
                v = json_string((const char *)sqlite3_column_text(st, i));
                if (!v)
                    v = json_null();
            }
            json_object_set_new(o, keys[i], v);
        }
        json_array_append_new(arr, o);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        json_decref(arr);
        return rc == SQLITE_ROW ? brug__db_error(db, BRUG_ENOMEM, "out of memory")
                                : brug__db_sqlerr(db, rc, "access");
    }
    *out = arr;
    return BRUG_OK;
}

brug_err brug_token_list(brug_db *db, json_t **out)
{
    static const char *const keys[] = {"id", "role", "subject", "created", "revoked"};
    sqlite3_stmt *st;
    brug_err err;
    *out = NULL;
    err = brug__db_prepare(
        db,
        "SELECT id, CASE role WHEN 1 THEN 'admin' WHEN 2 THEN 'adviser' "
        "WHEN 3 THEN 'person' WHEN 4 THEN 'employer' WHEN 5 THEN 'issuer' ELSE 'none' END, "
        "subject, created, revoked FROM api_token ORDER BY id",
        &st);
    if (err)
        return err;
    return rows_json(db, st, keys, 5, out);
}

brug_err brug_consent_grant(brug_db *db, const char *person, const char *adviser)
{
    if (!valid_id(person) || !valid_id(adviser))
        return brug__db_error(db, BRUG_EINVAL, "consent: person and adviser are 1 to %d bytes",
                              BRUG_SUBJECT_MAX);
    return exec_params(db,
                       "INSERT INTO consent(person, adviser, granted) VALUES(?1, ?2, " NOW ") "
                       "ON CONFLICT(person, adviser) DO UPDATE SET granted = " NOW
                       ", withdrawn = NULL",
                       NULL, person, adviser);
}

brug_err brug_consent_withdraw(brug_db *db, const char *person, const char *adviser)
{
    int changes = 0;
    brug_err err;
    if (!valid_id(person) || !valid_id(adviser))
        return brug__db_error(db, BRUG_EINVAL, "consent: person and adviser are 1 to %d bytes",
                              BRUG_SUBJECT_MAX);
    err = exec_params(db,
                      "UPDATE consent SET withdrawn = " NOW
                      " WHERE person = ?1 AND adviser = ?2 AND withdrawn IS NULL",
                      &changes, person, adviser);
    if (err)
        return err;
    if (!changes)
        return brug__db_error(db, BRUG_ENOTFOUND, "%s has no standing consent for adviser %s",
                              person, adviser);
    return BRUG_OK;
}

brug_err brug_consent_list(brug_db *db, const char *person, json_t **out)
{
    static const char *const keys[] = {"adviser", "granted", "withdrawn"};
    sqlite3_stmt *st;
    brug_err err;
    *out = NULL;
    err = brug__db_prepare(db,
                           "SELECT adviser, granted, withdrawn FROM consent WHERE person = ?1 "
                           "ORDER BY adviser",
                           &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, person ? person : "", -1, SQLITE_TRANSIENT);
    return rows_json(db, st, keys, 3, out);
}

brug_err brug_consent_caseload(brug_db *db, const char *adviser, json_t **out)
{
    static const char *const keys[] = {"person", "granted"};
    sqlite3_stmt *st;
    brug_err err;
    *out = NULL;
    if (!adviser || !adviser[0])
        return brug__db_error(db, BRUG_EINVAL, "caseload: no adviser");
    err = brug__db_prepare(db,
                           "SELECT person, granted FROM consent WHERE adviser = ?1 "
                           "AND withdrawn IS NULL ORDER BY person",
                           &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, adviser, -1, SQLITE_TRANSIENT);
    return rows_json(db, st, keys, 2, out);
}

static brug_err consent_stands(brug_db *db, const char *person, const char *adviser, int *yes)
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

brug_err brug_access_passport(brug_db *db, const brug_principal *who, const char *person, int write)
{
    int yes = 0;
    brug_err err;
    if (!who || who->role == BRUG_ROLE_NONE)
        return brug__db_error(db, BRUG_EDENIED, "passports need an API token");
    switch (who->role) {
    case BRUG_ROLE_ADMIN:
        return BRUG_OK;
    case BRUG_ROLE_PERSON:
        if (person && strcmp(who->subject, person) == 0)
            return BRUG_OK;
        return brug__db_error(db, BRUG_EDENIED,
                              "a person token gives access to its own passport "
                              "only");
    case BRUG_ROLE_ADVISER:
        if (write)
            return brug__db_error(db, BRUG_EDENIED, "advisers may read passports, not change them");
        err = consent_stands(db, person ? person : "", who->subject, &yes);
        if (err)
            return err;
        if (!yes)
            return brug__db_error(db, BRUG_EDENIED,
                                  "%s has not given adviser %s consent (or withdrew it)",
                                  person ? person : "", who->subject);
        return BRUG_OK;
    default:
        return brug__db_error(db, BRUG_EDENIED, "a %s token gives no access to passports",
                              brug_role_name(who->role));
    }
}

brug_err brug_audit_add(brug_db *db, const brug_principal *who, const char *action,
                        const char *person, const char *outcome)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "INSERT INTO audit(time, actor, role, token, action, person, "
                                    "outcome) VALUES(" NOW ", ?1, ?2, ?3, ?4, ?5, ?6)",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, who ? who->subject : "anonymous", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, brug_role_name(who ? who->role : BRUG_ROLE_NONE), -1, SQLITE_STATIC);
    if (who && who->token_id)
        sqlite3_bind_int64(st, 3, who->token_id);
    sqlite3_bind_text(st, 4, action ? action : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, person ? person : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 6, outcome ? outcome : "", -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "audit");
    return BRUG_OK;
}

brug_err brug_audit_list(brug_db *db, const char *person, size_t limit, json_t **out)
{
    static const char *const keys[] = {"id",    "time",   "actor",  "role",
                                       "token", "action", "person", "outcome"};
    sqlite3_stmt *st;
    brug_err err;
    *out = NULL;
    err = brug__db_prepare(db,
                           "SELECT id, time, actor, role, token, action, person, outcome "
                           "FROM audit WHERE ?1 IS NULL OR person = ?1 ORDER BY id DESC "
                           "LIMIT ?2",
                           &st);
    if (err)
        return err;
    if (person)
        sqlite3_bind_text(st, 1, person, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
    return rows_json(db, st, keys, 8, out);
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

brug_err brug_audit_prune(brug_db *db, unsigned days, int64_t *removed)
{
    char sql[160];
    sqlite3_stmt *st;
    brug_err err;
    int rc;

    if (removed)
        *removed = 0;
    if (days == 0 || days > 36500)
        return brug__db_error(db, BRUG_EINVAL, "audit: keep entries for 1 to 36500 days");
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
