/*
 * fold.c - text folding for search (see fold.h), on top of utf8proc.
 */
#include <string.h>

#include <utf8proc.h>

#include "alloc.h"
#include "fold.h"

void brug__fold_init(brug__fold_buf *b, const brug_alloc *alloc)
{
    memset(b, 0, sizeof(*b));
    b->alloc = alloc;
}

void brug__fold_release(brug__fold_buf *b)
{
    if (!b)
        return;
    brug__free(b->alloc, b->text);
    brug__free(b->alloc, b->cp);
    brug__fold_init(b, b->alloc);
}

static int grow_text(brug__fold_buf *b, size_t need)
{
    char *p;
    size_t cap;
    if (need <= b->cap)
        return 1;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    p = brug__realloc(b->alloc, b->text, cap);
    if (!p)
        return 0;
    b->text = p;
    b->cap = cap;
    return 1;
}

static int grow_cp(brug__fold_buf *b, size_t need)
{
    int32_t *p;
    size_t cap;
    if (need <= b->cpcap)
        return 1;
    cap = b->cpcap ? b->cpcap : 64;
    while (cap < need)
        cap *= 2;
    p = brug__reallocarray(b->alloc, b->cp, cap, sizeof(*p));
    if (!p)
        return 0;
    b->cp = p;
    b->cpcap = cap;
    return 1;
}

/* Letters and digits are word characters; apostrophes vanish; anything
 * else separates words. */
enum { CH_WORD, CH_DROP, CH_SEP };

static int classify(int32_t c)
{
    if (c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018)
        return CH_DROP;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return CH_WORD;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return CH_DROP; /* marks utf8proc kept (none after STRIPMARK) */
    default:
        return CH_SEP;
    }
}

/* The common case, plain ASCII, without utf8proc: the same result
 * (NFKC leaves ASCII alone and case folding is tolower).  Returns 0 when s
 * has a byte above 0x7F (or no memory, which the slow path reports). */
static int fold_ascii(brug__fold_buf *b, const char *s, size_t len)
{
    size_t i, out = 0;
    int pending_sep = 0;
    for (i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    if (!grow_text(b, len + 1))
        return 0;
    for (i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c == '\'')
            continue;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            pending_sep = out > 0;
            continue;
        }
        if (pending_sep) {
            b->text[out++] = ' ';
            pending_sep = 0;
        }
        b->text[out++] = c;
    }
    b->text[out] = '\0';
    b->len = out;
    return 1;
}

brug_err brug__fold(brug__fold_buf *b, const char *s, size_t len)
{
    const utf8proc_option_t opt = UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                  UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
    utf8proc_ssize_t n;
    size_t i, out = 0;
    int pending_sep = 0;

    if (!grow_text(b, 1))
        return BRUG_ENOMEM;
    b->text[0] = '\0';
    b->len = 0;
    if (len == 0)
        return BRUG_OK;
    if (fold_ascii(b, s, len))
        return BRUG_OK;
    if (len > (size_t)INT32_MAX / 8)
        return BRUG_EINVAL;
    /* A first guess; utf8proc says how much it needs when that is short. */
    if (!grow_cp(b, len + 8))
        return BRUG_ENOMEM;
    for (;;) {
        n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, b->cp,
                               (utf8proc_ssize_t)b->cpcap, opt);
        if (n < 0)
            return n == UTF8PROC_ERROR_NOMEM ? BRUG_ENOMEM : BRUG_EINVAL;
        if ((size_t)n <= b->cpcap)
            break;
        if (!grow_cp(b, (size_t)n))
            return BRUG_ENOMEM;
    }
    n = utf8proc_normalize_utf32(b->cp, n, opt);
    if (n < 0)
        return BRUG_EINVAL;
    /* Each code point takes at most 4 bytes, plus a separator. */
    if (!grow_text(b, (size_t)n * 5 + 1))
        return BRUG_ENOMEM;
    for (i = 0; i < (size_t)n; i++) {
        int32_t c = b->cp[i];
        int k = classify(c);
        if (k == CH_DROP)
            continue;
        if (k == CH_SEP) {
            pending_sep = out > 0;
            continue;
        }
        if (pending_sep) {
            b->text[out++] = ' ';
            pending_sep = 0;
        }
        out += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)b->text + out);
    }
    b->text[out] = '\0';
    b->len = out;
    return BRUG_OK;
}

void brug__fold_compact(brug__fold_buf *b)
{
    size_t i, out = 0;
    for (i = 0; i < b->len; i++)
        if (b->text[i] != ' ')
            b->text[out++] = b->text[i];
    b->text[out] = '\0';
    b->len = out;
}

int64_t brug__fold_hash(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ull;
    size_t i;
    for (i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return (int64_t)(h >> 1);
}
