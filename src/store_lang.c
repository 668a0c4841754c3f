/*
 * store_lang.c - checking a language value a person gave (--lang,
 * language=) against what brug has: the taxonomy's label languages (read
 * from the label table) and the message catalogue's (see brug/msg.h).
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "brug/msg.h"
#include "store.h"

/* The languages of the stored labels, "en, nl", into buf. */
static void stored_langs(brug_db *db, char *buf, size_t size)
{
    sqlite3_stmt *st;
    size_t n = 0;
    int rc;
    buf[0] = '\0';
    if (brug__db_prepare(db, "SELECT DISTINCT lang FROM label ORDER BY lang", &st))
        return;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && n < size; rc = sqlite3_step(st))
        n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "",
                              (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

brug_err brug_lang_check(brug_db *db, const char *lang, char *out, size_t size)
{
    sqlite3_stmt *st;
    char have[256];
    int rc;
    if (size < 4)
        return brug__db_error(db, BRUG_EINVAL, "language: buffer too small");
    out[0] = '\0';
    if (!lang || !lang[0])
        return BRUG_OK;
    if (brug_lang_normalize(lang, out, size) != BRUG_OK) {
        out[0] = '\0';
        return brug__db_error(db, BRUG_EINVAL, "language '%.40s': expected a code such as nl or en",
                              lang);
    }
    if (strcmp(out, "any") == 0 || brug_msg_has_lang(out))
        return BRUG_OK;
    if (brug__db_prepare(db, "SELECT 1 FROM label WHERE lang = ?1 LIMIT 1", &st))
        return BRUG_EDB;
    sqlite3_bind_text(st, 1, out, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc == SQLITE_ROW)
        return BRUG_OK;
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "language");
    stored_langs(db, have, sizeof(have));
    {
        const char *const *m = brug_msg_langs();
        char cat[64];
        size_t n = 0, i;
        cat[0] = '\0';
        for (i = 0; m[i] && n < sizeof(cat); i++)
            n += (size_t)snprintf(cat + n, sizeof(cat) - n, "%s%s", i ? ", " : "", m[i]);
        out[0] = '\0';
        return brug__db_error(db, BRUG_EUNSUPPORTED,
                              "language '%.40s' is not available: the taxonomy has labels in %s "
                              "and messages are in %s",
                              lang, have[0] ? have : "no language yet", cat);
    }
}
