/*
 * textvec.c - TF-IDF vectors of occupations' texts (preferred labels and
 * descriptions in every loaded language), for the text facet of bridges.
 *
 * Each text is folded (fold.c: case, accents, punctuation), cut into
 * words, and each word of three letters or more is stemmed with the
 * Snowball stemmer of its language (English, Dutch; other languages
 * unstemmed) and prefixed with the language code, so "lassen" (nl) and
 * "lassen" in another language stay apart.  A term's weight in an
 * occupation is (1 + ln tf) * ln(N / df), label words counting twice
 * (the label is what the occupation is); terms used by one occupation
 * only or by more than half of them are dropped (they cannot tell two
 * occupations apart, or tell everything apart).  Rows are L2-normalised,
 * so the dot product of two rows is their cosine.
 *
 * The descriptions of the ISCO unit groups get vectors of their own in
 * the same terms, with the occupations' document frequencies (a group's
 * text says what its occupations share; facets.c mixes it into theirs).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <libstemmer.h>

#include "alloc.h"
#include "fold.h"
#include "strmap.h"
#include "textvec.h"

typedef struct tv_build {
    const brug_onto *o;
    const brug_alloc *alloc;
    brug__arena tmp;
    brug__strmap terms;
    uint32_t nterms, capterms;
    float *cnt;     /* capterms: counts of the current occupation */
    uint32_t *seen; /* its terms, in first-seen order */
    uint32_t nseen;
    brug__csr_entry *ent; /* (occupation, term, count) */
    size_t nent, capent;
    brug__fold_buf fb;
    struct sb_stemmer *stem[2];
} tv_build;

static int push(tv_build *t, uint32_t occ, uint32_t term, float cnt)
{
    if (t->nent == t->capent) {
        size_t cap = t->capent ? t->capent * 2 : 1 << 16;
        brug__csr_entry *v = brug__reallocarray(t->alloc, t->ent, cap, sizeof(*v));
        if (!v)
            return 0;
        t->ent = v;
        t->capent = cap;
    }
    t->ent[t->nent].row = occ;
    t->ent[t->nent].col = term;
    t->ent[t->nent].val = cnt;
    t->ent[t->nent].tag = 0;
    t->nent++;
    return 1;
}

/* Add the words of text (in language lang) to occupation occ. */
static brug_err add_text(tv_build *t, uint32_t occ, const char *lang, const char *text, float cnt)
{
    struct sb_stemmer *st = strcmp(lang, "en") == 0   ? t->stem[0]
                            : strcmp(lang, "nl") == 0 ? t->stem[1]
                                                      : NULL;
    const char *p, *e;
    char key[96];
    brug_err err = brug__fold(&t->fb, text, strlen(text));
    if (err == BRUG_ENOMEM)
        return err;
    if (err != BRUG_OK)
        return BRUG_OK; /* not UTF-8: the text adds nothing */
    for (p = t->fb.text; *p; p = *e ? e + 1 : e) {
        size_t n;
        const char *w = p;
        uint32_t id;
        e = strchr(p, ' ');
        if (!e)
            e = p + strlen(p);
        n = (size_t)(e - p);
        if (n < 3 || n > 60)
            continue;
        if (st) {
            const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)p, (int)n);
            if (s) {
                w = (const char *)s;
                n = (size_t)sb_stemmer_length(st);
            }
        }
        snprintf(key, sizeof(key), "%.7s:%.*s", lang, (int)n, w);
        if (!brug__strmap_get(&t->terms, key, &id)) {
            char *k;
            if (t->nterms >= t->capterms)
                continue; /* vocabulary full (not on ESCO: sized from the texts) */
            k = brug__arena_strdup(&t->tmp, key);
            if (!k || brug__strmap_put(&t->terms, k, t->nterms) != BRUG_OK)
                return BRUG_ENOMEM;
            id = t->nterms++;
        }
        if (t->cnt[id] == 0.0f)
            t->seen[t->nseen++] = id;
        t->cnt[id] += cnt;
    }
    (void)occ;
    return BRUG_OK;
}

/* Emit the counts of occupation occ and reset them. */
static int flush(tv_build *t, uint32_t occ)
{
    uint32_t j;
    for (j = 0; j < t->nseen; j++) {
        uint32_t id = t->seen[j];
        if (!push(t, occ, id, t->cnt[id]))
            return 0;
        t->cnt[id] = 0.0f;
    }
    t->nseen = 0;
    return 1;
}

/* The final TF-IDF rows of raw rows [first, first + n) into fin (rows
 * renumbered from 0), L2-normalised; df from the occupations. */
static size_t weigh_rows(const brug__csr *raw, uint32_t first, uint32_t n, const uint32_t *df,
                         uint32_t nocc, brug__csr_entry *fin)
{
    size_t nfin = 0;
    uint32_t i, k;
    for (i = 0; i < n; i++) {
        size_t start = nfin;
        double nrm = 0.0;
        for (k = raw->ptr[first + i]; k < raw->ptr[first + i + 1]; k++) {
            uint32_t term = raw->col[k];
            double tf = raw->val[k];
            if (df[term] < 2 || df[term] * 2 > nocc)
                continue;
            fin[nfin].row = i;
            fin[nfin].col = term;
            fin[nfin].tag = 0;
            fin[nfin].val = (float)((1.0 + log(tf)) * log((double)nocc / (double)df[term]));
            nrm += (double)fin[nfin].val * (double)fin[nfin].val;
            nfin++;
        }
        nrm = sqrt(nrm);
        for (; start < nfin && nrm > 0.0; start++)
            fin[start].val = (float)((double)fin[start].val / nrm);
    }
    return nfin;
}

brug_err brug__textvec_build(const brug_onto *o, brug__arena *arena, const brug_alloc *alloc,
                             brug__csr *out, brug__csr *groups)
{
    tv_build t;
    brug__csr raw;
    uint32_t i, l, k, *df = NULL;
    size_t bytes = 0;
    brug_err err = BRUG_ENOMEM;
    brug__csr_entry *fin = NULL;
    size_t nfin = 0;

    memset(&t, 0, sizeof(t));
    memset(out, 0, sizeof(*out));
    memset(groups, 0, sizeof(*groups));
    t.o = o;
    t.alloc = alloc;
    brug__arena_init(&t.tmp, alloc, 1 << 18);
    brug__fold_init(&t.fb, alloc);
    for (i = 0; i < o->nocc; i++)
        for (l = 0; l < o->nlang; l++) {
            const char *d = o->occ_desc ? o->occ_desc[(size_t)i * o->nlang + l] : NULL;
            const char *lb = o->occ_label[(size_t)i * o->nlang + l];
            const char *alt = o->occ_alt ? o->occ_alt[(size_t)i * o->nlang + l] : NULL;
            bytes += (d ? strlen(d) : 0) + (lb ? strlen(lb) : 0) + (alt ? strlen(alt) : 0);
        }
    for (i = 0; i < o->nisco; i++)
        for (l = 0; l < o->nlang; l++)
            bytes += o->isco_desc[(size_t)i * o->nlang + l]
                         ? strlen(o->isco_desc[(size_t)i * o->nlang + l])
                         : 0;
    t.capterms = (uint32_t)(bytes / 4 + 16);
    t.cnt = brug__calloc(alloc, (size_t)t.capterms + 1, sizeof(float));
    t.seen = brug__malloc(alloc, ((size_t)t.capterms + 1) * sizeof(uint32_t));
    if (!t.cnt || !t.seen || brug__strmap_init(&t.terms, &t.tmp, t.capterms) != BRUG_OK)
        goto done;
    t.stem[0] = sb_stemmer_new("english", NULL);
    t.stem[1] = sb_stemmer_new("dutch", NULL);
    for (i = 0; i < o->nocc; i++) {
        for (l = 0; l < o->nlang; l++) {
            const char *d = o->occ_desc ? o->occ_desc[(size_t)i * o->nlang + l] : NULL;
            const char *lb = o->occ_label[(size_t)i * o->nlang + l];
            const char *alt = o->occ_alt ? o->occ_alt[(size_t)i * o->nlang + l] : NULL;
            if (lb && add_text(&t, i, o->lang[l], lb, 2.0f) != BRUG_OK)
                goto done;
            if (alt && add_text(&t, i, o->lang[l], alt, 1.0f) != BRUG_OK)
                goto done;
            if (d && add_text(&t, i, o->lang[l], d, 1.0f) != BRUG_OK)
                goto done;
        }
        if (!flush(&t, i))
            goto done;
    }
    for (i = 0; i < o->nisco; i++) {
        for (l = 0; l < o->nlang; l++) {
            const char *d = o->isco_desc[(size_t)i * o->nlang + l];
            if (d && add_text(&t, o->nocc + i, o->lang[l], d, 1.0f) != BRUG_OK)
                goto done;
        }
        if (!flush(&t, o->nocc + i))
            goto done;
    }
    /* One entry per (occupation or group, term), sorted by term within a row. */
    if (brug__csr_build(&raw, &t.tmp, o->nocc + o->nisco, t.nterms ? t.nterms : 1, t.ent, t.nent, 1,
                        0))
        goto done;
    df = brug__calloc(alloc, (size_t)t.nterms + 1, sizeof(uint32_t));
    fin = brug__malloc(alloc, ((size_t)raw.nnz + 1) * sizeof(*fin));
    if (!df || !fin)
        goto done;
    for (i = 0; i < o->nocc; i++)
        for (k = raw.ptr[i]; k < raw.ptr[i + 1]; k++)
            df[raw.col[k]]++;
    nfin = weigh_rows(&raw, 0, o->nocc, df, o->nocc, fin);
    err = brug__csr_build(out, arena, o->nocc, t.nterms ? t.nterms : 1, fin, nfin, 1, 0);
    if (!err) {
        nfin = weigh_rows(&raw, o->nocc, o->nisco, df, o->nocc, fin);
        err = brug__csr_build(groups, arena, o->nisco, t.nterms ? t.nterms : 1, fin, nfin, 1, 0);
    }
done:
    if (t.stem[0])
        sb_stemmer_delete(t.stem[0]);
    if (t.stem[1])
        sb_stemmer_delete(t.stem[1]);
    brug__free(alloc, df);
    brug__free(alloc, fin);
    brug__free(alloc, t.ent);
    brug__free(alloc, t.cnt);
    brug__free(alloc, t.seen);
    brug__fold_release(&t.fb);
    brug__arena_release(&t.tmp);
    return err;
}
