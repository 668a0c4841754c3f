/*
 * extract_vocab.c - the extraction index's words: a growable string map,
 * the Snowball stemmers, and the short English and Dutch word lists (stop
 * words, negations, contrasts) the matcher consults.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "extract_int.h"

uint32_t brug__x_hash(uint32_t h, const char *s, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void brug__xmap_release(brug__xmap *m)
{
    const brug_alloc *a = m->alloc;
    brug__arena_release(&m->keys_arena);
    brug__free(a, m->keys);
    brug__free(a, m->hash);
    brug__free(a, m->vals);
    memset(m, 0, sizeof(*m));
    m->alloc = a;
}

static uint32_t find_slot(char *const *keys, const uint32_t *hash, uint32_t cap, const char *key,
                          size_t len, uint32_t h)
{
    uint32_t i = h & (cap - 1);
    while (keys[i]) {
        if (hash[i] == h && strncmp(keys[i], key, len) == 0 && keys[i][len] == '\0')
            return i;
        i = (i + 1) & (cap - 1);
    }
    return i;
}

uint32_t brug__xmap_get(const brug__xmap *m, const char *key, size_t len)
{
    uint32_t h, i;
    if (!m->cap)
        return 0;
    h = brug__x_hash(2166136261u, key, len);
    i = find_slot(m->keys, m->hash, m->cap, key, len, h);
    return m->keys[i] ? m->vals[i] : 0;
}

static brug_err grow(brug__xmap *m)
{
    uint32_t cap = m->cap ? m->cap * 2 : 1024, i;
    char **keys = brug__calloc(m->alloc, cap, sizeof(*keys));
    uint32_t *hash = brug__calloc(m->alloc, cap, sizeof(*hash));
    uint32_t *vals = brug__calloc(m->alloc, cap, sizeof(*vals));
    if (!keys || !hash || !vals) {
        brug__free(m->alloc, keys);
        brug__free(m->alloc, hash);
        brug__free(m->alloc, vals);
        return BRUG_ENOMEM;
    }
    if (!m->cap)
        brug__arena_init(&m->keys_arena, m->alloc, 0);
    for (i = 0; i < m->cap; i++) {
        uint32_t j;
        if (!m->keys[i])
            continue;
        j = m->hash[i] & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        hash[j] = m->hash[i];
        vals[j] = m->vals[i];
    }
    brug__free(m->alloc, m->keys);
    brug__free(m->alloc, m->hash);
    brug__free(m->alloc, m->vals);
    m->keys = keys;
    m->hash = hash;
    m->vals = vals;
    m->cap = cap;
    return BRUG_OK;
}

brug_err brug__xmap_put(brug__xmap *m, const char *key, size_t len, uint32_t val, uint32_t *val_out)
{
    uint32_t h, i;
    char *k;
    if ((m->count + 1) * 2 > m->cap) {
        brug_err err = grow(m);
        if (err)
            return err;
    }
    h = brug__x_hash(2166136261u, key, len);
    i = find_slot(m->keys, m->hash, m->cap, key, len, h);
    if (m->keys[i]) {
        *val_out = m->vals[i];
        return BRUG_OK;
    }
    k = brug__arena_strndup(&m->keys_arena, key, len);
    if (!k)
        return BRUG_ENOMEM;
    m->keys[i] = k;
    m->hash[i] = h;
    m->vals[i] = val;
    m->count++;
    m->key_bytes += len + 1;
    *val_out = val;
    return BRUG_OK;
}

brug_err brug__xstem_init(brug__xstem *s)
{
    s->sb[BRUG__XL_EN] = sb_stemmer_new("english", NULL);
    s->sb[BRUG__XL_NL] = sb_stemmer_new("dutch", NULL);
    if (!s->sb[0] || !s->sb[1]) {
        brug__xstem_release(s);
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}

void brug__xstem_release(brug__xstem *s)
{
    int l;
    for (l = 0; l < BRUG__XL_N; l++) {
        if (s->sb[l])
            sb_stemmer_delete(s->sb[l]);
        s->sb[l] = NULL;
    }
}

/* Snowball's Dutch stem st (*n bytes) as the present stem is spelled: a
 * doubled final consonant single (bestell -> bestel, legg -> leg), then a
 * final v or z unvoiced (schrijv -> schrijf, lez -> les). */
static const char *dutch_present_stem(brug__xstem *s, const char *st, size_t *n)
{
    size_t k = *n;
    char last;
    if (k < 3 || k > sizeof(s->buf))
        return st;
    last = st[k - 1];
    if (last == st[k - 2] && !strchr("aeiouy", last))
        k--;
    last = st[k - 1];
    *n = k;
    if (last != 'v' && last != 'z')
        return st;
    memcpy(s->buf, st, k);
    s->buf[k - 1] = last == 'v' ? 'f' : 's';
    return s->buf;
}

const char *brug__xstem_word(brug__xstem *s, int l, const char *w, size_t len, size_t *n)
{
    const sb_symbol *out;
    size_t i;
    if (len < 3 || len > 64) {
        *n = len;
        return w;
    }
    for (i = 0; i < len; i++) {
        if (w[i] >= '0' && w[i] <= '9') {
            *n = len;
            return w;
        }
    }
    out = sb_stemmer_stem(s->sb[l], (const sb_symbol *)w, (int)len);
    if (!out)
        return NULL;
    *n = (size_t)sb_stemmer_length(s->sb[l]);
    return l == BRUG__XL_NL ? dutch_present_stem(s, (const char *)out, n) : (const char *)out;
}

/* Sorted (strcmp order) word lists. */
static const char *const stop_en[] = {
    "a",      "about", "after", "all",   "also",   "an",    "and",   "any",   "are",   "as",
    "at",     "be",    "been",  "being", "both",   "but",   "by",    "can",   "could", "did",
    "do",     "does",  "each",  "etc",   "for",    "from",  "had",   "has",   "have",  "having",
    "he",     "her",   "his",   "how",   "i",      "if",    "in",    "into",  "is",    "it",
    "its",    "may",   "me",    "more",  "most",   "must",  "my",    "no",    "nor",   "not",
    "of",     "on",    "or",    "other", "our",    "ours",  "own",   "per",   "s",     "she",
    "should", "so",    "some",  "such",  "than",   "that",  "the",   "their", "them",  "then",
    "there",  "these", "they",  "this",  "those",  "to",    "too",   "up",    "us",    "very",
    "via",    "was",   "we",    "were",  "what",   "when",  "where", "which", "while", "who",
    "whom",   "why",   "will",  "with",  "within", "would", "you",   "your",  "yours",
};
static const char *const stop_nl[] = {
    "aan",  "al",     "alle",  "als",    "ben",    "bent",   "bij",    "binnen", "dan",  "dat",
    "de",   "deze",   "die",   "dit",    "door",   "dus",    "een",    "en",     "er",   "had",
    "heb",  "hebben", "heeft", "het",    "hij",    "hoe",    "hun",    "ik",     "in",   "is",
    "je",   "jij",    "jou",   "jouw",   "kan",    "kun",    "kunnen", "kunt",   "maar", "me",
    "met",  "mijn",   "moet",  "moeten", "na",     "naar",   "niet",   "nog",    "nu",   "of",
    "om",   "onder",  "ons",   "onze",   "ook",    "op",     "over",   "te",     "tot",  "u",
    "uit",  "uw",     "van",   "veel",   "voor",   "waar",   "was",    "wat",    "we",   "wel",
    "werd", "wie",    "wij",   "wil",    "willen", "word",   "worden", "wordt",  "ze",   "zich",
    "zij",  "zijn",   "zo",    "zoals",  "zou",    "zullen",
};
static const char *const negation[] = {
    "cannot",     "cant",    "dont",    "gebrek",  "geen",   "lack", "lacking",
    "nauwelijks", "neither", "never",   "niet",    "no",     "noch", "none",
    "nooit",      "not",     "nothing", "without", "zonder",
};
/* Words of job texts that say nothing about which skill: kept in labels,
 * left out of a sentence's BM25 query (English and Dutch). */
static const char *const filler[] = {
    "ability",     "able",    "candidate", "ervaring",  "excellent", "experience",
    "experienced", "functie", "goed",      "goede",     "good",      "great",
    "jaar",        "jaren",   "job",       "kandidaat", "kennis",    "knowledge",
    "minimum",     "plus",    "position",  "preferred", "required",  "requirements",
    "role",        "skills",  "sterk",     "sterke",    "strong",    "vaardigheden",
    "vereist",     "years",
};
static const char *const contrast[] = {
    "although", "behalve", "but", "echter", "except", "however", "maar", "wel", "whereas",
};
/* The particles of Dutch separable verbs ("ik stel het plan op" is
 * "opstellen"): adverbs and prepositions that a verb takes as its first
 * part. */
static const char *const particle[] = {
    "aan",   "achter", "af",   "bij", "binnen", "door", "in",   "langs", "los",
    "mee",   "na",     "neer", "om",  "onder",  "op",   "over", "rond",  "samen",
    "tegen", "terug",  "toe",  "uit", "vast",   "voor", "weg",
};
/* Words that may follow a separable verb's particle in its clause: a
 * conjunction, or a preposition that opens a phrase after it ("ik los
 * storingen op in het netwerk"). */
static const char *const after_particle[] = {
    "aan",     "als", "bij",  "binnen", "dan",     "door",  "en",   "in",    "maar",
    "met",     "na",  "naar", "of",     "om",      "onder", "op",   "over",  "per",
    "tijdens", "tot", "uit",  "van",    "volgens", "voor",  "want", "zodat", "zonder",
};
/* Pay and benefits words: a short sentence with one is boilerplate. */
static const char *const pay[] = {
    "arbeidsvoorwaarden",
    "benefits",
    "bruto",
    "cao",
    "leaseauto",
    "pensioen",
    "pensioenregeling",
    "pension",
    "reiskosten",
    "reiskostenvergoeding",
    "remuneration",
    "salaris",
    "salarisindicatie",
    "salary",
    "sollicitatie",
    "solliciteren",
    "vakantiedagen",
    "vakantiegeld",
    "wage",
};

/* strcmp(s, w) for w of len bytes (no NUL), without copying w. */
static int word_cmp(const char *s, const char *w, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];
        if (a != b)
            return a < b ? -1 : 1; /* a NUL in s sorts first, as in strcmp */
    }
    return s[len] ? 1 : 0;
}

static int in_list(const char *const *list, size_t n, const char *w, size_t len)
{
    size_t lo = 0, hi = n;
    const char *z;
    if (len >= 32)
        return 0;
    z = memchr(w, '\0', len); /* as strcmp would read it */
    if (z)
        len = (size_t)(z - w);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = word_cmp(list[mid], w, len);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

int brug__x_is_stop(int l, const char *w, size_t len)
{
    return l == BRUG__XL_NL ? in_list(stop_nl, N_OF(stop_nl), w, len)
                            : in_list(stop_en, N_OF(stop_en), w, len);
}

int brug__x_is_negation(const char *w, size_t len)
{
    return in_list(negation, N_OF(negation), w, len);
}

int brug__x_is_filler(const char *w, size_t len)
{
    return in_list(filler, N_OF(filler), w, len);
}

int brug__x_is_contrast(const char *w, size_t len)
{
    return in_list(contrast, N_OF(contrast), w, len);
}

int brug__x_is_particle(const char *w, size_t len)
{
    return in_list(particle, N_OF(particle), w, len);
}

int brug__x_is_particle_follower(const char *w, size_t len)
{
    return in_list(after_particle, N_OF(after_particle), w, len);
}

int brug__x_is_pay(const char *w, size_t len)
{
    return in_list(pay, N_OF(pay), w, len);
}
