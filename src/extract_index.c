/*
 * extract_index.c - building the extraction index (extract.h) from the
 * stored labels and descriptions, the synonym files and the snapshot's
 * relations.
 *
 * One pass over the rows folds, drops stop words and stems every word
 * (a word -> term cache makes each distinct word cost one Snowball call),
 * walks each label's terms into the trie (an open-addressing edge table
 * keyed by (node, term)), and emits (concept, term, weight) tuples for
 * BM25.  Two stable counting sorts turn the tuples into postings by term,
 * sorted by concept; a counting sort by node turns the label ends into a
 * CSR of outputs.  Everything is linear in the size of the taxonomy text.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "backend.h"
#include "store_extract.h"

/* The shipped synonym file (data/extract/synonyms.tsv), compiled in. */
extern const char brug__extract_synonyms[];

/* Field weights of BM25F: preferred, alternative, hidden label, description. */
static const float field_weight[4] = {3.0f, 2.0f, 1.0f, 1.0f};

#define MAX_SYNONYM_FILE (1u << 20)
/* The idf at which a one-word label counts fully (a word in ~1 in 400 concepts). */
#define SPEC_IDF 6.0f
/* Translations (build_translations). */
#define TRANS_TOP 4
#define TRANS_MIN_SHARED 2
#define TRANS_MAX_DF 2000
#define TRANS_MIN_COS 0.1f

typedef struct tuple {
    uint32_t concept, term;
    float wf, wp;
} tuple;

typedef struct out_entry {
    uint32_t node;
    uint32_t term; /* the term of a one-word label, else 0 */
    brug__xout o;
} out_entry;

typedef struct builder {
    brug_db *db;
    brug_extract_index *ix;
    brug__xstem st;
    brug__xtext tx;
    tuple *tup;
    size_t ntup, captup;
    out_entry *outs;
    size_t nout, capout;
    uint8_t *in_label;
    size_t cap_in_label;
    uint8_t *lang; /* per term */
    size_t cap_lang;
    uint32_t terms[256];
    /* labels of two or more words: (concept, lang, offset into lt) */
    struct lab {
        uint32_t concept, off, n;
        uint8_t lang;
    } * labs;
    size_t nlabs, caplabs;
    uint32_t *lt;
    size_t nlt, caplt;
} builder;

static brug_err oom(builder *b)
{
    return brug__db_error(b->db, BRUG_ENOMEM, "out of memory building the extraction index");
}

static int lang_of(const char *lang)
{
    if (strcmp(lang, "en") == 0)
        return BRUG__XL_EN;
    if (strcmp(lang, "nl") == 0)
        return BRUG__XL_NL;
    return -1;
}

static brug_err set_term_lang(builder *b, uint32_t term, int l)
{
    const brug_alloc *al = &b->ix->alloc;
    if (term >= b->cap_lang) {
        size_t cap = b->cap_lang ? b->cap_lang * 2 : 1u << 15;
        uint8_t *p;
        while (cap <= term)
            cap *= 2;
        p = brug__realloc(al, b->lang, cap);
        if (!p)
            return oom(b);
        memset(p + b->cap_lang, 0, cap - b->cap_lang);
        b->lang = p;
        b->cap_lang = cap;
    }
    b->lang[term] = (uint8_t)l;
    return BRUG_OK;
}

/* The term of folded word w in language l, created when new. */
static brug_err intern(builder *b, int l, const char *w, size_t len, uint32_t *out)
{
    brug_extract_index *ix = b->ix;
    char key[80];
    const char *stem;
    size_t n;
    uint32_t id;
    brug_err err;
    if (len + 2 > sizeof(key)) {
        *out = 0;
        return BRUG_OK;
    }
    key[0] = (char)('0' + l);
    memcpy(key + 1, w, len);
    id = brug__xmap_get(&ix->words, key, len + 1);
    if (id) {
        *out = id;
        return BRUG_OK;
    }
    stem = brug__xstem_word(&b->st, l, w, len, &n);
    if (!stem)
        return oom(b);
    if (n + 2 > sizeof(key))
        n = sizeof(key) - 2;
    {
        char sk[80];
        sk[0] = (char)('a' + l);
        memcpy(sk + 1, stem, n);
        err = brug__xmap_put(&ix->stems, sk, n + 1, ix->nterm + 1, &id);
        if (err)
            return oom(b);
        if (id == ix->nterm + 1) {
            ix->nterm++;
            err = set_term_lang(b, id, l);
            if (err)
                return err;
        }
    }
    err = brug__xmap_put(&ix->words, key, len + 1, id, &id);
    if (err)
        return oom(b);
    *out = id;
    return BRUG_OK;
}

static brug_err edge_grow(brug_extract_index *ix)
{
    const brug_alloc *al = &ix->alloc;
    uint32_t cap = ix->edge_cap ? ix->edge_cap * 2 : 1u << 16, i;
    uint64_t *key = brug__calloc(al, cap, sizeof(*key));
    uint32_t *child = brug__calloc(al, cap, sizeof(*child));
    if (!key || !child) {
        brug__free(al, key);
        brug__free(al, child);
        return BRUG_ENOMEM;
    }
    for (i = 0; i < ix->edge_cap; i++) {
        uint64_t k = ix->edge_key[i];
        uint32_t j;
        if (!k)
            continue;
        j = (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
        while (key[j])
            j = (j + 1) & (cap - 1);
        key[j] = k;
        child[j] = ix->edge_child[i];
    }
    brug__free(al, ix->edge_key);
    brug__free(al, ix->edge_child);
    ix->edge_key = key;
    ix->edge_child = child;
    ix->edge_cap = cap;
    return BRUG_OK;
}

uint32_t brug__x_child(const brug_extract_index *ix, uint32_t node, uint32_t term)
{
    uint64_t k = (uint64_t)node << 32 | term;
    uint32_t j = (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & (ix->edge_cap - 1);
    while (ix->edge_key[j]) {
        if (ix->edge_key[j] == k)
            return ix->edge_child[j];
        j = (j + 1) & (ix->edge_cap - 1);
    }
    return 0;
}

/* The child of node by term, created when absent. */
static brug_err child_add(brug_extract_index *ix, uint32_t node, uint32_t term, uint32_t *out)
{
    uint64_t k = (uint64_t)node << 32 | term;
    uint32_t j;
    if ((ix->nnode + 1) * 2 > ix->edge_cap) {
        brug_err err = edge_grow(ix);
        if (err)
            return err;
    }
    j = (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & (ix->edge_cap - 1);
    while (ix->edge_key[j]) {
        if (ix->edge_key[j] == k) {
            *out = ix->edge_child[j];
            return BRUG_OK;
        }
        j = (j + 1) & (ix->edge_cap - 1);
    }
    ix->edge_key[j] = k;
    ix->edge_child[j] = ++ix->nnode;
    *out = ix->nnode;
    return BRUG_OK;
}

static brug_err push_tuple(builder *b, uint32_t concept, uint32_t term, float wf, float wp)
{
    const brug_alloc *al = &b->ix->alloc;
    if (b->ntup == b->captup) {
        size_t cap = b->captup ? b->captup * 2 : 1u << 16;
        tuple *p = brug__realloc(al, b->tup, cap * sizeof(*p));
        if (!p)
            return oom(b);
        b->tup = p;
        b->captup = cap;
    }
    b->tup[b->ntup].concept = concept;
    b->tup[b->ntup].term = term;
    b->tup[b->ntup].wf = wf;
    b->tup[b->ntup].wp = wp;
    b->ntup++;
    return BRUG_OK;
}

static brug_err mark_in_label(builder *b, uint32_t term)
{
    const brug_alloc *al = &b->ix->alloc;
    if (term >= b->cap_in_label) {
        size_t cap = b->cap_in_label ? b->cap_in_label * 2 : 1u << 15;
        uint8_t *p;
        while (cap <= term)
            cap *= 2;
        p = brug__realloc(al, b->in_label, cap);
        if (!p)
            return oom(b);
        memset(p + b->cap_in_label, 0, cap - b->cap_in_label);
        b->in_label = p;
        b->cap_in_label = cap;
    }
    b->in_label[term] = 1;
    return BRUG_OK;
}

/* Tokenize text in language l into b->terms (stop words dropped);
 * *whash gets the hash of the folded words kept. */
static brug_err terms_of(builder *b, int l, const char *text, size_t len, size_t *n,
                         uint32_t *whash)
{
    size_t bad, i, k = 0;
    uint32_t h = 2166136261u;
    brug_err err = brug__xtext_tokenize(&b->tx, text, len, &bad);
    *n = 0;
    *whash = h;
    if (err == BRUG_EINVAL || err == BRUG_ETOOBIG)
        return BRUG_OK; /* not UTF-8: the row is skipped */
    if (err)
        return oom(b);
    for (i = 0; i < b->tx.n && k < sizeof(b->terms) / sizeof(b->terms[0]); i++) {
        const char *w = brug__xtok_word(&b->tx, i);
        size_t wl = b->tx.tok[i].flen;
        uint32_t t;
        if (brug__x_is_stop(l, w, wl))
            continue;
        err = intern(b, l, w, wl, &t);
        if (err)
            return err;
        if (!t)
            continue;
        h = brug__x_hash(h, w, wl + 1);
        b->terms[k++] = t;
    }
    *n = k;
    *whash = h;
    return BRUG_OK;
}

/* Keep the n terms in b->terms as a label of concept, for coverage. */
static brug_err keep_label(builder *b, uint32_t concept, int l, size_t n)
{
    const brug_alloc *al = &b->ix->alloc;
    if (b->nlabs == b->caplabs) {
        size_t cap = b->caplabs ? b->caplabs * 2 : 1u << 15;
        struct lab *p = brug__realloc(al, b->labs, cap * sizeof(*p));
        if (!p)
            return oom(b);
        b->labs = p;
        b->caplabs = cap;
    }
    if (b->nlt + n > b->caplt) {
        size_t cap = b->caplt ? b->caplt * 2 : 1u << 16;
        uint32_t *p;
        while (cap < b->nlt + n)
            cap *= 2;
        p = brug__realloc(al, b->lt, cap * sizeof(*p));
        if (!p)
            return oom(b);
        b->lt = p;
        b->caplt = cap;
    }
    b->labs[b->nlabs].concept = concept;
    b->labs[b->nlabs].off = (uint32_t)b->nlt;
    b->labs[b->nlabs].n = (uint32_t)n;
    b->labs[b->nlabs].lang = (uint8_t)l;
    b->nlabs++;
    memcpy(b->lt + b->nlt, b->terms, n * sizeof(*b->lt));
    b->nlt += n;
    return BRUG_OK;
}

/* The index of term t's posting of concept c, or npost. */
static size_t posting_of(const brug_extract_index *ix, uint32_t t, uint32_t c)
{
    uint32_t lo = ix->post_ptr[t], hi = ix->post_ptr[t + 1];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ix->post[mid].concept == c)
            return mid;
        if (ix->post[mid].concept < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return ix->npost;
}

/* The kept labels as CSRs by concept and language; per posting, how often
 * its term is in one label of the concept (at most); per concept and
 * language, its lightest label. */
static brug_err build_labels(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    size_t i, k = 0, t = 0, nslot = 2 * (size_t)ix->nconcept;
    uint32_t *fill, *nlt, *order;
    float *weight;
    ix->lab_ptr = brug__calloc(al, nslot + 2, sizeof(uint32_t));
    ix->lab = brug__calloc(al, b->nlabs + 1, sizeof(*ix->lab));
    ix->lab_terms = brug__malloc(al, (b->nlt ? b->nlt : 1) * sizeof(uint32_t));
    ix->lab_concept = brug__malloc(al, (b->nlabs ? b->nlabs : 1) * sizeof(uint32_t));
    ix->term_common = brug__calloc(al, (size_t)ix->nterm + 1, 1);
    ix->post_lab = brug__calloc(al, ix->npost ? ix->npost : 1, 1);
    ix->lab_min_idf = brug__malloc(al, (nslot + 2) * sizeof(float));
    fill = brug__malloc(al, (nslot + 1) * sizeof(uint32_t));
    order = brug__malloc(al, (b->nlabs ? b->nlabs : 1) * sizeof(uint32_t));
    weight = brug__malloc(al, (b->nlabs ? b->nlabs : 1) * sizeof(float));
    nlt = brug__calloc(al, (size_t)ix->nterm + 1, sizeof(uint32_t));
    if (!ix->lab_ptr || !ix->lab || !ix->lab_terms || !ix->lab_concept || !ix->term_common ||
        !ix->post_lab || !ix->lab_min_idf || !fill || !order || !weight || !nlt) {
        brug__free(al, nlt);
        brug__free(al, weight);
        brug__free(al, order);
        brug__free(al, fill);
        return oom(b);
    }
    /* order: labels by concept and language; then lay their terms out in
     * that order */
    for (i = 0; i < b->nlabs; i++)
        ix->lab_ptr[brug__x_lab_slot(b->labs[i].concept, b->labs[i].lang) + 1]++;
    for (i = 1; i <= nslot; i++)
        ix->lab_ptr[i] += ix->lab_ptr[i - 1];
    memcpy(fill, ix->lab_ptr, nslot * sizeof(uint32_t));
    for (i = 0; i < b->nlabs; i++)
        order[fill[brug__x_lab_slot(b->labs[i].concept, b->labs[i].lang)]++] = (uint32_t)i;
    /* each concept's labels in a language lightest (smallest idf sum)
     * first, so that coverage can stop at the first label too heavy to
     * count */
    for (i = 0; i < b->nlabs; i++) {
        uint32_t j;
        float sum = 0;
        for (j = 0; j < b->labs[i].n; j++)
            sum += ix->idf[b->lt[b->labs[i].off + j]];
        weight[i] = sum; /* by b->labs */
    }
    for (i = 0; i < nslot; i++) {
        uint32_t x, y;
        for (x = ix->lab_ptr[i] + 1; x < ix->lab_ptr[i + 1]; x++) {
            uint32_t v = order[x];
            for (y = x; y > ix->lab_ptr[i] && weight[order[y - 1]] > weight[v]; y--)
                order[y] = order[y - 1];
            order[y] = v;
        }
    }
    for (k = 0; k < b->nlabs; k++) {
        const struct lab *L = &b->labs[order[k]];
        ix->lab[k].term = (uint32_t)t;
        ix->lab_concept[k] = L->concept;
        memcpy(ix->lab_terms + t, b->lt + L->off, L->n * sizeof(uint32_t));
        t += L->n;
    }
    ix->lab[b->nlabs].term = (uint32_t)t;
    /* which terms are in so many labels that they reach none by
     * themselves (coverage) */
    for (k = 0; k < t; k++)
        nlt[ix->lab_terms[k]]++;
    for (k = 1; k <= ix->nterm; k++)
        ix->term_common[k] = nlt[k] > BRUG__X_COV_COMMON;
    for (k = 0; k <= nslot + 1; k++)
        ix->lab_min_idf[k] = FLT_MAX;
    for (i = 0; i < nslot; i++) {
        for (k = ix->lab_ptr[i]; k < ix->lab_ptr[i + 1]; k++) {
            uint32_t j, c = ix->lab_concept[k];
            float sum = 0;
            for (j = ix->lab[k].term; j < ix->lab[k + 1].term; j++) {
                uint32_t tj = ix->lab_terms[j], q, mult = 0;
                size_t at;
                sum += ix->idf[tj];
                if (!ix->term_common[tj])
                    ix->lab[k].sig |= brug__x_sig_bit(tj);
                for (q = ix->lab[k].term; q < ix->lab[k + 1].term; q++)
                    mult += ix->lab_terms[q] == tj;
                at = posting_of(ix, tj, c);
                if (at < ix->npost && mult > ix->post_lab[at])
                    ix->post_lab[at] = (uint8_t)(mult > 255 ? 255 : mult);
            }
            ix->lab[k].idf = sum;
            if (sum < ix->lab_min_idf[i])
                ix->lab_min_idf[i] = sum;
        }
    }
    brug__free(al, nlt);
    brug__free(al, weight);
    brug__free(al, order);
    brug__free(al, fill);
    ix->nlab = b->nlabs;
    ix->nlab_terms = t;
    return BRUG_OK;
}

/* Put a label of concept (role, language l) into the trie. */
static brug_err add_label(builder *b, uint32_t concept, int role, int l, const char *text,
                          size_t len)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    size_t n, i;
    uint32_t node = (uint32_t)l + 1, whash;
    brug_err err = terms_of(b, l, text, len, &n, &whash);
    if (err)
        return err;
    if (n == 0 || n > 255)
        return BRUG_OK;
    /* "work on your own" is not the label "work": a label that stop words
     * shrink to one word is left to BM25 */
    if (n == 1 && b->tx.n > 1 && role != 3) {
        if (role < 3)
            return push_tuple(b, concept, b->terms[0], field_weight[role], 1.0f);
        return BRUG_OK;
    }
    if (n >= 2 && role < 3) {
        err = keep_label(b, concept, l, n);
        if (err)
            return err;
    }
    for (i = 0; i < n; i++) {
        err = child_add(ix, node, b->terms[i], &node);
        if (err)
            return oom(b);
        err = mark_in_label(b, b->terms[i]);
        if (err)
            return err;
        if (role < 3) {
            err = push_tuple(b, concept, b->terms[i], field_weight[role], 1.0f);
            if (err)
                return err;
        }
    }
    if (b->nout == b->capout) {
        size_t cap = b->capout ? b->capout * 2 : 1u << 16;
        out_entry *p = brug__realloc(al, b->outs, cap * sizeof(*p));
        if (!p)
            return oom(b);
        b->outs = p;
        b->capout = cap;
    }
    b->outs[b->nout].node = node;
    b->outs[b->nout].term = n == 1 ? b->terms[0] : 0;
    b->outs[b->nout].o.concept = concept;
    b->outs[b->nout].o.whash = whash;
    b->outs[b->nout].o.role = (uint8_t)role;
    b->outs[b->nout].o.lang = (uint8_t)l;
    b->outs[b->nout].o.ntok = (uint8_t)n;
    b->outs[b->nout].o.spec = 255;
    b->nout++;
    ix->nlabels++;
    return BRUG_OK;
}

static uint32_t concept_of(const brug_extract_index *ix, int kind, const char *uri)
{
    uint32_t i;
    if (kind == BRUG_KIND_SKILL) {
        i = brug_onto_skill_find(ix->onto, uri);
        return i < ix->nskill ? i : BRUG_NO_INDEX;
    }
    if (kind == BRUG_KIND_OCCUPATION) {
        i = brug_onto_occupation_find(ix->onto, uri);
        return i == BRUG_NO_INDEX ? BRUG_NO_INDEX : ix->nskill + i;
    }
    return BRUG_NO_INDEX;
}

static brug_err on_row(void *ctx, const brug__extract_row *r)
{
    builder *b = ctx;
    int l = lang_of(r->lang);
    uint32_t c = concept_of(b->ix, r->kind, r->uri);
    size_t i, bad;
    brug_err err;
    if (l < 0 || c == BRUG_NO_INDEX)
        return BRUG_OK;
    if (r->role >= 0 && r->role <= 2)
        return add_label(b, c, r->role, l, r->text, r->len);
    /* A description: every content word counts, however long. */
    err = brug__xtext_tokenize(&b->tx, r->text, r->len, &bad);
    if (err == BRUG_EINVAL || err == BRUG_ETOOBIG)
        return BRUG_OK;
    if (err)
        return oom(b);
    for (i = 0; i < b->tx.n; i++) {
        const char *w = brug__xtok_word(&b->tx, i);
        size_t wl = b->tx.tok[i].flen;
        uint32_t t;
        if (brug__x_is_stop(l, w, wl))
            continue;
        err = intern(b, l, w, wl, &t);
        if (!err && t)
            err = push_tuple(b, c, t, field_weight[3], 1.0f);
        if (err)
            return err;
    }
    return BRUG_OK;
}

/* One synonym line: PHRASE TAB TARGET [TAB LANG]. */
static brug_err synonym_line(builder *b, const char *name, size_t lineno, char *line)
{
    char *tab1 = strchr(line, '\t'), *tab2, *target;
    const char *lang;
    uint32_t c;
    int l;
    brug_err err;
    if (!tab1)
        return brug__db_error(b->db, BRUG_EPARSE, "%s:%zu: expected PHRASE<TAB>URI[<TAB>LANG]",
                              name, lineno);
    *tab1 = '\0';
    target = tab1 + 1;
    tab2 = strchr(target, '\t');
    lang = tab2 ? tab2 + 1 : "*";
    if (tab2)
        *tab2 = '\0';
    if (strcmp(lang, "*") != 0 && strcmp(lang, "en") != 0 && strcmp(lang, "nl") != 0)
        return brug__db_error(b->db, BRUG_EPARSE, "%s:%zu: language must be en, nl or *, not '%s'",
                              name, lineno, lang);
    c = concept_of(b->ix, BRUG_KIND_SKILL, target);
    if (c == BRUG_NO_INDEX)
        c = concept_of(b->ix, BRUG_KIND_OCCUPATION, target);
    if (c == BRUG_NO_INDEX)
        return BRUG_OK; /* a concept this taxonomy lacks (another version, the demo) */
    for (l = 0; l < BRUG__XL_N; l++) {
        if (strcmp(lang, "*") != 0 && lang_of(lang) != l)
            continue;
        err = add_label(b, c, 3, l, line, strlen(line));
        if (err)
            return err;
    }
    return BRUG_OK;
}

/* Parse a synonym file's text (modified in place). */
static brug_err synonyms_parse(builder *b, const char *name, char *text)
{
    size_t lineno = 0;
    char *p = text;
    while (*p) {
        char *nl = strchr(p, '\n'), *end;
        brug_err err;
        lineno++;
        if (nl)
            *nl = '\0';
        end = p + strlen(p);
        while (end > p && (end[-1] == '\r' || end[-1] == ' '))
            *--end = '\0';
        if (*p && *p != '#') {
            err = synonym_line(b, name, lineno, p);
            if (err)
                return err;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    return BRUG_OK;
}

static brug_err synonyms_file(builder *b, const char *path)
{
    const brug_alloc *al = &b->ix->alloc;
    FILE *f = fopen(path, "rb");
    char *buf;
    size_t n;
    brug_err err;
    if (!f)
        return brug__db_error(b->db, BRUG_EIO, "%s: %s", path, strerror(errno));
    buf = brug__malloc(al, MAX_SYNONYM_FILE + 1);
    if (!buf) {
        fclose(f);
        return oom(b);
    }
    n = fread(buf, 1, MAX_SYNONYM_FILE + 1, f);
    if (ferror(f)) {
        fclose(f);
        brug__free(al, buf);
        return brug__db_error(b->db, BRUG_EIO, "%s: read error", path);
    }
    fclose(f);
    if (n > MAX_SYNONYM_FILE) {
        brug__free(al, buf);
        return brug__db_error(b->db, BRUG_ETOOBIG, "%s: larger than %u bytes", path,
                              MAX_SYNONYM_FILE);
    }
    buf[n] = '\0';
    err = synonyms_parse(b, path, buf);
    brug__free(al, buf);
    return err;
}

/* The label ends as a CSR by node. */
static brug_err build_outputs(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    size_t i;
    ix->out_ptr = brug__calloc(al, (size_t)ix->nnode + 2, sizeof(*ix->out_ptr));
    ix->out = brug__malloc(al, (b->nout ? b->nout : 1) * sizeof(*ix->out));
    if (!ix->out_ptr || !ix->out)
        return oom(b);
    for (i = 0; i < b->nout; i++)
        ix->out_ptr[b->outs[i].node + 1]++;
    for (i = 1; i <= (size_t)ix->nnode + 1; i++)
        ix->out_ptr[i] += ix->out_ptr[i - 1];
    {
        uint32_t *fill = brug__malloc(al, ((size_t)ix->nnode + 1) * sizeof(*fill));
        if (!fill)
            return oom(b);
        memcpy(fill, ix->out_ptr, ((size_t)ix->nnode + 1) * sizeof(*fill));
        for (i = 0; i < b->nout; i++) {
            brug__xout *o = &ix->out[fill[b->outs[i].node]++];
            *o = b->outs[i].o;
            /* a one-word label is as specific as its word is rare */
            if (b->outs[i].term) {
                float spec = ix->idf[b->outs[i].term] / SPEC_IDF;
                o->spec = (uint8_t)(spec >= 1 ? 255 : spec * 255);
            }
        }
        brug__free(al, fill);
    }
    ix->nout = b->nout;
    return BRUG_OK;
}

/* Tuples to postings by term, each list sorted by concept, duplicates
 * summed; then each posting's BM25 score without the idf, the idf, and per
 * term the first occupation's posting and the largest score per kind. */
static brug_err build_postings(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    size_t n = b->ntup, i, ndocs[2] = {0, 0}, ncnt;
    uint32_t *cnt;
    tuple *tmp;
    float *len_field, *len_plain, avg_field[2], avg_plain[2];
    double sumf[2] = {0, 0}, sump[2] = {0, 0};
    const float k1 = BRUG__X_BM25_K1, bb = BRUG__X_BM25_B;

    ncnt = (size_t)(ix->nconcept > ix->nterm ? ix->nconcept : ix->nterm) + 2;
    tmp = brug__malloc(al, (n ? n : 1) * sizeof(*tmp));
    cnt = brug__calloc(al, ncnt, sizeof(*cnt));
    len_field = brug__calloc(al, ix->nconcept ? ix->nconcept : 1, sizeof(float));
    len_plain = brug__calloc(al, ix->nconcept ? ix->nconcept : 1, sizeof(float));
    ix->post_ptr = brug__calloc(al, (size_t)ix->nterm + 2, sizeof(*ix->post_ptr));
    ix->post_occ = brug__calloc(al, (size_t)ix->nterm + 1, sizeof(*ix->post_occ));
    ix->maxsc = brug__calloc(al, 2 * ((size_t)ix->nterm + 1), sizeof(*ix->maxsc));
    ix->idf = brug__calloc(al, (size_t)ix->nterm + 1, sizeof(*ix->idf));
    if (!tmp || !cnt || !len_field || !len_plain || !ix->post_ptr || !ix->post_occ || !ix->maxsc ||
        !ix->idf) {
        brug__free(al, tmp);
        brug__free(al, cnt);
        brug__free(al, len_field);
        brug__free(al, len_plain);
        return oom(b);
    }
    /* by concept (stable) */
    for (i = 0; i < n; i++)
        cnt[b->tup[i].concept + 1]++;
    for (i = 1; i <= ix->nconcept; i++)
        cnt[i] += cnt[i - 1];
    for (i = 0; i < n; i++)
        tmp[cnt[b->tup[i].concept]++] = b->tup[i];
    /* then by term (stable): sorted by (term, concept) */
    memset(cnt, 0, ncnt * sizeof(*cnt));
    for (i = 0; i < n; i++)
        cnt[tmp[i].term + 1]++;
    for (i = 1; i <= (size_t)ix->nterm + 1; i++)
        cnt[i] += cnt[i - 1];
    for (i = 0; i < n; i++)
        b->tup[cnt[tmp[i].term]++] = tmp[i];
    brug__free(al, tmp);
    brug__free(al, cnt);
    /* merge (term, concept) duplicates in place, fill the CSR; sc and scp
     * hold the term frequencies until the lengths are known */
    ix->post = brug__malloc(al, (n ? n : 1) * sizeof(*ix->post));
    if (!ix->post) {
        brug__free(al, len_field);
        brug__free(al, len_plain);
        return oom(b);
    }
    {
        size_t k = 0;
        for (i = 0; i < n; i++) {
            const tuple *t = &b->tup[i];
            len_field[t->concept] += t->wf;
            len_plain[t->concept] += t->wp;
            if (k > 0 && i > 0 && b->tup[i - 1].term == t->term &&
                ix->post[k - 1].concept == t->concept) {
                ix->post[k - 1].sc += t->wf;
                ix->post[k - 1].scp += t->wp;
                continue;
            }
            ix->post[k].concept = t->concept;
            ix->post[k].sc = t->wf;
            ix->post[k].scp = t->wp;
            ix->post_ptr[t->term + 1]++;
            k++;
        }
        ix->npost = k;
    }
    for (i = 1; i <= (size_t)ix->nterm + 1; i++)
        ix->post_ptr[i] += ix->post_ptr[i - 1];
    for (i = 0; i < ix->nconcept; i++) {
        int occ = i >= ix->nskill;
        if (len_plain[i] <= 0)
            continue;
        ndocs[occ]++;
        sumf[occ] += len_field[i];
        sump[occ] += len_plain[i];
    }
    for (i = 0; i < 2; i++) {
        avg_field[i] = ndocs[i] ? (float)(sumf[i] / (double)ndocs[i]) : 1.0f;
        avg_plain[i] = ndocs[i] ? (float)(sump[i] / (double)ndocs[i]) : 1.0f;
    }
    for (i = 1; i <= ix->nterm; i++) {
        double df = ix->post_ptr[i + 1] - ix->post_ptr[i], N = (double)ix->nconcept;
        uint32_t j;
        ix->idf[i] = (float)log(1.0 + (N - df + 0.5) / (df + 0.5));
        ix->post_occ[i] = ix->post_ptr[i + 1];
        for (j = ix->post_ptr[i]; j < ix->post_ptr[i + 1]; j++) {
            brug__xpost *p = &ix->post[j];
            uint32_t c = p->concept;
            int occ = c >= ix->nskill;
            float tf = p->sc, tp = p->scp;
            if (occ && ix->post_occ[i] == ix->post_ptr[i + 1])
                ix->post_occ[i] = j;
            p->sc = tf * (k1 + 1) / (tf + k1 * (1 - bb + bb * len_field[c] / avg_field[occ]));
            p->scp = tp * (k1 + 1) / (tp + k1 * (1 - bb + bb * len_plain[c] / avg_plain[occ]));
            if (p->sc > ix->maxsc[2 * i + (size_t)occ])
                ix->maxsc[2 * i + (size_t)occ] = p->sc;
        }
    }
    brug__free(al, len_field);
    brug__free(al, len_plain);
    return BRUG_OK;
}

/*
 * Dutch -> English translations of terms.  For each Dutch term, the
 * English terms of the concepts that hold it are counted; an English term
 * is kept when it shares at least TRANS_MIN_SHARED concepts and its
 * cosine (shared / sqrt(df_nl * df_en)) is at least TRANS_MIN_COS; the
 * TRANS_TOP best are kept.  The parallel text is the taxonomy itself:
 * every occupation has Dutch and English labels and descriptions.
 */
static brug_err build_translations(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    uint32_t *fptr = NULL, *fcol = NULL, *cnt = NULL, *touched = NULL, *fill = NULL;
    size_t t, nen = 0, cap = 0;
    brug_err err = BRUG_OK;

    ix->term_lang = brug__calloc(al, (size_t)ix->nterm + 1, 1);
    ix->trans_ptr = brug__calloc(al, (size_t)ix->nterm + 2, sizeof(uint32_t));
    if (!ix->term_lang || !ix->trans_ptr)
        return oom(b);
    if (b->lang)
        memcpy(ix->term_lang, b->lang,
               b->cap_lang < (size_t)ix->nterm + 1 ? b->cap_lang : (size_t)ix->nterm + 1);
    /* forward index: concept -> its English terms */
    fptr = brug__calloc(al, (size_t)ix->nconcept + 2, sizeof(uint32_t));
    cnt = brug__calloc(al, (size_t)ix->nterm + 1, sizeof(uint32_t));
    touched = brug__malloc(al, ((size_t)ix->nterm + 1) * sizeof(uint32_t));
    if (!fptr || !cnt || !touched) {
        err = oom(b);
        goto done;
    }
    for (t = 1; t <= ix->nterm; t++) {
        uint32_t j;
        if (ix->term_lang[t] != BRUG__XL_EN)
            continue;
        for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++)
            fptr[ix->post[j].concept + 1]++;
        nen += ix->post_ptr[t + 1] - ix->post_ptr[t];
    }
    for (t = 1; t <= ix->nconcept; t++)
        fptr[t] += fptr[t - 1];
    fcol = brug__malloc(al, (nen ? nen : 1) * sizeof(uint32_t));
    fill = brug__malloc(al, ((size_t)ix->nconcept + 1) * sizeof(uint32_t));
    if (!fcol || !fill) {
        err = oom(b);
        goto done;
    }
    memcpy(fill, fptr, ((size_t)ix->nconcept + 1) * sizeof(uint32_t));
    for (t = 1; t <= ix->nterm; t++) {
        uint32_t j;
        if (ix->term_lang[t] != BRUG__XL_EN)
            continue;
        for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++)
            fcol[fill[ix->post[j].concept]++] = (uint32_t)t;
    }
    for (t = 1; t <= ix->nterm; t++) {
        uint32_t j, df = ix->post_ptr[t + 1] - ix->post_ptr[t], best[TRANS_TOP];
        float bw[TRANS_TOP];
        size_t nt = 0, ntouched = 0, k;
        ix->trans_ptr[t + 1] = ix->trans_ptr[t];
        if (ix->term_lang[t] != BRUG__XL_NL || df < TRANS_MIN_SHARED || df > TRANS_MAX_DF)
            continue;
        for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++) {
            uint32_t c = ix->post[j].concept, q;
            for (q = fptr[c]; q < fptr[c + 1]; q++) {
                if (cnt[fcol[q]]++ == 0)
                    touched[ntouched++] = fcol[q];
            }
        }
        for (k = 0; k < ntouched; k++) {
            uint32_t e = touched[k], n = cnt[e], dfe = ix->post_ptr[e + 1] - ix->post_ptr[e];
            float w = (float)n / sqrtf((float)df * (float)dfe);
            size_t x;
            cnt[e] = 0;
            if (n < TRANS_MIN_SHARED || w < TRANS_MIN_COS)
                continue;
            if (nt == TRANS_TOP && w <= bw[nt - 1])
                continue;
            x = nt < TRANS_TOP ? nt++ : TRANS_TOP - 1;
            while (x > 0 && bw[x - 1] < w) {
                bw[x] = bw[x - 1];
                best[x] = best[x - 1];
                x--;
            }
            bw[x] = w;
            best[x] = e;
        }
        if (ix->ntrans + nt > cap) {
            size_t nc = cap ? cap * 2 : 1u << 15;
            uint32_t *p1 = brug__realloc(al, ix->trans_term, nc * sizeof(uint32_t));
            float *p2;
            if (!p1) {
                err = oom(b);
                goto done;
            }
            ix->trans_term = p1;
            p2 = brug__realloc(al, ix->trans_w, nc * sizeof(float));
            if (!p2) {
                err = oom(b);
                goto done;
            }
            ix->trans_w = p2;
            cap = nc;
        }
        for (k = 0; k < nt; k++) {
            ix->trans_term[ix->ntrans] = best[k];
            ix->trans_w[ix->ntrans] = bw[k];
            ix->ntrans++;
        }
        ix->trans_ptr[t + 1] = (uint32_t)ix->ntrans;
    }
done:
    brug__free(al, fptr);
    brug__free(al, fcol);
    brug__free(al, fill);
    brug__free(al, cnt);
    brug__free(al, touched);
    return err;
}

static int tpost_cmp(const void *a, const void *b)
{
    const brug__xtpost *x = a, *y = b;
    if (x->sc != y->sc)
        return x->sc > y->sc ? -1 : 1;
    return x->concept < y->concept ? -1 : x->concept > y->concept;
}

/*
 * Mark in keep the k postings of from..to-1 (one term's, in concept order)
 * with the largest sc, ties to the smaller concept; with only_description
 * those in a label are passed over.  tmp holds to - from.
 */
static void mark_strongest(const brug_extract_index *ix, size_t from, size_t to, size_t k,
                           int only_description, brug__xtpost *tmp, uint8_t *keep)
{
    size_t j, n = 0;
    for (j = from; j < to; j++) {
        if (only_description && ix->post_lab[j])
            continue;
        /* the posting's index stands for its concept (the same order) */
        tmp[n].concept = (uint32_t)j;
        tmp[n].sc = ix->post[j].sc;
        n++;
    }
    if (n > k)
        qsort(tmp, n, sizeof(*tmp), tpost_cmp);
    for (j = 0; j < n && j < k; j++)
        keep[tmp[j].concept] = 1;
}

/* The postings keep marks as a CSR by term into *ptr, *list and *n: a
 * term's postings in a label first, up to (*lab_end)[t], then the others,
 * each part in concept order. */
static brug_err kept_postings(builder *b, const uint8_t *keep, uint32_t **ptr, uint32_t **lab_end,
                              brug__xtpost **list, size_t *n)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    size_t t, j, k = 0;
    for (j = 0; j < ix->npost; j++)
        k += keep[j];
    *ptr = brug__calloc(al, (size_t)ix->nterm + 2, sizeof(uint32_t));
    *lab_end = brug__calloc(al, (size_t)ix->nterm + 1, sizeof(uint32_t));
    *list = brug__malloc(al, (k ? k : 1) * sizeof(**list));
    if (!*ptr || !*lab_end || !*list)
        return oom(b);
    k = 0;
    for (t = 1; t <= ix->nterm; t++) {
        int in_label;
        (*ptr)[t] = (uint32_t)k;
        for (in_label = 1; in_label >= 0; in_label--) {
            for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++) {
                if (!keep[j] || (ix->post_lab[j] != 0) != in_label)
                    continue;
                (*list)[k].concept = ix->post[j].concept;
                (*list)[k].sc = ix->post[j].sc;
                (*list)[k].lab = ix->post_lab[j];
                k++;
            }
            if (in_label)
                (*lab_end)[t] = (uint32_t)k;
        }
    }
    (*ptr)[ix->nterm + 1] = (uint32_t)k;
    *n = k;
    return BRUG_OK;
}

/*
 * The impact lists (extract_int.h): of each English term that translates
 * a Dutch one and is in more than BRUG__X_TRANS_REACH concepts, the
 * BRUG__X_TRANS_REACH postings where it weighs most (tpost); and what a
 * query reads for its own words (qpost): every posting in a label, and of
 * the rest (the term only in the concept's description) the
 * BRUG__X_DESC_REACH of each kind where the term weighs most.
 */
static brug_err build_impacts(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    uint8_t *target = brug__calloc(al, (size_t)ix->nterm + 1, 1);
    uint8_t *keep = brug__calloc(al, ix->npost ? ix->npost : 1, 1);
    brug__xtpost *tmp = NULL;
    size_t t, j, maxdf = 0;
    brug_err err;
    for (t = 1; t <= ix->nterm; t++)
        if (ix->post_ptr[t + 1] - ix->post_ptr[t] > maxdf)
            maxdf = ix->post_ptr[t + 1] - ix->post_ptr[t];
    tmp = brug__malloc(al, (maxdf ? maxdf : 1) * sizeof(*tmp));
    if (!target || !keep || !tmp) {
        err = oom(b);
        goto done;
    }
    for (j = 0; j < ix->ntrans; j++)
        target[ix->trans_term[j]] = 1;
    for (t = 1; t <= ix->nterm; t++)
        if (target[t] && ix->post_ptr[t + 1] - ix->post_ptr[t] > BRUG__X_TRANS_REACH)
            mark_strongest(ix, ix->post_ptr[t], ix->post_ptr[t + 1], BRUG__X_TRANS_REACH, 0, tmp,
                           keep);
    err = kept_postings(b, keep, &ix->tpost_ptr, &ix->tpost_lab_end, &ix->tpost, &ix->ntpost);
    if (err)
        goto done;
    for (j = 0; j < ix->npost; j++)
        keep[j] = ix->post_lab[j] != 0;
    for (t = 1; t <= ix->nterm; t++) {
        /* skills, then occupations: the postings are in concept order */
        mark_strongest(ix, ix->post_ptr[t], ix->post_occ[t], BRUG__X_DESC_REACH, 1, tmp, keep);
        mark_strongest(ix, ix->post_occ[t], ix->post_ptr[t + 1], BRUG__X_DESC_REACH, 1, tmp, keep);
    }
    err = kept_postings(b, keep, &ix->qpost_ptr, &ix->qpost_lab_end, &ix->qpost, &ix->nqpost);
done:
    brug__free(al, target);
    brug__free(al, keep);
    brug__free(al, tmp);
    return err;
}

/* Each concept's terms, ascending (extract_int.h, fwd): the postings by
 * term are in term order, so a counting sort keeps it. */
static brug_err build_forward(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    uint32_t *fill;
    size_t t, j;
    ix->fwd_ptr = brug__calloc(al, (size_t)ix->nconcept + 2, sizeof(uint32_t));
    ix->fwd_term = brug__malloc(al, (ix->npost ? ix->npost : 1) * sizeof(uint32_t));
    fill = brug__malloc(al, ((size_t)ix->nconcept + 1) * sizeof(uint32_t));
    if (!ix->fwd_ptr || !ix->fwd_term || !fill) {
        brug__free(al, fill);
        return oom(b);
    }
    for (j = 0; j < ix->npost; j++)
        ix->fwd_ptr[ix->post[j].concept + 1]++;
    for (j = 1; j <= (size_t)ix->nconcept + 1; j++)
        ix->fwd_ptr[j] += ix->fwd_ptr[j - 1];
    memcpy(fill, ix->fwd_ptr, ((size_t)ix->nconcept + 1) * sizeof(uint32_t));
    for (t = 1; t <= ix->nterm; t++)
        for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++)
            ix->fwd_term[fill[ix->post[j].concept]++] = (uint32_t)t;
    brug__free(al, fill);
    return BRUG_OK;
}

static brug_err build_prior(builder *b)
{
    const brug_alloc *al = &b->ix->alloc;
    brug_extract_index *ix = b->ix;
    const brug__csr *so = &ix->onto->skill_occs;
    uint32_t i, max = 1;
    ix->prior = brug__calloc(al, ix->nskill ? ix->nskill : 1, sizeof(float));
    if (!ix->prior)
        return oom(b);
    for (i = 0; i < ix->nskill && i < so->nrows; i++)
        if (brug__csr_row_len(so, i) > max)
            max = brug__csr_row_len(so, i);
    for (i = 0; i < ix->nskill && i < so->nrows; i++)
        ix->prior[i] = (float)(log(1.0 + brug__csr_row_len(so, i)) / log(1.0 + max));
    return BRUG_OK;
}

/* The bytes the index holds (its arrays; allocator overhead not counted). */
static void account(brug_extract_index *ix)
{
    size_t s = sizeof(*ix), nt = (size_t)ix->nterm + 2;
    s += ((size_t)ix->words.cap + ix->stems.cap) * (sizeof(char *) + 8) +
         ix->words.keys_arena.used + ix->stems.keys_arena.used;
    s += (size_t)ix->edge_cap * 12 + ((size_t)ix->nnode + 2) * 4 + ix->nout * sizeof(brug__xout);
    /* per term: post_ptr, post_occ, maxsc[2], idf, trans_ptr; three flags */
    s += nt * (4 + 4 + 8 + 4 + 4 + 3) + ix->npost * sizeof(brug__xpost);
    s += (size_t)ix->nskill * 4 + ((size_t)ix->nconcept + 2) * 4;
    s += (ix->nlab + 1) * 20 + ix->nlab_terms * 4;
    s += ix->ntrans * 8 + ix->npost + ((size_t)ix->nconcept + 1) * 4 * 2;
    s += nt * 8 + ix->ntpost * sizeof(brug__xtpost);
    s += nt * 8 + ix->nqpost * sizeof(brug__xtpost);
    s += ((size_t)ix->nconcept + 2) * 4 + ix->npost * 4;
    ix->bytes = s;
}

brug_err brug_extract_index_build(brug_db *db, const brug_onto *onto,
                                  const brug_extract_build_opts *opts, brug_extract_index **out)
{
    const brug_alloc *al = db ? &db->alloc : NULL;
    builder b;
    brug_extract_index *ix;
    brug_err err;
    uint32_t l;

    *out = NULL;
    if (!db || !onto)
        return BRUG_EINVAL;
    if (onto->nskill_proper == 0)
        return brug__db_error(db, BRUG_EEMPTY, "extract: the database holds no skills");
    ix = brug__calloc(al, 1, sizeof(*ix));
    if (!ix)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory building the extraction index");
    memset(&b, 0, sizeof(b));
    b.db = db;
    b.ix = ix;
    ix->alloc = db->alloc;
    al = &ix->alloc;
    ix->words.alloc = al;
    ix->stems.alloc = al;
    ix->onto = onto;
    ix->pool = brug__calloc(al, 1, sizeof(*ix->pool));
    if (!ix->pool || pthread_mutex_init(&ix->pool->mu, NULL) != 0) {
        brug__free(al, ix->pool);
        brug__free(al, ix);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory building the extraction index");
    }
    ix->nskill = onto->nskill_proper;
    ix->nocc = onto->nocc;
    ix->nconcept = ix->nskill + ix->nocc;
    ix->nnode = BRUG__XL_N; /* the roots */
    for (l = 0; l < BRUG__XL_N; l++)
        ix->onto_lang[l] = -1;
    for (l = 0; l < onto->nlang; l++) {
        int k = lang_of(onto->lang[l]);
        if (k >= 0)
            ix->onto_lang[k] = (int)l;
    }
    brug__xtext_init(&b.tx, al);
    err = brug__xstem_init(&b.st);
    if (err) {
        err = oom(&b);
        goto fail;
    }
    err = edge_grow(ix);
    if (err) {
        err = oom(&b);
        goto fail;
    }
    err = brug__extract_rows(db, on_row, &b);
    if (!err && !(opts && opts->no_builtin_synonyms)) {
        size_t n = strlen(brug__extract_synonyms);
        char *copy = brug__malloc(al, n + 1);
        if (copy)
            memcpy(copy, brug__extract_synonyms, n + 1);
        err = copy ? synonyms_parse(&b, "data/extract/synonyms.tsv", copy) : oom(&b);
        brug__free(al, copy);
    }
    if (!err && opts && opts->synonyms_path)
        err = synonyms_file(&b, opts->synonyms_path);
    if (!err)
        err = build_postings(&b);
    if (!err)
        err = build_outputs(&b);
    if (!err)
        err = build_labels(&b);
    if (!err)
        err = build_translations(&b);
    if (!err)
        err = build_impacts(&b);
    if (!err)
        err = build_forward(&b);
    if (!err)
        err = build_prior(&b);

    if (!err) {
        ix->term_in_label = brug__calloc(al, (size_t)ix->nterm + 1, 1);
        if (!ix->term_in_label)
            err = oom(&b);
        else if (b.in_label)
            memcpy(ix->term_in_label, b.in_label,
                   b.cap_in_label < (size_t)ix->nterm + 1 ? b.cap_in_label : (size_t)ix->nterm + 1);
    }
fail:
    brug__xstem_release(&b.st);
    brug__xtext_release(&b.tx);
    brug__free(al, b.tup);
    brug__free(al, b.outs);
    brug__free(al, b.in_label);
    brug__free(al, b.labs);
    brug__free(al, b.lang);
    brug__free(al, b.lt);
    if (err) {
        brug_extract_index_free(ix);
        return err;
    }
    account(ix);
    *out = ix;
    return BRUG_OK;
}

void brug_extract_index_free(brug_extract_index *ix)
{
    brug_alloc a;
    const brug_alloc *al = &a;
    if (!ix)
        return;
    a = ix->alloc;
    brug__xwork_pool_free(ix);
    brug__xmap_release(&ix->words);
    brug__xmap_release(&ix->stems);
    brug__free(al, ix->term_in_label);
    brug__free(al, ix->idf);
    brug__free(al, ix->edge_key);
    brug__free(al, ix->edge_child);
    brug__free(al, ix->out_ptr);
    brug__free(al, ix->out);
    brug__free(al, ix->post_ptr);
    brug__free(al, ix->post);
    brug__free(al, ix->post_occ);
    brug__free(al, ix->maxsc);
    brug__free(al, ix->prior);
    brug__free(al, ix->lab_ptr);
    brug__free(al, ix->lab);
    brug__free(al, ix->lab_terms);
    brug__free(al, ix->lab_concept);
    brug__free(al, ix->term_common);
    brug__free(al, ix->post_lab);
    brug__free(al, ix->tpost_ptr);
    brug__free(al, ix->qpost_ptr);
    brug__free(al, ix->tpost_lab_end);
    brug__free(al, ix->qpost_lab_end);
    brug__free(al, ix->fwd_ptr);
    brug__free(al, ix->fwd_term);
    brug__free(al, ix->qpost);
    brug__free(al, ix->tpost);
    brug__free(al, ix->lab_min_idf);
    brug__free(al, ix->term_lang);
    brug__free(al, ix->trans_ptr);
    brug__free(al, ix->trans_term);
    brug__free(al, ix->trans_w);
    brug__free(al, ix);
}

void brug_extract_index_stats(const brug_extract_index *ix, size_t *bytes, size_t *labels,
                              size_t *nodes)
{
    if (bytes)
        *bytes = ix ? ix->bytes : 0;
    if (labels)
        *labels = ix ? ix->nlabels : 0;
    if (nodes)
        *nodes = ix ? ix->nnode : 0;
}

uint32_t brug__x_term(const brug_extract_index *ix, brug__xstem *st, int l, const char *w,
                      size_t len)
{
    char key[80];
    const char *stem;
    size_t n;
    uint32_t id;
    if (len + 2 > sizeof(key))
        return 0;
    key[0] = (char)('0' + l);
    memcpy(key + 1, w, len);
    id = brug__xmap_get(&ix->words, key, len + 1);
    if (id)
        return id;
    stem = brug__xstem_word(st, l, w, len, &n);
    if (!stem || n + 2 > sizeof(key))
        return 0;
    key[0] = (char)('a' + l);
    memcpy(key + 1, stem, n);
    return brug__xmap_get(&ix->stems, key, n + 1);
}
