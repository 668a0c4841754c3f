/*
 * store_schemes.c - schema module "schemes": the taxonomy's concept
 * schemes (ESCO's conceptSchemes_LANG.csv: ISCO, ESCO occupations, ESCO
 * skills, the collections ...), their labels and descriptions per language
 * and their top concepts: the rows an import writes, and the records
 * brug_scheme_describe() and a concept's "top_concept_of" are built from
 * (concept_json.c), as store_schemes.h declares them.
 *
 * Schema:
 *   scheme(id, uri, status)
 *   scheme_text(scheme, lang, kind, text)   kind: 'label' | 'description'
 *   scheme_top(scheme, concept)             the top concept's URI, stored
 *     as text: a scheme may name concepts this database does not hold
 *     (ESCO's label roles); reads join it with concept.
 */
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "store_schemes.h"

static const brug__migration schemes_steps[] = {
    {1, "CREATE TABLE scheme("
        " id INTEGER PRIMARY KEY,"
        " uri TEXT NOT NULL UNIQUE,"
        " status TEXT);"
        "CREATE TABLE scheme_text("
        " scheme INTEGER NOT NULL,"
        " lang TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " PRIMARY KEY(scheme, lang, kind)) WITHOUT ROWID;"
        "CREATE TABLE scheme_top("
        " scheme INTEGER NOT NULL,"
        " concept TEXT NOT NULL,"
        " PRIMARY KEY(scheme, concept)) WITHOUT ROWID;"
        "CREATE INDEX scheme_top_by_concept ON scheme_top(concept);"},
};

const brug__schema_module brug__schema_schemes = {"schemes", schemes_steps,
                                                  sizeof(schemes_steps) / sizeof(schemes_steps[0])};

/* Run one statement with text/int64 bindings given as (type, value) pairs:
 * 't' text (ptr, len), 'i' int64. */
static brug_err run(brug_db *db, const char *what, const char *sql, int64_t *rowid, const char *fmt,
                    ...)
{
    sqlite3_stmt *st;
    va_list ap;
    int i, rc;
    brug_err err = brug__db_prepare(db, sql, &st);
    if (err)
        return err;
    va_start(ap, fmt);
    for (i = 0; fmt[i]; i++) {
        if (fmt[i] == 't') {
            const char *s = va_arg(ap, const char *);
            size_t n = va_arg(ap, size_t);
            sqlite3_bind_text(st, i + 1, s, (int)n, SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(st, i + 1, va_arg(ap, int64_t));
        }
    }
    va_end(ap);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && rowid)
        *rowid = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return brug__db_sqlerr(db, rc, what);
    return BRUG_OK;
}

brug_err brug__sqlite_scheme_put(brug_db *db, const char *uri, size_t ulen, const char *status,
                                 size_t slen, int64_t *id)
{
    brug_err err = run(db, "scheme",
                       "INSERT INTO scheme(uri, status) VALUES (?1, nullif(?2, ''))"
                       " ON CONFLICT(uri) DO UPDATE SET status = coalesce(excluded.status, status)",
                       NULL, "tt", uri, ulen, status ? status : "", status ? slen : (size_t)0);
    if (!err)
        err = run(db, "scheme", "SELECT id FROM scheme WHERE uri = ?1", id, "t", uri, ulen);
    return err;
}

brug_err brug__sqlite_scheme_text(brug_db *db, int64_t id, const char *lang, const char *kind,
                                  const char *text, size_t len)
{
    brug_err err = run(db, "scheme text",
                       "DELETE FROM scheme_text WHERE scheme = ?1 AND lang = ?2 AND kind = ?3",
                       NULL, "itt", id, lang, strlen(lang), kind, strlen(kind));
    if (!err && len)
        err = run(db, "scheme text",
                  "INSERT INTO scheme_text(scheme, lang, kind, text) VALUES (?1, ?2, ?3, ?4)", NULL,
                  "ittt", id, lang, strlen(lang), kind, strlen(kind), text, len);
    return err;
}

brug_err brug__sqlite_scheme_clear_tops(brug_db *db, int64_t id)
{
    return run(db, "scheme top concepts", "DELETE FROM scheme_top WHERE scheme = ?1", NULL, "i",
               id);
}

brug_err brug__sqlite_scheme_top(brug_db *db, int64_t id, const char *uri, size_t len)
{
    return run(db, "scheme top concept",
               "INSERT OR IGNORE INTO scheme_top(scheme, concept) VALUES (?1, ?2)", NULL, "it", id,
               uri, len);
}

/* The scheme's text of kind in ?2, else English, else any language; and its language. */
#define TEXT_SQL(kind, col)                                                                        \
    "(SELECT " col " FROM scheme_text WHERE scheme = s.id AND kind = '" kind "'"                   \
    " ORDER BY lang = ?2 DESC, lang = 'en' DESC, lang LIMIT 1)"

/* The preferred label of concept c in ?2, else English, else any, else its URI; and its language.
 */
#define CONCEPT_LABEL_SQL                                                                          \
    "coalesce((SELECT text FROM label WHERE concept = c.id AND role = 0"                           \
    " ORDER BY lang = ?2 DESC, lang = 'en' DESC, lang LIMIT 1), c.uri),"                           \
    " (SELECT lang FROM label WHERE concept = c.id AND role = 0"                                   \
    " ORDER BY lang = ?2 DESC, lang = 'en' DESC, lang LIMIT 1)"

brug_err brug__sqlite_scheme_head_get(brug_db *db, const char *uri, const char *lang,
                                      brug__scheme_head_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__scheme_head h;
    brug_err err;
    int rc;

    err = brug__db_prepare(
        db,
        "SELECT s.id, s.status, " TEXT_SQL("label", "text") ", " TEXT_SQL(
            "label",
            "lang") ", " TEXT_SQL("description",
                                  "text") ", " TEXT_SQL("description",
                                                        "lang") " FROM scheme s WHERE s.uri = ?1",
        &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        if (rc == SQLITE_DONE)
            return brug__db_error(db, BRUG_ENOTFOUND, "no concept scheme with URI %s", uri);
        return brug__db_sqlerr(db, rc, "scheme");
    }
    h.id = sqlite3_column_int64(st, 0);
    h.status = brug__db_col_text(st, 1);
    h.label = brug__db_col_text(st, 2);
    h.label_lang = brug__db_col_text(st, 3);
    h.description = brug__db_col_text(st, 4);
    h.description_lang = brug__db_col_text(st, 5);
    err = fn(ctx, &h);
    sqlite3_finalize(st);
    return err;
}

brug_err brug__sqlite_scheme_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__concept_label l = {NULL, 0, NULL};
    int rc;
    brug_err err = brug__db_prepare(
        db, "SELECT lang, text FROM scheme_text WHERE scheme = ?1 AND kind = 'label' ORDER BY lang",
        &st);
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        l.lang = (const char *)sqlite3_column_text(st, 0);
        l.text = (const char *)sqlite3_column_text(st, 1);
        err = fn(ctx, &l);
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "scheme");
    return err;
}

/* Call fn for each row of st (uri, kind, label, label_lang); a row
 * without a URI only counts in *missing. */
static brug_err each_ref(brug_db *db, sqlite3_stmt *st, brug__concept_ref_fn fn, void *ctx,
                         int64_t *missing, const char *what)
{
    brug__concept_ref r;
    brug_err err = BRUG_OK;
    int rc;
    memset(&r, 0, sizeof(r));
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        r.uri = brug__db_col_text(st, 0);
        if (!r.uri) {
            ++*missing;
            continue;
        }
        r.kind = sqlite3_column_int(st, 1);
        r.label = (const char *)sqlite3_column_text(st, 2);
        r.label_lang = brug__db_col_text(st, 3);
        err = fn(ctx, &r);
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, what);
    return err;
}

brug_err brug__sqlite_scheme_tops(brug_db *db, int64_t id, const char *lang,
                                  brug__concept_ref_fn fn, void *ctx, int64_t *missing)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "SELECT c.uri, c.kind, " CONCEPT_LABEL_SQL
                                    " FROM scheme_top t LEFT JOIN concept c ON c.uri = t.concept"
                                    " WHERE t.scheme = ?1 ORDER BY c.uri IS NULL, 3, 1",
                                    &st);
    *missing = 0;
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    return each_ref(db, st, fn, ctx, missing, "scheme");
}

brug_err brug__sqlite_scheme_top_of(brug_db *db, const char *uri, const char *lang,
                                    brug__concept_ref_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int64_t none = 0;
    brug_err err = brug__db_prepare(
        db,
        "SELECT s.uri, 0, coalesce(" TEXT_SQL("label", "text") ", s.uri), " TEXT_SQL(
            "label", "lang") " FROM scheme_top t JOIN scheme s ON s.id = t.scheme"
                             " WHERE t.concept = ?1 ORDER BY s.uri",
        &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    return each_ref(db, st, fn, ctx, &none, "describe");
}
