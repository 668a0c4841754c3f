/*
 * extract_text.c - the extractor's tokenizer: UTF-8 text to folded words
 * with their byte spans, sentence, clause and line marks.
 *
 * A word is a run of letters, digits and combining marks; an apostrophe
 * between letters joins ("children's" -> "childrens").  Words are folded
 * like the search index folds labels (fold.h): ASCII words are lowered in
 * place, others go through utf8proc (NFKC, case folding, marks stripped).
 * A sentence ends at . ! ? ; (followed by a space or the end), at a line
 * break and at a bullet; a comma, colon, bracket or dash marks a clause;
 * an empty line marks a paragraph.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "alloc.h"
#include "extract_int.h"

void brug__xtext_init(brug__xtext *t, const brug_alloc *alloc)
{
    memset(t, 0, sizeof(*t));
    t->alloc = alloc;
    brug__fold_init(&t->fb, alloc);
}

void brug__xtext_release(brug__xtext *t)
{
    const brug_alloc *a = t->alloc;
    brug__free(a, t->tok);
    brug__free(a, t->fold);
    brug__fold_release(&t->fb);
    memset(t, 0, sizeof(*t));
    t->alloc = a;
}

static int is_word_cp(int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return 1;
    default:
        return 0;
    }
}

static int is_ascii_word(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static brug_err push_fold(brug__xtext *t, const char *w, size_t n)
{
    if (t->nfold + n + 1 > t->capfold) {
        size_t cap = t->capfold ? t->capfold * 2 : 4096;
        char *p;
        while (cap < t->nfold + n + 1)
            cap *= 2;
        p = brug__realloc(t->alloc, t->fold, cap);
        if (!p)
            return BRUG_ENOMEM;
        t->fold = p;
        t->capfold = cap;
    }
    memcpy(t->fold + t->nfold, w, n);
    t->fold[t->nfold + n] = '\0';
    return BRUG_OK;
}

/* Add the word s[start..end) (ascii: only ASCII bytes, apostrophes
 * possibly among them). */
static brug_err add_word(brug__xtext *t, const char *s, size_t start, size_t end, int ascii,
                         unsigned flags)
{
    brug__xtok *k;
    size_t i, n = 0;
    brug_err err;
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        brug__xtok *p = brug__reallocarray(t->alloc, t->tok, cap, sizeof(*p));
        if (!p)
            return BRUG_ENOMEM;
        t->tok = p;
        t->cap = cap;
    }
    if (ascii) {
        err = push_fold(t, s + start, end - start);
        if (err)
            return err;
        for (i = start; i < end; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '\'')
                continue;
            t->fold[t->nfold + n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    } else {
        err = brug__fold(&t->fb, s + start, end - start);
        if (err)
            return err;
        brug__fold_compact(&t->fb);
        err = push_fold(t, t->fb.text, t->fb.len);
        if (err)
            return err;
        n = t->fb.len;
    }
    if (n == 0 || n > 0xFFFF)
        return BRUG_OK;
    t->fold[t->nfold + n] = '\0';
    k = &t->tok[t->n++];
    k->start = (uint32_t)start;
    k->end = (uint32_t)end;
    k->foff = (uint32_t)t->nfold;
    k->flen = (uint16_t)n;
    k->flags = (uint8_t)flags;
    k->digit = 0;
    for (i = 0; i < n; i++)
        if (t->fold[t->nfold + i] >= '0' && t->fold[t->nfold + i] <= '9')
            k->digit = 1;
    t->nfold += n + 1;
    return BRUG_OK;
}

brug_err brug__xtext_tokenize(brug__xtext *t, const char *s, size_t len, size_t *bad)
{
    size_t i = 0, wstart = 0;
    int inword = 0, ascii = 1;
    unsigned pending = BRUG__XT_SENT | BRUG__XT_LINE | BRUG__XT_PARA, money = 0, newlines = 0;
    brug_err err;

    t->n = 0;
    t->nfold = 0;
    *bad = 0;
    if (len > UINT32_MAX - 1)
        return BRUG_ETOOBIG;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp;
        size_t clen;
        int word;
        if (c < 0x80) {
            cp = c;
            clen = 1;
            word = is_ascii_word(c);
        } else {
            utf8proc_ssize_t r =
                utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
            if (r < 0) {
                *bad = i;
                return BRUG_EINVAL;
            }
            clen = (size_t)r;
            word = is_word_cp(cp);
        }
        /* An apostrophe between word characters joins them. */
        if (!word && inword && (cp == '\'' || cp == 0x2019) && i + clen < len &&
            is_ascii_word((unsigned char)s[i + clen])) {
            if (cp != '\'')
                ascii = 0;
            i += clen;
            continue;
        }
        if (word) {
            if (!inword) {
                inword = 1;
                wstart = i;
                ascii = 1;
            }
            if (cp >= 0x80)
                ascii = 0;
            i += clen;
            continue;
        }
        if (inword) {
            err = add_word(t, s, wstart, i, ascii, pending | money);
            if (err)
                return err;
            inword = 0;
            pending = 0;
            newlines = 0;
        }
        switch (cp) {
        case '\n':
            pending |= BRUG__XT_SENT | BRUG__XT_LINE | (newlines ? BRUG__XT_PARA : 0);
            newlines++;
            money = 0;
            break;
        case '.':
        case '!':
        case '?':
            if (i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r' ||
                s[i + 1] == '\t') {
                pending |= BRUG__XT_SENT;
                money = 0;
            }
            break;
        case ';':
        case 0x2022: /* bullet */
        case 0x25CF:
        case 0x25AA:
            pending |= BRUG__XT_SENT;
            money = 0;
            break;
        case ':':
            pending |= BRUG__XT_CLAUSE | BRUG__XT_COLON;
            break;
        case ',':
        case '(':
        case ')':
        case '[':
        case ']':
        case 0x2013:
        case 0x2014:
            pending |= BRUG__XT_CLAUSE;
            break;
        case '$':
        case 0x20AC: /* euro */
        case 0x00A3:
            money = BRUG__XT_MONEY;
            break;
        default:
            break;
        }
        i += clen;
    }
    if (inword) {
        err = add_word(t, s, wstart, i, ascii, pending | money);
        if (err)
            return err;
    }
    return BRUG_OK;
}
