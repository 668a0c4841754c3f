/*
 * search.h - finding occupations and skills by any of their labels.
 *
 * Every label of every occupation and skill (preferred, alternative and
 * hidden, in every language) is in a full-text index kept in the database
 * and rebuilt in the same transaction as each import.  A query matches
 * case- and accent-insensitively, by whole words and by word prefixes
 * ("verpleegkund" finds "verpleegkundige"), across compounds written
 * together or apart ("softwareontwikkelaar" finds "software ontwikkelaar"),
 * inside compounds ("monteur" finds "warmtepompmonteur"), by other forms
 * of a word (English and Dutch Snowball stems: "nurses" finds "specialist
 * nurse"), and with typos ("sofware developer" finds "software
 * developer").
 *
 * Ranking, best first: the whole label equals the query > every query word
 * is a word of the label > every query word begins a word of the label
 * (or shares its stem) >
 * words found inside compounds > words found only by typo tolerance.
 * Within one of those tiers, a concept found by a label in the requested
 * language (opts.lang) comes first; then a preferred label beats an alternative one,
 * which beats a hidden one, and a label the query covers more of (fewer
 * extra words) ranks higher; a label that starts with the query gets a
 * little extra.  A concept's score is the score of its best label.  Equal
 * scores order occupations before skills, then by URI, so results are
 * deterministic.
 *
 * The prepared statements are kept on the brug_db for its lifetime (and
 * finalised by brug_db_close), so repeated searches on one handle cost no
 * re-preparation; the index's vocabulary (about 30,000 words, under 1 MB
 * for the full English + Dutch ESCO) is loaded into memory on the first
 * search that needs it and read again after another connection commits;
 * the first search also sets the connection's mmap_size to 256 MiB.  Like every call on a brug_db,
 * searching is not safe from two threads on one handle; open one handle per thread.
 *
 * Example:
 *     brug_search_opts o;
 *     brug_search_results *r;
 *     brug_search_opts_init(&o);
 *     o.type = BRUG_SEARCH_OCCUPATION;
 *     o.lang = "nl";
 *     if (brug_search_run(db, "verpleegkundige", &o, &r) == BRUG_OK) {
 *         for (size_t i = 0; i < r->count; i++)
 *             printf("%.3f %s %s\n", r->hits[i].score, r->hits[i].uri, r->hits[i].label);
 *         brug_search_results_free(r);
 *     }
 */
#ifndef BRUG_SEARCH_H
#define BRUG_SEARCH_H

#include <stddef.h>

#include <jansson.h>

#include "brug/alloc.h"
#include "brug/db.h"
#include "brug/onto.h"

/* What to search for. */
typedef enum brug_search_type {
    BRUG_SEARCH_ANY = 0, /* occupations and skills */
    BRUG_SEARCH_OCCUPATION = 1,
    BRUG_SEARCH_SKILL = 2,
} brug_search_type;

/* Default and largest number of results per call. */
#define BRUG_SEARCH_DEFAULT_LIMIT 10
#define BRUG_SEARCH_MAX_LIMIT 1000
/* Largest offset accepted. */
#define BRUG_SEARCH_MAX_OFFSET 10000
/* Bytes of query text looked at; the rest of a longer query is ignored. */
#define BRUG_SEARCH_MAX_QUERY 1024

typedef struct brug_search_opts {
    brug_search_type type;
    /* "nl", "en", ...: the language of the person searching.  Labels in
     * every language still match (a Dutch page finds "welder", an English
     * one "lasser"); within a ranking tier, concepts found by a label in
     * lang come first; and results show their preferred label in lang
     * (falling back to English, then any language; hit.label_lang says
     * which).  NULL, "" or "any": no preference, and a result shows its
     * preferred label in the language of the label that matched. */
    const char *lang;
    size_t limit;  /* 0 means BRUG_SEARCH_DEFAULT_LIMIT; above the maximum is an error */
    size_t offset; /* results to skip (for paging) */
    /* 1: only labels in lang match (the ESCO web service's /search, whose
     * language parameter is the language of the text).  Default 0. */
    int only_lang;
} brug_search_opts;

/* Defaults: any type, any language, limit 10, offset 0. */
BRUG_API void brug_search_opts_init(brug_search_opts *opts);

typedef struct brug_search_hit {
    const char *uri;
    brug_kind kind;           /* BRUG_KIND_OCCUPATION or BRUG_KIND_SKILL */
    const char *label;        /* preferred label in the requested language (see opts.lang) */
    const char *label_lang;   /* the language of label */
    const char *matched;      /* the label that matched, as written in the taxonomy */
    const char *matched_lang; /* its language */
    int matched_role;         /* 0 preferred, 1 alternative, 2 hidden */
    double score;             /* in (0, 1]; 1 means the query is the preferred label */
} brug_search_hit;

typedef struct brug_search_results {
    size_t count;          /* hits in this page */
    brug_search_hit *hits; /* best first */
    /* Distinct concepts found among the candidates examined: exact for
     * ordinary queries, a lower bound for very broad ones (a one- or
     * two-letter prefix), where only the best few thousand labels are
     * looked at. */
    size_t total;
    brug_alloc alloc; /* private */
} brug_search_results;

/*
 * Search db for text.  opts may be NULL (defaults).  On success *out holds
 * the page of results (possibly empty: an empty or all-punctuation query
 * finds nothing, which is not an error); free it with
 * brug_search_results_free().  Any text is safe: FTS query syntax
 * (quotes, *, NEAR, AND/OR/NOT, -, ^, :) is never interpreted, and only
 * the first BRUG_SEARCH_MAX_QUERY bytes are used.
 * Returns BRUG_EINVAL (text NULL or not valid UTF-8, limit or offset out
 * of range, unknown type), BRUG_ENOMEM, BRUG_EDB (for instance a database
 * opened read-only whose schema predates search); the message is on db.
 */
BRUG_API brug_err brug_search_run(brug_db *db, const char *text, const brug_search_opts *opts,
                                  brug_search_results **out /* OUT */);

/* Free results; NULL is a no-op. */
BRUG_API void brug_search_results_free(brug_search_results *res);

/*
 * The results as the document the CLI's --json prints and the server sends:
 *   {"results": [{"uri", "type": "occupation"|"skill", "label", "score"}, ...]}
 * best first; label is the preferred label in the requested language and
 * score is rounded to 4 decimals.  The caller frees it with json_decref().
 * BRUG_ENOMEM when jansson runs out of memory (*out is then NULL).
 */
BRUG_API brug_err brug_search_results_json(const brug_search_results *res, json_t **out /* OUT */);

/* brug_search_run followed by brug_search_results_json. */
BRUG_API brug_err brug_search(brug_db *db, const char *text, const brug_search_opts *opts,
                              json_t **out /* OUT */);

/*
 * Rebuild the search index from the stored labels.  Imports do this
 * themselves inside their transaction; call it only after changing labels
 * by other means.  Runs in its own transaction (BRUG_EINTERNAL when one is
 * already open on db).  BRUG_EDB, BRUG_ENOMEM, BRUG_EINVAL (read-only db).
 */
BRUG_API brug_err brug_search_reindex(brug_db *db);

#endif
