/*
 * extract_dutch.c - Dutch word forms for the matcher: the whole verb of a
 * separable verb's parts ("stel ... op" -> opstellen) and of its
 * participle, the -t of a present verb, and the English cognate of a word
 * the taxonomy's Dutch text does not translate.  Word-level only: which
 * tokens of a text these apply to is extract.c's (docs/extract.md, step 5).
 */
#include <string.h>

#include "extract_int.h"

/* ---- cognates ----
 *
 * A Dutch word that the taxonomy's Dutch text does not translate (no
 * Dutch label or description holds it, or too few to pair it with English
 * words) is often an English word or its cognate: "cybersecurity",
 * "oriëntatie" (orientation), "empathie" (empathy), "hydraulisch"
 * (hydraulic), "installeren" (install).  Such a word reads as the English
 * term its regular respelling gives.
 */

/* Dutch endings and their English ones, longest first within a family. */
static const char *const cognate_ends[][2] = {
    {"aties", "ations"}, {"atie", "ation"}, {"iteiten", "ities"}, {"iteit", "ity"},
    {"ische", "ic"},     {"isch", "ic"},    {"ieve", "ive"},      {"ief", "ive"},
    {"iele", "ial"},     {"ieel", "ial"},   {"ele", "al"},        {"eel", "al"},
    {"ale", "al"},       {"aal", "al"},     {"uren", "ures"},     {"uur", "ure"},
    {"isme", "ism"},     {"logie", "logy"}, {"grafie", "graphy"}, {"ie", "y"},
    {"iek", "ic"},       {"eren", "ate"},   {"eren", "e"},        {"eren", ""},
    {"eert", "ate"},     {"eert", "e"},     {"eert", ""},         {"eer", "ate"},
    {"eer", "e"},        {"eer", ""},
};

/* The English term of the n bytes at w (k respelled c, kw qu when ck is
 * set) when English labels hold it and it is not common (in more than
 * BRUG__X_COV_COMMON labels: "medication" is "medic", the stem of medical
 * and medicine too), or 0.  Letting common terms count moved no sentence
 * of the Dutch gold set. */
static uint32_t english_label_term(const brug_extract_index *ix, brug__xstem *st, const char *w,
                                   size_t n, int ck)
{
    char buf[72];
    size_t i, m = 0;
    uint32_t t;
    if (n + 1 > sizeof(buf))
        return 0;
    for (i = 0; i < n; i++) {
        if (ck && w[i] == 'k' && i + 1 < n && w[i + 1] == 'w') {
            buf[m++] = 'q';
            buf[m++] = 'u';
            i++;
        } else
            buf[m++] = ck && w[i] == 'k' ? 'c' : w[i];
    }
    t = brug__x_term(ix, st, BRUG__XL_EN, buf, m);
    return t && ix->term_in_label[t] && !ix->term_common[t] ? t : 0;
}

/* The English cognate of Dutch word w, or 0. */
uint32_t brug__x_cognate(const brug_extract_index *ix, brug__xstem *st, const char *w, size_t len)
{
    char buf[72];
    size_t k;
    uint32_t t;
    int ck;
    if (len < 5 || len + 4 > sizeof(buf))
        return 0;
    for (ck = 0; ck < 2; ck++) {
        t = english_label_term(ix, st, w, len, ck);
        if (t)
            return t;
        for (k = 0; k < sizeof(cognate_ends) / sizeof(cognate_ends[0]); k++) {
            size_t e = strlen(cognate_ends[k][0]), f = strlen(cognate_ends[k][1]);
            if (len < e + 3 || memcmp(w + len - e, cognate_ends[k][0], e) != 0)
                continue;
            memcpy(buf, w, len - e);
            memcpy(buf + len - e, cognate_ends[k][1], f);
            t = english_label_term(ix, st, buf, len - e + f, ck);
            if (t)
                return t;
        }
    }
    return 0;
}

/* A Dutch verb with the -t of "je controleert", "hij werkt" (Snowball
 * keeps it): when the word is no label word as it stands but is one
 * without its t, that term; else t, the word's own. */
uint32_t brug__x_dutch_verb_t(const brug_extract_index *ix, brug__xstem *st, const char *w,
                              size_t len, uint32_t t)
{
    uint32_t u;
    if (len < 5 || w[len - 1] != 't' || (t && ix->term_in_label[t]))
        return t;
    u = brug__x_term(ix, st, BRUG__XL_NL, w, len - 1);
    return u && ix->term_in_label[u] ? u : t;
}

/* ---- separable verbs and participles ---- */

/* The term of the n bytes at w when it is a word of a Dutch label, or 0. */
uint32_t brug__x_dutch_label_term(const brug_extract_index *ix, brug__xstem *st, const char *w,
                                  size_t n)
{
    uint32_t t = brug__x_term(ix, st, BRUG__XL_NL, w, n);
    return t && ix->term_in_label[t] ? t : 0;
}

/* The Dutch label term of particle p and verb stem b (blen bytes) as an
 * infinitive: b+en, the consonant doubled (stel: opstellen), the long
 * vowel written single (deel: uitdelen), f and s voiced (geef: opgeven);
 * or 0. */
static uint32_t particle_infinitive(const brug_extract_index *ix, brug__xstem *st, const char *p,
                                    size_t plen, const char *b, size_t blen)
{
    char buf[72];
    size_t n = plen + blen;
    uint32_t t;
    char last;
    if (blen < 2 || n + 3 > sizeof(buf))
        return 0;
    last = b[blen - 1];
    if (strchr("aeiouy", last))
        return 0; /* a present stem ends in a consonant */
    memcpy(buf, p, plen);
    memcpy(buf + plen, b, blen);
    memcpy(buf + n, "en", 2);
    t = brug__x_dutch_label_term(ix, st, buf, n + 2);
    if (t)
        return t;
    buf[n] = last;
    memcpy(buf + n + 1, "en", 2);
    t = brug__x_dutch_label_term(ix, st, buf, n + 3);
    if (t)
        return t;
    if (blen >= 3 && b[blen - 2] == b[blen - 3] && strchr("aeou", b[blen - 2])) {
        buf[n - 2] = last;
        memcpy(buf + n - 1, "en", 2);
        t = brug__x_dutch_label_term(ix, st, buf, n + 1);
        if (t)
            return t;
        buf[n - 2] = b[blen - 2];
    }
    if (last == 'f' || last == 's') {
        buf[n - 1] = last == 'f' ? 'v' : 'z';
        memcpy(buf + n, "en", 2);
        t = brug__x_dutch_label_term(ix, st, buf, n + 2);
        if (t)
            return t;
    }
    return 0;
}

/* The term of particle p with the finite verb v: a present stem, with -t,
 * or a weak past with -de/-te/-den/-ten; or 0. */
uint32_t brug__x_particle_verb(const brug_extract_index *ix, brug__xstem *st, const char *p,
                               size_t plen, const char *v, size_t vlen)
{
    static const char *const ends[] = {"", "t", "de", "te", "den", "ten"};
    size_t k;
    for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++) {
        size_t e = strlen(ends[k]);
        uint32_t t;
        if (vlen < e + 2 || memcmp(v + vlen - e, ends[k], e) != 0)
            continue;
        t = particle_infinitive(ix, st, p, plen, v, vlen - e);
        if (t)
            return t;
    }
    return 0;
}

/* Token i as a weak participle with its particle in front (opgesteld,
 * uitgevoerd): the term of the whole verb, or 0. */
uint32_t brug__x_participle_verb(const brug_extract_index *ix, brug__xstem *st, const char *w,
                                 size_t len)
{
    size_t p;
    if (len < 8 || len > 40 || (w[len - 1] != 'd' && w[len - 1] != 't'))
        return 0;
    for (p = 2; p <= 6 && p + 6 <= len; p++) {
        uint32_t t;
        if (w[p] != 'g' || w[p + 1] != 'e' || !brug__x_is_particle(w, p))
            continue;
        t = particle_infinitive(ix, st, w, p, w + p + 2, len - p - 3);
        if (t)
            return t;
    }
    return 0;
}
