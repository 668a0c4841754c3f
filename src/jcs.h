/*
 * jcs.h - the JSON Canonicalization Scheme (RFC 8785): a jansson value
 * serialised as the one byte string every conforming implementation
 * produces (object members sorted by the UTF-16 code units of their names,
 * numbers in ECMAScript's shortest round-trip form, the minimal string
 * escapes, no whitespace).  It is what eddsa-jcs-2022 proofs hash.
 */
#ifndef BRUG__JCS_H
#define BRUG__JCS_H

#include <stddef.h>

#include <jansson.h>

#include "brug/error.h"
#include "alloc.h"

/* Longest canonical form brug produces or checks (a credential is small). */
#define BRUG__JCS_MAX (4u << 20)

/* Deepest nesting of arrays and objects accepted. */
#define BRUG__JCS_DEPTH 64

/* A growable byte buffer with a hard maximum (the caller frees p with
 * brug__free(alloc, p); p is NUL-terminated, len excludes the NUL). */
typedef struct brug__jcs_buf {
    const brug_alloc *alloc; /* NULL: libc */
    char *p;
    size_t len, cap, max; /* max 0: BRUG__JCS_MAX */
} brug__jcs_buf;

/* Release the buffer's bytes; the struct may be reused after. */
void brug__jcs_buf_release(brug__jcs_buf *b);

/*
 * Append the canonical form of v to b.  BRUG_EINVAL for a number that is
 * not finite (JSON has none, but a C caller can build one), BRUG_ETOOBIG
 * past b's maximum or BRUG__JCS_DEPTH, BRUG_ENOMEM; why (whysize bytes)
 * says what and where ("$.a[2]: ...").  Integers are written as the
 * double they round to, as ECMAScript would read them.
 */
brug_err brug__jcs(const json_t *v, brug__jcs_buf *b, char *why, size_t whysize);

/*
 * ECMAScript Number::toString of a finite v (the shortest decimal that
 * reads back as v, nearest to v when several are as short) into out
 * (at least 32 bytes); returns its length.  -0 gives "0".
 */
size_t brug__jcs_number(double v, char *out);

/*
 * Parse text (len bytes) the way a canonicaliser must read it: UTF-8,
 * duplicate member names rejected, every number a double (I-JSON), NUL in
 * strings allowed.  NULL with jansson's message in err on failure.
 */
json_t *brug__jcs_parse(const char *text, size_t len, json_error_t *err);

#endif
