/*
 * fold.h - text folding for search: one canonical form for labels and
 * queries, so that matching ignores case, accents and punctuation.
 *
 * brug__fold() applies Unicode compatibility normalisation (NFKC: "ﬁ" ->
 * "fi", full-width letters -> ASCII), full case folding ("ß" -> "ss"),
 * strips combining marks ("é" -> "e", "ë" -> "e"), drops apostrophes
 * ("children's" -> "childrens") and turns every other run of characters
 * that are neither letters nor digits into one ASCII space, with no
 * leading or trailing space.  The result is a list of words separated by
 * single spaces, which is what the search index stores and what queries
 * are matched against.  It is built on utf8proc.
 */
#ifndef BRUG__FOLD_H
#define BRUG__FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "brug/alloc.h"
#include "brug/error.h"

/* A reusable output buffer; zero-initialise it (or use brug__fold_init). */
typedef struct brug__fold_buf {
    const brug_alloc *alloc;
    char *text;   /* the folded text, NUL-terminated (valid after a fold) */
    size_t len;   /* its length in bytes */
    size_t cap;   /* private */
    int32_t *cp;  /* private: code point scratch */
    size_t cpcap; /* private */
} brug__fold_buf;

void brug__fold_init(brug__fold_buf *b, const brug_alloc *alloc);
void brug__fold_release(brug__fold_buf *b);

/*
 * Fold len bytes of UTF-8 at s into b->text.  BRUG_OK; BRUG_EINVAL when s
 * is not valid UTF-8 (b->text is then ""); BRUG_ENOMEM.
 */
brug_err brug__fold(brug__fold_buf *b, const char *s, size_t len);

/* The same with s removed of its spaces ("software ontwikkelaar" ->
 * "softwareontwikkelaar"); in place on an already folded buffer. */
void brug__fold_compact(brug__fold_buf *b);

/* A 63-bit hash of folded text (FNV-1a), for exact-label lookups. */
int64_t brug__fold_hash(const char *s, size_t len);

#endif
