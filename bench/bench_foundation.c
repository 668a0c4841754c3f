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
 * database the import phase filled.  The search phase (1,000 fixed
 * searches, p50/p99) plugs in there as one more entry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "brug/brug.h"

typedef struct bench {
    const char *esco;     /* folder with en/ and nl/ */
    const char *db_path;
    int runs;
    int reference;
    brug_db *db;          /* filled by the import phase, open for later phases */
} bench;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
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
        "        con.execute('CREATE TABLE t%d (%s)' % (i, ','.join('c%d' % k for k in range(n))))\n"
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
    snprintf(cmd, sizeof(cmd), "/usr/bin/python3 '%s' '%s' '%s.ref.db'", path, b->esco,
             b->db_path);
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

/* The benchmark's phases, run in order on one database. */
static const struct {
    const char *name;
    int (*run)(bench *b);
} phases[] = {
    {"import", phase_import},
    /* {"search", phase_search}: 1,000 fixed searches, latency p50/p99 */
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
