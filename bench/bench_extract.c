/*
 * bench_extract.c - quality and speed of brug extract (docs/benchmarks.md,
 * "Skill extraction").
 *
 * Quality: R-Precision@5 (the measure of shared/data/reference/
 * skill-extraction-dev/README.md) at sentence and at span level on the
 * TECH and HOUSE validation splits, and at sentence level on our Dutch
 * gold set (tests/data/extract_nl/gold.tsv), for the full method and, in
 * the same run, for plain BM25 over each skill's labels and description.
 * Speed: the time to load the snapshot and build the index, the index's
 * size, and extraction throughput on a 5 KB CV-like text (one thread),
 * whole and a line per extraction (what each call costs on its own).
 *
 *   bench_extract --db esco.db [--dev DIR] [--nl FILE] [--seconds S] [--dump FILE]
 *                 [--verbose FILE]
 *
 * --dump FILE writes every document the full method returns (one JSON
 * line each, keys sorted), so two builds can be checked for identical
 * output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>

#include "brug/brug.h"
#include "bench_util.h"

/* CPU seconds of this thread: throughput per core, whatever the load. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define MAXG 64

typedef struct item {
    char *text;
    const char *gold[MAXG];
    size_t ngold;
} item;

typedef struct set {
    item *it;
    size_t n, cap;
} set;

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* One RFC 4180 field from *p (modified in place); *eol set at a record end. */
static char *csv_field(char **p, int *eol)
{
    char *s = *p, *out = s, *start = s;
    *eol = 0;
    if (*s == '"') {
        s++;
        for (;;) {
            if (*s == '\0')
                break;
            if (*s == '"' && s[1] == '"') {
                *out++ = '"';
                s += 2;
                continue;
            }
            if (*s == '"') {
                s++;
                break;
            }
            *out++ = *s++;
        }
    } else {
        while (*s && *s != ',' && *s != '\n' && *s != '\r')
            *out++ = *s++;
    }
    if (*s == '\r')
        s++;
    if (*s == '\n' || *s == '\0')
        *eol = 1;
    if (*s)
        s++;
    *out = '\0';
    *p = s;
    return start;
}

static item *find_or_add(set *s, const char *text)
{
    size_t i;
    for (i = s->n; i > 0; i--)
        if (strcmp(s->it[i - 1].text, text) == 0)
            return &s->it[i - 1];
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        s->it = realloc(s->it, s->cap * sizeof(*s->it));
        if (!s->it)
            exit(1);
    }
    memset(&s->it[s->n], 0, sizeof(s->it[0]));
    s->it[s->n].text = strdup(text);
    return &s->it[s->n++];
}

static void add_gold(item *it, const char *uri)
{
    size_t i;
    for (i = 0; i < it->ngold; i++)
        if (strcmp(it->gold[i], uri) == 0)
            return;
    if (it->ngold < MAXG)
        it->gold[it->ngold++] = uri;
}

/* The URI of a skill by its English preferred label (case-insensitive). */
static const char *skill_by_label(const brug_onto *onto, const char *label)
{
    uint32_t i, n = brug_onto_skill_count(onto);
    char buf[512];
    size_t len = strlen(label);
    while (len && label[len - 1] == ' ')
        len--;
    if (len >= sizeof(buf))
        return NULL;
    memcpy(buf, label, len);
    buf[len] = '\0';
    for (i = 0; i < n; i++)
        if (strcasecmp(brug_onto_skill_label(onto, i, "en"), buf) == 0)
            return brug_onto_skill_uri(onto, i);
    return NULL;
}

/* Sentences and spans of one annotation file; unmapped labels counted. */
static int load_dev(const brug_onto *onto, const char *path, set *sent, set *span, size_t *unmapped)
{
    char *buf = slurp(path), *p;
    int eol;
    if (!buf)
        return -1;
    p = buf;
    while (*p) { /* header */
        csv_field(&p, &eol);
        if (eol)
            break;
    }
    while (*p) {
        char *f[4] = {NULL, NULL, NULL, NULL};
        int k = 0;
        const char *uri;
        do {
            char *v = csv_field(&p, &eol);
            if (k < 4)
                f[k++] = v;
        } while (!eol && *p);
        if (k < 4 || !f[0][0])
            continue;
        if (strcmp(f[3], "LABEL NOT PRESENT") == 0 || strcmp(f[3], "UNDERSPECIFIED") == 0) {
            find_or_add(sent, f[0]);
            continue;
        }
        uri = skill_by_label(onto, f[3]);
        if (!uri) {
            (*unmapped)++;
            continue;
        }
        add_gold(find_or_add(sent, f[0]), uri);
        add_gold(find_or_add(span, f[1]), uri);
    }
    free(buf);
    return 0;
}

/* The Dutch gold set: SENTENCE<TAB>URI[ URI...] per line, # comments. */
static int load_tsv(const char *path, set *s, size_t *unknown, const brug_onto *onto)
{
    char *buf = slurp(path), *line, *save = NULL;
    if (!buf)
        return -1;
    for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *tab = strchr(line, '\t'), *u, *s2 = NULL;
        item *it;
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        if (strchr(tab + 1, '\t'))
            *strchr(tab + 1, '\t') = '\0'; /* the labels, for people */
        it = find_or_add(s, line);
        for (u = strtok_r(tab + 1, " \t", &s2); u; u = strtok_r(NULL, " \t", &s2)) {
            uint32_t i = brug_onto_skill_find(onto, u);
            if (i == BRUG_NO_INDEX || brug_onto_skill_is_group(onto, i)) {
                (*unknown)++;
                continue;
            }
            add_gold(it, brug_onto_skill_uri(onto, i));
        }
    }
    free(buf);
    return 0;
}

/* Where the documents of the full method go besides the measure: every
 * document (--dump FILE), and every item below full marks with its gold
 * skills (+ when in the top five) and the top five it got (--verbose FILE). */
typedef struct outputs {
    FILE *dump, *misses;
    const brug_onto *onto; /* for the English labels of the misses */
} outputs;

static const char *label_en(const brug_onto *onto, const char *uri)
{
    uint32_t i = brug_onto_skill_find(onto, uri);
    const char *l = i == BRUG_NO_INDEX ? NULL : brug_onto_skill_label(onto, i, "en");
    return l ? l : uri;
}

static int doc_has(const json_t *doc, const char *uri)
{
    size_t k;
    json_t *e;
    json_array_foreach(json_object_get(doc, "skills"), k, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "uri")), uri) == 0)
            return 1;
    }
    return 0;
}

static void list_miss(const outputs *out, const char *split, const item *it, const json_t *doc,
                      size_t hit, size_t want)
{
    size_t j, k;
    json_t *e;
    fprintf(out->misses, "[%s] %zu/%zu %s\n", split, hit, want, it->text);
    for (j = 0; j < it->ngold; j++)
        fprintf(out->misses, "    gold %c %s\n", doc_has(doc, it->gold[j]) ? '+' : '-',
                label_en(out->onto, it->gold[j]));
    json_array_foreach(json_object_get(doc, "skills"), k, e)
    {
        fprintf(out->misses, "    got    %.3f %s\n", json_real_value(json_object_get(e, "score")),
                label_en(out->onto, json_string_value(json_object_get(e, "uri"))));
    }
}

static void dump_doc(FILE *dump, const json_t *doc)
{
    char *j = json_dumps(doc, JSON_SORT_KEYS | JSON_COMPACT);
    if (!j)
        exit(1);
    fprintf(dump, "%s\n", j);
    free(j);
}

/* Mean RP@5 over the items with gold; out (NULL for none) gets the full
 * method's documents and misses. */
static double rp5(const brug_extract_index *ix, const set *s, brug_extract_method method,
                  const char *lang, const char *split, size_t *count, const outputs *out)
{
    brug_extract_opts o;
    size_t i, n = 0;
    double sum = 0;
    brug_extract_opts_init(&o);
    o.lang = lang;
    o.type = BRUG_EXTRACT_SKILL;
    o.top = 5;
    o.method = method;
    for (i = 0; i < s->n; i++) {
        const item *it = &s->it[i];
        json_t *doc;
        size_t j, hit = 0, want = it->ngold < 5 ? it->ngold : 5;
        char msg[256];
        if (!it->ngold)
            continue;
        if (brug_extract(ix, it->text, strlen(it->text), &o, &doc, msg, sizeof msg) != BRUG_OK) {
            fprintf(stderr, "extract failed: %s\n", msg);
            exit(1);
        }
        for (j = 0; j < it->ngold; j++)
            hit += (size_t)doc_has(doc, it->gold[j]);
        if (out && out->dump)
            dump_doc(out->dump, doc);
        if (out && out->misses && hit < want)
            list_miss(out, split, it, doc, hit, want);
        json_decref(doc);
        sum += (double)hit / (double)want;
        n++;
    }
    *count = n;
    return n ? sum / (double)n : 0;
}

static void report(const brug_extract_index *ix, const char *name, const set *s, const char *lang,
                   const outputs *out)
{
    size_t n1, n2;
    double full = rp5(ix, s, BRUG_EXTRACT_FULL, lang, name, &n1, out);
    double base = rp5(ix, s, BRUG_EXTRACT_BM25, lang, name, &n2, NULL);
    printf("%-22s n=%4zu  RP@5 brug %.3f   plain BM25 %.3f\n", name, n1, full, base);
}

#define BATCH 10

/* The same text a line per extraction (as `brug extract --lines` and an
 * API call per sentence do): what each call costs on its own counts. */
static void throughput_lines(const brug_extract_index *ix, const char *cv, size_t len,
                             const brug_extract_opts *o, const char *name, double seconds)
{
    double start = now(), t, best = 0;
    size_t rounds = 0, lines = 0;
    do {
        double b0 = cpu_now(), b;
        size_t a = 0;
        while (a < len) {
            size_t e = a;
            json_t *doc;
            char msg[128];
            while (e < len && cv[e] != '\n')
                e++;
            if (brug_extract(ix, cv + a, e - a, o, &doc, msg, sizeof msg) != BRUG_OK)
                exit(1);
            json_decref(doc);
            lines += rounds == 0;
            a = e + 1;
        }
        b = cpu_now() - b0;
        if (best == 0 || b < best)
            best = b;
        rounds++;
        t = now() - start;
    } while (t < seconds / 2);
    if (lines == 0)
        return;
    printf("throughput, a line per extraction: the %s text's %zu lines, best round %.3f ms CPU "
           "(%.1f us a line), %.2f MB/s\n",
           name, lines, best * 1e3, best * 1e6 / (double)lines, (double)len / best / 1e6);
}

/* Extraction speed on a 5 KB text made of the set's sentences, one per line. */
static void throughput(const brug_extract_index *ix, const set *s, const char *lang,
                       const char *name, double seconds, FILE *dump)
{
    char cv[5200];
    size_t len = 0, runs = 0, k;
    double t, start, ms, cstart, cpu, best = 0;
    brug_extract_opts o;
    for (k = 0; len < 5000 && s->n; k = (k + 1) % s->n) {
        size_t l = strlen(s->it[k].text);
        if (len + l + 2 > 5120)
            break;
        memcpy(cv + len, s->it[k].text, l);
        len += l;
        cv[len++] = '\n';
    }
    brug_extract_opts_init(&o);
    o.lang = lang;
    if (dump) { /* the whole lists, and the default ones */
        json_t *doc;
        char msg[128];
        o.top = BRUG_EXTRACT_MAX_TOP;
        if (brug_extract(ix, cv, len, &o, &doc, msg, sizeof msg) != BRUG_OK)
            exit(1);
        dump_doc(dump, doc);
        json_decref(doc);
        o.top = 0;
        if (brug_extract(ix, cv, len, &o, &doc, msg, sizeof msg) != BRUG_OK)
            exit(1);
        dump_doc(dump, doc);
        json_decref(doc);
    }
    start = now();
    cstart = cpu_now();
    do {
        /* batches of BATCH: the least CPU time of a batch is what the
         * extraction costs when the machine's other load leaves it alone */
        double b0 = cpu_now(), b;
        for (k = 0; k < BATCH; k++) {
            json_t *doc;
            char msg[128];
            if (brug_extract(ix, cv, len, &o, &doc, msg, sizeof msg) != BRUG_OK)
                exit(1);
            json_decref(doc);
            runs++;
        }
        b = (cpu_now() - b0) / BATCH;
        if (best == 0 || b < best)
            best = b;
        t = now() - start;
    } while (t < seconds);
    ms = t / (double)runs * 1e3;
    cpu = cpu_now() - cstart;
    throughput_lines(ix, cv, len, &o, name, seconds);
    printf("throughput: %zu-byte %s text, %.2f ms each (wall), %.2f MB/s wall, %.2f MB/s per "
           "core of CPU time (%.2f ms CPU each, %zu runs); best batch of %d: %.3f ms CPU each, "
           "%.2f MB/s\n",
           len, name, ms, (double)len * (double)runs / t / 1e6,
           (double)len * (double)runs / cpu / 1e6, cpu / (double)runs * 1e3, runs, BATCH,
           best * 1e3, (double)len / best / 1e6);
}

static long maxrss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

int main(int argc, char **argv)
{
    const char *dbpath = NULL, *dev = NULL, *nl = NULL, *shared = getenv("BRUG_SHARED_DATA");
    double seconds = 2.0, t0, t1, t2, c0, c1, c2;
    outputs out = {NULL, NULL, NULL};
    char path[1024];
    brug_db *db;
    brug_onto *onto;
    brug_extract_index *ix;
    size_t bytes, labels, nodes, unmapped = 0, i;
    long rss0, rss1;
    int a;
    static const char *const splits[2] = {"tech", "house"};

    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--db") == 0 && a + 1 < argc)
            dbpath = argv[++a];
        else if (strcmp(argv[a], "--dev") == 0 && a + 1 < argc)
            dev = argv[++a];
        else if (strcmp(argv[a], "--nl") == 0 && a + 1 < argc)
            nl = argv[++a];
        else if (strcmp(argv[a], "--seconds") == 0 && a + 1 < argc)
            seconds = atof(argv[++a]);
        else if (strcmp(argv[a], "--verbose") == 0 && a + 1 < argc) {
            out.misses = fopen(argv[++a], "w");
            if (!out.misses) {
                fprintf(stderr, "bench_extract: cannot write %s\n", argv[a]);
                return 2;
            }
        } else if (strcmp(argv[a], "--dump") == 0 && a + 1 < argc) {
            out.dump = fopen(argv[++a], "w");
            if (!out.dump) {
                fprintf(stderr, "bench_extract: cannot write %s\n", argv[a]);
                return 1;
            }
        } else {
            fprintf(stderr, "usage: bench_extract --db FILE [--dev DIR] [--nl FILE] [--seconds S] "
                            "[--dump FILE] [--verbose FILE]\n");
            return 2;
        }
    }
    if (!dbpath) {
        fprintf(stderr, "bench_extract: --db FILE (the real ESCO, en + nl) is required\n");
        return 2;
    }
    if (!dev && shared) {
        snprintf(path, sizeof path, "%s/reference/skill-extraction-dev", shared);
        dev = path;
    }
    print_load("before");
    if (brug_db_open(dbpath, BRUG_OPEN_READONLY, NULL, &db) != BRUG_OK) {
        fprintf(stderr, "bench_extract: cannot open %s\n", dbpath);
        return 1;
    }
    rss0 = maxrss_kb();
    t0 = now();
    c0 = cpu_now();
    if (brug_onto_load(db, &onto) != BRUG_OK) {
        fprintf(stderr, "bench_extract: %s\n", brug_errmsg(db));
        return 1;
    }
    t1 = now();
    c1 = cpu_now();
    out.onto = onto;
    if (brug_extract_index_build(db, onto, NULL, &ix) != BRUG_OK) {
        fprintf(stderr, "bench_extract: %s\n", brug_errmsg(db));
        return 1;
    }
    t2 = now();
    c2 = cpu_now();
    rss1 = maxrss_kb();
    brug_extract_index_stats(ix, &bytes, &labels, &nodes);
    printf("snapshot load %.3f s (%.3f s CPU), index build %.3f s (%.3f s CPU); labels and "
           "synonyms %zu, trie nodes %zu\n",
           t1 - t0, c1 - c0, t2 - t1, c2 - c1, labels, nodes);
    printf("index size %.1f MB (counted), peak RSS growth during load+build %.1f MB\n",
           (double)bytes / 1e6, (double)(rss1 - rss0) / 1024.0);

    if (dev && dev[0]) { /* --dev "" skips the dev splits */
        for (i = 0; i < 2; i++) {
            set sent = {0}, span = {0};
            char f[1200], name[64];
            size_t k;
            snprintf(f, sizeof f, "%s/%s_validation_annotations.csv", dev, splits[i]);
            unmapped = 0;
            if (load_dev(onto, f, &sent, &span, &unmapped) != 0) {
                fprintf(stderr, "bench_extract: cannot read %s\n", f);
                return 1;
            }
            printf("%s: %zu sentences, %zu spans, %zu gold labels not found in this ESCO\n",
                   splits[i], sent.n, span.n, unmapped);
            snprintf(name, sizeof name, "%s sentence", splits[i]);
            report(ix, name, &sent, "en", &out);
            snprintf(name, sizeof name, "%s span", splits[i]);
            report(ix, name, &span, "en", &out);
            if (i == 0)
                throughput(ix, &sent, "en", "English (TECH sentences)", seconds, out.dump);
            for (k = 0; k < sent.n; k++)
                free(sent.it[k].text);
            for (k = 0; k < span.n; k++)
                free(span.it[k].text);
            free(sent.it);
            free(span.it);
        }
    }
    if (nl) {
        set s = {0};
        size_t unknown = 0, k;
        if (load_tsv(nl, &s, &unknown, onto) != 0) {
            fprintf(stderr, "bench_extract: cannot read %s\n", nl);
            return 1;
        }
        printf("dutch gold: %zu sentences, %zu URIs not skills of this ESCO\n", s.n, unknown);
        report(ix, "dutch sentence (nl)", &s, "nl", &out);
        report(ix, "dutch sentence (auto)", &s, "auto", &out);
        throughput(ix, &s, "nl", "Dutch", seconds, out.dump);
        for (k = 0; k < s.n; k++)
            free(s.it[k].text);
        free(s.it);
    }
    print_load("after");
    if (out.dump && fclose(out.dump) != 0) {
        fprintf(stderr, "bench_extract: cannot write the dump\n");
        return 1;
    }
    if (out.misses && fclose(out.misses) != 0) {
        fprintf(stderr, "bench_extract: cannot write the list of misses\n");
        return 1;
    }
    brug_extract_index_free(ix);
    brug_onto_free(onto);
    brug_db_close(db);
    return 0;
}
