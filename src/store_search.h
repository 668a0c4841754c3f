/*
 * store_search.h - the search index's storage (store_search.c): its
 * tables, the rebuild run inside imports, and the few queries search.c
 * builds its matching and ranking on.
 *
 * Tables (module "search"):
 *   search_label(id, concept, kind, lang, role, text, folded, joined)
 *     one row per distinct folded label of an occupation or skill and
 *     language (the lowest role wins when a label is both preferred and
 *     alternative).  Row ids follow a static order of quality - preferred
 *     first, then shorter labels, occupations before skills - so an index
 *     scan in id order meets the likeliest labels first.  joined holds
 *     each pair of adjacent words written together ("software
 *     ontwikkelaar" -> "softwareontwikkelaar"), so compounds match.
 *   search_fts     FTS5 over (folded, joined), external content search_label
 *   search_vocab   fts5vocab over search_fts
 *   search_word(id, word, df) the index's vocabulary, and
 *   search_word_tri FTS5 trigram over it, for typo tolerance and for words
 *     inside compounds.
 */
#ifndef BRUG__STORE_SEARCH_H
#define BRUG__STORE_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "brug/db.h"

/* One label row handed to a callback; the pointers are valid only during
 * the call. */
typedef struct brug__search_row {
    int64_t id;
    int64_t concept;
    int kind;
    int role;
    const char *lang;
    const char *text;
    const char *folded;
    size_t folded_len;
} brug__search_row;

/* A callback returning nonzero stops the scan early (not an error). */
typedef int (*brug__search_row_fn)(void *ctx, const brug__search_row *row);
typedef int (*brug__search_word_fn)(void *ctx, const char *word, int64_t df);

/* Rebuild every search table from the label table.  Call inside the
 * caller's open transaction (an import's). */
brug_err brug__search_rebuild(brug_db *db);

/*
 * Labels whose folded text equals folded (kind 0 = any, lang NULL = any),
 * then labels matching the FTS5 expression expr, in id order; at most cap
 * rows each.
 */
brug_err brug__search_exact(brug_db *db, const char *folded, int kind, const char *lang, size_t cap,
                            brug__search_row_fn fn, void *ctx);
brug_err brug__search_match(brug_db *db, const char *expr, int kind, const char *lang, size_t cap,
                            brug__search_row_fn fn, void *ctx);

/* The smallest vocabulary word >= word, copied into buf ("" when none). */
brug_err brug__search_word_ceil(brug_db *db, const char *word, char *buf, size_t size);

/* Vocabulary words matching the trigram FTS5 expression expr: with
 * minlen = maxlen = 0 the most frequent first; otherwise those of
 * minlen..maxlen characters, in word order.  At most cap. */
brug_err brug__search_words(brug_db *db, const char *expr, size_t minlen, size_t maxlen, size_t cap,
                            brug__search_word_fn fn, void *ctx);

/*
 * The URI of concept and its preferred label in lang (falling back to
 * English, then any language).  The strings are valid until the next call
 * on db.  BRUG_ENOTFOUND when concept does not exist.
 */
brug_err brug__search_concept(brug_db *db, int64_t concept, const char *lang,
                              const char **uri /* OUT */, const char **label /* OUT */,
                              const char **label_lang /* OUT */);

#endif
