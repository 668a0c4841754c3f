/*
 * store_lang.c - the languages of the stored labels (the label table of
 * module "onto"), for brug_lang_check (lang_check.c).
 */
#include <sqlite3.h>

#include "store.h"

brug_err brug__sqlite_label_lang_has(brug_db *db, const char *lang, int *yes)
{
    sqlite3_stmt *st;
    int rc;
    brug_err err = brug__db_prepare(db, "SELECT 1 FROM label WHERE lang = ?1 LIMIT 1", &st);
    *yes = 0;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, lang, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    *yes = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "language");
}

brug_err brug__sqlite_label_langs(brug_db *db, brug__name_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int rc;
    brug_err err = brug__db_prepare(db, "SELECT DISTINCT lang FROM label ORDER BY lang", &st);
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        err = fn(ctx, (const char *)sqlite3_column_text(st, 0));
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "language");
    return err;
}
