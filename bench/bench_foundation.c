/*
 * bench_foundation.c - the foundation benchmark of issue 2: import the
 * full English + Dutch ESCO into a fresh database file and report import
 * seconds, rows per second and peak memory (getrusage maxrss), next to a
 * reference run in the same process tree: Debian's /usr/bin/python3
 * loading the same CSV files with its csv module into SQLite (one table
 * per file, one transaction) - a plain scripted loader, as a yardstick.
 *
 * Usage: bench_foundation [--esco DIR] [--db FILE] [--runs N] [--no-reference]
 *   DIR is the folder holding en/ and nl/ (default $BRUG_SHARED_DATA/esco-1.1.1,
 *   else ../shared/data/esco-1.1.1).
 *
 * Phases run in order from the `phases` table at the bottom; each gets the
 * database the import phase filled.  The search phase times a rebuild of
 * the search index on its own, then runs 1,000 fixed searches (see
 * make_queries) and prints latency p50/p99/mean, how often the concept a
 * query was made from comes first / in the top 3, and a reference: the
 * same queries as a plain SQLite LIKE scan over the label table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "brug/brug.h"
#include "bench_util.h"

typedef struct bench {
    const char *esco; /* folder with en/ and nl/ */
    const char *db_path;
    int runs;
    int reference;
    brug_db *db; /* filled by the import phase, open for later phases */
} bench;

static long peak_kib(int who)
{
    struct rusage ru;
    getrusage(who, &ru);
    return ru.ru_maxrss;
}

static void remove_db(const char *path)
{
    char buf[4096];
    remove(path);
    snprintf(buf, sizeof(buf), "%s-wal", path);
    remove(buf);
    snprintf(buf, sizeof(buf), "%s-shm", path);
    remove(buf);
}

/* The reference: Python's csv module + SQLite, same files, one transaction.
 * Prints its seconds on stdout; returns them, or -1 when unavailable. */
static double reference_seconds(const bench *b, uint64_t *rows)
{
    static const char script[] =
        "import csv, glob, os, sqlite3, sys, time\n"
        "csv.field_size_limit(1 << 26)\n"
        "db = sys.argv[2]\n"
        "for s in ('', '-wal', '-shm'):\n"
        "    if os.path.exists(db + s): os.remove(db + s)\n"
        "t0 = time.monotonic()\n"
        "con = sqlite3.connect(db)\n"
        "con.execute('PRAGMA journal_mode=WAL')\n"
        "rows = 0\n"
        "con.execute('BEGIN')\n"
        "for i, f in enumerate(sorted(glob.glob(sys.argv[1] + '/en/*.csv') + "
        "glob.glob(sys.argv[1] + '/nl/*.csv'))):\n"
        "    with open(f, newline='', encoding='utf-8-sig') as fh:\n"
        "        r = csv.reader(fh)\n"
        "        hdr = next(r)\n"
        "        n = len(hdr)\n"
        "        con.execute('CREATE TABLE t%d (%s)' % (i, ','.join('c%d' % k for k in "
        "range(n))))\n"
        "        q = 'INSERT INTO t%d VALUES (%s)' % (i, ','.join('?' * n))\n"
        "        data = [row + [''] * (n - len(row)) for row in r]\n"
        "        con.executemany(q, data)\n"
        "        rows += len(data)\n"
        "con.commit()\n"
        "con.close()\n"
        "print('%.6f %d' % (time.monotonic() - t0, rows))\n"
        "for s in ('', '-wal', '-shm'):\n"
        "    if os.path.exists(db + s): os.remove(db + s)\n";
    char cmd[8192], path[4200], out[128];
    FILE *f, *p;
    double secs = -1;
    unsigned long long r = 0;

    if (access("/usr/bin/python3", X_OK) != 0)
        return -1;
    snprintf(path, sizeof(path), "%s.ref.py", b->db_path);
    f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(script, f);
    fclose(f);
    snprintf(cmd, sizeof(cmd), "/usr/bin/python3 '%s' '%s' '%s.ref.db'", path, b->esco, b->db_path);
    p = popen(cmd, "r");
    if (p && fgets(out, sizeof(out), p) && sscanf(out, "%lf %llu", &secs, &r) != 2)
        secs = -1;
    if (p)
        pclose(p);
    remove(path);
    *rows = r;
    return secs;
}

static int phase_import(bench *b)
{
    char en[4096], nl[4096];
    const char *dirs[2];
    double t[16], best, median, ref;
    uint64_t rows = 0, ref_rows = 0, written;
    brug_import_report rep;
    int i;
    size_t k;

    snprintf(en, sizeof(en), "%s/en", b->esco);
    snprintf(nl, sizeof(nl), "%s/nl", b->esco);
    dirs[0] = en;
    dirs[1] = nl;
    for (i = 0; i < b->runs; i++) {
        brug_err err;
        double t0;
        brug_db_close(b->db);
        b->db = NULL;
        remove_db(b->db_path);
        if (brug_db_open(b->db_path, BRUG_OPEN_CREATE, NULL, &b->db) != BRUG_OK) {
            fprintf(stderr, "bench: cannot create %s: %s\n", b->db_path, brug_errmsg(b->db));
            return 1;
        }
        brug_import_report_init(&rep);
        t0 = now();
        err = brug_import_esco(b->db, dirs, 2, NULL, &rep);
        t[i] = now() - t0;
        if (err) {
            fprintf(stderr, "bench: import failed: %s\n", brug_errmsg(b->db));
            brug_import_report_release(&rep);
            return 1;
        }
        rows = 0;
        for (k = 0; k < rep.nfiles; k++)
            rows += rep.files[k].rows;
        printf("import run %d: %.3f s\n", i + 1, t[i]);
        if (i + 1 < b->runs)
            brug_import_report_release(&rep);
    }
    qsort(t, (size_t)b->runs, sizeof(t[0]), cmp_double);
    best = t[0];
    median = t[b->runs / 2];
    printf("\n== Foundation: ESCO import (en + nl, %s) ==\n", b->esco);
    printf("files: %zu, data rows read: %llu\n", rep.nfiles, (unsigned long long)rows);
    printf("written: %llu concepts, %llu labels, %llu notes, %llu occupation-skill, "
           "%llu skill-skill, %llu broader, %llu collection members; %llu dangling skipped\n",
           (unsigned long long)rep.concepts, (unsigned long long)rep.labels,
           (unsigned long long)rep.notes, (unsigned long long)rep.occupation_skill,
           (unsigned long long)rep.skill_skill, (unsigned long long)rep.broader,
           (unsigned long long)rep.collection_members, (unsigned long long)rep.dangling);
    printf("import seconds: median %.3f, best %.3f of %d run%s (target < 5 s)\n", median, best,
           b->runs, b->runs == 1 ? "" : "s");
    written = rep.concepts + rep.labels + rep.notes + rep.occupation_skill + rep.skill_skill +
              rep.broader + rep.collection_members;
    printf("rows per second: %.0f CSV rows read, %.0f database rows written (median run)\n",
           (double)rows / median, (double)written / median);
    printf("peak memory (maxrss, this process): %.1f MiB\n", peak_kib(RUSAGE_SELF) / 1024.0);
    brug_import_report_release(&rep);
    if (b->reference) {
        ref = reference_seconds(b, &ref_rows);
        if (ref > 0)
            printf("reference (/usr/bin/python3 csv -> sqlite3, raw rows, one transaction): "
                   "%.3f s, %llu rows, peak %.1f MiB; brug/reference time ratio %.2f\n",
                   ref, (unsigned long long)ref_rows, peak_kib(RUSAGE_CHILDREN) / 1024.0,
                   median / ref);
        else
            printf("reference: /usr/bin/python3 unavailable\n");
    }
    return 0;
}

/* ---- search ----------------------------------------------------------- */

enum { Q_FULL, Q_PREFIX, Q_TYPO, Q_WORD, Q_KINDS };
static const char *const q_kind_name[Q_KINDS] = {"full label", "prefix", "typo", "one word"};

#define NQUERIES 1000

typedef struct query {
    char text[256];
    char uri[128]; /* the concept the query was made from */
    int kind;      /* Q_* */
    const char *lang;
} query;

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

/* Start and length of the longest word of s (ASCII letters only). */
static size_t longest_word(const char *s, size_t *len)
{
    size_t i = 0, best = 0, bestlen = 0;
    while (s[i]) {
        size_t j = i;
        while ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))
            j++;
        if (j - i > bestlen) {
            best = i;
            bestlen = j - i;
        }
        i = s[j] ? j + 1 : j;
    }
    *len = bestlen;
    return best;
}

/*
 * 1,000 queries from the taxonomy itself, the same for a given taxonomy:
 * a fixed-seed generator picks occupations and skills (alternately) and a
 * language (nl, en alternately), takes the preferred label, and makes a
 * full-label query, a prefix (the first 60 % of the label, at least four
 * characters, as typed), a typo (one deletion, swap or substitution in the
 * longest word) or the longest word alone - 250 of each.
 */
static size_t make_queries(brug_onto *onto, query *q)
{
    uint32_t seed = 20261129u, nocc = brug_onto_occupation_count(onto),
             nskill = brug_onto_skill_count(onto);
    size_t n = 0;
    while (n < NQUERIES) {
        int occ = (n / 4) % 2 == 0;
        const char *lang = (n / 8) % 2 == 0 ? "nl" : "en";
        uint32_t i = lcg(&seed) % (occ ? nocc : nskill);
        const char *label =
            occ ? brug_onto_occupation_label(onto, i, lang) : brug_onto_skill_label(onto, i, lang);
        const char *uri = occ ? brug_onto_occupation_uri(onto, i) : brug_onto_skill_uri(onto, i);
        query *x = &q[n];
        size_t len = strlen(label), w, wl, p;
        if (len < 5 || len >= sizeof(x->text) || strlen(uri) >= sizeof(x->uri))
            continue;
        x->kind = (int)(n % Q_KINDS);
        x->lang = lang;
        snprintf(x->uri, sizeof(x->uri), "%s", uri);
        snprintf(x->text, sizeof(x->text), "%s", label);
        w = longest_word(label, &wl);
        switch (x->kind) {
        case Q_PREFIX:
            p = len * 6 / 10;
            if (p < 4)
                p = 4;
            while (p < len && ((unsigned char)label[p] & 0xC0) == 0x80)
                p++;
            x->text[p] = '\0';
            break;
        case Q_TYPO:
            if (wl < 5)
                continue;
            p = w + 1 + lcg(&seed) % (wl - 2);
            switch (lcg(&seed) % 3) {
            case 0: /* deletion */
                memmove(x->text + p, x->text + p + 1, len - p);
                break;
            case 1: /* swap */
                x->text[p] = label[p + 1];
                x->text[p + 1] = label[p];
                if (x->text[p] == x->text[p + 1])
                    x->text[p] = (char)(label[p] == 'z' ? 'a' : label[p] + 1);
                break;
            default: /* substitution */
                x->text[p] = (char)(label[p] == 'z' ? 'a' : label[p] + 1);
            }
            break;
        case Q_WORD:
            if (wl < 3)
                continue;
            memcpy(x->text, label + w, wl);
            x->text[wl] = '\0';
            break;
        }
        n++;
    }
    return n;
}

static double percentile(const double *sorted, size_t n, double p)
{
    size_t k = (size_t)(p * (double)(n - 1) + 0.5);
    return sorted[k < n ? k : n - 1];
}

/* The same queries as `label.text LIKE '%query%'`: what a store without
 * a text index would do.  Mean seconds per query over every 10th query. */
static double reference_like(bench *b, const query *q, size_t n)
{
    sqlite3 *sql;
    sqlite3_stmt *st;
    double t0, total = 0;
    size_t i, runs = 0;
    if (sqlite3_open_v2(b->db_path, &sql, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(
            sql,
            "SELECT DISTINCT l.concept FROM label l JOIN concept c ON c.id = l.concept"
            " WHERE c.kind IN (1, 2) AND l.text LIKE '%' || ?1 || '%' LIMIT 10",
            -1, &st, NULL) != SQLITE_OK) {
        sqlite3_close(sql);
        return -1;
    }
    for (i = 0; i < n; i += 10) {
        sqlite3_bind_text(st, 1, q[i].text, -1, SQLITE_STATIC);
        t0 = now();
        while (sqlite3_step(st) == SQLITE_ROW)
            ;
        total += now() - t0;
        sqlite3_reset(st);
        runs++;
    }
    sqlite3_finalize(st);
    sqlite3_close(sql);
    return total / (double)runs;
}

static int phase_search(bench *b)
{
    static query q[NQUERIES];
    static double lat[NQUERIES], slow[NQUERIES];
    size_t slowest[5] = {0, 0, 0, 0, 0};
    brug_onto *onto = NULL;
    size_t n, i, k, hit1[Q_KINDS] = {0}, hit3[Q_KINDS] = {0}, count[Q_KINDS] = {0}, empty = 0;
    double t0, reindex, sum = 0, ref;
    int pass;

    t0 = now();
    if (brug_search_reindex(b->db) != BRUG_OK) {
        fprintf(stderr, "bench: reindex failed: %s\n", brug_errmsg(b->db));
        return 1;
    }
    reindex = now() - t0;
    if (brug_onto_load(b->db, &onto) != BRUG_OK) {
        fprintf(stderr, "bench: %s\n", brug_errmsg(b->db));
        return 1;
    }
    n = make_queries(onto, q);
    brug_onto_free(onto);
    /* Pass 0 warms the page cache and the prepared statements; pass 1 is
     * timed. */
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < n; i++) {
            brug_search_opts o;
            brug_search_results *r = NULL;
            brug_err err;
            brug_search_opts_init(&o);
            t0 = now();
            err = brug_search_run(b->db, q[i].text, &o, &r);
            lat[i] = now() - t0;
            if (err) {
                fprintf(stderr, "bench: search '%s': %s\n", q[i].text, brug_errmsg(b->db));
                return 1;
            }
            if (pass == 1) {
                count[q[i].kind]++;
                if (r->count == 0)
                    empty++;
                for (k = 0; k < r->count && k < 3; k++) {
                    if (strcmp(r->hits[k].uri, q[i].uri) == 0) {
                        hit3[q[i].kind]++;
                        if (k == 0)
                            hit1[q[i].kind]++;
                        break;
                    }
                }
            }
            brug_search_results_free(r);
        }
    }
    for (i = 0; i < n; i++) {
        sum += lat[i];
        slow[i] = lat[i];
        for (k = 0; k < 5; k++) {
            if (lat[i] > slow[slowest[k]]) {
                memmove(slowest + k + 1, slowest + k, (4 - k) * sizeof(slowest[0]));
                slowest[k] = i;
                break;
            }
        }
    }
    qsort(lat, n, sizeof(lat[0]), cmp_double);
    printf("\n== Foundation: search (%zu fixed queries, limit 10, after a warm-up pass) ==\n", n);
    printf("index rebuild (brug_search_reindex, alone): %.3f s\n", reindex);
    printf("latency: p50 %.3f ms, p99 %.3f ms, mean %.3f ms, max %.3f ms (target p50 < 1 ms)\n",
           percentile(lat, n, 0.50) * 1e3, percentile(lat, n, 0.99) * 1e3, sum / (double)n * 1e3,
           lat[n - 1] * 1e3);
    for (k = 0; k < Q_KINDS; k++)
        printf("  %-10s: %3zu queries, source concept first %5.1f %%, in top 3 %5.1f %%\n",
               q_kind_name[k], count[k], 100.0 * (double)hit1[k] / (double)count[k],
               100.0 * (double)hit3[k] / (double)count[k]);
    printf("  queries with no result: %zu\n", empty);
    printf("  slowest:");
    for (k = 0; k < 5; k++)
        printf(" \"%s\" %.1f ms%s", q[slowest[k]].text, slow[slowest[k]] * 1e3, k < 4 ? "," : "\n");
    if (b->reference) {
        ref = reference_like(b, q, n);
        if (ref > 0)
            printf("reference (SQLite LIKE '%%q%%' scan over labels, every 10th query): "
                   "mean %.3f ms; brug/reference mean ratio %.3f\n",
                   ref * 1e3, sum / (double)n / ref);
    }
    return 0;
}

/* The benchmark's phases, run in order on one database. */
static const struct {
    const char *name;
    int (*run)(bench *b);
} phases[] = {
    {"import", phase_import},
    {"search", phase_search},
};

int main(int argc, char **argv)
{
    bench b;
    const char *shared = getenv("BRUG_SHARED_DATA");
    char esco[4096];
    size_t i;
    int a, rc = 0;

    snprintf(esco, sizeof(esco), "%s/esco-1.1.1", shared && shared[0] ? shared : "../shared/data");
    memset(&b, 0, sizeof(b));
    b.esco = esco;
    b.db_path = "bench_foundation.db";
    b.runs = 3;
    b.reference = 1;
    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--esco") == 0 && a + 1 < argc)
            b.esco = argv[++a];
        else if (strcmp(argv[a], "--db") == 0 && a + 1 < argc)
            b.db_path = argv[++a];
        else if (strcmp(argv[a], "--runs") == 0 && a + 1 < argc)
            b.runs = atoi(argv[++a]);
        else if (strcmp(argv[a], "--no-reference") == 0)
            b.reference = 0;
        else {
            fprintf(stderr, "usage: bench_foundation [--esco DIR] [--db FILE] [--runs N] "
                            "[--no-reference]\n");
            return 2;
        }
    }
    if (b.runs < 1 || b.runs > 16)
        b.runs = 3;
    for (i = 0; i < sizeof(phases) / sizeof(phases[0]) && rc == 0; i++)
        rc = phases[i].run(&b);
    brug_db_close(b.db);
    remove_db(b.db_path);
    return rc;
}
