/*
 * msg.h - brug's message catalogue: every sentence the library writes for
 * people (bridge explanations, plan reasons, errors meant for a person) in
 * Dutch and English, and locale formatting of numbers, money and dates.
 *
 * The catalogue is src/msg/<lang>.txt, one `key = text` line per message,
 * compiled into the library by the build (src/msg/msgc.c checks that every
 * key is in every language with the same placeholders).  Placeholders are
 * {name}; the caller gives typed arguments and the catalogue's language
 * decides how they read: brug_msg_format(buf, n, "nl", "plan.course.cost",
 * args) with a BRUG_MSG_MONEY argument of 295 gives "€ 295,00", in English
 * "€295.00".
 *
 * Languages: a language the catalogue does not have (say "de", which the
 * taxonomy may well have labels in) gets English sentences: the documented
 * fallback; brug_msg_lang() says which language a request's sentences are
 * in.  Codes may carry a region ("nl-BE", "nl_NL"): only the language part
 * counts.  All functions here are pure and thread-safe; strings they return
 * are static.
 */
#ifndef BRUG_MSG_H
#define BRUG_MSG_H

#include <stddef.h>

#include "brug/db.h"
#include "brug/error.h"
#include "brug/export.h"

typedef enum brug_msg_type {
    BRUG_MSG_END = 0, /* terminates an argument array */
    BRUG_MSG_STR,     /* s, as is */
    BRUG_MSG_INT,     /* d rounded, with the language's thousands separator: 13,896 / 13.896 */
    BRUG_MSG_NUM,     /* d with up to one decimal: 12.5 / 12,5 (12 stays 12) */
    BRUG_MSG_PCT,     /* d a fraction, as a whole percentage: 0.56 -> 56% */
    BRUG_MSG_MONEY,   /* d euros: €295.00 / € 295,00 */
    BRUG_MSG_DATE,    /* s an ISO date YYYY-MM-DD: 1 March 2026 / 1 maart 2026 */
} brug_msg_type;

/* One argument of a message: its placeholder name, type and value. */
typedef struct brug_msg_arg {
    const char *name;
    brug_msg_type type;
    const char *s;
    double d;
} brug_msg_arg;

#define BRUG_MSG_S(n, v)                                                                           \
    {                                                                                              \
        (n), BRUG_MSG_STR, (v), 0.0                                                                \
    }
#define BRUG_MSG_I(n, v)                                                                           \
    {                                                                                              \
        (n), BRUG_MSG_INT, NULL, (double)(v)                                                       \
    }
#define BRUG_MSG_N(n, v)                                                                           \
    {                                                                                              \
        (n), BRUG_MSG_NUM, NULL, (double)(v)                                                       \
    }
#define BRUG_MSG_P(n, v)                                                                           \
    {                                                                                              \
        (n), BRUG_MSG_PCT, NULL, (double)(v)                                                       \
    }
#define BRUG_MSG_M(n, v)                                                                           \
    {                                                                                              \
        (n), BRUG_MSG_MONEY, NULL, (double)(v)                                                     \
    }
#define BRUG_MSG_D(n, v)                                                                           \
    {                                                                                              \
        (n), BRUG_MSG_DATE, (v), 0.0                                                               \
    }
#define BRUG_MSG_ARGS_END                                                                          \
    {                                                                                              \
        NULL, BRUG_MSG_END, NULL, 0.0                                                              \
    }

/*
 * Render message key in lang into buf (size bytes, always NUL-terminated
 * when size > 0, truncated if longer).  args is an array ended by
 * BRUG_MSG_ARGS_END, or NULL.  A placeholder without an argument stays as
 * written ({name}); an unknown key renders as the key itself.  Returns the
 * length the whole text has (as snprintf does), so a result >= size means
 * it was cut.
 *
 *     brug_msg_arg a[] = {BRUG_MSG_I("n", 3), BRUG_MSG_ARGS_END};
 *     brug_msg_format(buf, sizeof(buf), "nl", "search.none", a);
 */
BRUG_API size_t brug_msg_format(char *buf, size_t size, const char *lang, const char *key,
                                const brug_msg_arg *args);

/* The template of key in lang (after the fallback), or NULL for an unknown key. */
BRUG_API const char *brug_msg_template(const char *lang, const char *key);

/* The catalogue language sentences for lang are written in: "nl" for "nl",
 * "NL", "nl-BE"; "en" for NULL, "", "any" and every language the catalogue
 * does not have. */
BRUG_API const char *brug_msg_lang(const char *lang);

/* 1 when the catalogue has lang itself (no fallback), else 0. */
BRUG_API int brug_msg_has_lang(const char *lang);

/* The catalogue's languages, NULL-terminated ("en" first). */
BRUG_API const char *const *brug_msg_langs(void);

/* The number of messages, and the key of message i (sorted; NULL past the end). */
BRUG_API size_t brug_msg_count(void);
BRUG_API const char *brug_msg_key(size_t i);

/*
 * The language part of a code, lowercased, into out (at least 4 bytes):
 * "nl-BE" -> "nl", "EN" -> "en".  BRUG_EINVAL when code is not two
 * or three ASCII letters optionally followed by '-' or '_' and a region
 * (so "dutch" or "n1" are refused); "any" is accepted as itself.
 */
BRUG_API brug_err brug_lang_normalize(const char *code, char *out, size_t size);

/*
 * Check a language a person asked for (--lang, language=): BRUG_OK with
 * the normalized code in out (size >= 4) when brug has labels in it (the
 * taxonomy in db) or sentences (the catalogue), or it is "any"; NULL or ""
 * is BRUG_OK with out "" (the caller's default).  BRUG_EUNSUPPORTED
 * otherwise ("language 'de' is not available: the taxonomy has labels in
 * en, nl ..."), BRUG_EINVAL when lang is no language code at all ("dutch");
 * the message is on db; BRUG_EDB.
 */
BRUG_API brug_err brug_lang_check(brug_db *db, const char *lang, char *out, size_t size);

/* Locale formatting on its own (the same as the message argument types). */
BRUG_API size_t brug_format_number(char *buf, size_t size, const char *lang, double v,
                                   int decimals);
BRUG_API size_t brug_format_money(char *buf, size_t size, const char *lang, double euros);
BRUG_API size_t brug_format_date(char *buf, size_t size, const char *lang, const char *iso);

#endif
