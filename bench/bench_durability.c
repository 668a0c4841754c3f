/*
 * bench_durability.c - what synchronous=FULL (the default: a write is on
 * disk when acknowledged) costs against synchronous=NORMAL
 * (BRUG_OPEN_SYNC_NORMAL) for the writes a server acknowledges one by one:
 * a passport replaced through brug_passport_put_as (the change and its
 * audit entry, one commit) and a consent granted through
 * brug_consent_set_as.
 *
 *   bench_durability [--dir DIR] [--writes N] [--rounds R]
 *
 * Both modes run on a database file in DIR (default: the current folder;
 * it must be a real disk, not tmpfs, or the fsyncs cost nothing), in
 * alternating rounds (FULL, NORMAL, FULL, ...) so that a change in the
 * machine's load hits both alike.  Prints the median and p99 time per
 * write of each mode and their ratio, and the load average.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_util.h"
#include "brug/brug.h"

static brug_db *open_db(const char *path, unsigned flags)
{
    brug_db *db = NULL;
    if (brug_db_open(path, BRUG_OPEN_CREATE | flags, NULL, &db) != BRUG_OK) {
        fprintf(stderr, "bench_durability: %s: %s\n", path, brug_errmsg(db));
        exit(1);
    }
    return db;
}

/* n writes (passport replacements, and a consent every 4th), each timed. */
static void run(brug_db *db, int n, double *t, int *k)
{
    brug_principal who = brug_principal_local();
    char id[32];
    int i;
    for (i = 0; i < n; i++) {
        json_t *doc;
        double t0 = now();
        brug_err err;
        snprintf(id, sizeof(id), "dur-%d", i % 50);
        if (i % 4 == 3) {
            err = brug_consent_set_as(db, &who, id, "adv-bench", i % 8 == 3);
        } else {
            doc = json_pack("{s:s,s:s,s:i,s:[]}", "id", id, "region", "AM18", "max_km", i % 500,
                            "skills");
            err = brug_passport_put_as(db, &who, doc, BRUG_PUT_UPSERT, NULL);
            json_decref(doc);
        }
        if (err && err != BRUG_ENOTFOUND) {
            fprintf(stderr, "bench_durability: write %d: %s\n", i, brug_errmsg(db));
            exit(1);
        }
        t[(*k)++] = now() - t0;
    }
}

static void report(const char *name, double *t, int n)
{
    qsort(t, (size_t)n, sizeof(*t), cmp_double);
    printf("%-8s %6d writes: median %.3f ms, p99 %.3f ms, %.0f writes/s (median)\n", name, n,
           t[n / 2] * 1e3, t[(int)(n * 0.99)] * 1e3, 1.0 / t[n / 2]);
}

int main(int argc, char **argv)
{
    const char *dir = ".";
    int writes = 200, rounds = 3, i, kf = 0, kn = 0;
    char full[4096], normal[4096];
    double *tf, *tn;
    brug_db *df, *dn;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(argv[i], "--writes") == 0 && i + 1 < argc)
            writes = atoi(argv[++i]);
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_durability [--dir DIR] [--writes N] [--rounds R]\n");
            return 2;
        }
    }
    if (writes < 1 || writes > 100000 || rounds < 1 || rounds > 100) {
        fprintf(stderr, "bench_durability: writes 1-100000, rounds 1-100\n");
        return 2;
    }
    snprintf(full, sizeof(full), "%s/bench-durability-full.db", dir);
    snprintf(normal, sizeof(normal), "%s/bench-durability-normal.db", dir);
    tf = malloc(sizeof(*tf) * (size_t)(writes * rounds));
    tn = malloc(sizeof(*tn) * (size_t)(writes * rounds));
    if (!tf || !tn)
        return 1;
    print_load("at start");
    df = open_db(full, 0);
    dn = open_db(normal, BRUG_OPEN_SYNC_NORMAL);
    for (i = 0; i < rounds; i++) {
        run(df, writes, tf, &kf);
        run(dn, writes, tn, &kn);
    }
    brug_db_close(df);
    brug_db_close(dn);
    report("FULL", tf, kf);
    report("NORMAL", tn, kn);
    printf("ratio FULL/NORMAL of the median write: %.2f\n", tf[kf / 2] / tn[kn / 2]);
    print_load("at the end");
    for (i = 0; i < 2; i++) {
        char p[4200];
        const char *base = i ? normal : full;
        unlink(base);
        snprintf(p, sizeof(p), "%s-wal", base);
        unlink(p);
        snprintf(p, sizeof(p), "%s-shm", base);
        unlink(p);
    }
    free(tf);
    free(tn);
    return 0;
}
