/*
 * store_concept.c - the SQLite backend's reads for one concept's
 * description and the taxonomy's statistics: rows of the ontology tables
 * to the records of concept.h (concept_json.c makes the documents).
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "concept.h"
#include "store.h"

static brug_err scan_end(brug_db *db, sqlite3_stmt *st, int rc, brug_err err, const char *what)
{
    sqlite3_finalize(st);
    if (err)
        return err;
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, what);
}

static const char *const count_sql[] = {
    [BRUG__STAT_CONCEPTS] = "SELECT NULL, kind, count(*) FROM concept GROUP BY kind",
    [BRUG__STAT_LABELS] = "SELECT l.lang, c.kind, count(*) FROM label l JOIN concept c "
                          "ON c.id = l.concept WHERE l.role = 0 GROUP BY l.lang, c.kind",
    [BRUG__STAT_COLLECTIONS] = "SELECT c.name, 0, count(m.concept) FROM collection c "
                               "LEFT JOIN collection_member m ON m.collection = c.id GROUP BY c.id "
                               "ORDER BY c.id",
    [BRUG__STAT_OCC_SKILL] = "SELECT NULL, 0, count(*) FROM occupation_skill",
    [BRUG__STAT_OCC_ESSENTIAL] = "SELECT NULL, 0, count(*) FROM occupation_skill WHERE essential",
    [BRUG__STAT_OCC_OPTIONAL] =
        "SELECT NULL, 0, count(*) FROM occupation_skill WHERE NOT essential",
    [BRUG__STAT_SKILL_SKILL] = "SELECT NULL, 0, count(*) FROM skill_skill",
    [BRUG__STAT_BROADER] = "SELECT NULL, 0, count(*) FROM broader",
    [BRUG__STAT_LINKED_SKILLS] = "SELECT NULL, 0, count(DISTINCT skill) FROM occupation_skill",
};

brug_err brug__sqlite_db_count(brug_db *db, int what, brug__count_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__count_rec c;
    brug_err err;
    int rc;
    if (what < 0 || what > BRUG__STAT_LINKED_SKILLS)
        return brug__db_error(db, BRUG_EINTERNAL, "stats: no count %d", what);
    err = brug__db_prepare(db, count_sql[what], &st);
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        c.key = (const char *)sqlite3_column_text(st, 0);
        c.kind = sqlite3_column_int(st, 1);
        c.n = sqlite3_column_int64(st, 2);
        err = fn(ctx, &c);
    }
    return scan_end(db, st, rc, err, "stats");
}

/* The preferred label of concept id c.id in ?2, else English, else any, else the URI. */
#define LABEL_SQL(alias)                                                                           \
    "coalesce((SELECT text FROM label WHERE concept = " alias ".id AND role = 0 AND lang = ?2),"   \
    " (SELECT text FROM label WHERE concept = " alias ".id AND role = 0 AND lang = 'en'),"         \
    " (SELECT text FROM label WHERE concept = " alias ".id AND role = 0 ORDER BY lang LIMIT 1),"   \
    " " alias ".uri)"
/* The language of that label (NULL when the URI stands in). */
#define LABEL_LANG_SQL(alias)                                                                      \
    "(SELECT lang FROM label WHERE concept = " alias ".id AND role = 0"                            \
    " ORDER BY lang = ?2 DESC, lang = 'en' DESC, lang LIMIT 1)"

brug_err brug__sqlite_concept_head_get(brug_db *db, const char *uri, const char *lang,
                                       brug__concept_head_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__concept_head h;
    brug_err err;
    int rc;

    err = brug__db_prepare(
        db,
        "SELECT c.id, c.kind, c.code, c.isco_group, c.skill_type, "
        "c.reuse_level, c.status, " LABEL_SQL("c") ", " LABEL_LANG_SQL("c") " FROM concept c "
                                                                            "WHERE c.uri = ?1",
        &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        if (rc == SQLITE_DONE)
            return brug__db_error(db, BRUG_ENOTFOUND, "no concept with URI %s", uri);
        return brug__db_sqlerr(db, rc, "describe");
    }
    h.id = sqlite3_column_int64(st, 0);
    h.kind = sqlite3_column_int(st, 1);
    h.code = brug__db_col_text(st, 2);
    h.isco_group = brug__db_col_text(st, 3);
    h.skill_type = sqlite3_column_int(st, 4);
    h.reuse_level = sqlite3_column_int(st, 5);
    h.status = brug__db_col_text(st, 6);
    h.label = (const char *)sqlite3_column_text(st, 7);
    h.label_lang = brug__db_col_text(st, 8);
    err = fn(ctx, &h);
    sqlite3_finalize(st);
    return err;
}

brug_err brug__sqlite_concept_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__concept_label l;
    brug_err err = brug__db_prepare(
        db, "SELECT lang, role, text FROM label WHERE concept = ?1 ORDER BY lang, role, text", &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        l.lang = (const char *)sqlite3_column_text(st, 0);
        l.role = sqlite3_column_int(st, 1);
        l.text = (const char *)sqlite3_column_text(st, 2);
        err = fn(ctx, &l);
    }
    return scan_end(db, st, rc, err, "describe");
}

brug_err brug__sqlite_concept_notes(brug_db *db, int64_t id, const char *lang,
                                    brug__concept_note_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__concept_note n;
    brug_err err = brug__db_prepare(db,
                                    "SELECT kind, text, lang FROM note WHERE concept = ?1 ORDER BY "
                                    "lang <> ?2, lang <> 'en', lang",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        n.kind = (const char *)sqlite3_column_text(st, 0);
        n.text = (const char *)sqlite3_column_text(st, 1);
        n.lang = brug__db_col_text(st, 2);
        err = fn(ctx, &n);
    }
    return scan_end(db, st, rc, err, "describe");
}

#define REF_COLS "SELECT c.uri, c.kind, " LABEL_SQL("c") ", " LABEL_LANG_SQL("c")
#define REF_SKILL_COLS                                                                             \
    "SELECT c.uri, c.kind, " LABEL_SQL("c") ", " LABEL_LANG_SQL("c") ", c.skill_type"

static const char *const ref_sql[] = {
    [BRUG__REL_BROADER] = REF_COLS " FROM broader b JOIN concept c "
                                   "ON c.id = b.broader WHERE b.concept = ?1 ORDER BY c.uri",
    [BRUG__REL_NARROWER] = REF_COLS " FROM broader b JOIN concept c "
                                    "ON c.id = b.concept WHERE b.broader = ?1 ORDER BY 3",
    [BRUG__REL_ESSENTIAL_SKILLS] =
        REF_SKILL_COLS " FROM occupation_skill r JOIN concept c ON c.id = r.skill "
                       "WHERE r.occupation = ?1 AND r.essential = 1 ORDER BY 3",
    [BRUG__REL_OPTIONAL_SKILLS] =
        REF_SKILL_COLS " FROM occupation_skill r JOIN concept c ON c.id = r.skill "
                       "WHERE r.occupation = ?1 AND r.essential = 0 ORDER BY 3",
    [BRUG__REL_ESSENTIAL_FOR] =
        REF_COLS " FROM occupation_skill r JOIN concept c ON c.id = r.occupation "
                 "WHERE r.skill = ?1 AND r.essential = 1 ORDER BY 3",
    [BRUG__REL_OPTIONAL_FOR] =
        REF_COLS " FROM occupation_skill r JOIN concept c ON c.id = r.occupation "
                 "WHERE r.skill = ?1 AND r.essential = 0 ORDER BY 3",
    [BRUG__REL_RELATED_SKILLS] = REF_COLS ", CASE r.essential WHEN 1 "
                                          "THEN 'essential' ELSE 'optional' END"
                                          " FROM skill_skill r JOIN concept c "
                                          "ON c.id = r.related WHERE r.skill = ?1 ORDER BY 3",
};

brug_err brug__sqlite_concept_refs(brug_db *db, int64_t id, const char *lang, int rel,
                                   brug__concept_ref_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug__concept_ref r;
    brug_err err;
    int rc;
    if (rel < 0 || rel > BRUG__REL_RELATED_SKILLS)
        return brug__db_error(db, BRUG_EINTERNAL, "describe: no relation %d", rel);
    err = brug__db_prepare(db, ref_sql[rel], &st);
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st)) {
        r.uri = (const char *)sqlite3_column_text(st, 0);
        r.kind = sqlite3_column_int(st, 1);
        r.label = (const char *)sqlite3_column_text(st, 2);
        r.label_lang = brug__db_col_text(st, 3);
        r.skill_type = -1;
        r.relation = NULL;
        if (rel == BRUG__REL_ESSENTIAL_SKILLS || rel == BRUG__REL_OPTIONAL_SKILLS)
            r.skill_type =
                sqlite3_column_type(st, 4) == SQLITE_INTEGER ? sqlite3_column_int(st, 4) : -1;
        else if (rel == BRUG__REL_RELATED_SKILLS)
            r.relation = brug__db_col_text(st, 4);
        err = fn(ctx, &r);
    }
    return scan_end(db, st, rc, err, "describe");
}

brug_err brug__sqlite_concept_collections(brug_db *db, int64_t id, brug__name_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "SELECT c.name FROM collection_member m JOIN collection c "
                                    "ON c.id = m.collection WHERE m.concept = ?1 ORDER BY c.name",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, id);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && !err; rc = sqlite3_step(st))
        err = fn(ctx, (const char *)sqlite3_column_text(st, 0));
    return scan_end(db, st, rc, err, "describe");
}
