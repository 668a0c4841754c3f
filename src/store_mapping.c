/*
 * store_mapping.c - schema module "mapping": typed matches between
 * taxonomies, the scheme of concepts that are not of the main release,
 * and the provenance of supplementary labels (see store_mapping.h).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>

#include "brug/onto.h"
#include "store.h"
#include "store_mapping.h"

static const brug__migration mapping_steps[] = {
    {1, "CREATE TABLE concept_mapping("
        " concept INTEGER NOT NULL,"
        " relation INTEGER NOT NULL,"
        " target TEXT NOT NULL,"
        " source TEXT,"
        " PRIMARY KEY(concept, relation, target)) WITHOUT ROWID;"
        "CREATE INDEX concept_mapping_by_target ON concept_mapping(target);"
        "CREATE TABLE concept_scheme("
        " concept INTEGER PRIMARY KEY,"
        " scheme TEXT NOT NULL);"
        "CREATE TABLE label_source("
        " concept INTEGER NOT NULL,"
        " lang TEXT NOT NULL,"
        " role INTEGER NOT NULL,"
        " text TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " PRIMARY KEY(concept, lang, role, text)) WITHOUT ROWID;"},
};

const brug__schema_module brug__schema_mapping = {"mapping", mapping_steps,
                                                  sizeof(mapping_steps) / sizeof(mapping_steps[0])};

enum { M_MAP, M_SCHEME, M_HAS_PREF, M_HAS_LABEL, M_LABEL, M_SOURCE, M_NSTMT };

static const char *const writer_sql[M_NSTMT] = {
    "INSERT OR IGNORE INTO concept_mapping(concept, relation, target, source) VALUES(?1,?2,?3,?4)",
    "INSERT INTO concept_scheme(concept, scheme) VALUES(?1, ?2) "
    "ON CONFLICT(concept) DO UPDATE SET scheme = ?2",
    "SELECT NOT EXISTS (SELECT 1 FROM label_source s WHERE s.concept = l.concept"
    " AND s.lang = l.lang AND s.role = l.role AND s.text = l.text)"
    " FROM label l WHERE l.concept = ?1 AND l.lang = ?2 AND l.role = 0 ORDER BY 1 DESC LIMIT 1",
    "SELECT 1 FROM label WHERE concept = ?1 AND lang = ?2 AND role = ?3 AND text = ?4",
    "INSERT INTO label(concept, lang, role, text) VALUES(?1, ?2, ?3, ?4)",
    "INSERT OR IGNORE INTO label_source(concept, lang, role, text, source) VALUES(?1,?2,?3,?4,?5)",
};

struct brug__mwriter {
    brug_db *db;
    sqlite3_stmt *st[M_NSTMT];
};

brug_err brug__sqlite_mwriter_open(brug_db *db, brug__mwriter **out)
{
    brug__mwriter *w = brug__calloc(&db->alloc, 1, sizeof(*w));
    brug_err err = BRUG_OK;
    int i;
    *out = NULL;
    if (!w)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    w->db = db;
    for (i = 0; i < M_NSTMT && !err; i++)
        err = brug__db_prepare(db, writer_sql[i], &w->st[i]);
    if (err) {
        brug__sqlite_mwriter_close(w);
        return err;
    }
    *out = w;
    return BRUG_OK;
}

void brug__sqlite_mwriter_close(brug__mwriter *w)
{
    int i;
    if (!w)
        return;
    for (i = 0; i < M_NSTMT; i++)
        sqlite3_finalize(w->st[i]);
    brug__free(&w->db->alloc, w);
}

/* Step a bound statement that returns no rows; reset it. */
static brug_err run(brug__mwriter *w, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(w->db, rc, what);
}

/* 1 when the bound query has a row (2 when its first column is 1), 0 when
 * not, -1 on error. */
static int exists(brug__mwriter *w, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st), release = rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return 1 + release;
    if (rc == SQLITE_DONE)
        return 0;
    brug__db_sqlerr(w->db, rc, "label lookup");
    return -1;
}

brug_err brug__sqlite_mwriter_mapping(brug__mwriter *w, int64_t concept, int relation,
                                      const char *target, const char *source, uint64_t *added)
{
    sqlite3_stmt *st = w->st[M_MAP];
    brug_err err;
    sqlite3_bind_int64(st, 1, concept);
    sqlite3_bind_int(st, 2, relation);
    sqlite3_bind_text(st, 3, target, -1, SQLITE_STATIC);
    if (source)
        sqlite3_bind_text(st, 4, source, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 4);
    err = run(w, st, "mapping");
    if (!err && added && sqlite3_changes(brug__sql(w->db)) > 0)
        (*added)++;
    return err;
}

brug_err brug__sqlite_mwriter_scheme(brug__mwriter *w, int64_t concept, const char *scheme)
{
    sqlite3_stmt *st = w->st[M_SCHEME];
    sqlite3_bind_int64(st, 1, concept);
    sqlite3_bind_text(st, 2, scheme, -1, SQLITE_STATIC);
    return run(w, st, "concept scheme");
}

brug_err brug__sqlite_mwriter_supp_label(brug__mwriter *w, int64_t concept, const char *lang,
                                         int role, const char *text, const char *source,
                                         uint64_t *added, uint64_t *kept)
{
    sqlite3_stmt *st;
    brug_err err;
    int have;
    if (role == 0) {
        st = w->st[M_HAS_PREF];
        sqlite3_bind_int64(st, 1, concept);
        sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    } else {
        st = w->st[M_HAS_LABEL];
        sqlite3_bind_int64(st, 1, concept);
        sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, role);
        sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
    }
    have = exists(w, st);
    if (have < 0)
        return BRUG_EDB;
    /* A release label keeps the supplementary one out (counted); a
     * supplementary one already there (this source again, or another
     * source first) stays as it is. */
    if (have) {
        if (kept && role == 0 && have == 2)
            (*kept)++;
        return BRUG_OK;
    }
    st = w->st[M_LABEL];
    sqlite3_bind_int64(st, 1, concept);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, role);
    sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
    err = run(w, st, "label");
    if (err)
        return err;
    st = w->st[M_SOURCE];
    sqlite3_bind_int64(st, 1, concept);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, role);
    sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, source, -1, SQLITE_STATIC);
    err = run(w, st, "label source");
    if (!err && added)
        (*added)++;
    return err;
}

brug_err brug__sqlite_mapping_tidy(brug_db *db)
{
    return brug__db_exec(db,
                         "DELETE FROM label_source WHERE NOT EXISTS (SELECT 1 FROM label l"
                         " WHERE l.concept = label_source.concept AND l.lang = label_source.lang"
                         " AND l.role = label_source.role AND l.text = label_source.text);"
                         "DELETE FROM concept_mapping WHERE concept NOT IN"
                         " (SELECT id FROM concept);"
                         "DELETE FROM concept_scheme WHERE concept NOT IN"
                         " (SELECT id FROM concept);");
}

/* Rows (lang, kind, preferred, total) of the main release's coverage. */
static const char coverage_sql[] =
    "WITH main AS (SELECT id, kind FROM concept WHERE kind IN (1, 2)"
    "  AND id NOT IN (SELECT concept FROM concept_scheme)),"
    " tot AS (SELECT kind, count(*) AS n FROM main GROUP BY kind),"
    " langs AS (SELECT DISTINCT lang FROM label)"
    " SELECT langs.lang, tot.kind, (SELECT count(*) FROM main m WHERE m.kind = tot.kind"
    "   AND EXISTS (SELECT 1 FROM label l WHERE l.concept = m.id AND l.role = 0"
    "   AND l.lang = langs.lang)), tot.n"
    " FROM langs, tot ORDER BY langs.lang, tot.kind DESC";

brug_err brug__sqlite_mapping_coverage_each(brug_db *db, brug__coverage_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__coverage_rec c;
    int rc;
    brug_err err = brug__db_prepare(db, coverage_sql, &st);
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        c.lang = (const char *)sqlite3_column_text(st, 0);
        c.kind = sqlite3_column_int(st, 1);
        c.preferred = (uint64_t)sqlite3_column_int64(st, 2);
        c.total = (uint64_t)sqlite3_column_int64(st, 3);
        err = fn(ctx, &c);
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "coverage");
    return err;
}

/* A label and its language: ?2 first, then English, then any. */
#define LABEL_LANG_SQL(alias)                                                                      \
    "(SELECT text || char(31) || lang FROM label WHERE concept = " alias ".id AND role = 0"        \
    " ORDER BY lang <> ?2, lang <> 'en', lang LIMIT 1)"

brug_err brug__sqlite_mapping_each(brug_db *db, int64_t id, const char *lang, brug__mapping_fn fn,
                                   void *ctx)
{
    static const char sql_map[] = "SELECT 'out', m.relation, m.target, c.kind, " LABEL_LANG_SQL(
        "c") ", s.scheme"
             " FROM concept_mapping m LEFT JOIN concept c ON c.uri = m.target"
             " LEFT JOIN concept_scheme s ON s.concept = c.id WHERE m.concept = ?1"
             " UNION ALL "
             "SELECT 'in', m.relation, c.uri, c.kind, " LABEL_LANG_SQL(
                 "c") ", s.scheme"
                      " FROM concept_mapping m JOIN concept c ON c.id = m.concept"
                      " LEFT JOIN concept_scheme s ON s.concept = c.id"
                      " WHERE m.target = (SELECT uri FROM concept WHERE id = ?1)"
                      " ORDER BY 2, 1 DESC, 3";
    sqlite3_stmt *st;
    brug__mapping_rec m;
    brug_err err;
    int rc;
    err = brug__db_prepare(db, sql_map, &st);
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        /* the label column is "TEXT\x1fLANG" */
        const char *tl = brug__db_col_text(st, 4), *sep = tl ? strchr(tl, 31) : NULL;
        char *label = sep ? brug__strndup(&db->alloc, tl, (size_t)(sep - tl)) : NULL;
        if (sep && !label) {
            err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
            break;
        }
        m.in = strcmp((const char *)sqlite3_column_text(st, 0), "in") == 0;
        m.relation = sqlite3_column_int(st, 1);
        m.uri = (const char *)sqlite3_column_text(st, 2);
        m.kind = sqlite3_column_int(st, 3);
        m.label = label;
        m.label_lang = sep ? sep + 1 : NULL;
        m.scheme = brug__db_col_text(st, 5);
        err = fn(ctx, &m);
        brug__free(&db->alloc, label);
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "mappings");
    return err;
}

brug_err brug__sqlite_mapping_scheme_of(brug_db *db, int64_t id, brug__name_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int rc;
    brug_err err =
        brug__db_prepare(db, "SELECT scheme FROM concept_scheme WHERE concept = ?1", &st);
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        err = fn(ctx, (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_ROW && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "scheme");
    return err;
}

brug_err brug__sqlite_supp_labels(brug_db *db, int64_t id, brug__supp_label_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__supp_label_rec l;
    int rc;
    brug_err err = brug__db_prepare(db,
                                    "SELECT lang, role, text, source FROM label_source"
                                    " WHERE concept = ?1 ORDER BY lang, role, text",
                                    &st);
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        l.lang = (const char *)sqlite3_column_text(st, 0);
        l.role = sqlite3_column_int(st, 1);
        l.text = (const char *)sqlite3_column_text(st, 2);
        l.source = (const char *)sqlite3_column_text(st, 3);
        err = fn(ctx, &l);
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "supplementary labels");
    return err;
}

int brug__sqlite_mapping_profile_source(brug_db *db, const char *uri, char *out, size_t size)
{
    static const char sql[] =
        "WITH me AS (SELECT id, uri FROM concept WHERE uri = ?1 AND kind = 1"
        "  AND NOT EXISTS (SELECT 1 FROM occupation_skill WHERE occupation = concept.id)),"
        " cand AS (SELECT m.target AS uri FROM concept_mapping m, me"
        "  WHERE m.concept = me.id AND m.relation = 1"
        "  UNION SELECT c.uri FROM concept_mapping m JOIN concept c ON c.id = m.concept, me"
        "  WHERE m.target = me.uri AND m.relation = 1)"
        " SELECT c.uri FROM cand JOIN concept c ON c.uri = cand.uri"
        " WHERE c.kind = 1 AND EXISTS (SELECT 1 FROM occupation_skill WHERE occupation = c.id)"
        " ORDER BY c.uri LIMIT 1";
    sqlite3_stmt *st;
    int rc, found = 0;
    if (size)
        out[0] = '\0';
    if (brug__db_prepare(db, sql, &st))
        return -1;
    sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
        found = 1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        brug__db_sqlerr(db, rc, "exact match");
        return -1;
    }
    return found;
}
