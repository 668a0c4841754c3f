/*
 * jcs.c - RFC 8785 JSON Canonicalization Scheme over jansson values: the
 * serialiser eddsa-jcs-2022 proofs hash (see jcs.h).
 *
 * Numbers follow ECMAScript's Number::toString: the shortest digit string
 * that strtod reads back as the same double (the nearest such string when
 * several are as short), then placed as ECMAScript places it (plain up to
 * 21 integer digits, 0.000001 down to 1e-7, exponent form otherwise).  The
 * digits come from printf's correctly rounded "%.*e" at growing precision;
 * at each precision the nearest candidate is tried first and then its
 * neighbour on the other side of v, which is the shortest one when v sits
 * at a power of two, where the doubles below v are twice as close
 * together as those above.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jcs.h"

void brug__jcs_buf_release(brug__jcs_buf *b)
{
    brug__free(b->alloc ? b->alloc : &brug__alloc_libc, b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

static brug_err put(brug__jcs_buf *b, const char *s, size_t n)
{
    size_t max = b->max ? b->max : BRUG__JCS_MAX;
    if (n > max - b->len)
        return BRUG_ETOOBIG;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        char *p;
        while (cap < b->len + n + 1)
            cap *= 2;
        p = brug__realloc(b->alloc ? b->alloc : &brug__alloc_libc, b->p, cap);
        if (!p)
            return BRUG_ENOMEM;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return BRUG_OK;
}

/* The p significant digits of a > 0 (printf's nearest) or, when those do not read back as a,
 * their neighbour toward a: 1 and digits/exponent set when one reads back as a. */
static int digits_at(double a, int p, char *dig, int *exp10)
{
    char tmp[40], *e;
    unsigned long long d = 0;
    int x, i, nd = 0;
    double back;

    snprintf(tmp, sizeof(tmp), "%.*e", p - 1, a);
    back = strtod(tmp, NULL);
    e = strchr(tmp, 'e');
    x = atoi(e + 1);
    for (i = 0; tmp + i < e; i++)
        if (tmp[i] >= '0' && tmp[i] <= '9') {
            dig[nd++] = tmp[i];
            d = d * 10 + (unsigned long long)(tmp[i] - '0');
        }
    dig[nd] = '\0';
    if (back == a) {
        *exp10 = x;
        return 1;
    }
    /* The neighbour: d +- 1 in the last place, value d * 10^(x - p + 1). */
    d = back < a ? d + 1 : d - 1;
    snprintf(tmp, sizeof(tmp), "%llue%d", d, x - p + 1);
    if (strtod(tmp, NULL) != a)
        return 0;
    e = strchr(tmp, 'e');
    nd = (int)(e - tmp);
    memcpy(dig, tmp, (size_t)nd);
    dig[nd] = '\0';
    *exp10 = x - p + nd; /* d may have gained (10^p) or lost (10^(p-1) - 1) a digit */
    return 1;
}

size_t brug__jcs_number(double v, char *out)
{
    char dig[24];
    int p, k, n, x = 0, i;
    size_t len = 0;
    double a = fabs(v);

    if (v == 0) {
        out[0] = '0';
        out[1] = '\0';
        return 1;
    }
    for (p = 1; p <= 17; p++)
        if (digits_at(a, p, dig, &x))
            break;
    k = (int)strlen(dig);
    while (k > 1 && dig[k - 1] == '0')
        dig[--k] = '\0';
    n = x + 1; /* v = 0.dig * 10^n */
    if (v < 0)
        out[len++] = '-';
    if (k <= n && n <= 21) {
        memcpy(out + len, dig, (size_t)k);
        len += (size_t)k;
        for (i = 0; i < n - k; i++)
            out[len++] = '0';
    } else if (0 < n && n <= 21) {
        memcpy(out + len, dig, (size_t)n);
        len += (size_t)n;
        out[len++] = '.';
        memcpy(out + len, dig + n, (size_t)(k - n));
        len += (size_t)(k - n);
    } else if (-6 < n && n <= 0) {
        out[len++] = '0';
        out[len++] = '.';
        for (i = 0; i < -n; i++)
            out[len++] = '0';
        memcpy(out + len, dig, (size_t)k);
        len += (size_t)k;
    } else {
        out[len++] = dig[0];
        if (k > 1) {
            out[len++] = '.';
            memcpy(out + len, dig + 1, (size_t)(k - 1));
            len += (size_t)(k - 1);
        }
        len += (size_t)snprintf(out + len, 12, "e%c%d", n - 1 < 0 ? '-' : '+', abs(n - 1));
    }
    out[len] = '\0';
    return len;
}

static brug_err put_string(brug__jcs_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i, run = 0;
    brug_err err = put(b, "\"", 1);
    for (i = 0; i < n && !err; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[7];
        size_t elen = 0;
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            elen = 2;
        } else if (c < 0x20) {
            static const char short_esc[] = "btnvfr"; /* \b \t \n (\v unused) \f \r */
            esc[0] = '\\';
            if (c >= 8 && c <= 13 && c != 11) {
                esc[1] = short_esc[c - 8];
                elen = 2;
            } else {
                esc[1] = 'u';
                esc[2] = '0';
                esc[3] = '0';
                esc[4] = hex[c >> 4];
                esc[5] = hex[c & 15];
                elen = 6;
            }
        } else {
            run++;
            continue;
        }
        err = put(b, s + i - run, run);
        run = 0;
        if (!err)
            err = put(b, esc, elen);
    }
    if (!err)
        err = put(b, s + n - run, run);
    if (!err)
        err = put(b, "\"", 1);
    return err;
}

/* The next UTF-16 code unit of UTF-8 text s[*i..n), with *pending holding the low surrogate
 * of a character above U+FFFF between calls; -1 at the end. */
static long next_unit(const unsigned char *s, size_t n, size_t *i, long *pending)
{
    unsigned long cp;
    if (*pending >= 0) {
        long u = *pending;
        *pending = -1;
        return u;
    }
    if (*i >= n)
        return -1;
    cp = s[*i];
    if (cp < 0x80) {
        *i += 1;
    } else if (cp < 0xe0 && *i + 1 < n) {
        cp = ((cp & 0x1f) << 6) | (s[*i + 1] & 0x3f);
        *i += 2;
    } else if (cp < 0xf0 && *i + 2 < n) {
        cp = ((cp & 0x0f) << 12) | ((unsigned long)(s[*i + 1] & 0x3f) << 6) | (s[*i + 2] & 0x3f);
        *i += 3;
    } else if (*i + 3 < n) {
        cp = ((cp & 0x07) << 18) | ((unsigned long)(s[*i + 1] & 0x3f) << 12) |
             ((unsigned long)(s[*i + 2] & 0x3f) << 6) | (s[*i + 3] & 0x3f);
        *i += 4;
    } else {
        *i = n; /* not UTF-8 (jansson's values always are): order by what was read */
        return cp;
    }
    if (cp < 0x10000)
        return (long)cp;
    cp -= 0x10000;
    *pending = (long)(0xdc00 + (cp & 0x3ff));
    return (long)(0xd800 + (cp >> 10));
}

typedef struct member {
    const char *key;
    size_t len;
    json_t *value;
} member;

static int by_utf16(const void *pa, const void *pb)
{
    const member *a = pa, *b = pb;
    size_t i = 0, j = 0;
    long pa16 = -1, pb16 = -1;
    for (;;) {
        long x = next_unit((const unsigned char *)a->key, a->len, &i, &pa16);
        long y = next_unit((const unsigned char *)b->key, b->len, &j, &pb16);
        if (x != y)
            return x < y ? -1 : 1;
        if (x < 0)
            return 0;
    }
}

static brug_err canon(const json_t *v, brug__jcs_buf *b, int depth, char *why, size_t whysize)
{
    char num[40];
    brug_err err = BRUG_OK;
    size_t i, n;

    if (depth > BRUG__JCS_DEPTH) {
        snprintf(why, whysize, "nested deeper than %d levels", BRUG__JCS_DEPTH);
        return BRUG_ETOOBIG;
    }
    switch (json_typeof(v)) {
    case JSON_NULL:
        return put(b, "null", 4);
    case JSON_TRUE:
        return put(b, "true", 4);
    case JSON_FALSE:
        return put(b, "false", 5);
    case JSON_INTEGER:
        n = brug__jcs_number((double)json_integer_value(v), num);
        return put(b, num, n);
    case JSON_REAL: {
        double d = json_real_value(v);
        if (!isfinite(d)) {
            snprintf(why, whysize, "a number that is not finite has no JSON form");
            return BRUG_EINVAL;
        }
        n = brug__jcs_number(d, num);
        return put(b, num, n);
    }
    case JSON_STRING:
        return put_string(b, json_string_value(v), json_string_length(v));
    case JSON_ARRAY:
        err = put(b, "[", 1);
        for (i = 0; i < json_array_size(v) && !err; i++) {
            if (i)
                err = put(b, ",", 1);
            if (!err)
                err = canon(json_array_get(v, i), b, depth + 1, why, whysize);
        }
        return err ? err : put(b, "]", 1);
    case JSON_OBJECT: {
        const char *key;
        size_t klen, k = 0;
        json_t *val;
        member *m;
        const brug_alloc *a = b->alloc ? b->alloc : &brug__alloc_libc;
        n = json_object_size(v);
        m = brug__calloc(a, n ? n : 1, sizeof(*m));
        if (!m)
            return BRUG_ENOMEM;
        json_object_keylen_foreach((json_t *)v, key, klen, val)
        {
            m[k].key = key;
            m[k].len = klen;
            m[k].value = val;
            k++;
        }
        qsort(m, k, sizeof(*m), by_utf16);
        err = put(b, "{", 1);
        for (i = 0; i < k && !err; i++) {
            if (i)
                err = put(b, ",", 1);
            if (!err)
                err = put_string(b, m[i].key, m[i].len);
            if (!err)
                err = put(b, ":", 1);
            if (!err)
                err = canon(m[i].value, b, depth + 1, why, whysize);
        }
        brug__free(a, m);
        return err ? err : put(b, "}", 1);
    }
    }
    return BRUG_EINVAL;
}

brug_err brug__jcs(const json_t *v, brug__jcs_buf *b, char *why, size_t whysize)
{
    brug_err err;
    why[0] = '\0';
    if (!v) {
        snprintf(why, whysize, "no value");
        return BRUG_EINVAL;
    }
    err = canon(v, b, 0, why, whysize);
    if (err == BRUG_ETOOBIG && !why[0])
        snprintf(why, whysize, "canonical form longer than %zu bytes",
                 b->max ? b->max : (size_t)BRUG__JCS_MAX);
    if (err == BRUG_ENOMEM)
        snprintf(why, whysize, "out of memory");
    return err;
}

json_t *brug__jcs_parse(const char *text, size_t len, json_error_t *err)
{
    return json_loadb(text, len, JSON_REJECT_DUPLICATES | JSON_DECODE_INT_AS_REAL | JSON_ALLOW_NUL,
                      err);
}
