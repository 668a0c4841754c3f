/*
 * extract_int.h - the layout of the extraction index and the pieces the
 * extract_*.c files share: the tokenizer (extract_text.c), the string map
 * and stemming (extract_vocab.c), Dutch word forms (extract_dutch.c), the
 * index build (extract_index.c) and the run (extract.c).
 *
 * Concepts share one index space: skills proper 0..nskill-1 (the
 * snapshot's skill indexes), then occupations nskill..nskill+nocc-1.
 * Languages the matcher knows are English (0) and Dutch (1).
 */
#ifndef BRUG__EXTRACT_INT_H
#define BRUG__EXTRACT_INT_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include <libstemmer.h>

#include "arena.h"
#include "brug/extract.h"
#include "fold.h"
#include "onto.h"

enum { BRUG__XL_EN = 0, BRUG__XL_NL = 1, BRUG__XL_N = 2 };

/* ---- strings to ids (extract_vocab.c) ---- */

/* A growable open-addressing map from byte strings to uint32 values; keys
 * are copied into the map's arena.  Zero-initialise it, then set alloc
 * (NULL: libc). */
typedef struct brug__xmap {
    const brug_alloc *alloc;
    brug__arena keys_arena;
    char **keys;    /* NULL: empty slot */
    uint32_t *hash; /* low 32 bits of the key's hash */
    uint32_t *vals;
    uint32_t cap; /* a power of two */
    uint32_t count;
    size_t key_bytes;
} brug__xmap;

void brug__xmap_release(brug__xmap *m);
/* The value under key, or 0 when absent (values are never 0). */
uint32_t brug__xmap_get(const brug__xmap *m, const char *key, size_t len);
/* Insert key -> val when absent; *val_out gets the value stored (the old
 * one when present).  BRUG_ENOMEM. */
brug_err brug__xmap_put(brug__xmap *m, const char *key, size_t len, uint32_t val,
                        uint32_t *val_out /* OUT */);

/* The two Snowball stemmers; one set per thread (they keep state). */
typedef struct brug__xstem {
    struct sb_stemmer *sb[BRUG__XL_N];
    char buf[72]; /* a Dutch stem respelled (brug__xstem_word) */
} brug__xstem;

brug_err brug__xstem_init(brug__xstem *s);
void brug__xstem_release(brug__xstem *s);
/* The stem of a folded word in language l; *n its length.  Words of under
 * 3 bytes and words with digits are their own stem.  A Dutch stem ends as
 * the present stem is spelled: Snowball keeps the infinitive's doubled
 * consonant and voiced f and s (bestellen: bestell, schrijven: schrijv),
 * which the present forms lack (bestel, schrijf). NULL on OOM. */
const char *brug__xstem_word(brug__xstem *s, int l, const char *w, size_t len, size_t *n);

/* 1 when folded word w is a stop word of language l. */
int brug__x_is_stop(int l, const char *w, size_t len);
/* 1 when w opens a negation ("geen", "no", "without" ...). */
int brug__x_is_negation(const char *w, size_t len);
/* 1 when w is a word of job texts that names no skill ("experience",
 * "kennis", "years"): left out of BM25 queries. */
int brug__x_is_filler(const char *w, size_t len);
/* 1 when w ends a negation's scope ("but", "maar" ...). */
int brug__x_is_contrast(const char *w, size_t len);
/* 1 when w is a particle of a Dutch separable verb ("op", "uit" ...). */
int brug__x_is_particle(const char *w, size_t len);
/* 1 when w, after a particle, shows the particle ends its verb's part of
 * the clause (a conjunction or a preposition: "en", "in", "volgens" ...). */
int brug__x_is_particle_follower(const char *w, size_t len);
/* 1 when w is a pay or benefits word ("salaris", "salary", "leaseauto"
 * ...): a short sentence with one is boilerplate. */
int brug__x_is_pay(const char *w, size_t len);

/* ---- tokens (extract_text.c) ---- */

enum {
    BRUG__XT_SENT = 1,   /* first token of a sentence */
    BRUG__XT_CLAUSE = 2, /* a comma, colon, bracket ... precedes it */
    BRUG__XT_LINE = 4,   /* first token of a line */
    BRUG__XT_MONEY = 8,  /* a currency sign precedes it in its sentence */
    BRUG__XT_PARA = 16,  /* first token after an empty line */
    BRUG__XT_COLON = 32, /* a colon precedes it */
};

typedef struct brug__xtok {
    uint32_t start, end; /* bytes in the input */
    uint32_t foff;       /* its folded form in brug__xtext.fold */
    uint16_t flen;
    uint8_t flags; /* BRUG__XT_* */
    uint8_t digit; /* has a digit */
} brug__xtok;

typedef struct brug__xtext {
    const brug_alloc *alloc;
    brug__xtok *tok;
    size_t n, cap;
    char *fold; /* folded words, each NUL-terminated */
    size_t nfold, capfold;
    brug__fold_buf fb;
} brug__xtext;

/* alloc may be NULL (libc). */
void brug__xtext_init(brug__xtext *t, const brug_alloc *alloc);
void brug__xtext_release(brug__xtext *t);
/*
 * Split len bytes at s into folded words with their byte spans and
 * sentence marks.  BRUG_EINVAL when s is not UTF-8 (*bad = the offset of
 * the first bad byte), BRUG_ENOMEM.
 */
brug_err brug__xtext_tokenize(brug__xtext *t, const char *s, size_t len, size_t *bad /* OUT */);

static inline const char *brug__xtok_word(const brug__xtext *t, size_t i)
{
    return t->fold + t->tok[i].foff;
}

/* ---- the index ---- */

/* A label ending at a trie node. */
typedef struct brug__xout {
    uint32_t concept;
    uint32_t whash; /* hash of the label's folded words, to tell a stem match */
    uint8_t role;   /* 0 preferred, 1 alternative, 2 hidden, 3 synonym */
    uint8_t lang;   /* BRUG__XL_* of the label */
    uint8_t ntok;   /* content words */
    uint8_t spec;   /* specificity 0..255: one-word labels of common words are low */
} brug__xout;

/* A posting of the BM25 index: a concept holding a term, with the term's
 * BM25 score in the concept without the idf (tf (k1 + 1) / (tf + k1 (1 - b
 * + b len / avglen))), precomputed for both variants. */
typedef struct brug__xpost {
    uint32_t concept;
    float sc;  /* BM25F: field-weighted tf, field-weighted length */
    float scp; /* plain BM25: every occurrence 1 (the baseline) */
} brug__xpost;

/* A posting of a translation's impact list (see tpost). */
typedef struct brug__xtpost {
    uint32_t concept;
    float sc;
    uint32_t lab; /* as post_lab */
} brug__xtpost;

/* The slot of concept c's labels in language l (lab_ptr, lab_min_idf). */
static inline size_t brug__x_lab_slot(uint32_t c, int l)
{
    return 2 * (size_t)c + (size_t)l;
}

/* A label of two or more words, as label coverage reads it: what it
 * checks of a label before its words, in one cache line's quarter. */
typedef struct brug__xlab {
    uint64_t sig;  /* brug__x_sig_bit(t) of each term t not common */
    float idf;     /* the sum of its terms' idf */
    uint32_t term; /* its first term in lab_terms */
} brug__xlab;

/* A translation (an English term standing for a Dutch one) reaches at most
 * this many concepts: those where it weighs most (its largest sc). */
#define BRUG__X_TRANS_REACH 100

/* A query word reaches every concept that has it in a label, and of those
 * that have it only in their description this many of each kind: those
 * where it weighs most (the others could not be among a sentence's best). */
#define BRUG__X_DESC_REACH 150

/* BM25 parameters (docs/extract.md). */
#define BRUG__X_BM25_K1 2.0f
#define BRUG__X_BM25_B 0.75f
/* Coverage: words in more labels than this reach no label by themselves. */
#define BRUG__X_COV_COMMON 1000

/* What one extraction needs at the index's size (extract.c), and the
 * index's pool of them: taken and given back under the lock, so threads
 * share an index and each call on a sentence does not pay for them. */
typedef struct brug__xwork brug__xwork;
typedef struct brug__xpool {
    pthread_mutex_t mu;
    brug__xwork *free;
} brug__xpool;

/* Free the pool and the workspaces in it (none may be in use). */
void brug__xwork_pool_free(brug_extract_index *ix);

struct brug_extract_index {
    brug_alloc alloc; /* the database handle's, copied at build */
    const brug_onto *onto;
    uint32_t nskill, nocc, nconcept;
    int onto_lang[BRUG__XL_N]; /* the snapshot's label slot of en and nl, or -1 */

    /* words: "<l>word" (folded word in language l: '0' English, '1'
     * Dutch) -> term id, and stems "<a|b>stem" -> term id, so terms of
     * the two languages never mix ("jaar" is not "jar").  Ids start at 1. */
    brug__xmap words;
    brug__xmap stems;
    uint32_t nterm;
    uint8_t *term_in_label; /* per term: occurs in a label (compound parts) */
    float *idf;             /* per term, BM25 */

    /* the trie: node ids from 1; roots 1 (en) and 2 (nl).  Edge (node,
     * term) -> child in an open-addressing table. */
    uint64_t *edge_key; /* node << 32 | term, 0 = empty */
    uint32_t *edge_child;
    uint32_t edge_cap, nnode;
    uint32_t *out_ptr; /* nnode + 1 offsets into out */
    brug__xout *out;
    size_t nout;

    /* BM25: postings by term (CSR) sorted by concept, so a term's skills
     * come before its occupations; post_occ[t] is the first occupation's
     * posting; maxsc[2 t + kind] the largest sc among the term's skills
     * (kind 0) or occupations (1): the upper bounds of MaxScore. */
    uint32_t *post_ptr; /* nterm + 2 */
    uint32_t *post_occ; /* nterm + 1 */
    float *maxsc;       /* 2 (nterm + 1) */
    brug__xpost *post;
    size_t npost;

    /* every label of two or more words as its terms, by concept and
     * language (CSR): concept c's labels in language l are
     * lab[lab_ptr[s] .. lab_ptr[s+1]-1] for s = brug__x_lab_slot(c, l), lightest
     * first; label k's terms lab_terms[lab[k].term .. lab[k+1].term-1]
     * (the terms of a language are its own: only its words reach them) */
    uint32_t *lab_ptr; /* 2 nconcept + 2 */
    brug__xlab *lab;   /* nlab + 1, in lab_ptr order */
    uint32_t *lab_terms;
    uint32_t *lab_concept; /* per label */
    uint8_t *term_common;  /* per term: in more than BRUG__X_COV_COMMON labels */
    uint8_t *post_lab;     /* per posting: the most times its term is in one such label */
    float *lab_min_idf;    /* per brug__x_lab_slot: its smallest lab[].idf (FLT_MAX: none) */
    size_t nlab, nlab_terms;

    /* Dutch -> English term translations learned from the concepts that
     * have text in both languages (occupations above all): nl term t's
     * are trans[trans_ptr[t] .. trans_ptr[t+1]-1] */
    uint8_t *term_lang;  /* per term: BRUG__XL_* */
    uint32_t *trans_ptr; /* nterm + 2 */
    uint32_t *trans_term;
    float *trans_w;
    size_t ntrans;

    /* the impact lists of the translations: for an English term that
     * translates a Dutch one and is in more than BRUG__X_TRANS_REACH
     * concepts, its BRUG__X_TRANS_REACH postings of the largest sc are
     * tpost[tpost_ptr[t] .. tpost_ptr[t+1]-1]; other terms use their
     * postings.  Here and in qpost, a term's postings in a label come first
     * (up to *_lab_end[t]), then the others, each part in concept order. */
    uint32_t *tpost_ptr;     /* nterm + 2 */
    uint32_t *tpost_lab_end; /* nterm + 1 */
    brug__xtpost *tpost;
    size_t ntpost;

    /* the postings a query reads for its own words: term t's are
     * qpost[qpost_ptr[t] .. qpost_ptr[t+1]-1], those in a label and at
     * most BRUG__X_DESC_REACH others of each kind (the largest sc) */
    uint32_t *qpost_ptr;     /* nterm + 2 */
    uint32_t *qpost_lab_end; /* nterm + 1 */
    brug__xtpost *qpost;
    size_t nqpost;

    /* each concept's terms (those of its postings), ascending: concept
     * c's are fwd_term[fwd_ptr[c] .. fwd_ptr[c+1]-1] (which words of a
     * sentence support a concept) */
    uint32_t *fwd_ptr; /* nconcept + 2 */
    uint32_t *fwd_term;

    /* workspaces that finished extractions gave back (extract.c) */
    brug__xpool *pool;

    float *prior; /* per skill: how widely the taxonomy uses it, 0..1 */
    size_t bytes;
    size_t nlabels;
};

/* The bit of term t in a label's signature (lab[].sig). */
static inline uint64_t brug__x_sig_bit(uint32_t t)
{
    return (uint64_t)1 << ((t * 2654435761u) >> 26);
}

/* Term id of folded word w in language l, stemming unknown words; 0 when
 * the index has never seen its stem. */
uint32_t brug__x_term(const brug_extract_index *ix, brug__xstem *st, int l, const char *w,
                      size_t len);
/* ---- Dutch word forms (extract_dutch.c) ---- */

/* The term of the n bytes at w when it is a word of a Dutch label, or 0. */
uint32_t brug__x_dutch_label_term(const brug_extract_index *ix, brug__xstem *st, const char *w,
                                  size_t n);
/* The Dutch label term of the verb that particle p makes with finite verb
 * form v ("op" + "stel" -> opstellen, "uit" + "deelt" -> uitdelen), or 0. */
uint32_t brug__x_particle_verb(const brug_extract_index *ix, brug__xstem *st, const char *p,
                               size_t plen, const char *v, size_t vlen);
/* Word w as a weak participle with its particle in front (opgesteld,
 * uitgevoerd): the Dutch label term of its verb, or 0. */
uint32_t brug__x_participle_verb(const brug_extract_index *ix, brug__xstem *st, const char *w,
                                 size_t len);
/* A Dutch verb with the -t of "je controleert": when t (the word's own
 * term, 0 if none) is no label word but the word without its t is one,
 * that term; else t. */
uint32_t brug__x_dutch_verb_t(const brug_extract_index *ix, brug__xstem *st, const char *w,
                              size_t len, uint32_t t);
/* The English label term that Dutch word w is, or is a cognate of by its
 * ending (orientatie -> orientation), or 0. */
uint32_t brug__x_cognate(const brug_extract_index *ix, brug__xstem *st, const char *w, size_t len);

/* The child of node by term, or 0. */
uint32_t brug__x_child(const brug_extract_index *ix, uint32_t node, uint32_t term);
/* FNV-1a over bytes, continuing from h (start with 2166136261u). */
uint32_t brug__x_hash(uint32_t h, const char *s, size_t len);

#endif
