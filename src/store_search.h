/*
 * store_search.h - the search index's storage (store_search.c): its
 * tables, the rebuild run inside imports, and the few queries search.c
 * builds its matching and ranking on.
 *
 * Tables (module "search"):
 *   search_label(id, concept, kind, lang, role, text, folded)
 *     one row per distinct folded label of an occupation or skill and
 *     language (the lowest role wins when a label is both preferred and
 *     alternative).  Row ids follow a static order - shorter labels first,
 *     then preferred before alternative before hidden, occupations before
 *     skills, then URI - so a scan in id order meets a label equal to the
 *     query before any longer one, and a capped scan keeps the labels the
 *     query covers best.
 *   search_fts     FTS5 over folded, external content search_label
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
 * A label query: folded terms joined by AND and OR, with parentheses, in
 * reading order ("(a* OR b) AND c").  search.c builds it; a backend turns
 * it into its own syntax, and a term is always text, never syntax: a term
 * holding an operator word, a quote or a star matches those characters.
 */
typedef enum brug__search_tok_kind {
    BRUG__SEARCH_TERM,  /* text[off..off+len), a whole word or a prefix */
    BRUG__SEARCH_AND,   /* both sides */
    BRUG__SEARCH_OR,    /* either side */
    BRUG__SEARCH_OPEN,  /* ( */
    BRUG__SEARCH_CLOSE, /* ) */
} brug__search_tok_kind;

typedef struct brug__search_tok {
    uint8_t kind;   /* brug__search_tok_kind */
    uint8_t prefix; /* TERM: also words starting with the text */
    uint32_t off;   /* TERM: into the query's text */
    uint32_t len;
} brug__search_tok;

typedef struct brug__search_query {
    const brug__search_tok *tok;
    size_t ntok;
    const char *text; /* the terms' folded text */
} brug__search_query;

/* Labels matching q (kind 0 = any, lang NULL = any), in id order -
 * shortest first - at most cap rows. */
brug_err brug__search_match(brug_db *db, const brug__search_query *q, int kind, const char *lang,
                            size_t cap, brug__search_row_fn fn, void *ctx);

/* The smallest vocabulary word >= word, copied into buf ("" when none),
 * and its document frequency (labels holding it). */
brug_err brug__search_word_ceil(brug_db *db, const char *word, char *buf, size_t size,
                                int64_t *df /* OUT */);

/* The whole vocabulary in memory, for typo tolerance: words of up to 255
 * bytes, in word order, with a bit set of the letters they use. */
typedef struct brug__search_word {
    uint32_t off;  /* into text */
    uint32_t df;   /* labels holding the word */
    uint32_t mask; /* brug__search_letter_mask */
    uint8_t len;
} brug__search_word;

typedef struct brug__search_vocab {
    char *text; /* the words, NUL-separated */
    size_t ntext;
    brug__search_word *words;
    size_t n;
} brug__search_vocab;

/* Bit i for letter 'a' + i, bit 26 for any digit, bit 27 for anything
 * else. */
uint32_t brug__search_letter_mask(const char *w, size_t n);

/* The vocabulary, loaded on first use and kept on db; read again when
 * another connection has committed since, or this one rebuilt the index.
 * Valid until the next call on db. */
brug_err brug__search_vocab_get(brug_db *db, const brug__search_vocab **out /* OUT */);

/* Vocabulary words containing the folded text part[0..n) (as text: no
 * character in it is syntax): with minlen = maxlen = 0 the most frequent
 * first; otherwise those of minlen..maxlen characters, in word order.  At
 * most cap. */
brug_err brug__search_words(brug_db *db, const char *part, size_t n, size_t minlen, size_t maxlen,
                            size_t cap, brug__search_word_fn fn, void *ctx);

/*
 * Reset every cached statement, ending the read transaction a statement
 * left on a row keeps open: otherwise the connection would go on reading
 * the database as it was (WAL snapshot) and never see later commits.
 * brug_search_run() calls it once the results are copied out.
 */
void brug__search_idle(brug_db *db);

/*
 * The URI of concept and its preferred label in lang (falling back to
 * English, then any language).  The strings are valid until the next call
 * on db.  BRUG_ENOTFOUND when concept does not exist.
 */
brug_err brug__search_concept(brug_db *db, int64_t concept, const char *lang,
                              const char **uri /* OUT */, const char **label /* OUT */,
                              const char **label_lang /* OUT */);

#endif
