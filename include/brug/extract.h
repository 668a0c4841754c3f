/*
 * extract.h - brug_extract() and its index: from a person's own words - a
 * CV, a work history, a vacancy - to the ESCO skills and occupations they
 * mention or imply.
 *
 * An extraction index, brug_extract_index, is built once from a database
 * and its ontology snapshot: every stored label of every skill and
 * occupation (preferred, alternative, hidden, in every language) folded
 * and stemmed (Snowball English and Dutch) into a trie over stemmed
 * tokens, the shipped synonym file (data/extract/synonyms.tsv, compiled
 * in) plus any user file, and a BM25 index over each concept's labels and
 * description.  The index is immutable: any number of threads may run
 * brug_extract() on it at once.  It borrows the snapshot, which must
 * outlive it.
 *
 * brug_extract() reads UTF-8 text and returns ranked skills and
 * occupations, each with the byte spans of the text that support it and
 * how it was found; docs/extract.md describes the method, the scores and
 * what is done about negation ("geen ervaring met") and boilerplate
 * ("wij bieden", salary lines).
 *
 * Example:
 *     brug_extract_index *ix;
 *     json_t *doc;
 *     char msg[256];
 *     if (brug_extract_index_build(db, onto, NULL, &ix) == BRUG_OK) {
 *         if (brug_extract(ix, text, strlen(text), NULL, &doc, msg, sizeof msg) == BRUG_OK) {
 *             json_dumpf(doc, stdout, 0);
 *             json_decref(doc);
 *         }
 *         brug_extract_index_free(ix);
 *     }
 */
#ifndef BRUG_EXTRACT_H
#define BRUG_EXTRACT_H

#include <stddef.h>

#include <jansson.h>

#include "brug/db.h"
#include "brug/onto.h"

typedef struct brug_extract_index brug_extract_index;

/* Largest text one brug_extract() call reads (bytes); longer text is
 * BRUG_ETOOBIG: split it (the CLI's --lines streams a file line by line). */
#define BRUG_EXTRACT_MAX_TEXT (4u * 1024u * 1024u)
/* Default and largest length of each ranked list. */
#define BRUG_EXTRACT_DEFAULT_TOP 10
#define BRUG_EXTRACT_MAX_TOP 200

typedef struct brug_extract_build_opts {
    /* A synonym file of the user (docs/extract.md for the format), read in
     * addition to the shipped one; NULL for none. */
    const char *synonyms_path;
    /* Nonzero: leave out the shipped synonym file. */
    int no_builtin_synonyms;
} brug_extract_build_opts;

/*
 * Build the index from db's labels and descriptions and the snapshot onto
 * (loaded from the same db).  opts may be NULL.  On success *out must be
 * freed with brug_extract_index_free().  BRUG_EEMPTY (no skills),
 * BRUG_EPARSE (a malformed synonym file: the message names file and line),
 * BRUG_EIO (the file cannot be read), BRUG_ENOMEM, BRUG_EDB; the message
 * is on db.  Not thread-safe on db (like every call on a brug_db).
 */
BRUG_API brug_err brug_extract_index_build(brug_db *db, const brug_onto *onto,
                                           const brug_extract_build_opts *opts,
                                           brug_extract_index **out /* OUT */);

/* Free an index; NULL is a no-op. */
BRUG_API void brug_extract_index_free(brug_extract_index *ix);

/* Bytes the index holds, labels (and synonyms) in its trie, trie nodes. */
BRUG_API void brug_extract_index_stats(const brug_extract_index *ix, size_t *bytes /* OUT */,
                                       size_t *labels /* OUT */, size_t *nodes /* OUT */);

typedef enum brug_extract_type {
    BRUG_EXTRACT_BOTH = 0,
    BRUG_EXTRACT_SKILL = 1,
    BRUG_EXTRACT_OCCUPATION = 2,
} brug_extract_type;

typedef enum brug_extract_method {
    BRUG_EXTRACT_FULL = 0, /* labels, synonyms, compounds, BM25F, taxonomy reranking */
    BRUG_EXTRACT_BM25 = 1, /* plain BM25 over labels + description only: the baseline */
} brug_extract_method;

typedef struct brug_extract_opts {
    /* "nl", "en" or "auto" (NULL, "" too): the language of the text, which
     * picks the stemmer, the stop words and the language of the labels
     * returned; auto guesses it from common words (English when unsure). */
    const char *lang;
    brug_extract_type type;
    size_t top; /* each list's length; 0 = BRUG_EXTRACT_DEFAULT_TOP */
    brug_extract_method method;
} brug_extract_opts;

/* Defaults: auto language, both lists, top 10, the full method. */
BRUG_API void brug_extract_opts_init(brug_extract_opts *opts);

/*
 * Extract from len bytes of text.  opts may be NULL.  On success *out is
 *   {"lang": "nl"|"en",
 *    "skills": [{"uri", "label", "label_lang", "score", "spans": [[start, end], ...],
 *                "how": ["label"|"alt_label"|"hidden_label"|"stem"|"compound"|"synonym"|
 *                        "description"|"implied_by_occupation"|"cooccurrence"]}, ...],
 *    "occupations": [same shape]}
 * best first, score in (0, 1], spans byte offsets into text (end
 * exclusive, ascending; at most 16 per concept; empty for evidence that is
 * not a place in the text, such as implied_by_occupation).  A list not
 * asked for (opts->type) is absent.  Empty text gives empty lists.  The
 * caller frees *out with json_decref().
 * BRUG_EINVAL: text is not UTF-8 (msg names the byte offset), an unknown
 * lang, top above BRUG_EXTRACT_MAX_TOP; BRUG_ETOOBIG: len above
 * BRUG_EXTRACT_MAX_TEXT; BRUG_ENOMEM.  msg (size bytes, may be NULL) gets
 * a sentence on error.  Thread-safe on a shared index.
 */
BRUG_API brug_err brug_extract(const brug_extract_index *ix, const char *text, size_t len,
                               const brug_extract_opts *opts, json_t **out /* OUT */, char *msg,
                               size_t size);

#endif
