/*
 * search.c - finding occupations and skills by label: query parsing,
 * the staged matching over the label index (a backend's, through
 * brug__search_match: terms and operators, no query syntax), scoring and
 * ranking (see include/brug/search.h for the user-visible rules).
 *
 * A query is folded (fold.h) into words and matched in stages, each run
 * only while the earlier ones found fewer concepts than the page needs
 * (a later stage can only find lower tiers, so stopping early never
 * changes the order of what is shown):
 *   1. labels equal to the whole query (an index lookup);
 *   2. labels with every query word as a word or word prefix, or with two
 *      adjacent query words written together (prefix terms; the
 *      index's "joined" column also makes "softwareontwikkelaar" match the
 *      label "software ontwikkelaar");
 *   3. per query word, alternatives from the vocabulary: words containing
 *      it ("monteur" -> "warmtepompmonteur"), splits into two words
 *      ("verpleegkundigeouderenzorg"), and near spellings by trigram
 *      similarity and edit distance ("sofware" -> "software");
 *   4. labels matching only some of the query words.
 * Each candidate label is scored in C against the query words; a concept
 * keeps its best label.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libstemmer.h>

#include "brug/search.h"
#include "alloc.h"
#include "fold.h"
#include "backend.h"
#include "store_search.h"

#define MAX_QWORDS 8   /* query words used */
#define WORD_MAX 64    /* bytes kept of a query word */
#define MAX_EXP 16     /* alternatives per query word */
#define MAX_STEMALT 6  /* other forms of a query word ("nurses" for "nurse") */
#define MAX_INFIX 6    /* of which words containing it */
#define MAX_FUZZY 6    /* of which near spellings */
#define MAX_LWORDS 48  /* label words looked at */
#define CAND_CAP 300   /* label rows read per stage (shortest first) */
#define QTOK_MAX 1024  /* tokens of a label query */
#define QTEXT_MAX 8192 /* bytes of its terms */
#define RARE_DF 2      /* a word in at most this many labels may be a typo */

/* How a query word matched a label word, as a strength in [0, 1]. */
#define S_EXACT 1.0
#define S_STEM 0.9    /* the same Snowball stem: "nurses" and "nurse" */
#define S_JOINED 0.95 /* two label words written together, or two query words */
#define S_PREFIX 0.8
#define S_JOINED_PREFIX 0.76
#define S_SPLIT 0.7
#define S_INFIX 0.6
#define S_FUZZY 0.55 /* minus 0.05 per edit */
#define S_FUZZY_PREFIX 0.35

enum { EXP_INFIX, EXP_SPLIT, EXP_FUZZY, EXP_FUZZY_PREFIX };

typedef struct expansion {
    char a[WORD_MAX];
    char b[WORD_MAX]; /* EXP_SPLIT: the second part, matched as a prefix */
    int type;
    double strength;
} expansion;

typedef struct qword {
    char w[WORD_MAX];
    size_t len;
    expansion exp[MAX_EXP];
    int nexp;
    int known;                       /* a word, or the prefix of a word, of the vocabulary */
    int exact;                       /* a word of the vocabulary: the number of labels with it */
    char stem[2][WORD_MAX];          /* English and Dutch stems when they differ from w, else "" */
    char alt[MAX_STEMALT][WORD_MAX]; /* vocabulary words with one of those stems */
    int whole;                       /* a common word as typed: not also taken as a prefix */
    int nalt;
} qword;

/* The best label found so far for one concept. */
typedef struct acc {
    int64_t concept;
    int64_t label_id;
    double score;
    int kind;
    int role;
    size_t matched; /* offset into pool */
    size_t lang;    /* offset into pool */
    size_t matched_len;
    int pref_tier; /* best tier of a label in the preferred language, -1 none */
} acc;

typedef struct search_ctx {
    brug_db *db;
    const brug_alloc *alloc;
    int kind;         /* 0 any */
    const char *lang; /* only labels in this language match; NULL any */
    const char *pref; /* labels in this language rank first within a tier; NULL none */
    brug_err err;

    brug__fold_buf fold;
    char *query; /* folded query */
    size_t query_len;
    char *compact;   /* folded query without spaces */
    const char *raw; /* the query as given, and its length without outer spaces */
    size_t raw_len;
    qword *qw;
    int nq;

    acc *accs;
    size_t nacc, capacc;
    uint32_t *slots; /* hash of concept -> accs index + 1 */
    size_t nslots;
    char *pool;
    size_t npool, cappool;

    brug__search_tok *tok; /* the label query being built */
    size_t ntok;
    char *qtext; /* its terms' text */
    size_t nqtext;
    int q_full; /* it grew past QTOK_MAX or QTEXT_MAX: the stage is skipped */

    struct sb_stemmer *stemmer[2]; /* English, Dutch; NULL when not wanted */
    int stems;                     /* some query word has a stem of its own */
} search_ctx;

/* --- Small helpers ---------------------------------------------------- */

static int starts_with(const char *s, size_t n, const char *p, size_t m)
{
    return n >= m && memcmp(s, p, m) == 0;
}

static int eq(const char *s, size_t n, const char *p, size_t m)
{
    return n == m && memcmp(s, p, m) == 0;
}

static size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

static brug_err oom(search_ctx *c)
{
    c->err = BRUG_ENOMEM;
    return brug__db_error(c->db, BRUG_ENOMEM, "out of memory searching");
}

static int pool_add(search_ctx *c, const char *s, size_t n, size_t *off)
{
    if (c->npool + n + 1 > c->cappool) {
        size_t cap = c->cappool ? c->cappool : 4096;
        char *p;
        while (cap < c->npool + n + 1)
            cap *= 2;
        p = brug__realloc(c->alloc, c->pool, cap);
        if (!p)
            return 0;
        c->pool = p;
        c->cappool = cap;
    }
    memcpy(c->pool + c->npool, s, n);
    c->pool[c->npool + n] = '\0';
    *off = c->npool;
    c->npool += n + 1;
    return 1;
}

/* --- Label queries (store_search.h: terms, AND, OR, parentheses) --- */

static void ex_reset(search_ctx *c)
{
    c->ntok = 0;
    c->nqtext = 0;
    c->q_full = 0;
}

static void ex_op(search_ctx *c, int kind)
{
    if (c->ntok >= QTOK_MAX) {
        c->q_full = 1;
        return;
    }
    c->tok[c->ntok].kind = (uint8_t)kind;
    c->tok[c->ntok].prefix = 0;
    c->tok[c->ntok].off = 0;
    c->tok[c->ntok].len = 0;
    c->ntok++;
}

/* A term: the folded text w[0..n), also as a prefix when prefix is set. */
static void ex_term(search_ctx *c, const char *w, size_t n, int prefix)
{
    if (c->ntok >= QTOK_MAX || c->nqtext + n > QTEXT_MAX) {
        c->q_full = 1;
        return;
    }
    memcpy(c->qtext + c->nqtext, w, n);
    c->tok[c->ntok].kind = BRUG__SEARCH_TERM;
    c->tok[c->ntok].prefix = prefix ? 1 : 0;
    c->tok[c->ntok].off = (uint32_t)c->nqtext;
    c->tok[c->ntok].len = (uint32_t)n;
    c->ntok++;
    c->nqtext += n;
}

/* A query word as an index term: a prefix from two characters on. */
static void ex_word(search_ctx *c, const char *w, size_t n)
{
    ex_term(c, w, n, n >= 2);
}

/* --- Scoring ---------------------------------------------------------- */

typedef struct lword {
    const char *s;
    size_t n;
} lword;

static int split_words(const char *s, size_t n, lword *out, int max)
{
    int k = 0;
    size_t i = 0;
    while (i < n && k < max) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        out[k].s = s + i;
        out[k].n = j - i;
        k++;
        i = j + 1;
    }
    return k;
}

/* Does label word pair (x, y) written together equal / begin with w? */
static int joined_eq(const lword *x, const lword *y, const char *w, size_t n)
{
    return n == x->n + y->n && memcmp(w, x->s, x->n) == 0 && memcmp(w + x->n, y->s, y->n) == 0;
}

static int joined_prefix(const lword *x, const lword *y, const char *w, size_t n)
{
    return n > x->n && n < x->n + y->n && memcmp(w, x->s, x->n) == 0 &&
           memcmp(w + x->n, y->s, n - x->n) == 0;
}

/* The best strength with which query word q matches the label words,
 * marking the label words it covers. */
/* Does label word l have the Snowball stem stem (by stemmer k)? */
static int same_stem(const search_ctx *c, int k, const lword *l, const char *stem)
{
    size_t n = strlen(stem);
    const sb_symbol *out;
    if (!starts_with(l->s, l->n, stem, n) || !c->stemmer[k])
        return 0;
    out = sb_stemmer_stem(c->stemmer[k], (const sb_symbol *)l->s, (int)l->n);
    return out && (size_t)sb_stemmer_length(c->stemmer[k]) == n && memcmp(out, stem, n) == 0;
}

/* How much of a label word a match covers, for the coverage score. */
static double cover_weight(double strength, size_t qlen, size_t wlen)
{
    double part = wlen ? (double)qlen / (double)wlen : 1;
    if (part > 1)
        part = 1;
    if (strength >= S_JOINED && strength != S_STEM)
        return 1;
    if (strength == S_STEM)
        return 0.8;
    if (strength == S_PREFIX || strength == S_JOINED_PREFIX || strength == S_INFIX)
        return part > 0.5 ? part : 0.5;
    return 0.8;
}

static double word_strength(const search_ctx *c, const qword *q, const lword *lw, int nl,
                            double *covered, int *head)
{
    double best = 0;
    int bj = -1, bspan = 0, j, e;
    for (j = 0; j < nl; j++) {
        double s = 0;
        int span = 1;
        if (eq(lw[j].s, lw[j].n, q->w, q->len))
            s = S_EXACT;
        else if (j + 1 < nl && joined_eq(&lw[j], &lw[j + 1], q->w, q->len))
            s = S_JOINED, span = 2;
        else if ((q->stem[0][0] && same_stem(c, 0, &lw[j], q->stem[0])) ||
                 (q->stem[1][0] && same_stem(c, 1, &lw[j], q->stem[1])))
            s = S_STEM;
        else if (starts_with(lw[j].s, lw[j].n, q->w, q->len))
            s = S_PREFIX;
        else if (j + 1 < nl && joined_prefix(&lw[j], &lw[j + 1], q->w, q->len))
            s = S_JOINED_PREFIX, span = 2;
        for (e = 0; e < q->nexp && s < S_SPLIT; e++) {
            const expansion *x = &q->exp[e];
            size_t an = strlen(x->a);
            double t = 0;
            int tspan = 1;
            if (x->type == EXP_SPLIT) {
                if (j + 1 < nl && eq(lw[j].s, lw[j].n, x->a, an) &&
                    starts_with(lw[j + 1].s, lw[j + 1].n, x->b, strlen(x->b)))
                    t = x->strength, tspan = 2;
            } else if (x->type == EXP_FUZZY_PREFIX) {
                if (starts_with(lw[j].s, lw[j].n, x->a, an))
                    t = x->strength;
            } else if (eq(lw[j].s, lw[j].n, x->a, an)) {
                t = x->strength;
            }
            if (t > s)
                s = t, span = tspan;
        }
        if (s > best)
            best = s, bj = j, bspan = span;
    }
    if (bj >= 0) {
        size_t wlen = lw[bj].n + (bspan == 2 ? lw[bj + 1].n : 0);
        double w = cover_weight(best, q->len, wlen);
        if (w > covered[bj])
            covered[bj] = w;
        if (bspan == 2 && w > covered[bj + 1])
            covered[bj + 1] = w;
        if (bj + bspan == nl)
            *head = 1;
    }
    return best;
}

/*
 * Within a tier: the label's role, how much of it the query covers,
 * whether the query matched its last word (the head of a Dutch or English
 * noun phrase: "specialist nurse", "algemeen verpleegkundige"), and a
 * little for occupations, which a bare noun usually means.  The weights
 * sum to 1.
 */
#define W_ROLE 0.45
#define W_COVER 0.4
#define W_HEAD 0.1
#define W_OCC 0.05

static double role_weight(int role)
{
    return role == 0 ? 1.0 : role == 1 ? 0.6 : 0.3;
}

/* Does text equal the query as given, ignoring ASCII case and outer
 * spaces? */
static int raw_equal(const search_ctx *c, const char *text)
{
    size_t n = strlen(text);
    return n == c->raw_len && strncasecmp(text, c->raw, n) == 0;
}

/* The score of a label (see search.h for the rules); 0 when it does not
 * match at all. */
static double score_label(const search_ctx *c, const brug__search_row *r)
{
    lword lw[MAX_LWORDS];
    double covered[MAX_LWORDS];
    double strength[MAX_QWORDS], minimum = 1, matched = 0;
    int nl, i, j, head = 0, tier;
    size_t letters = 0, k;
    double cov = 0;
    double coverage, inner;

    /* The whole label; a hair less when only the folded forms agree
     * ("c++" is "C++" before it is "C#"). */
    if (eq(r->folded, r->folded_len, c->query, c->query_len))
        return (5 + W_ROLE * role_weight(r->role) + W_COVER + W_HEAD + W_OCC -
                (raw_equal(c, r->text) ? 0 : 0.005)) /
               6;
    nl = split_words(r->folded, r->folded_len, lw, MAX_LWORDS);
    for (i = 0; i < MAX_LWORDS; i++)
        covered[i] = 0;
    for (i = 0; i < nl; i++)
        letters += lw[i].n;
    /* The label written without spaces equals the query so written. */
    if (letters == strlen(c->compact)) {
        k = 0;
        for (i = 0; i < nl; i++) {
            if (memcmp(c->compact + k, lw[i].s, lw[i].n) != 0)
                break;
            k += lw[i].n;
        }
        if (i == nl)
            return (5 + W_ROLE * role_weight(r->role) + 0.9 * W_COVER + W_HEAD + W_OCC) / 6;
    }
    for (i = 0; i < c->nq; i++)
        strength[i] = -1;
    /* Two query words that the label writes as one word. */
    for (i = 0; i + 1 < c->nq; i++) {
        for (j = 0; j < nl; j++) {
            const qword *a = &c->qw[i], *b = &c->qw[i + 1];
            if (lw[j].n == a->len + b->len && memcmp(lw[j].s, a->w, a->len) == 0 &&
                memcmp(lw[j].s + a->len, b->w, b->len) == 0) {
                strength[i] = strength[i + 1] = S_JOINED;
                covered[j] = 1;
                if (j == nl - 1)
                    head = 1;
                break;
            }
        }
    }
    for (i = 0; i < c->nq; i++) {
        if (strength[i] < 0)
            strength[i] = word_strength(c, &c->qw[i], lw, nl, covered, &head);
        if (strength[i] < minimum)
            minimum = strength[i];
        if (strength[i] > 0)
            matched += 1;
    }
    if (matched == 0)
        return 0;
    for (i = 0; i < nl; i++)
        cov += covered[i] * (double)lw[i].n;
    coverage = letters ? cov / (double)letters : 0;
    if (minimum >= S_JOINED)
        tier = 4;
    else if (minimum >= S_JOINED_PREFIX)
        tier = 3;
    else if (minimum >= S_INFIX)
        tier = 2;
    else if (minimum > 0)
        tier = 1;
    else
        tier = 0;
    inner = W_ROLE * role_weight(r->role) + W_COVER * coverage + W_HEAD * head +
            W_OCC * (r->kind == BRUG_KIND_OCCUPATION);
    /* Near spellings count for less the further they are. */
    if (tier == 1)
        inner *= (minimum / S_FUZZY) * (minimum / S_FUZZY);
    if (tier == 0)
        inner *= matched / (double)c->nq;
    return (tier + 0.999 * inner) / 6;
}

/* --- Accumulating concepts -------------------------------------------- */

static uint32_t *slot_of(search_ctx *c, int64_t concept)
{
    uint64_t h = (uint64_t) concept * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 20) & (c->nslots - 1);
    for (;;) {
        uint32_t *s = &c->slots[i];
        if (*s == 0 || c->accs[*s - 1].concept == concept)
            return s;
        i = (i + 1) & (c->nslots - 1);
    }
}

static int grow(search_ctx *c)
{
    size_t i, ns = c->nslots ? c->nslots * 2 : 1024;
    uint32_t *slots;
    acc *a = brug__reallocarray(c->alloc, c->accs, ns / 2, sizeof(*a));
    if (!a)
        return 0;
    c->accs = a;
    c->capacc = ns / 2;
    slots = brug__calloc(c->alloc, ns, sizeof(*slots));
    if (!slots)
        return 0;
    brug__free(c->alloc, c->slots);
    c->slots = slots;
    c->nslots = ns;
    for (i = 0; i < c->nacc; i++)
        *slot_of(c, c->accs[i].concept) = (uint32_t)(i + 1);
    return 1;
}

/* The tier of a score (0 typo .. 5 the whole label; see score_label). */
static int tier_of(double score)
{
    int t = (int)(score * 6.0 + 1e-9);
    return t > 5 ? 5 : t;
}

static int on_row(void *ctx, const brug__search_row *r)
{
    search_ctx *c = ctx;
    double score = score_label(c, r);
    uint32_t *s;
    acc *a;
    if (score <= 0)
        return 0;
    if (c->nacc + 1 > c->capacc && !grow(c)) {
        oom(c);
        return 1;
    }
    s = slot_of(c, r->concept);
    if (*s) {
        a = &c->accs[*s - 1];
    } else {
        a = &c->accs[c->nacc];
        *s = (uint32_t)++c->nacc;
        a->concept = r->concept;
        a->score = -1;
        a->pref_tier = -1;
    }
    if (c->pref && strcmp(r->lang, c->pref) == 0 && tier_of(score) > a->pref_tier)
        a->pref_tier = tier_of(score);
    if (score < a->score || (score == a->score && r->id >= a->label_id))
        return 0;
    a->score = score;
    a->label_id = r->id;
    a->kind = r->kind;
    a->role = r->role;
    a->matched_len = strlen(r->text);
    if (!pool_add(c, r->text, a->matched_len, &a->matched) ||
        !pool_add(c, r->lang, strlen(r->lang), &a->lang)) {
        oom(c);
        return 1;
    }
    return 0;
}

/* --- Vocabulary expansions (stage 3) ---------------------------------- */

static int known_prefix(search_ctx *c, const char *w, size_t n, int *exact)
{
    char buf[WORD_MAX + 8];
    char key[WORD_MAX];
    int64_t df;
    memcpy(key, w, n);
    key[n] = '\0';
    brug_err err = brug__search_word_ceil(c->db, key, buf, sizeof(buf), &df);
    if (err) {
        c->err = err;
        return 0;
    }
    if (exact)
        *exact = strcmp(buf, key) == 0 ? (df > INT32_MAX ? INT32_MAX : (int)df) : 0;
    return starts_with(buf, strlen(buf), key, n);
}

static void add_exp(qword *q, int type, const char *a, size_t an, const char *b, size_t bn,
                    double strength)
{
    expansion *x;
    int i;
    if (q->nexp == MAX_EXP || an >= WORD_MAX || bn >= WORD_MAX)
        return;
    for (i = 0; i < q->nexp; i++)
        if (q->exp[i].type == type && strncmp(q->exp[i].a, a, an) == 0 && q->exp[i].a[an] == '\0')
            return;
    x = &q->exp[q->nexp++];
    memcpy(x->a, a, an);
    x->a[an] = '\0';
    memcpy(x->b, b, bn);
    x->b[bn] = '\0';
    x->type = type;
    x->strength = strength;
}

typedef struct infix_ctx {
    qword *q;
} infix_ctx;

static int on_infix(void *ctx, const char *word, int64_t df)
{
    infix_ctx *ic = ctx;
    size_t n = strlen(word);
    (void)df;
    /* Words that begin with q are found as prefixes already. */
    if (!starts_with(word, n, ic->q->w, ic->q->len))
        add_exp(ic->q, EXP_INFIX, word, n, "", 0, S_INFIX);
    return ic->q->nexp >= MAX_INFIX;
}

/*
 * Optimal string alignment distance between a and b, and the smallest
 * distance between a and a prefix of b of about a's length; both are
 * reported as max + 1 once they are sure to exceed max.
 */
static void osa(const char *a, size_t m, const char *b, size_t n, int max, int *full, int *prefix)
{
    int d[WORD_MAX + 1][WORD_MAX + 1];
    size_t i, j, nn = n > m + (size_t)max ? m + (size_t)max : n;
    for (i = 0; i <= m; i++)
        d[i][0] = (int)i;
    for (j = 0; j <= nn; j++)
        d[0][j] = (int)j;
    for (i = 1; i <= m; i++) {
        int rowmin = d[i][0] = (int)i;
        for (j = 1; j <= nn; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
            if (v < rowmin)
                rowmin = v;
        }
        if (rowmin > max) {
            *full = *prefix = max + 1;
            return;
        }
    }
    /* b was cut to m + max characters: then the full distance exceeds max. */
    *full = nn == n ? d[m][n] : max + 1;
    *prefix = *full;
    for (j = m > 1 ? m - 1 : 1; j <= m + 1 && j <= nn; j++)
        if (d[m][j] < *prefix)
            *prefix = d[m][j];
}

typedef struct fuzzy_ctx {
    qword *q;
    int max_dist;
    int allow_prefix;
    struct {
        char w[WORD_MAX];
        int dist, prefix;
        int64_t df;
    } best[MAX_EXP];
    int nbest;
} fuzzy_ctx;

static int on_fuzzy(void *ctx, const char *word, int64_t df)
{
    fuzzy_ctx *fc = ctx;
    size_t n = strlen(word);
    int full, pre, dist, is_prefix, i, worst;
    if (n >= WORD_MAX || n + 3 < fc->q->len)
        return 0;
    osa(fc->q->w, fc->q->len, word, n, fc->max_dist, &full, &pre);
    is_prefix = 0;
    dist = full;
    if (fc->allow_prefix && pre < full) {
        dist = pre;
        is_prefix = 1;
    }
    if (dist == 0 || dist > fc->max_dist)
        return 0;
    /* Keep the closest, then the most frequent. */
    if (fc->nbest < MAX_FUZZY) {
        i = fc->nbest++;
    } else {
        worst = 0;
        for (i = 1; i < fc->nbest; i++)
            if (fc->best[i].dist > fc->best[worst].dist ||
                (fc->best[i].dist == fc->best[worst].dist && fc->best[i].df < fc->best[worst].df))
                worst = i;
        if (dist > fc->best[worst].dist ||
            (dist == fc->best[worst].dist && df <= fc->best[worst].df))
            return 0;
        i = worst;
    }
    memcpy(fc->best[i].w, word, n + 1);
    fc->best[i].dist = dist;
    fc->best[i].prefix = is_prefix;
    fc->best[i].df = df;
    return 0;
}

static int popcount32(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (int)((x * 0x01010101u) >> 24);
}

/*
 * Near spellings of q from the in-memory vocabulary: words of about q's
 * length whose letters differ from q's in few places (a bit-set filter:
 * one edit changes at most two letters' presence), then the edit
 * distance decides.  For the last query word a near prefix also counts
 * ("verpleegkundg" -> "verpleegkundige").
 */
static brug_err fuzzy_words(search_ctx *c, qword *q, int last)
{
    const brug__search_vocab *v;
    uint32_t mq = brug__search_letter_mask(q->w, q->len), mw;
    fuzzy_ctx fc;
    size_t i;
    int k;
    brug_err err = brug__search_vocab_get(c->db, &v);
    if (err)
        return err;
    memset(&fc, 0, sizeof(fc));
    fc.q = q;
    fc.max_dist = q->len <= 5 ? 1 : 2;
    fc.allow_prefix = last;
    for (i = 0; i < v->n; i++) {
        const brug__search_word *w = &v->words[i];
        const char *t = v->text + w->off;
        size_t wl = w->len;
        if (wl + (size_t)fc.max_dist < q->len || wl >= WORD_MAX)
            continue;
        /* Typos rarely hit both of the first two letters. */
        if (t[0] != q->w[0] && t[1] != q->w[1] && !(t[0] == q->w[1] && t[1] == q->w[0]))
            continue;
        if (wl > q->len + (size_t)fc.max_dist) {
            /* Only as a near prefix, for the last word. */
            if (!last)
                continue;
            mw = brug__search_letter_mask(t, q->len + 1);
        } else {
            mw = w->mask;
        }
        /* Each edit adds at most one letter and removes at most one. */
        if (popcount32(mq & ~mw) > fc.max_dist ||
            (wl <= q->len + (size_t)fc.max_dist && popcount32(mw & ~mq) > fc.max_dist))
            continue;
        on_fuzzy(&fc, t, (int64_t)w->df);
    }
    /* A near prefix is likelier meant the longer the typed word. */
    for (k = 0; k < fc.nbest; k++)
        add_exp(q, fc.best[k].prefix ? EXP_FUZZY_PREFIX : EXP_FUZZY, fc.best[k].w,
                strlen(fc.best[k].w), "", 0,
                (fc.best[k].prefix ? (q->len >= 10 ? S_FUZZY - 0.02 : S_FUZZY_PREFIX) : S_FUZZY) -
                    0.05 * fc.best[k].dist);
    return BRUG_OK;
}

static brug_err expand_word(search_ctx *c, qword *q, int last)
{
    int exact = q->exact, splits = 0;
    size_t i;
    brug_err err;

    /* Inside compounds: "monteur" in "warmtepompmonteur" - for a query of
     * one word, or a word not in the vocabulary ("pompmonteur"). */
    if (q->len >= 4 && (c->nq == 1 || !q->known)) {
        infix_ctx ic = {q};
        err = brug__search_words(c->db, q->w, q->len, 0, 0, 64, on_infix, &ic);
        if (err)
            return err;
    }
    /* Written together where the taxonomy writes two words. */
    if (q->len >= 6 && !exact) {
        for (i = 3; i + 3 <= q->len && splits < 3; i++) {
            int ex_a = 0, ex_s = 0;
            if (((unsigned char)q->w[i] & 0xC0) == 0x80)
                continue;
            known_prefix(c, q->w, i, &ex_a);
            /* Dutch joins with an s: "arbeidsbemiddelaar". */
            if (!ex_a && q->w[i - 1] == 's')
                known_prefix(c, q->w, i - 1, &ex_s);
            if (c->err)
                return c->err;
            if ((ex_a || ex_s) && known_prefix(c, q->w + i, q->len - i, NULL)) {
                add_exp(q, EXP_SPLIT, q->w, ex_a ? i : i - 1, q->w + i, q->len - i, S_SPLIT);
                splits++;
            }
        }
    }
    /* Misspelt: neither a word nor the start of one (even when it splits
     * into two words: "wedling" is not "wed" + "ling..."), or a word only
     * one or two labels use (ESCO itself has "sysetm"). */
    if (q->len >= 4 && (!q->known || (exact && exact <= RARE_DF)))
        return fuzzy_words(c, q, last);
    return BRUG_OK;
}

/* One query word and its alternatives as an OR group. */
static int ex_alternatives(search_ctx *c, const qword *q)
{
    int e, n = 0;
    ex_op(c, BRUG__SEARCH_OPEN);
    if (q->known) {
        ex_word(c, q->w, q->len);
        n++;
    }
    for (e = 0; e < q->nexp; e++) {
        const expansion *x = &q->exp[e];
        if (n)
            ex_op(c, BRUG__SEARCH_OR);
        if (x->type == EXP_SPLIT) {
            ex_op(c, BRUG__SEARCH_OPEN);
            ex_term(c, x->a, strlen(x->a), 0);
            ex_op(c, BRUG__SEARCH_AND);
            ex_term(c, x->b, strlen(x->b), 1);
            ex_op(c, BRUG__SEARCH_CLOSE);
        } else {
            ex_term(c, x->a, strlen(x->a), x->type == EXP_FUZZY_PREFIX);
        }
        n++;
    }
    ex_op(c, BRUG__SEARCH_CLOSE);
    return n;
}

/* --- Stages ----------------------------------------------------------- */

static size_t need(const brug_search_opts *o)
{
    return o->offset + o->limit;
}

static brug_err run_match(search_ctx *c)
{
    brug__search_query q;
    brug_err err;
    if (c->q_full || c->ntok == 0)
        return BRUG_OK;
    q.tok = c->tok;
    q.ntok = c->ntok;
    q.text = c->qtext;
    err = brug__search_match(c->db, &q, c->kind, c->lang, CAND_CAP, on_row, c);
    return err ? err : c->err;
}

/* Query word i as a stage-2 term: the last word is a prefix (as typed),
 * the others whole words. */
static void ex_stage2_word(search_ctx *c, const char *w, size_t n, int last)
{
    ex_term(c, w, n, last && !c->qw[c->nq - 1].whole);
}

/* A one-letter last word ("manage student r") would be a prefix query
 * over a large part of the index: it is left to the scoring instead. */
static int stage2_skip(const search_ctx *c, int i)
{
    return i == c->nq - 1 && c->nq > 1 && c->qw[i].len == 1;
}

/* The query words as a conjunction, words j and j + 1 written together
 * when j >= 0. */
static void ex_conjunction(search_ctx *c, int j, const char *both, size_t bn)
{
    int i, terms = 0;
    ex_op(c, BRUG__SEARCH_OPEN);
    for (i = 0; i < c->nq; i++) {
        const char *w = c->qw[i].w;
        size_t n = c->qw[i].len;
        if (i == j) {
            w = both;
            n = bn;
        } else if (stage2_skip(c, i)) {
            continue;
        }
        if (terms++)
            ex_op(c, BRUG__SEARCH_AND);
        ex_stage2_word(c, w, n, i == c->nq - 1 || (i == j && j + 2 == c->nq));
        if (i == j)
            i++;
    }
    ex_op(c, BRUG__SEARCH_CLOSE);
}

static brug_err stage_words(search_ctx *c)
{
    int j;
    ex_reset(c);
    ex_conjunction(c, -1, NULL, 0);
    /* Two adjacent query words the taxonomy writes as one word (only when
     * the vocabulary has that word, which keeps the expression small). */
    for (j = 0; j + 1 < c->nq; j++) {
        char both[2 * WORD_MAX];
        size_t bn = c->qw[j].len + c->qw[j + 1].len;
        int last = j + 2 == c->nq, exact = 0;
        if (bn >= WORD_MAX)
            continue;
        memcpy(both, c->qw[j].w, c->qw[j].len);
        memcpy(both + c->qw[j].len, c->qw[j + 1].w, c->qw[j + 1].len);
        if (!known_prefix(c, both, bn, &exact) || (!last && !exact)) {
            if (c->err)
                return c->err;
            continue;
        }
        ex_op(c, BRUG__SEARCH_OR);
        ex_conjunction(c, j, both, bn);
    }
    return run_match(c);
}

/* Words with their other forms as alternatives ("nurses" finds
 * "specialist nurse"), a query of its own so that labels it adds cannot
 * crowd out those of stage_words within the row cap. */
static brug_err stage_stems(search_ctx *c)
{
    int i, k, terms = 0;
    ex_reset(c);
    for (i = 0; i < c->nq; i++) {
        const qword *q = &c->qw[i];
        if (stage2_skip(c, i))
            continue;
        if (terms++)
            ex_op(c, BRUG__SEARCH_AND);
        ex_op(c, BRUG__SEARCH_OPEN);
        ex_stage2_word(c, q->w, q->len, i == c->nq - 1);
        for (k = 0; k < q->nalt; k++) {
            ex_op(c, BRUG__SEARCH_OR);
            ex_term(c, q->alt[k], strlen(q->alt[k]), 0);
        }
        ex_op(c, BRUG__SEARCH_CLOSE);
    }
    return run_match(c);
}

static brug_err stage_expanded(search_ctx *c, int any)
{
    int i, groups = 0;
    ex_reset(c);
    for (i = 0; i < c->nq; i++) {
        size_t mark = c->ntok, tmark = c->nqtext;
        if (groups)
            ex_op(c, any ? BRUG__SEARCH_OR : BRUG__SEARCH_AND);
        if (ex_alternatives(c, &c->qw[i]) == 0) {
            /* A word nothing matches: leave it out. */
            c->ntok = mark;
            c->nqtext = tmark;
            continue;
        }
        groups++;
    }
    if (!groups || (!any && groups < c->nq && c->nq > 1 && groups == 0))
        return BRUG_OK;
    return run_match(c);
}

static int cmp_acc(const void *pa, const void *pb)
{
    const acc *a = pa, *b = pb;
    int ta = tier_of(a->score), tb = tier_of(b->score);
    /* Within a tier, a concept found by a label in the preferred language first. */
    if (ta != tb)
        return ta > tb ? -1 : 1;
    if ((a->pref_tier == ta) != (b->pref_tier == tb))
        return a->pref_tier == ta ? -1 : 1;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->label_id != b->label_id)
        return a->label_id < b->label_id ? -1 : 1;
    return a->concept < b->concept ? -1 : a->concept > b->concept;
}

/* --- Results ---------------------------------------------------------- */

static brug_err build_results(search_ctx *c, const brug_search_opts *o, brug_search_results **out)
{
    brug_search_results *res;
    size_t first = o->offset < c->nacc ? o->offset : c->nacc;
    size_t n = c->nacc - first, i, bytes = 0;
    char *p;
    struct info {
        size_t uri, label, label_lang;
    } *info = NULL;

    if (n > o->limit)
        n = o->limit;
    if (c->nacc > 1)
        qsort(c->accs, c->nacc, sizeof(*c->accs), cmp_acc);
    if (n) {
        info = brug__calloc(c->alloc, n, sizeof(*info));
        if (!info)
            return oom(c);
    }
    for (i = 0; i < n; i++) {
        const acc *a = &c->accs[first + i];
        const char *uri, *label, *llang;
        brug_err err = brug__search_concept(
            c->db, a->concept, c->pref ? c->pref : c->pool + a->lang, &uri, &label, &llang);
        if (err) {
            brug__free(c->alloc, info);
            return err;
        }
        if (!pool_add(c, uri, strlen(uri), &info[i].uri) ||
            !pool_add(c, label, strlen(label), &info[i].label) ||
            !pool_add(c, llang, strlen(llang), &info[i].label_lang)) {
            brug__free(c->alloc, info);
            return oom(c);
        }
    }
    bytes = sizeof(*res) + n * sizeof(brug_search_hit) + c->npool;
    res = brug__malloc(c->alloc, bytes);
    if (!res) {
        brug__free(c->alloc, info);
        return oom(c);
    }
    memset(res, 0, sizeof(*res));
    res->alloc = *c->alloc;
    res->count = n;
    res->total = c->nacc;
    res->hits = (brug_search_hit *)(res + 1);
    p = (char *)(res->hits + n);
    if (c->npool)
        memcpy(p, c->pool, c->npool);
    for (i = 0; i < n; i++) {
        const acc *a = &c->accs[first + i];
        brug_search_hit *h = &res->hits[i];
        h->uri = p + info[i].uri;
        h->kind = (brug_kind)a->kind;
        h->label = p + info[i].label;
        h->label_lang = p + info[i].label_lang;
        h->matched = p + a->matched;
        h->matched_lang = p + a->lang;
        h->matched_role = a->role;
        h->score = a->score > 1 ? 1 : a->score;
    }
    brug__free(c->alloc, info);
    *out = res;
    return BRUG_OK;
}

/* --- Public API --------------------------------------------------------- */

void brug_search_opts_init(brug_search_opts *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->type = BRUG_SEARCH_ANY;
    opts->limit = BRUG_SEARCH_DEFAULT_LIMIT;
}

static void ctx_release(search_ctx *c)
{
    brug__fold_release(&c->fold);
    brug__free(c->alloc, c->query);
    brug__free(c->alloc, c->qw);
    brug__free(c->alloc, c->accs);
    brug__free(c->alloc, c->slots);
    brug__free(c->alloc, c->pool);
    brug__free(c->alloc, c->tok);
    brug__free(c->alloc, c->qtext);
    if (c->stemmer[0])
        sb_stemmer_delete(c->stemmer[0]);
    if (c->stemmer[1])
        sb_stemmer_delete(c->stemmer[1]);
}

/* The first vocabulary word >= key (the vocabulary is in byte order). */
static size_t vocab_lower(const brug__search_vocab *v, const char *key, size_t n)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const brug__search_word *w = &v->words[mid];
        size_t m = w->len < n ? w->len : n;
        int r = memcmp(v->text + w->off, key, m);
        if (r < 0 || (r == 0 && w->len < n))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Could t be an inflected form of q, or q of t?  Up to two letters longer
 * or shorter and the same up to the last letter of the shorter one
 * (nurse/nurses, lasser/lassers, operation/operations - not manager/
 * management, which Snowball also gives one stem). */
static int near_form(const char *t, size_t tn, const qword *q)
{
    size_t shorter = tn < q->len ? tn : q->len, longer = tn < q->len ? q->len : tn;
    return longer - shorter <= 2 && shorter >= 3 && memcmp(t, q->w, shorter - 1) == 0;
}

/* Add to q the vocabulary words that start with stem k and have it as
 * their stem too: the other forms of the word. */
static void stem_forms(search_ctx *c, const brug__search_vocab *v, qword *q, int k)
{
    const char *stem = q->stem[k];
    size_t n = strlen(stem), i = vocab_lower(v, stem, n), seen;
    for (seen = 0; i < v->n && seen < 64 && q->nalt < MAX_STEMALT; i++, seen++) {
        const brug__search_word *w = &v->words[i];
        const char *t = v->text + w->off;
        lword l;
        int a;
        if (w->len < n || memcmp(t, stem, n) != 0)
            break;
        if (w->len >= WORD_MAX || eq(t, w->len, q->w, q->len) || !near_form(t, w->len, q))
            continue;
        l.s = t;
        l.n = w->len;
        if (!same_stem(c, k, &l, stem))
            continue;
        for (a = 0; a < q->nalt; a++)
            if (strcmp(q->alt[a], t) == 0)
                break;
        if (a == q->nalt)
            memcpy(q->alt[q->nalt++], t, (size_t)w->len + 1);
    }
}

/*
 * A last word that is itself a common word ("manager", "machine") is
 * taken as typed: as a prefix it would merge the index entries of every
 * longer word, the costliest part of a query, to add words its stems and
 * the compound stage find anyway.
 */
#define WHOLE_DF 10

static brug_err last_word_whole(search_ctx *c, const brug__search_vocab *v)
{
    qword *q;
    size_t i;
    brug_err err;
    if (c->nq == 0)
        return BRUG_OK;
    q = &c->qw[c->nq - 1];
    if (q->len < 4)
        return BRUG_OK;
    if (!v) {
        err = brug__search_vocab_get(c->db, &v);
        if (err)
            return err;
    }
    i = vocab_lower(v, q->w, q->len);
    if (i < v->n && eq(v->text + v->words[i].off, v->words[i].len, q->w, q->len) &&
        v->words[i].df >= WHOLE_DF)
        q->whole = 1;
    return BRUG_OK;
}

/*
 * The English and Dutch Snowball stems of the query words (only the
 * language asked for, when it is one of those), and the vocabulary words
 * sharing them.
 */
static brug_err stem_words(search_ctx *c)
{
    static const char *const algo[2] = {"english", "dutch"};
    static const char *const code[2] = {"en", "nl"};
    const brug__search_vocab *v = NULL;
    int j, k;
    brug_err err;
    for (k = 0; k < 2; k++) {
        if (c->lang && strcmp(c->lang, code[k]) != 0)
            continue;
        for (j = 0; j < c->nq; j++) {
            qword *q = &c->qw[j];
            const sb_symbol *out;
            int n;
            if (q->len < 4)
                continue;
            if (!c->stemmer[k]) {
                c->stemmer[k] = sb_stemmer_new(algo[k], NULL);
                if (!c->stemmer[k])
                    return oom(c);
            }
            out = sb_stemmer_stem(c->stemmer[k], (const sb_symbol *)q->w, (int)q->len);
            if (!out)
                return oom(c);
            n = sb_stemmer_length(c->stemmer[k]);
            if (n < 3 || n >= WORD_MAX)
                continue;
            memcpy(q->stem[k], out, (size_t)n);
            q->stem[k][n] = '\0';
            if (!v) {
                err = brug__search_vocab_get(c->db, &v);
                if (err)
                    return err;
            }
            stem_forms(c, v, q, k);
            c->stems |= q->nalt > 0;
        }
    }
    return last_word_whole(c, v);
}

/* Fold text and cut it into query words. */
static brug_err parse_query(search_ctx *c, const char *text)
{
    size_t n = utf8_cut(text, strlen(text), BRUG_SEARCH_MAX_QUERY), i = 0, k = 0;
    brug_err err = brug__fold(&c->fold, text, n);
    c->raw = text;
    c->raw_len = n;
    while (c->raw_len && (unsigned char)*c->raw <= ' ')
        c->raw++, c->raw_len--;
    while (c->raw_len && (unsigned char)c->raw[c->raw_len - 1] <= ' ')
        c->raw_len--;
    lword w[MAX_QWORDS];
    int nw, j;

    if (err == BRUG_EINVAL)
        return brug__db_error(c->db, BRUG_EINVAL, "search: the query is not valid UTF-8");
    if (err)
        return oom(c);
    nw = split_words(c->fold.text, c->fold.len, w, MAX_QWORDS);
    c->query = brug__malloc(c->alloc, 2 * (c->fold.len + 1));
    c->qw = brug__calloc(c->alloc, MAX_QWORDS, sizeof(*c->qw));
    c->tok = brug__malloc(c->alloc, QTOK_MAX * sizeof(*c->tok));
    c->qtext = brug__malloc(c->alloc, QTEXT_MAX);
    if (!c->query || !c->qw || !c->tok || !c->qtext)
        return oom(c);
    /* The query as used: its first words, each at most WORD_MAX - 1 bytes. */
    for (j = 0; j < nw; j++) {
        qword *q = &c->qw[j];
        q->len = utf8_cut(w[j].s, w[j].n, WORD_MAX - 1);
        memcpy(q->w, w[j].s, q->len);
        q->w[q->len] = '\0';
        if (j)
            c->query[i++] = ' ';
        memcpy(c->query + i, q->w, q->len);
        i += q->len;
    }
    c->query[i] = '\0';
    c->query_len = i;
    c->compact = c->query + i + 1;
    for (j = 0; j < nw; j++) {
        memcpy(c->compact + k, c->qw[j].w, c->qw[j].len);
        k += c->qw[j].len;
    }
    c->compact[k] = '\0';
    c->nq = nw;
    return stem_words(c);
}

/* Concepts found so far with a score of at least min. */
static size_t count_at_least(const search_ctx *c, double min)
{
    size_t i, n = 0;
    for (i = 0; i < c->nacc; i++)
        n += c->accs[i].score >= min;
    return n;
}

static brug_err search(search_ctx *c, const char *text, const brug_search_opts *o)
{
    brug_err err = parse_query(c, text);
    int i, unknown = 0;
    if (err || c->nq == 0)
        return err;
    /* 1: whole words, the last one as a prefix (labels equal to the query
     * come first: the index is in length order). */
    err = stage_words(c);
    /* Other forms of the words match at most in tier 3: not needed when
     * the page is already full of better. */
    if (!err && c->stems && count_at_least(c, 4.0 / 6) < need(o))
        err = stage_stems(c);
    if (err || c->nacc >= need(o))
        return err;
    /* 2: compounds and typos - when a word is not in the vocabulary, the
     * query is a single word (Dutch compounds: "monteur" in
     * "warmtepompmonteur"), or nothing was found. */
    for (i = 0; i < c->nq; i++) {
        qword *q = &c->qw[i];
        q->known = known_prefix(c, q->w, q->len, &q->exact);
        if (c->err)
            return c->err;
        unknown += !q->known;
    }
    if (!unknown && c->nq > 1 && c->nacc > 0)
        return BRUG_OK;
    for (i = 0; i < c->nq; i++) {
        err = expand_word(c, &c->qw[i], i == c->nq - 1);
        if (err)
            return err;
    }
    err = stage_expanded(c, 0);
    if (err || c->nacc > 0 || c->nq < 2)
        return err;
    /* 3: nothing yet: labels with some of the words. */
    return stage_expanded(c, 1);
}

brug_err brug_search_run(brug_db *db, const char *text, const brug_search_opts *opts,
                         brug_search_results **out)
{
    brug_search_opts o;
    search_ctx c;
    brug_err err;

    *out = NULL;
    if (opts)
        o = *opts;
    else
        brug_search_opts_init(&o);
    if (!text)
        return brug__db_error(db, BRUG_EINVAL, "search: no query text");
    if (o.limit == 0)
        o.limit = BRUG_SEARCH_DEFAULT_LIMIT;
    if (o.limit > BRUG_SEARCH_MAX_LIMIT)
        return brug__db_error(db, BRUG_EINVAL, "search: limit %zu is above the maximum %d", o.limit,
                              BRUG_SEARCH_MAX_LIMIT);
    if (o.offset > BRUG_SEARCH_MAX_OFFSET)
        return brug__db_error(db, BRUG_EINVAL, "search: offset %zu is above the maximum %d",
                              o.offset, BRUG_SEARCH_MAX_OFFSET);
    if (o.type != BRUG_SEARCH_ANY && o.type != BRUG_SEARCH_OCCUPATION &&
        o.type != BRUG_SEARCH_SKILL)
        return brug__db_error(db, BRUG_EINVAL, "search: unknown type %d", (int)o.type);
    if (o.lang && o.lang[0] && strcmp(o.lang, "any") != 0 && strlen(o.lang) > 15)
        return brug__db_error(db, BRUG_EINVAL, "search: language code '%.20s...' is too long",
                              o.lang);

    memset(&c, 0, sizeof(c));
    c.db = db;
    c.alloc = &db->alloc;
    c.kind = o.type == BRUG_SEARCH_OCCUPATION ? BRUG_KIND_OCCUPATION
             : o.type == BRUG_SEARCH_SKILL    ? BRUG_KIND_SKILL
                                              : 0;
    c.pref = o.lang && o.lang[0] && strcmp(o.lang, "any") != 0 ? o.lang : NULL;
    c.lang = o.only_lang ? c.pref : NULL;
    brug__fold_init(&c.fold, c.alloc);

    err = search(&c, text, &o);
    if (!err && c.err)
        err = c.err;
    if (!err)
        err = build_results(&c, &o, out);
    ctx_release(&c);
    brug__search_idle(db);
    return err;
}

void brug_search_results_free(brug_search_results *res)
{
    brug_alloc a;
    if (!res)
        return;
    a = res->alloc;
    brug__free(&a, res);
}

brug_err brug_search_results_json(const brug_search_results *res, json_t **out)
{
    json_t *doc = json_object(), *arr = json_array();
    size_t i;
    *out = NULL;
    if (!doc || !arr || json_object_set_new(doc, "results", arr)) {
        json_decref(doc);
        return BRUG_ENOMEM;
    }
    for (i = 0; i < res->count; i++) {
        const brug_search_hit *h = &res->hits[i];
        json_t *o = json_object();
        if (!o || json_array_append_new(arr, o) ||
            json_object_set_new(o, "uri", json_string(h->uri)) ||
            json_object_set_new(
                o, "type", json_string(h->kind == BRUG_KIND_OCCUPATION ? "occupation" : "skill")) ||
            json_object_set_new(o, "label", json_string(h->label)) ||
            json_object_set_new(o, "label_lang",
                                h->label_lang && h->label_lang[0] ? json_string(h->label_lang)
                                                                  : json_null()) ||
            json_object_set_new(o, "matched", json_string(h->matched)) ||
            json_object_set_new(o, "matched_lang", json_string(h->matched_lang)) ||
            json_object_set_new(o, "score", json_real(round(h->score * 10000) / 10000))) {
            json_decref(doc);
            return BRUG_ENOMEM;
        }
    }
    *out = doc;
    return BRUG_OK;
}

brug_err brug_search(brug_db *db, const char *text, const brug_search_opts *opts, json_t **out)
{
    brug_search_results *res;
    brug_err err = brug_search_run(db, text, opts, &res);
    *out = NULL;
    if (err)
        return err;
    err = brug_search_results_json(res, out);
    brug_search_results_free(res);
    if (err)
        return brug__db_error(db, err, "out of memory building search results");
    return BRUG_OK;
}

brug_err brug_search_reindex(brug_db *db)
{
    brug_err err = brug__db_begin(db);
    if (err)
        return err;
    err = brug__search_rebuild(db);
    if (err) {
        brug__db_rollback(db);
        return err;
    }
    return brug__db_commit(db);
}
