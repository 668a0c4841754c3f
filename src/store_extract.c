/*
 * store_extract.c - the queries behind store_extract.h: labels and
 * descriptions of occupations and skills for the extraction index.
 */
#include <sqlite3.h>

#include "brug/onto.h"
#include "store.h"
#include "store_extract.h"

static brug_err scan(brug_db *db, const char *sql, brug__extract_row_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, sql, &st);
    int rc;
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        brug__extract_row r;
        const char *uri = (const char *)sqlite3_column_text(st, 0);
        const char *lang = (const char *)sqlite3_column_text(st, 3);
        const char *text = (const char *)sqlite3_column_text(st, 4);
        if (!uri || !lang || !text)
            continue;
        r.uri = uri;
        r.kind = sqlite3_column_int(st, 1);
        r.role = sqlite3_column_int(st, 2);
        r.lang = lang;
        r.text = text;
        r.len = (size_t)sqlite3_column_bytes(st, 4);
        err = fn(ctx, &r);
        if (err) {
            sqlite3_finalize(st);
            return err;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "extraction index");
}

brug_err brug__sqlite_extract_rows(brug_db *db, brug__extract_row_fn fn, void *ctx)
{
    brug_err err = scan(db,
                        "SELECT c.uri, c.kind, l.role, l.lang, l.text FROM label l"
                        " JOIN concept c ON c.id = l.concept WHERE c.kind IN (1, 2)",
                        fn, ctx);
    if (err)
        return err;
    return scan(db,
                "SELECT c.uri, c.kind, -1, n.lang, n.text FROM note n"
                " JOIN concept c ON c.id = n.concept"
                " WHERE c.kind IN (1, 2) AND n.kind = 'description'",
                fn, ctx);
}
