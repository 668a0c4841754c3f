/*
 * lang_check.c - checking a language value a person gave (--lang,
 * language=) against what brug has: the taxonomy's label languages (from
 * the backend, concept.h) and the message catalogue's (see brug/msg.h).
 */
#include <stdio.h>
#include <string.h>

#include "brug/msg.h"
#include "backend.h"
#include "concept.h"

typedef struct langs_buf {
    char *buf;
    size_t n, size;
} langs_buf;

/* Append a language to "en, nl" (as far as it fits). */
static brug_err on_lang(void *ctx, const char *lang)
{
    langs_buf *b = ctx;
    if (b->n < b->size)
        b->n += (size_t)snprintf(b->buf + b->n, b->size - b->n, "%s%s", b->n ? ", " : "", lang);
    return BRUG_OK;
}

brug_err brug_lang_check(brug_db *db, const char *lang, char *out, size_t size)
{
    char have[256], cat[64];
    langs_buf b = {have, 0, sizeof(have)};
    const char *const *m;
    size_t n = 0, i;
    int yes = 0;
    brug_err err;
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
    err = brug__label_lang_has(db, out, &yes);
    if (err || yes)
        return err;
    have[0] = '\0';
    (void)brug__label_langs(db, on_lang, &b); /* only for the message */
    m = brug_msg_langs();
    cat[0] = '\0';
    for (i = 0; m[i] && n < sizeof(cat); i++)
        n += (size_t)snprintf(cat + n, sizeof(cat) - n, "%s%s", i ? ", " : "", m[i]);
    out[0] = '\0';
    return brug__db_error(db, BRUG_EUNSUPPORTED,
                          "language '%.40s' is not available: the taxonomy has labels in %s "
                          "and messages are in %s",
                          lang, have[0] ? have : "no language yet", cat);
}
