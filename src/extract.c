/*
 * extract.c - one extraction (brug_extract): text to ranked skills and
 * occupations with their supporting spans.
 *
 * Steps (docs/extract.md explains each and its weights):
 *   1. tokenize (extract_text.c), pick the language, mark stop words;
 *   2. mark noise (salary lines, "wij bieden" / "we offer" sections) and
 *      negation scopes ("geen ervaring met X", "no experience with X");
 *   3. split unknown Dutch compounds into two label words;
 *   4. walk the label trie from every content word: every label, synonym
 *      and compound-part match, overlapping ones included;
 *   5. BM25F of each sentence against every concept's labels and
 *      description;
 *   6. combine; scale the bag-of-words evidence of the best concepts by how
 *      close their label's words lie in the sentence (proximity); and
 *      rerank with the taxonomy: a skill's popularity across
 *      occupations, the essential skills of an occupation named in the
 *      text, and skills that share occupations with the other candidates.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "extract_int.h"

enum {
    HOW_LABEL = 1,
    HOW_ALT = 2,
    HOW_HIDDEN = 4,
    HOW_STEM = 8,
    HOW_COMPOUND = 16,
    HOW_SYNONYM = 32,
    HOW_DESCRIPTION = 64,
    HOW_IMPLIED = 128,
    HOW_COOC = 256,
};
static const char *const how_names[] = {
    "label",   "alt_label",   "hidden_label",          "stem",         "compound",
    "synonym", "description", "implied_by_occupation", "cooccurrence",
};

/* Weights of the combination (docs/extract.md, "Scores"). */
static const float role_weight[4] = {1.0f, 0.9f, 0.75f, 0.95f};
#define W_COMPOUND 0.85f  /* a match through a compound part */
#define W_HEAD_ONLY 0.7f  /* only the head of a compound matched */
#define W_CROSS_LANG 0.8f /* an English label in Dutch text */
#define W_CONTAINED 0.6f  /* a match inside a longer match of another concept */
#define W_STEM_ONE 0.6f   /* a one-word label matched by its stem only */
#define W_REPEAT 0.15f    /* each further mention */
#define W_REPEAT_MAX 0.45f
#define W_DESC 0.55f /* description (BM25F) evidence */
#define DESC_K 6.0f  /* s / (s + K) */
#define W_PRIOR 0.15f
#define W_IMPLIED 0.25f
#define W_COOC 0.25f
#define W_COV 0.8f       /* share of a label's words in one sentence */
#define COV_MIN 0.5f     /* the least share of a label's words that counts */
#define DESC_TOP 30      /* description candidates per sentence and kind */
#define RERANK_TOP 30    /* at most 32: cooccurrence() keeps them as bits */
#define COV_AHEAD 4      /* coverage candidates prefetched ahead */
#define COOC_MAX_OCC 400 /* skills of more occupations take no part in co-occurrence */
#define W_TRANS 1.0f     /* an English translation of a Dutch query word */
#define W_COGNATE 0.8f   /* an English cognate of a Dutch word without translations */
#define IMPLY_TOP 5      /* occupations that imply skills */
#define IMPLY_MIN 0.2f   /* their least score, unless named */
#define W_OPTIONAL 0.3f
#define PROX_FLOOR 0.4f /* the least proximity factor */
#define PROX_SLACK 1.0f /* content words a label's window may hold beyond its own */
#define PROX_TOP 30     /* best concepts of each kind it is applied to */
#define PROX_MAXW 64    /* label words of one sentence it looks at */
#define MAX_SPANS 16
#define NOISE_SHORT 10 /* words of a sentence a pay word makes boilerplate */

#define NEG_SCOPE 8 /* content words a negation covers at most */
#define MAX_DEPTH 64
/* Query terms of one sentence, and the set that holds them. */
#define MAX_QUERY 512

typedef struct match {
    uint32_t concept;
    uint32_t start, end; /* bytes */
    float w;
    uint16_t how;
} match;

/* What one extraction knows of a concept it touched. */
typedef struct cand {
    uint32_t concept;
    uint32_t desc_sent; /* the sentence of the best description evidence */
    float label_ev, desc_ev, cov_ev, implied, raw;
    uint16_t how;
} cand;

/* A concept's BM25 accumulator in one sentence: its BM25F score; per
 * language, the idf of the query's words in its labels and whether a word
 * that reaches labels (not common) is among them (bit l of reach). */
typedef struct accum {
    float score;
    float lab[BRUG__XL_N];
    uint32_t reach;
    float lab_min[BRUG__XL_N]; /* the index's lab_min_idf, copied so the test
                                * after the postings reads one cache line
                                * (not reset) */
} accum;

/* A concept whose label coverage can count in a sentence, and bm25_top's
 * bound of what its labels hold per language (0: that language cannot). */
typedef struct cov_cand {
    uint32_t concept;
    float lacc[BRUG__XL_N];
} cov_cand;

/* A BM25 candidate of one sentence. */
typedef struct hit {
    uint32_t concept;
    float score;
} hit;

typedef struct run {
    const brug_extract_index *ix;
    const brug_extract_opts *o;
    brug__arena arena; /* everything below that is not fixed-size */
    brug__xwork *work; /* the stemmers and what is at the index's size */
    brug__xstem *st;
    brug__xtext tx;
    int lang;
    size_t n; /* tokens */
    uint32_t *term[BRUG__XL_N];
    uint32_t *mod, *head; /* compound parts (Dutch), 0 = none */
    uint32_t *cognate;    /* a Dutch word's English cognate (0 = none) */
    uint32_t *verb_of;    /* a joined particle's verb token + 1 (Dutch; 0 = none) */
    uint8_t *skip;        /* stop word */
    uint8_t *drop;        /* negated or noise: no evidence from here */
    uint32_t *ct;         /* content tokens */
    size_t nct;
    match *m;
    size_t nm, capm;
    /* the concepts touched, in the order first touched; cand_of[c] is
     * concept c's index + 1 in cands (0: none; zero again after the run) */
    cand *cands;
    size_t ncand, capcand;
    uint32_t *cand_of;
    /* BM25 accumulators (nconcept, zero between sentences) and the
     * concepts they hold */
    accum *acc;
    uint32_t *acc_touched;
    uint32_t *acc_reached; /* those a label word reached, in that order */
    cov_cand *covs;        /* the coverage candidates of one sentence */
    hit *scores;           /* the touched concepts' scores of one sentence */
    /* the query terms of the current sentence: a bit per term */
    uint64_t *qbits;
    uint64_t qsig; /* the signature (lab[].sig) of the query's terms not common */
} run;

static brug_err fail(char *msg, size_t size, brug_err err, const char *text)
{
    if (msg && size)
        snprintf(msg, size, "%s", text);
    return err;
}

void brug_extract_opts_init(brug_extract_opts *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->top = BRUG_EXTRACT_DEFAULT_TOP;
}

/* The candidate of concept c, created (all zero) when new; NULL when out
 * of memory.  The pointer is valid until the next cand_get. */
static cand *cand_get(run *r, uint32_t c)
{
    cand *x;
    if (r->cand_of[c])
        return &r->cands[r->cand_of[c] - 1];
    if (r->ncand == r->capcand) {
        /* the list doubles; the arena keeps the old one until the run
         * ends (at most as much again) */
        size_t cap = r->capcand * 2;
        cand *nc = brug__arena_alloc(&r->arena, cap * sizeof(*nc));
        if (!nc)
            return NULL;
        memcpy(nc, r->cands, r->ncand * sizeof(*nc));
        r->cands = nc;
        r->capcand = cap;
    }
    x = &r->cands[r->ncand];
    memset(x, 0, sizeof(*x));
    x->concept = c;
    r->cand_of[c] = (uint32_t)++r->ncand;
    return x;
}

static brug_err push_match(run *r, uint32_t concept, uint32_t start, uint32_t end, float w,
                           unsigned how)
{
    if (r->nm == r->capm) {
        size_t cap = r->capm ? r->capm * 2 : 256;
        match *p = brug__arena_alloc(&r->arena, cap * sizeof(*p));
        if (!p)
            return BRUG_ENOMEM;
        if (r->nm)
            memcpy(p, r->m, r->nm * sizeof(*p));
        r->m = p;
        r->capm = cap;
    }
    r->m[r->nm].concept = concept;
    r->m[r->nm].start = start;
    r->m[r->nm].end = end;
    r->m[r->nm].w = w;
    r->m[r->nm].how = (uint16_t)how;
    r->nm++;
    return BRUG_OK;
}

/* ---- language, noise, negation ---- */

static int guess_lang(const run *r)
{
    size_t i, en = 0, nl = 0;
    for (i = 0; i < r->n && i < 2000; i++) {
        const char *w = brug__xtok_word(&r->tx, i);
        size_t len = r->tx.tok[i].flen;
        int a = brug__x_is_stop(BRUG__XL_EN, w, len), b = brug__x_is_stop(BRUG__XL_NL, w, len);
        if (a && !b)
            en++;
        else if (b && !a)
            nl++;
    }
    if (en == nl) {
        /* no stop words to tell: whose label words are these? */
        for (i = 0; i < r->n && i < 2000; i++) {
            const char *w = brug__xtok_word(&r->tx, i);
            size_t len = r->tx.tok[i].flen;
            char key[80];
            if (len + 2 > sizeof(key))
                continue;
            memcpy(key + 1, w, len);
            key[0] = '0';
            en += brug__xmap_get(&r->ix->words, key, len + 1) != 0;
            key[0] = '1';
            nl += brug__xmap_get(&r->ix->words, key, len + 1) != 0;
        }
    }
    return nl > en ? BRUG__XL_NL : BRUG__XL_EN;
}

static int word_is(const run *r, size_t i, const char *w)
{
    return i < r->n && r->tx.tok[i].flen == strlen(w) &&
           memcmp(brug__xtok_word(&r->tx, i), w, r->tx.tok[i].flen) == 0;
}

/* Openings of an offer section: "wij bieden", "we offer", "wat bieden wij". */
static int offer_opening(const run *r, size_t i)
{
    size_t k;
    for (k = i; k < i + 4 && k + 1 < r->n; k++) {
        if (k > i && (r->tx.tok[k].flags & BRUG__XT_SENT))
            return 0;
        if ((word_is(r, k, "wij") || word_is(r, k, "we")) &&
            (word_is(r, k + 1, "bieden") || word_is(r, k + 1, "offer") ||
             word_is(r, k + 1, "provide")))
            return 1;
        if (word_is(r, k, "bieden") && (word_is(r, k + 1, "wij") || word_is(r, k + 1, "we")))
            return 1;
        if ((word_is(r, k, "ons") || word_is(r, k, "our")) &&
            (word_is(r, k + 1, "aanbod") || word_is(r, k + 1, "offer")))
            return 1;
    }
    return 0;
}

static void mark_noise(run *r)
{
    size_t i = 0;
    int section = 0;
    while (i < r->n) {
        size_t j = i + 1, k, line_words;
        int noise = 0, heading;
        while (j < r->n && !(r->tx.tok[j].flags & BRUG__XT_SENT))
            j++;
        /* a paragraph ends an offer section; so does another heading */
        if (r->tx.tok[i].flags & BRUG__XT_PARA)
            section = 0;
        line_words = j - i;
        heading = line_words <= 6 && j < r->n && (r->tx.tok[j].flags & BRUG__XT_COLON) &&
                  (r->tx.tok[j].flags & BRUG__XT_LINE);
        if (offer_opening(r, i))
            noise = 1;
        /* a currency sign anywhere; a pay or benefits word in a short
         * sentence ("Goed salaris en een leaseauto"), not in a long one
         * that is about such work ("drive the annual salary review") */
        for (k = i; k < j && !noise; k++) {
            if (r->tx.tok[k].flags & BRUG__XT_MONEY)
                noise = 1;
            else if (line_words <= NOISE_SHORT &&
                     brug__x_is_pay(brug__xtok_word(&r->tx, k), r->tx.tok[k].flen))
                noise = 1;
        }
        if (heading)
            section = noise;
        else if (noise && line_words <= 6 && (r->tx.tok[i].flags & BRUG__XT_LINE))
            section = 1; /* "Wij bieden" alone on its line */
        if (noise || section)
            for (k = i; k < j; k++)
                r->drop[k] = 1;
        i = j;
    }
}

static void mark_negation(run *r)
{
    size_t i;
    for (i = 0; i < r->n; i++) {
        const char *w = brug__xtok_word(&r->tx, i);
        size_t k, covered = 0;
        if (!brug__x_is_negation(w, r->tx.tok[i].flen))
            continue;
        if (word_is(r, i + 1, "alleen") || word_is(r, i + 1, "only") ||
            word_is(r, i + 1, "problem") || word_is(r, i + 1, "probleem"))
            continue;
        for (k = i + 1; k < r->n && covered < NEG_SCOPE; k++) {
            unsigned f = r->tx.tok[k].flags;
            const char *v = brug__xtok_word(&r->tx, k);
            if (f & (BRUG__XT_SENT | BRUG__XT_CLAUSE))
                break;
            if (brug__x_is_contrast(v, r->tx.tok[k].flen))
                break;
            r->drop[k] = 1;
            if (!r->skip[k])
                covered++;
        }
    }
}

/* ---- compounds ---- */

static uint32_t label_term(run *r, const char *w, size_t len)
{
    uint32_t t = brug__x_term(r->ix, r->st, BRUG__XL_NL, w, len);
    if (t && r->ix->term_in_label[t])
        return t;
    t = brug__x_term(r->ix, r->st, BRUG__XL_EN, w, len);
    return t && r->ix->term_in_label[t] ? t : 0;
}

/* The modifier of a compound: itself, without a linking s or e, or as
 * the verb it comes from (las -> lassen). */
static uint32_t modifier_term(run *r, const char *w, size_t len)
{
    char buf[72];
    uint32_t t = label_term(r, w, len);
    if (t || len + 3 > sizeof(buf))
        return t;
    if (len >= 5 && (w[len - 1] == 's' || w[len - 1] == 'e')) {
        t = label_term(r, w, len - 1);
        if (t)
            return t;
    }
    memcpy(buf, w, len);
    buf[len] = 'e';
    buf[len + 1] = 'n';
    t = label_term(r, buf, len + 2);
    if (t)
        return t;
    buf[len] = w[len - 1];
    buf[len + 1] = 'e';
    buf[len + 2] = 'n';
    return label_term(r, buf, len + 3);
}

static void split_compound(run *r, size_t i)
{
    const char *w = brug__xtok_word(&r->tx, i);
    size_t len = r->tx.tok[i].flen, k, best = 0;
    uint32_t bm = 0, bh = 0;
    if (len < 7 || len > 64 || r->tx.tok[i].digit)
        return;
    if (r->term[BRUG__XL_NL][i] && r->ix->term_in_label[r->term[BRUG__XL_NL][i]])
        return; /* a label word as it stands */
    for (k = 3; k + 4 <= len; k++) {
        uint32_t h, m;
        size_t score = k < len - k ? k : len - k;
        if (score < best)
            continue;
        h = label_term(r, w + k, len - k);
        if (!h)
            continue;
        m = modifier_term(r, w, k);
        if (!m)
            continue;
        if (score > best || len - k > 0) {
            best = score;
            bm = m;
            bh = h;
        }
    }
    r->mod[i] = bm;
    r->head[i] = bh;
}

/* ---- separable verbs (Dutch) ----
 *
 * A Dutch separable verb stands apart in a main clause: "ik stel het
 * zorgplan op" is "opstellen", "ik werk samen met collega's" is
 * "samenwerken", "om storingen op te lossen" is "oplossen", and "ik heb het
 * plan opgesteld" holds its participle.  The verb's own word says
 * something else ("stellen", "werken"), so the verb token takes the term
 * of the whole verb when that verb is a word of a Dutch label (the word
 * forms are extract_dutch.c's; which tokens they join is decided here).
 */

static int opens_clause(const run *r, size_t i)
{
    return i == 0 || (r->tx.tok[i].flags & (BRUG__XT_SENT | BRUG__XT_CLAUSE));
}

/* The words of a clause that its finite verb may be: the first three
 * content words ("ik stel", "als monteur voer ik", "elke dag stel ik"),
 * within its first eight words (so a clause of stop words costs no more). */
#define VERB_SLOTS 3
#define VERB_WINDOW 8

/* Join particle p to the first token of [a, b) among its first VERB_SLOTS
 * content words that makes a verb with it; that token + 1, or 0. */
static uint32_t join_verb(run *r, uint8_t *taken, const char *p, size_t plen, size_t a, size_t b)
{
    size_t j, slots = 0;
    if (b > a + VERB_WINDOW)
        b = a + VERB_WINDOW;
    for (j = a; j < b && slots < VERB_SLOTS; j++) {
        uint32_t t;
        if (r->skip[j])
            continue;
        slots++;
        if (taken[j] || r->tx.tok[j].digit)
            continue;
        t = brug__x_particle_verb(r->ix, r->st, p, plen, brug__xtok_word(&r->tx, j),
                                  r->tx.tok[j].flen);
        if (t) {
            r->term[BRUG__XL_NL][j] = t;
            taken[j] = 1;
            return (uint32_t)j + 1;
        }
    }
    return 0;
}

/* 1 when token i is a conjunction that may join two clauses. */
static int joins_clauses(const run *r, size_t i)
{
    size_t n = r->tx.tok[i].flen;
    return (n == 2 && (word_is(r, i, "en") || word_is(r, i, "of"))) ||
           (n == 4 && word_is(r, i, "maar"));
}

/* Give each separable verb of the text the term of the whole verb.
 * BRUG_ENOMEM. */
static brug_err separable_verbs(run *r)
{
    size_t i, n = r->n ? r->n : 1;
    uint32_t v, cs = 0, seg = 0;
    /* per token: joined already (verbs), the start of its clause, the
     * start of its part after the clause's last conjunction - one pass, so
     * a long clause costs no more per particle than a short one */
    uint8_t *taken = brug__arena_calloc(&r->arena, n, 1);
    uint32_t *cstart = brug__arena_alloc(&r->arena, n * sizeof(uint32_t));
    uint32_t *cseg = brug__arena_alloc(&r->arena, n * sizeof(uint32_t));
    if (!taken || !cstart || !cseg)
        return BRUG_ENOMEM;
    for (i = 0; i < r->n; i++) {
        if (opens_clause(r, i))
            cs = seg = (uint32_t)i;
        else if (joins_clauses(r, i - 1))
            seg = (uint32_t)i;
        cstart[i] = cs;
        cseg[i] = seg;
    }
    /* from the end: a particle that ends its clause binds before one
     * inside it ("ik stel samen met de cliënt het zorgplan op") */
    for (i = r->n; i-- > 0;) {
        const char *w = brug__xtok_word(&r->tx, i);
        size_t len = r->tx.tok[i].flen, a, b;
        uint32_t t, own = r->term[BRUG__XL_NL][i];
        if (!r->skip[i] && !r->tx.tok[i].digit && !(own && r->ix->term_in_label[own])) {
            t = brug__x_participle_verb(r->ix, r->st, w, len);
            if (t) {
                r->term[BRUG__XL_NL][i] = t;
                continue;
            }
        }
        if (!brug__x_is_particle(w, len) || opens_clause(r, i))
            continue;
        if (word_is(r, i + 1, "te") && i + 2 < r->n && !opens_clause(r, i + 1) &&
            !opens_clause(r, i + 2) && !r->skip[i + 2]) {
            /* "op te lossen": the particle and the infinitive after te */
            char buf[72];
            size_t m = r->tx.tok[i + 2].flen;
            if (len + m <= sizeof(buf)) {
                memcpy(buf, w, len);
                memcpy(buf + len, brug__xtok_word(&r->tx, i + 2), m);
                t = brug__x_dutch_label_term(r->ix, r->st, buf, len + m);
                if (t) {
                    r->term[BRUG__XL_NL][i + 2] = t;
                    taken[i + 2] = 1;
                    r->drop[i] = 1;
                    r->verb_of[i] = (uint32_t)i + 3;
                }
            }
            continue;
        }
        /* the particle must end the verb's part of its clause */
        if (i + 1 < r->n && !opens_clause(r, i + 1) &&
            !brug__x_is_particle_follower(brug__xtok_word(&r->tx, i + 1), r->tx.tok[i + 1].flen))
            continue;
        /* the finite verb comes first or second in a main clause: the
         * first word that makes a verb with the particle, after the last
         * conjunction (which may join two clauses: "ik richt de werkplek
         * in en ruim hem op") or else from the clause's start (it may join
         * two nouns: "ik stel met de cliënt en zijn familie het plan op") */
        a = cstart[i - 1];
        b = cseg[i - 1] > a ? cseg[i - 1] : i;
        v = b == i ? join_verb(r, taken, w, len, a, i) : join_verb(r, taken, w, len, b, i);
        if (!v && b != i)
            v = join_verb(r, taken, w, len, a, b);
        if (v) {
            /* its meaning is in the verb's term now: no evidence of its
             * own, a span wherever the verb is one */
            r->drop[i] = 1;
            r->verb_of[i] = v;
        }
    }
    return BRUG_OK;
}

/* ---- the trie walk ---- */

typedef struct walk {
    run *r;
    int root_lang;
    unsigned flags; /* HOW_COMPOUND, cross-language */
    int cross;
    uint32_t start;
    uint32_t first_ct; /* content index where the walk began */
} walk;

static brug_err emit(walk *k, uint32_t node, uint32_t end, uint32_t whash, unsigned how,
                     float extra)
{
    const brug_extract_index *ix = k->r->ix;
    uint32_t a = ix->out_ptr[node], b = ix->out_ptr[node + 1], i;
    for (i = a; i < b; i++) {
        const brug__xout *o = &ix->out[i];
        unsigned h = how;
        float w = role_weight[o->role] * extra;
        brug_err err;
        if (o->lang != k->root_lang)
            continue;
        if (o->role == 3)
            h |= HOW_SYNONYM;
        else
            h |= o->role == 0 ? HOW_LABEL : o->role == 1 ? HOW_ALT : HOW_HIDDEN;
        if (o->whash != whash && !(h & (HOW_COMPOUND | HOW_SYNONYM)))
            h |= HOW_STEM;
        if (o->ntok == 1) {
            /* one word: as strong as it is rare, weaker for alternative
             * labels, and weaker again when only the stems agree
             * ("experience" and "experiment" share one) */
            float spec = (float)o->spec / 255.0f;
            w *= o->role == 0 || o->role == 3 ? spec : spec * spec;
            if (h & HOW_STEM)
                w *= W_STEM_ONE;
        }
        if (k->cross)
            w *= W_CROSS_LANG;
        err = push_match(k->r, o->concept, k->start, end, w, h);
        if (err)
            return err;
    }
    return BRUG_OK;
}

static brug_err walk_from(walk *k, uint32_t node, size_t p, uint32_t whash, unsigned how,
                          float extra, int depth);

/* Step into content token p (whole word, or its two compound parts). */
static brug_err step(walk *k, uint32_t node, size_t p, uint32_t whash, unsigned how, float extra,
                     int depth)
{
    run *r = k->r;
    const brug_extract_index *ix = r->ix;
    size_t i = r->ct[p];
    uint32_t t = r->term[k->root_lang][i], child;
    const char *w = brug__xtok_word(&r->tx, i);
    size_t wl = r->tx.tok[i].flen;
    brug_err err;
    if (r->drop[i] || depth > MAX_DEPTH)
        return BRUG_OK;
    if (p != k->first_ct && (r->tx.tok[i].flags & BRUG__XT_SENT))
        return BRUG_OK;
    if (t) {
        child = brug__x_child(ix, node, t);
        if (child) {
            uint32_t h = brug__x_hash(whash, w, wl + 1);
            err = emit(k, child, r->tx.tok[i].end, h, how, extra);
            if (!err)
                err = walk_from(k, child, p + 1, h, how, extra, depth + 1);
            if (err)
                return err;
        }
    }
    if (k->root_lang == BRUG__XL_NL && r->mod[i]) {
        uint32_t c1 = brug__x_child(ix, node, r->mod[i]);
        uint32_t c2 = c1 ? brug__x_child(ix, c1, r->head[i]) : 0;
        if (c2) {
            err = emit(k, c2, r->tx.tok[i].end, 0, how | HOW_COMPOUND, extra * W_COMPOUND);
            if (!err)
                err = walk_from(k, c2, p + 1, 0, how | HOW_COMPOUND, extra * W_COMPOUND, depth + 1);
            if (err)
                return err;
        }
    }
    return BRUG_OK;
}

static brug_err walk_from(walk *k, uint32_t node, size_t p, uint32_t whash, unsigned how,
                          float extra, int depth)
{
    if (p >= k->r->nct)
        return BRUG_OK;
    return step(k, node, p, whash, how, extra, depth);
}

static brug_err match_labels(run *r)
{
    int roots[2], nroots = 0, q;
    size_t p;
    roots[nroots++] = r->lang;
    if (r->lang == BRUG__XL_NL)
        roots[nroots++] = BRUG__XL_EN;
    for (q = 0; q < nroots; q++) {
        walk k;
        k.r = r;
        k.root_lang = roots[q];
        k.cross = roots[q] != r->lang;
        for (p = 0; p < r->nct; p++) {
            size_t i = r->ct[p];
            uint32_t root = (uint32_t)roots[q] + 1;
            brug_err err;
            k.start = r->tx.tok[i].start;
            k.first_ct = (uint32_t)p;
            err = step(&k, root, p, 2166136261u, 0, 1.0f, 0);
            if (err)
                return err;
            /* the head of a compound alone ("installateur" in
             * "warmtepompinstallateur"), then what follows it */
            if (k.root_lang == BRUG__XL_NL && r->head[i] && !r->drop[i]) {
                uint32_t c = brug__x_child(r->ix, root, r->head[i]);
                if (c) {
                    err = emit(&k, c, r->tx.tok[i].end, 0, HOW_COMPOUND, W_HEAD_ONLY);
                    if (!err)
                        err = walk_from(&k, c, p + 1, 0, HOW_COMPOUND, W_HEAD_ONLY, 1);
                    if (err)
                        return err;
                }
            }
        }
    }
    return BRUG_OK;
}

static int match_cmp(const void *a, const void *b)
{
    const match *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    if (x->concept != y->concept)
    return x->concept < y->concept ? -1 : 1;
    return x->w > y->w ? -1 : x->w < y->w;
}

/* Matches inside a longer match count less; then evidence per concept:
 * its best match plus a little for each further mention. */
static brug_err label_evidence(run *r)
{
    size_t i;
    uint32_t max_end = 0, max_start = 0;
    int have = 0;
    if (r->nm)
        qsort(r->m, r->nm, sizeof(*r->m), match_cmp);
    for (i = 0; i < r->nm; i++) {
        match *m = &r->m[i];
        if (have && max_end >= m->end && !(max_start == m->start && max_end == m->end))
            m->w *= W_CONTAINED;
        if (!have || m->end > max_end) {
            max_end = m->end;
            max_start = m->start;
            have = 1;
        }
    }
    /* raw holds the sum of the further mentions meanwhile */
    for (i = 0; i < r->nm; i++) {
        match *m = &r->m[i];
        cand *x = cand_get(r, m->concept);
        if (!x)
            return BRUG_ENOMEM;
        x->how |= m->how;
        if (m->w > x->label_ev) {
            x->raw = x->label_ev > 0 ? x->raw + W_REPEAT * x->label_ev : x->raw;
            x->label_ev = m->w;
        } else {
            x->raw += W_REPEAT * m->w;
        }
    }
    for (i = 0; i < r->ncand; i++) {
        cand *x = &r->cands[i];
        float rep = x->raw > W_REPEAT_MAX ? W_REPEAT_MAX : x->raw;
        x->label_ev += rep;
        x->raw = 0;
    }
    return BRUG_OK;
}

/* ---- BM25 ---- */

/* Term t at weight w into the query q (n terms, room for max): added when
 * absent, else its weight raised to w if larger; the new count. */
static size_t query_add(uint32_t *q, float *qw, size_t n, size_t max, uint32_t t, float w)
{
    size_t j;
    for (j = 0; j < n && q[j] != t; j++)
        ;
    if (j < n) {
        if (w > qw[j])
            qw[j] = w;
    } else if (n < max) {
        qw[n] = w;
        q[n++] = t;
    }
    return n;
}

/* The terms of tokens a..b-1 (no stop words, no filler; with all = 0 no
 * negated or noise words) into q with their weights qw; a Dutch text adds
 * the English translations of its terms, weighted by how sure they are. */
static size_t sentence_terms(const run *r, size_t a, size_t b, uint32_t *q, float *qw, size_t max,
                             int all, size_t *nown /* OUT */)
{
    const brug_extract_index *ix = r->ix;
    size_t i, n = 0, n_own;
    for (i = a; i < b; i++) {
        uint32_t t[3];
        size_t nt = 0, x;
        if (r->skip[i] || (!all && r->drop[i]))
            continue;
        if (!all && brug__x_is_filler(brug__xtok_word(&r->tx, i), r->tx.tok[i].flen))
            continue;
        t[nt++] = r->term[r->lang][i];
        if (r->mod[i]) {
            t[nt++] = r->mod[i];
            t[nt++] = r->head[i];
        }
        for (x = 0; x < nt; x++)
            if (t[x])
                n = query_add(q, qw, n, max, t[x], 1.0f);
    }
    n_own = n;
    *nown = n;
    if (r->lang != BRUG__XL_NL || all || !ix->trans_ptr)
        return n;
    for (i = a; i < b; i++) {
        /* the cognates of the words the taxonomy does not translate */
        if (r->cognate[i] && !r->skip[i] && !r->drop[i])
            n = query_add(q, qw, n, max, r->cognate[i], W_COGNATE);
    }
    for (i = 0; i < n_own; i++) {
        uint32_t k;
        for (k = ix->trans_ptr[q[i]]; k < ix->trans_ptr[q[i] + 1]; k++)
            n = query_add(q, qw, n, max, ix->trans_term[k], W_TRANS * ix->trans_w[k]);
    }
    return n;
}

/* Hit order: the better first (higher score, then the smaller concept). */
static int hit_better(float s, uint32_t c, const hit *b)
{
    return s > b->score || (s == b->score && c < b->concept);
}

/* Keep (c, s) among the k best in h (*n of them so far), a heap with the
 * worst of them at h[0], which the caller tests against first. */
static void top_insert(hit *h, size_t *n, size_t k, uint32_t c, float s)
{
    size_t j;
    if (*n < k) {
        /* up while the parent is better */
        j = (*n)++;
        while (j > 0 && hit_better(h[(j - 1) / 2].score, h[(j - 1) / 2].concept, &(hit){c, s})) {
            h[j] = h[(j - 1) / 2];
            j = (j - 1) / 2;
        }
    } else {
        if (!hit_better(s, c, &h[0]))
            return;
        /* down while a child is worse */
        j = 0;
        for (;;) {
            size_t w = 2 * j + 1;
            if (w >= k)
                break;
            if (w + 1 < k && hit_better(h[w].score, h[w].concept, &h[w + 1]))
                w++;
            if (!hit_better(s, c, &h[w]))
                break;
            h[j] = h[w];
            j = w;
        }
    }
    h[j].concept = c;
    h[j].score = s;
}

/* The heap of top_insert in order, best first. */
static void top_sort(hit *h, size_t n)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        hit v = h[i];
        for (j = i; j > 0 && hit_better(v.score, v.concept, &h[j - 1]); j--)
            h[j] = h[j - 1];
        h[j] = v;
    }
}

/* Score buckets, in the order of the scores: the float's exponent and its
 * first three mantissa bits (eight a factor of two), 2^-16 .. 2^16;
 * smaller scores fall in bucket 0, larger ones in the last. */
#define SCORE_BUCKETS 256
#define SCORE_BUCKET_BASE ((127u - 16u) << 3)

static uint32_t score_bucket(float s)
{
    uint32_t u;
    memcpy(&u, &s, sizeof(u)); /* a positive float's bits order as it does */
    u >>= 20;
    u = u < SCORE_BUCKET_BASE ? 0 : u - SCORE_BUCKET_BASE;
    return u < SCORE_BUCKETS ? u : SCORE_BUCKETS - 1;
}

/* The least score of bucket b (0 for bucket 0). */
static float bucket_floor(int b)
{
    uint32_t u = ((uint32_t)b + SCORE_BUCKET_BASE) << 20;
    float f;
    if (b <= 0)
        return 0;
    memcpy(&f, &u, sizeof(f));
    return f;
}

/*
 * BM25F of the query q (weights qw) against every concept, term at a time
 * into the run's accumulators (the postings' scores are precomputed: one
 * multiply-add each), then the best k of each kind into top[kind], best
 * first, ties to the smaller concept; nt[kind] their counts.  Beside it,
 * per concept and language, the idf of the query's words in its labels of
 * two or more words: the concepts where that reaches COV_MIN of their
 * lightest label in that language (the only ones whose coverage can count)
 * go to r->covs[0 .. *ncov - 1] with those sums (0 for a language that
 * cannot count); only the concepts a word that reaches labels touched are
 * tested, and every accumulator is left zero.  The Dutch words'
 * postings in labels are all read, so their sum bounds a Dutch label; a
 * translation reads only its strongest postings, so an English label is
 * bounded by the words of both languages (a concept the Dutch words reach
 * has its English labels read too).
 */
static void bm25_top(run *r, const uint32_t *q, const float *qw, size_t nq, size_t nown,
                     hit (*top)[DESC_TOP], size_t *nt, size_t *ncov)
{
    const brug_extract_index *ix = r->ix;
    accum *acc = r->acc;
    size_t i, na = 0, nr = 0, nc = 0;
    int kind;
    float floor[2];                  /* no better than the k-th best */
    uint16_t hist[2][SCORE_BUCKETS]; /* scores by bucket, per kind */
    for (i = 0; i < nq; i++) {
        uint32_t t = q[i];
        float w = ix->idf[t] * qw[i], idf = ix->idf[t];
        /* the text's own words are in its language, the translations in
         * English: the labels each can be in */
        int l = i < nown ? r->lang : BRUG__XL_EN;
        uint32_t reach = (uint32_t)!ix->term_common[t] << l;
        const brug__xtpost *p = ix->qpost + ix->qpost_ptr[t];
        const brug__xtpost *pl = ix->qpost + ix->qpost_lab_end[t];
        const brug__xtpost *pe = ix->qpost + ix->qpost_ptr[t + 1];
        if (i >= nown && ix->tpost_ptr[t + 1] > ix->tpost_ptr[t]) {
            /* a long translation: only where it weighs most */
            p = ix->tpost + ix->tpost_ptr[t];
            pl = ix->tpost + ix->tpost_lab_end[t];
            pe = ix->tpost + ix->tpost_ptr[t + 1];
        }
        /* the postings in a label, then those only in a description;
         * without branches: which concept is new is as good as random */
        for (; p < pl; p++) {
            accum *x = &acc[p->concept];
            r->acc_touched[na] = p->concept;
            na += x->score == 0;
            r->acc_reached[nr] = p->concept;
            nr += (x->reach == 0) & (reach != 0);
            x->score += w * p->sc;
            x->lab[l] += idf * (float)p->lab;
            x->reach |= reach;
        }
        for (; p < pe; p++) {
            accum *x = &acc[p->concept];
            r->acc_touched[na] = p->concept;
            na += x->score == 0;
            x->score += w * p->sc;
        }
    }
    /* the coverage candidates among the concepts a label word reached
     * (without a branch: which can count is as good as random) */
    for (i = 0; i < nr; i++) {
        uint32_t c = r->acc_reached[i];
        const accum *x = &acc[c];
        float en = x->lab[BRUG__XL_EN] + x->lab[BRUG__XL_NL];
        int ken = en * 1.001f >= COV_MIN * x->lab_min[BRUG__XL_EN];
        int knl = (int)(x->reach >> BRUG__XL_NL) &
                  (x->lab[BRUG__XL_NL] * 1.001f >= COV_MIN * x->lab_min[BRUG__XL_NL]);
        cov_cand *v = &r->covs[nc];
        v->concept = c;
        v->lacc[BRUG__XL_EN] = ken ? en : 0;
        v->lacc[BRUG__XL_NL] = knl ? x->lab[BRUG__XL_NL] : 0;
        nc += (size_t)(ken | knl);
    }
    /* the scores to r->scores and their histogram; the accumulators zero */
    nt[0] = nt[1] = 0;
    memset(hist, 0, sizeof(hist));
    for (i = 0; i < na; i++) {
        uint32_t c = r->acc_touched[i];
        accum *x = &acc[c];
        int kind = c >= ix->nskill;
        r->scores[i].concept = c;
        r->scores[i].score = x->score;
        hist[kind][score_bucket(x->score)]++;
        x->score = 0;
        x->lab[BRUG__XL_EN] = x->lab[BRUG__XL_NL] = 0;
        x->reach = 0;
    }
    /* the k-th best is in the first bucket from the top where the counts
     * reach k: only what is not below that bucket can be among the k best,
     * and the heap keeps the k best of those (as of all) */
    for (kind = 0; kind < 2; kind++) {
        size_t sum = 0;
        int b;
        for (b = SCORE_BUCKETS - 1; b > 0; b--) {
            sum += hist[kind][b];
            if (sum >= DESC_TOP)
                break;
        }
        floor[kind] = bucket_floor(b);
    }
    for (i = 0; i < na; i++) {
        const hit *h = &r->scores[i];
        kind = h->concept >= ix->nskill;
        if (h->score >= floor[kind])
            top_insert(top[kind], &nt[kind], DESC_TOP, h->concept, h->score);
    }
    top_sort(top[0], nt[0]);
    top_sort(top[1], nt[1]);
    *ncov = nc;
}

/* The baseline: plain BM25 of the whole text, every concept it reaches. */
static brug_err bm25_plain(run *r, const uint32_t *q, const float *qw, size_t nq)
{
    const brug_extract_index *ix = r->ix;
    size_t i;
    for (i = 0; i < nq; i++) {
        uint32_t t = q[i], j;
        float w = ix->idf[t] * qw[i];
        for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++) {
            cand *x = cand_get(r, ix->post[j].concept);
            if (!x)
                return BRUG_ENOMEM;
            if (x->raw == 0)
                x->how |= HOW_DESCRIPTION;
            x->raw += w * ix->post[j].scp;
        }
    }
    for (i = 0; i < r->ncand; i++)
        r->cands[i].desc_ev = r->cands[i].raw;
    return BRUG_OK;
}

/* Make q the query term set: one bit per term of the vocabulary, set for
 * the sentence and cleared by qset_clear (a bit test is all coverage pays
 * per label word). */
static void qset_fill(run *r, const uint32_t *q, size_t nq)
{
    size_t i;
    r->qsig = 0;
    for (i = 0; i < nq; i++) {
        if (!r->ix->term_common[q[i]])
            r->qsig |= brug__x_sig_bit(q[i]);
        r->qbits[q[i] >> 6] |= (uint64_t)1 << (q[i] & 63);
    }
}

static void qset_clear(run *r, const uint32_t *q, size_t nq)
{
    size_t i;
    for (i = 0; i < nq; i++)
        r->qbits[q[i] >> 6] = 0;
}

static int qset_has(const run *r, uint32_t t)
{
    return (int)((r->qbits[t >> 6] >> (t & 63)) & 1);
}

/*
 * Label coverage of concept c by the sentence's terms (in qset): for each
 * of its labels of two or more words that a word of the sentence reaches
 * (a word in more than BRUG__X_COV_COMMON labels reaches none by itself),
 * the idf-weighted share of its words the sentence holds; the concept
 * gets the square of its best label's share when that is at least
 * COV_MIN.  Labels in the text's language count, and for a Dutch text also
 * English ones (reached through the translations among the terms); lacc[l]
 * (bm25_top's bound of what the concept's labels in language l hold, 0
 * where they cannot count) stops the lightest-first walk.
 */
static brug_err coverage(run *r, uint32_t c, const float *lacc, uint32_t sent)
{
    const brug_extract_index *ix = r->ix;
    float best = 0;
    cand *x;
    int l;
    if ((r->o->type == BRUG_EXTRACT_SKILL && c >= ix->nskill) ||
        (r->o->type == BRUG_EXTRACT_OCCUPATION && c < ix->nskill))
        return BRUG_OK;
    for (l = 0; l < BRUG__XL_N; l++) {
        size_t s = brug__x_lab_slot(c, l);
        uint32_t k;
        /* lightest first: stop at the first label too heavy for lacc */
        for (k = ix->lab_ptr[s]; k < ix->lab_ptr[s + 1]; k++) {
            const brug__xlab *L = &ix->lab[k];
            uint32_t j;
            float have = 0;
            int reached = 0;
            if (COV_MIN * L->idf > lacc[l] * 1.001f)
                break;
            if (!(L->sig & r->qsig))
                continue; /* no word of the query that reaches labels */
            for (j = L->term; j < L[1].term; j++) {
                uint32_t t = ix->lab_terms[j];
                if (!qset_has(r, t))
                    continue;
                have += ix->idf[t];
                reached |= !ix->term_common[t];
            }
            if (reached && have / L->idf > best)
                best = have / L->idf;
        }
    }
    if (best < COV_MIN)
        return BRUG_OK;
    best *= best;
    x = cand_get(r, c);
    if (!x)
        return BRUG_ENOMEM;
    if (best > x->cov_ev) {
        x->cov_ev = best;
        if (x->desc_ev == 0)
            x->desc_sent = sent;
        x->how |= HOW_DESCRIPTION;
    }
    return BRUG_OK;
}

/*
 * Per sentence: BM25F, the label coverage of the concepts where it can
 * count, then the description evidence of the best DESC_TOP of each kind.
 */
static brug_err description_evidence(run *r)
{
    const brug_extract_index *ix = r->ix;
    size_t a = 0;
    uint32_t q[MAX_QUERY];
    float qw[MAX_QUERY];
    hit top[2][DESC_TOP];
    brug_err err;
    while (a < r->n) {
        size_t b = a + 1, nq, kind, i, nt[2], ncov, nown;
        while (b < r->n && !(r->tx.tok[b].flags & BRUG__XT_SENT))
            b++;
        nq = sentence_terms(r, a, b, q, qw, MAX_QUERY, 0, &nown);
        if (nq) {
            qset_fill(r, q, nq);
            bm25_top(r, q, qw, nq, nown, top, nt, &ncov);
            for (i = 0; i < ncov; i++) {
                uint32_t c = r->covs[i].concept;
                /* the concepts are scattered over the labels: fetch, in
                 * three stages COV_AHEAD apart, the label offsets, the
                 * first label and its words, so no stage waits for the
                 * one before it */
                if (i + 3 * COV_AHEAD < ncov)
                    __builtin_prefetch(
                        &ix->lab_ptr[brug__x_lab_slot(r->covs[i + 3 * COV_AHEAD].concept, 0)]);
                if (i + 2 * COV_AHEAD < ncov)
                    __builtin_prefetch(&ix->lab[ix->lab_ptr[brug__x_lab_slot(
                        r->covs[i + 2 * COV_AHEAD].concept, 0)]]);
                if (i + COV_AHEAD < ncov) {
                    const brug__xlab *L =
                        &ix->lab[ix->lab_ptr[brug__x_lab_slot(r->covs[i + COV_AHEAD].concept, 0)]];
                    __builtin_prefetch(&ix->lab_terms[L->term]);
                }
                err = coverage(r, c, r->covs[i].lacc, (uint32_t)a);
                if (err)
                    return err;
            }
            qset_clear(r, q, nq);
            for (kind = 0; kind < 2; kind++) {
                for (i = 0; i < nt[kind] && i < DESC_TOP; i++) {
                    const hit *h = &top[kind][i];
                    float s = h->score / (h->score + DESC_K);
                    cand *x = cand_get(r, h->concept);
                    if (!x)
                        return BRUG_ENOMEM;
                    /* relative to the sentence's best, so one strong
                     * candidate stands out of many weak ones */
                    s *= h->score / top[kind][0].score;
                    if (s > x->desc_ev) {
                        x->desc_ev = s;
                        x->desc_sent = (uint32_t)a;
                    }
                    x->how |= HOW_DESCRIPTION;
                }
            }
        }
        a = b;
    }
    return BRUG_OK;
}

/* ---- taxonomy reranking ---- */

static int cmp_raw_desc(const cand *a, const cand *b)
{
    if (a->raw != b->raw)
        return a->raw > b->raw ? -1 : 1;
    return a->concept < b->concept ? -1 : a->concept > b->concept;
}

/* The n best candidates of a kind by raw score, best first, into out
 * (indexes into cands; insertion into a bounded list). */
static size_t top_of(const run *r, int occ, uint32_t *out, size_t n)
{
    size_t i, k = 0;
    for (i = 0; i < r->ncand; i++) {
        const cand *x = &r->cands[i];
        size_t j;
        if ((x->concept >= r->ix->nskill) != occ || x->raw <= 0)
            continue;
        if (k == n && cmp_raw_desc(x, &r->cands[out[k - 1]]) >= 0)
            continue;
        j = k < n ? k++ : n - 1;
        while (j > 0 && cmp_raw_desc(x, &r->cands[out[j - 1]]) < 0) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = (uint32_t)i;
    }
    return k;
}

/* Proximity: the description and coverage evidence of a concept none of
 * whose labels matched come from the bag of its sentence's words, and a
 * long sentence holds words of several skills ("engage with colleagues at
 * a professional and personal level ... communication skills" holds much
 * of *communicate professionally with colleagues*).  For each label of
 * two or more words in the text's language of which the sentence holds
 * two or more distinct words, the least window of content words that holds
 * one of each; the factor of the most compact label is PROX_FLOOR +
 * (1 - PROX_FLOOR) min(1, (found + PROX_SLACK) / window).  1 when no
 * label has two words in the sentence. */
static float prox_factor(const run *r, uint32_t c, size_t a)
{
    const brug_extract_index *ix = r->ix;
    uint32_t k;
    size_t b = a + 1;
    float best = -1;
    size_t i;
    while (b < r->n && !(r->tx.tok[b].flags & BRUG__XT_SENT))
        b++;
    /* the sentence's terms as the query bit set, so a label with fewer
     * than two words in it is passed over without reading the sentence */
    for (i = a; i < b; i++)
        if (!r->skip[i] && !r->drop[i] && r->term[r->lang][i])
            r->qbits[r->term[r->lang][i] >> 6] |= (uint64_t)1 << (r->term[r->lang][i] & 63);
    for (k = ix->lab_ptr[brug__x_lab_slot(c, r->lang)];
         k < ix->lab_ptr[brug__x_lab_slot(c, r->lang) + 1]; k++) {
        const brug__xlab *L = &ix->lab[k];
        uint32_t nt = L[1].term - L->term, cnt[16], mask = 0, need, have = 0, j, in = 0;
        uint32_t pos[PROX_MAXW];
        uint8_t which[PROX_MAXW];
        size_t np = 0, ord = 0, lo = 0, win = SIZE_MAX;
        float f;
        if (nt > 16)
            continue;
        for (j = 0; j < nt && in < 2; j++)
            in += (uint32_t)qset_has(r, ix->lab_terms[L->term + j]);
        if (in < 2)
            continue;
        /* the label's words in the sentence, by content-word position */
        for (i = a; i < b && np < PROX_MAXW; i++) {
            uint32_t t, j;
            if (r->skip[i])
                continue;
            ord++;
            t = r->term[r->lang][i];
            if (r->drop[i] || !t)
                continue;
            for (j = 0; j < nt && ix->lab_terms[L->term + j] != t; j++)
                ;
            if (j == nt)
                continue;
            pos[np] = (uint32_t)ord;
            which[np++] = (uint8_t)j;
            mask |= 1u << j;
        }
        need = (uint32_t)__builtin_popcount(mask);
        if (need < 2)
            continue;
        /* the least window holding each of them (two pointers) */
        memset(cnt, 0, sizeof(cnt));
        for (i = 0; i < np; i++) {
            if (!cnt[which[i]]++)
                have++;
            while (have == need) {
                size_t w = (size_t)pos[i] - pos[lo] + 1;
                if (w < win)
                    win = w;
                if (!--cnt[which[lo++]])
                    have--;
            }
        }
        f = ((float)need + PROX_SLACK) / (float)win;
        if (f > best)
            best = f > 1 ? 1 : f;
    }
    for (i = a; i < b; i++)
        if (r->term[r->lang][i])
            r->qbits[r->term[r->lang][i] >> 6] = 0;
    return best < 0 ? 1 : PROX_FLOOR + (1 - PROX_FLOOR) * best;
}

/* Proximity over the PROX_TOP best skills and occupations by raw score;
 * it only lowers scores, and the concepts below those are left as they
 * are (a cost bound: their evidence is too weak to matter). */
static void proximity(run *r)
{
    uint32_t top[PROX_TOP];
    int kind;
    for (kind = 0; kind < 2; kind++) {
        size_t n = top_of(r, kind, top, PROX_TOP), i;
        for (i = 0; i < n; i++) {
            cand *x = &r->cands[top[i]];
            float f;
            if (x->label_ev > 0 || (x->desc_ev <= 0 && x->cov_ev <= 0))
                continue;
            f = prox_factor(r, x->concept, x->desc_sent);
            x->desc_ev *= f;
            x->cov_ev *= f;
            x->raw = x->label_ev + W_DESC * x->desc_ev + W_COV * x->cov_ev;
        }
    }
}

/* The occupations the text is most about (by their own evidence) imply
 * their skills: essential ones fully, optional ones less, each divided
 * by the square root of the occupation's skill count, so skills several
 * of them share come first.  This is how a Dutch text finds skills that
 * have only English labels: through Dutch occupation labels and
 * descriptions. */
static brug_err implied_skills(run *r)
{
    const brug_extract_index *ix = r->ix;
    const brug__csr *os = &ix->onto->occ_skills;
    uint32_t top[IMPLY_TOP], occ[IMPLY_TOP];
    float ws[IMPLY_TOP];
    int named[IMPLY_TOP];
    size_t n, i;
    n = top_of(r, 1, top, IMPLY_TOP);
    /* copy first: cand_get below may move the candidates */
    for (i = 0; i < n; i++) {
        const cand *x = &r->cands[top[i]];
        occ[i] = x->concept - ix->nskill;
        ws[i] = x->raw / (1 + x->raw);
        named[i] = x->label_ev > 0;
    }
    for (i = 0; i < n; i++) {
        uint32_t o = occ[i], j;
        float w = ws[i], nsk;
        if (!named[i] && w < IMPLY_MIN)
            continue;
        nsk = (float)(os->ptr[o + 1] - os->ptr[o]);
        for (j = os->ptr[o]; j < os->ptr[o + 1]; j++) {
            uint32_t s = os->col[j];
            float e = os->tag[j] == BRUG__REL_ESSENTIAL ? 1.0f : W_OPTIONAL;
            cand *x;
            if (s >= ix->nskill)
                continue;
            x = cand_get(r, s);
            if (!x)
                return BRUG_ENOMEM;
            x->implied += w * e / sqrtf(nsk);
            x->how |= HOW_IMPLIED;
        }
    }
    return BRUG_OK;
}
static brug_err cooccurrence(run *r)
{
    const brug__csr *so = &r->ix->onto->skill_occs;
    uint32_t top[RERANK_TOP], sh[RERANK_TOP][RERANK_TOP];
    float add[RERANK_TOP], total = 0;
    size_t n = top_of(r, 0, top, RERANK_TOP), i, j;
    uint32_t *with; /* per occupation: which of the top skills (a bit each) it uses */
    for (i = 0; i < n; i++)
        total += r->cands[top[i]].raw;
    if (n < 2 || total <= 0)
        return BRUG_OK;
    with = brug__arena_calloc(&r->arena, r->ix->nocc + 1, sizeof(*with));
    if (!with)
        return BRUG_ENOMEM;
    memset(sh, 0, sizeof(sh));
    /* the occupations each pair shares: each occupation of a skill adds
     * one to its pairs with the skills before it that use it too (a skill
     * of hundreds of occupations co-occurs with everything: none) */
    for (i = 0; i < n; i++) {
        uint32_t a = r->cands[top[i]].concept, k, len = brug__csr_row_len(so, a);
        if (len == 0 || len > COOC_MAX_OCC)
            continue;
        for (k = so->ptr[a]; k < so->ptr[a + 1]; k++) {
            uint32_t m = with[so->col[k]];
            with[so->col[k]] = m | (uint32_t)1 << i;
            while (m) {
                j = (size_t)__builtin_ctz(m);
                m &= m - 1;
                sh[i][j]++;
                sh[j][i]++;
            }
        }
    }
    for (i = 0; i < n; i++) {
        uint32_t a = r->cands[top[i]].concept;
        float la = (float)brug__csr_row_len(so, a), s = 0;
        add[i] = 0;
        if (la == 0 || la > COOC_MAX_OCC)
            continue;
        for (j = 0; j < n; j++) {
            uint32_t b = r->cands[top[j]].concept;
            float lb = (float)brug__csr_row_len(so, b);
            if (j == i || lb == 0 || lb > COOC_MAX_OCC)
                continue;
            s += r->cands[top[j]].raw * (float)sh[i][j] / sqrtf(la * lb);
        }
        add[i] = W_COOC * s / total;
    }
    for (i = 0; i < n; i++) {
        r->cands[top[i]].raw += add[i];
        if (add[i] > 0.02f)
            r->cands[top[i]].how |= HOW_COOC;
    }
    return BRUG_OK;
}

/* ---- the document ---- */

static const char *label_of(const run *r, uint32_t c, const char **lang)
{
    const brug_onto *on = r->ix->onto;
    const char **labels = c < r->ix->nskill ? on->skill_label : on->occ_label;
    uint32_t i = c < r->ix->nskill ? c : c - r->ix->nskill, l;
    int want = r->ix->onto_lang[r->lang], en = r->ix->onto_lang[BRUG__XL_EN];
    if (want >= 0 && labels[(size_t)i * on->nlang + (uint32_t)want]) {
        *lang = on->lang[want];
        return labels[(size_t)i * on->nlang + (uint32_t)want];
    }
    if (en >= 0 && labels[(size_t)i * on->nlang + (uint32_t)en]) {
        *lang = on->lang[en];
        return labels[(size_t)i * on->nlang + (uint32_t)en];
    }
    for (l = 0; l < on->nlang; l++) {
        if (labels[(size_t)i * on->nlang + l]) {
            *lang = on->lang[l];
            return labels[(size_t)i * on->nlang + l];
        }
    }
    *lang = "";
    return c < r->ix->nskill ? on->skill_uri[i] : on->occ_uri[i];
}

/* Is term t in concept c's labels or description? */
static int has_posting(const brug_extract_index *ix, uint32_t t, uint32_t c)
{
    uint32_t lo = ix->fwd_ptr[c], hi = ix->fwd_ptr[c + 1];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ix->fwd_term[mid] == t)
            return 1;
        if (ix->fwd_term[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Does token k's term, a compound part of it, or (Dutch) one of its
 * English translations or its cognate occur in concept c's text? */
static int word_supports(const run *r, size_t k, uint32_t c)
{
    const brug_extract_index *ix = r->ix;
    uint32_t t[4], i, j;
    t[0] = r->term[r->lang][k];
    t[1] = r->mod[k];
    t[2] = r->head[k];
    t[3] = r->cognate[k];
    for (i = 0; i < 4; i++) {
        if (!t[i])
            continue;
        if (has_posting(ix, t[i], c))
            return 1;
        if (r->lang != BRUG__XL_NL)
            continue;
        for (j = ix->trans_ptr[t[i]]; j < ix->trans_ptr[t[i] + 1]; j++)
            if (has_posting(ix, ix->trans_term[j], c))
                return 1;
    }
    return 0;
}

/* [start, end], or NULL when out of memory. */
static json_t *span_json(uint32_t start, uint32_t end)
{
    json_t *s = json_array();
    if (s && (json_array_append_new(s, json_integer(start)) != 0 ||
              json_array_append_new(s, json_integer(end)) != 0)) {
        json_decref(s);
        return NULL;
    }
    return s;
}

static json_t *spans_of(const run *r, const cand *x)
{
    json_t *a = json_array();
    size_t i, n = 0;
    uint32_t last_s = UINT32_MAX, last_e = 0, c = x->concept;
    if (!a)
        return NULL;
    /* matches are sorted by start */
    for (i = 0; i < r->nm && n < MAX_SPANS; i++) {
        const match *m = &r->m[i];
        if (m->concept != c || (m->start == last_s && m->end == last_e))
            continue;
        if (json_array_append_new(a, span_json(m->start, m->end)) != 0) {
            json_decref(a);
            return NULL;
        }
        last_s = m->start;
        last_e = m->end;
        n++;
    }
    if (n == 0 && x->desc_ev > 0) {
        /* the words of the sentence that the concept's text holds */
        size_t k = x->desc_sent;
        for (; k < r->n && n < MAX_SPANS; k++) {
            if (k > x->desc_sent && (r->tx.tok[k].flags & BRUG__XT_SENT))
                break;
            if (r->skip[k] || (r->drop[k] && !r->verb_of[k]))
                continue;
            if (!word_supports(r, r->verb_of[k] ? r->verb_of[k] - 1 : k, c))
                continue;
            if (json_array_append_new(a, span_json(r->tx.tok[k].start, r->tx.tok[k].end)) != 0) {
                json_decref(a);
                return NULL;
            }
            n++;
        }
    }
    return a;
}

static json_t *how_of(unsigned how)
{
    json_t *a = json_array();
    size_t i;
    if (!a)
        return NULL;
    for (i = 0; i < sizeof(how_names) / sizeof(how_names[0]); i++)
        if ((how & (1u << i)) && json_array_append_new(a, json_string_nocheck(how_names[i])) != 0) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *list_json(run *r, int occ, size_t top)
{
    json_t *arr = json_array();
    uint32_t *ids = brug__arena_alloc(&r->arena, (top ? top : 1) * sizeof(*ids));
    size_t n, i;
    if (!arr || !ids) {
        json_decref(arr);
        return NULL;
    }
    n = top_of(r, occ, ids, top);
    for (i = 0; i < n; i++) {
        const cand *x = &r->cands[ids[i]];
        uint32_t c = x->concept;
        const char *lang, *label = label_of(r, c, &lang);
        const char *uri =
            c < r->ix->nskill ? r->ix->onto->skill_uri[c] : r->ix->onto->occ_uri[c - r->ix->nskill];
        double score = r->o->method == BRUG_EXTRACT_BM25 ? x->raw : x->raw / (1 + x->raw);
        json_t *item = json_object();
        /* the keys are ours (no UTF-8 check); the values are checked */
        if (!item || json_array_append_new(arr, item) != 0 ||
            json_object_set_new_nocheck(item, "uri", json_string(uri)) != 0 ||
            json_object_set_new_nocheck(item, "label", json_string(label)) != 0 ||
            json_object_set_new_nocheck(item, "label_lang", json_string(lang)) != 0 ||
            json_object_set_new_nocheck(item, "score", json_real(round(score * 1e4) / 1e4)) != 0 ||
            json_object_set_new_nocheck(item, "spans", spans_of(r, x)) != 0 ||
            json_object_set_new_nocheck(item, "how", how_of(x->how)) != 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

/* ---- the run ---- */

/*
 * What an extraction needs at the size of the index: the stemmers, each
 * concept's candidate, the BM25 accumulators, the touched list, the
 * scores and the query bit set.
 * The index keeps the ones a finished extraction gives back (left clean:
 * no candidate, the accumulators zero but for lab_min, no query bit set)
 * for the next one, so a call on a sentence does not pay for the whole
 * taxonomy.
 */
struct brug__xwork {
    brug__xwork *next;
    brug__xstem st;
    uint32_t *cand_of;
    accum *acc;
    uint32_t *acc_touched, *acc_reached;
    cov_cand *covs;
    hit *scores;
    uint64_t *qbits;
};

static void work_free(const brug_extract_index *ix, brug__xwork *w)
{
    const brug_alloc *al = &ix->alloc;
    if (!w)
        return;
    brug__xstem_release(&w->st);
    brug__free(al, w->cand_of);
    brug__free(al, w->acc);
    brug__free(al, w->acc_touched);
    brug__free(al, w->acc_reached);
    brug__free(al, w->covs);
    brug__free(al, w->scores);
    brug__free(al, w->qbits);
    brug__free(al, w);
}

void brug__xwork_pool_free(brug_extract_index *ix)
{
    if (!ix->pool)
        return;
    while (ix->pool->free) {
        brug__xwork *w = ix->pool->free;
        ix->pool->free = w->next;
        work_free(ix, w);
    }
    pthread_mutex_destroy(&ix->pool->mu);
    brug__free(&ix->alloc, ix->pool);
    ix->pool = NULL;
}

/* A clean workspace: the index's last one given back, or a new one. */
static brug__xwork *work_take(const brug_extract_index *ix)
{
    const brug_alloc *al = &ix->alloc;
    brug__xwork *w;
    uint32_t c;
    pthread_mutex_lock(&ix->pool->mu);
    w = ix->pool->free;
    if (w)
        ix->pool->free = w->next;
    pthread_mutex_unlock(&ix->pool->mu);
    if (w)
        return w;
    w = brug__calloc(al, 1, sizeof(*w));
    if (!w)
        return NULL;
    if (brug__xstem_init(&w->st) != BRUG_OK) {
        brug__free(al, w);
        return NULL;
    }
    w->cand_of = brug__calloc(al, (size_t)ix->nconcept + 1, sizeof(*w->cand_of));
    w->acc = brug__calloc(al, (size_t)ix->nconcept + 1, sizeof(*w->acc));
    w->acc_touched = brug__malloc(al, ((size_t)ix->nconcept + 1) * sizeof(uint32_t));
    w->acc_reached = brug__malloc(al, ((size_t)ix->nconcept + 1) * sizeof(uint32_t));
    w->covs = brug__malloc(al, ((size_t)ix->nconcept + 1) * sizeof(*w->covs));
    w->scores = brug__malloc(al, ((size_t)ix->nconcept + 1) * sizeof(*w->scores));
    w->qbits = brug__calloc(al, (size_t)ix->nterm / 64 + 1, sizeof(*w->qbits));
    if (!w->cand_of || !w->acc || !w->acc_touched || !w->acc_reached || !w->covs || !w->scores ||
        !w->qbits) {
        work_free(ix, w);
        return NULL;
    }
    for (c = 0; c <= ix->nconcept; c++) {
        w->acc[c].lab_min[0] = ix->lab_min_idf[brug__x_lab_slot(c, 0)];
        w->acc[c].lab_min[1] = ix->lab_min_idf[brug__x_lab_slot(c, 1)];
    }
    return w;
}

/* Back to the index when the run left it clean (it ended well), else freed. */
static void work_give(const brug_extract_index *ix, brug__xwork *w, int clean)
{
    if (!w)
        return;
    if (!clean) {
        work_free(ix, w);
        return;
    }
    pthread_mutex_lock(&ix->pool->mu);
    w->next = ix->pool->free;
    ix->pool->free = w;
    pthread_mutex_unlock(&ix->pool->mu);
}

static void run_release(run *r, int clean)
{
    size_t i;
    if (clean && r->cand_of)
        for (i = 0; i < r->ncand; i++)
            r->cand_of[r->cands[i].concept] = 0;
    work_give(r->ix, r->work, clean);
    r->work = NULL;
    brug__xtext_release(&r->tx);
    brug__arena_release(&r->arena);
}

/* The per-token arrays and the first candidate table, from the arena. */
static brug_err run_alloc(run *r)
{
    size_t n = r->n ? r->n : 1;
    int l;
    for (l = 0; l < BRUG__XL_N; l++) {
        r->term[l] = brug__arena_calloc(&r->arena, n, sizeof(uint32_t));
        if (!r->term[l])
            return BRUG_ENOMEM;
    }
    r->mod = brug__arena_calloc(&r->arena, n, sizeof(uint32_t));
    r->cognate = brug__arena_calloc(&r->arena, n, sizeof(uint32_t));
    r->verb_of = brug__arena_calloc(&r->arena, n, sizeof(uint32_t));
    r->head = brug__arena_calloc(&r->arena, n, sizeof(uint32_t));
    r->skip = brug__arena_calloc(&r->arena, n, 1);
    r->drop = brug__arena_calloc(&r->arena, n, 1);
    r->ct = brug__arena_calloc(&r->arena, n, sizeof(uint32_t));
    r->capcand = 256;
    r->cands = brug__arena_alloc(&r->arena, r->capcand * sizeof(*r->cands));
    r->acc = r->work->acc;
    r->acc_touched = r->work->acc_touched;
    r->acc_reached = r->work->acc_reached;
    r->covs = r->work->covs;
    r->qbits = r->work->qbits;
    r->scores = r->work->scores;
    r->cand_of = r->work->cand_of;
    if (!r->mod || !r->cognate || !r->verb_of || !r->head || !r->skip || !r->drop || !r->ct ||
        !r->cands)
        return BRUG_ENOMEM;
    return BRUG_OK;
}

static brug_err analyse(run *r)
{
    const brug_extract_index *ix = r->ix;
    size_t i;
    brug_err err;
    for (i = 0; i < r->n; i++) {
        const char *w = brug__xtok_word(&r->tx, i);
        size_t len = r->tx.tok[i].flen;
        r->skip[i] = (uint8_t)brug__x_is_stop(r->lang, w, len);
        if (r->skip[i])
            continue;
        r->ct[r->nct++] = (uint32_t)i;
        r->term[r->lang][i] = brug__x_term(ix, r->st, r->lang, w, len);
        if (r->lang == BRUG__XL_NL) {
            r->term[BRUG__XL_NL][i] =
                brug__x_dutch_verb_t(r->ix, r->st, w, len, r->term[BRUG__XL_NL][i]);
            r->term[BRUG__XL_EN][i] = brug__x_term(ix, r->st, BRUG__XL_EN, w, len);
        }
    }
    if (r->o->method == BRUG_EXTRACT_BM25) {
        uint32_t q[1024];
        float qw[1024];
        size_t nown, nq = sentence_terms(r, 0, r->n, q, qw, sizeof(q) / sizeof(q[0]), 1, &nown);
        return bm25_plain(r, q, qw, nq);
    }
    mark_noise(r);
    mark_negation(r);
    if (r->lang == BRUG__XL_NL) {
        err = separable_verbs(r);
        if (err)
            return err;
        for (i = 0; i < r->nct; i++)
            split_compound(r, r->ct[i]);
        for (i = 0; i < r->nct; i++) {
            size_t k = r->ct[i];
            uint32_t t = r->term[BRUG__XL_NL][k];
            if (!r->mod[k] && !r->tx.tok[k].digit &&
                (!t || ix->trans_ptr[t + 1] == ix->trans_ptr[t]))
                r->cognate[k] =
                    brug__x_cognate(r->ix, r->st, brug__xtok_word(&r->tx, k), r->tx.tok[k].flen);
        }
    }
    err = match_labels(r);
    if (!err)
        err = label_evidence(r);
    if (!err)
        err = description_evidence(r);
    if (err)
        return err;
    for (i = 0; i < r->ncand; i++) {
        cand *x = &r->cands[i];
        x->raw = x->label_ev + W_DESC * x->desc_ev + W_COV * x->cov_ev;
    }
    proximity(r);
    if (r->o->type != BRUG_EXTRACT_OCCUPATION) {
        err = implied_skills(r);
        if (err)
            return err;
        for (i = 0; i < r->ncand; i++) {
            cand *x = &r->cands[i];
            if (x->concept >= ix->nskill)
                continue;
            x->raw += W_IMPLIED * x->implied;
            if (x->raw > 0)
                x->raw += W_PRIOR * ix->prior[x->concept];
        }
        return cooccurrence(r);
    }
    return BRUG_OK;
}

brug_err brug_extract(const brug_extract_index *ix, const char *text, size_t len,
                      const brug_extract_opts *opts, json_t **out, char *msg, size_t size)
{
    brug_extract_opts defaults;
    run r;
    size_t bad = 0, top;
    brug_err err;
    json_t *doc = NULL, *list;

    if (out)
        *out = NULL;
    if (msg && size)
        msg[0] = '\0';
    if (!ix || !out || (!text && len))
        return fail(msg, size, BRUG_EINVAL, "extract: no index or no text");
    if (!opts) {
        brug_extract_opts_init(&defaults);
        opts = &defaults;
    }
    top = opts->top ? opts->top : BRUG_EXTRACT_DEFAULT_TOP;
    if (top > BRUG_EXTRACT_MAX_TOP) {
        if (msg && size)
            snprintf(msg, size, "top: at most %d", BRUG_EXTRACT_MAX_TOP);
        return BRUG_EINVAL;
    }
    if (len > BRUG_EXTRACT_MAX_TEXT) {
        if (msg && size)
            snprintf(msg, size,
                     "text: %zu bytes is more than the %u bytes one extraction reads "
                     "(split it, e.g. brug extract --lines)",
                     len, BRUG_EXTRACT_MAX_TEXT);
        return BRUG_ETOOBIG;
    }
    memset(&r, 0, sizeof(r));
    r.ix = ix;
    r.o = opts;
    if (opts->lang && opts->lang[0] && strcmp(opts->lang, "auto") != 0 &&
        strcmp(opts->lang, "en") != 0 && strcmp(opts->lang, "nl") != 0) {
        if (msg && size)
            snprintf(msg, size, "lang: expected nl, en or auto, not '%.16s'", opts->lang);
        return BRUG_EINVAL;
    }
    brug__arena_init(&r.arena, &ix->alloc, 0);
    brug__xtext_init(&r.tx, &ix->alloc);
    r.work = work_take(ix);
    err = r.work ? BRUG_OK : BRUG_ENOMEM;
    if (!err) {
        r.st = &r.work->st;
        err = brug__xtext_tokenize(&r.tx, text ? text : "", len, &bad);
    }
    if (err == BRUG_EINVAL) {
        if (msg && size)
            snprintf(msg, size, "text: not valid UTF-8 at byte offset %zu (byte 0x%02X)", bad,
                     (unsigned)(unsigned char)text[bad]);
        run_release(&r, 1);
        return BRUG_EINVAL;
    }
    if (!err) {
        r.n = r.tx.n;
        if (opts->lang && strcmp(opts->lang, "nl") == 0)
            r.lang = BRUG__XL_NL;
        else if (opts->lang && strcmp(opts->lang, "en") == 0)
            r.lang = BRUG__XL_EN;
        else
            r.lang = guess_lang(&r);
        err = run_alloc(&r);
    }
    if (!err)
        err = analyse(&r);
    if (!err) {
        doc = json_pack("{s:s}", "lang", r.lang == BRUG__XL_NL ? "nl" : "en");
        if (!doc)
            err = BRUG_ENOMEM;
    }
    if (!err && opts->type != BRUG_EXTRACT_OCCUPATION) {
        list = list_json(&r, 0, top);
        if (!list || json_object_set_new(doc, "skills", list) != 0)
            err = BRUG_ENOMEM;
    }
    if (!err && opts->type != BRUG_EXTRACT_SKILL) {
        list = list_json(&r, 1, top);
        if (!list || json_object_set_new(doc, "occupations", list) != 0)
            err = BRUG_ENOMEM;
    }
    /* an error may leave accumulators or query bits set */
    run_release(&r, err == BRUG_OK);
    if (err) {
        json_decref(doc);
        return fail(msg, size, err, "extract: out of memory");
    }
    *out = doc;
    return BRUG_OK;
}
