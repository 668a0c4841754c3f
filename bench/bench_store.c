/*
 * bench_store.c - the passport storage benchmark: how long loading every
 * passport into the set matching works on takes (what `brug match --all`
 * and `brug assign` do first), from the packed skill records and, as the
 * reference in the same run, from the person_skill rows, with a check that
 * both give the same set; then the same for the offer set.
 *
 * Usage (after `make build`; the database is opened read-only):
 *
 *   build/bench/bench_store --db FILE [--repeat N]
 *
 * Build a database with `brug import esco`, `brug gen` and `brug import
 * passports` (docs/benchmarks.md has the commands of the recorded run).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "brug/brug.h"
#include "people.h"
#include "bench_util.h"

static double peak_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0;
}

/* 1 when both sets hold the same persons, fields and skills in the same order. */
static int same_set(const brug__person_set *a, const brug__person_set *b)
{
    uint32_t i;
    if (a->n != b->n || a->ptr[a->n] != b->ptr[b->n])
        return 0;
    for (i = 0; i < a->n; i++)
        if (strcmp(a->ext_id[i], b->ext_id[i]) != 0 || a->region[i] != b->region[i] ||
            a->hours[i] != b->hours[i] || a->drives[i] != b->drives[i] ||
            a->max_km[i] != b->max_km[i] || a->prefer[i] != b->prefer[i] ||
            a->exclude[i] != b->exclude[i] || a->ptr[i] != b->ptr[i])
            return 0;
    return memcmp(a->skill, b->skill, a->ptr[a->n] * sizeof(uint32_t)) == 0 &&
           memcmp(a->evidence, b->evidence, a->ptr[a->n]) == 0;
}

/* 1 when both offer sets are the same, in the same order. */
static int same_offers(const brug__offer_set *a, const brug__offer_set *b)
{
    uint32_t i;
    if (a->n != b->n || a->ptr[a->n] != b->ptr[b->n])
        return 0;
    for (i = 0; i < a->n; i++)
        if (strcmp(a->ext_id[i], b->ext_id[i]) != 0 || strcmp(a->title[i], b->title[i]) != 0 ||
            strcmp(a->employer[i], b->employer[i]) != 0 || a->type[i] != b->type[i] ||
            a->region[i] != b->region[i] || a->hours[i] != b->hours[i] ||
            a->drives[i] != b->drives[i] || a->sector[i] != b->sector[i] ||
            a->capacity[i] != b->capacity[i] || a->occupation[i] != b->occupation[i] ||
            a->ptr[i] != b->ptr[i])
            return 0;
    return memcmp(a->skill, b->skill, a->ptr[a->n] * sizeof(uint32_t)) == 0 &&
           memcmp(a->essential, b->essential, a->ptr[a->n]) == 0;
}

typedef brug_err (*load_fn)(brug_db *, const brug_onto *, const char *, brug__person_set *);

/* Best of repeat runs of one loader; keeps the last set in out. */
static double time_load(brug_db *db, const brug_onto *onto, load_fn fn, int repeat,
                        brug__person_set *out)
{
    double best = 1e30;
    int r;
    for (r = 0; r < repeat; r++) {
        double t0 = now(), t;
        brug_err err;
        if (r)
            brug__person_set_release(out);
        err = fn(db, onto, NULL, out);
        t = now() - t0;
        if (err) {
            fprintf(stderr, "bench_store: %s\n", brug_errmsg(db));
            exit(1);
        }
        if (t < best)
            best = t;
    }
    return best;
}

int main(int argc, char **argv)
{
    const char *path = NULL;
    int repeat = 3, i;
    brug_db *db = NULL;
    brug_onto *onto = NULL;
    brug__person_set packed, rows;
    double tp, tr, mp, mr, t0;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            path = argv[++i];
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_store --db FILE [--repeat N]\n");
            return 2;
        }
    }
    if (!path || repeat < 1) {
        fprintf(stderr, "usage: bench_store --db FILE [--repeat N]\n");
        return 2;
    }
    if (brug_db_open(path, BRUG_OPEN_READONLY, NULL, &db) != BRUG_OK) {
        fprintf(stderr, "bench_store: %s\n", brug_errmsg(db));
        brug_db_close(db);
        return 1;
    }
    print_load("at start");
    t0 = now();
    if (brug_onto_load(db, &onto) != BRUG_OK) {
        fprintf(stderr, "bench_store: %s\n", brug_errmsg(db));
        brug_db_close(db);
        return 1;
    }
    printf("taxonomy snapshot: %.2f s\n", now() - t0);
    tp = time_load(db, onto, brug__person_set_load, repeat, &packed);
    mp = peak_mb();
    printf("passport set load (brug__person_set_load): %.3f s (best of %d), %u passports, "
           "%llu skills, peak RSS %.0f MB\n",
           tp, repeat, packed.n, (unsigned long long)packed.ptr[packed.n], mp);
    tr = time_load(db, onto, brug__person_set_load_rows, 1, &rows);
    mr = peak_mb();
    printf("reference, from the person_skill rows: %.3f s, peak RSS %.0f MB\n", tr, mr);
    printf("rows / load time: %.1fx; sets identical: %s\n", tr / tp,
           same_set(&packed, &rows) ? "yes" : "NO");
    {
        brug__offer_set os, orows;
        double to, tor;
        t0 = now();
        if (brug__offer_set_load(db, onto, NULL, &os) != BRUG_OK) {
            fprintf(stderr, "bench_store: %s\n", brug_errmsg(db));
            exit(1);
        }
        to = now() - t0;
        t0 = now();
        if (brug__offer_set_load_rows(db, onto, NULL, &orows) != BRUG_OK) {
            fprintf(stderr, "bench_store: %s\n", brug_errmsg(db));
            exit(1);
        }
        tor = now() - t0;
        printf("offer set load (brug__offer_set_load): %.3f s, %u offers; from the offer_skill "
               "rows: %.3f s; sets identical: %s\n",
               to, os.n, tor, same_offers(&os, &orows) ? "yes" : "NO");
        brug__offer_set_release(&os);
        brug__offer_set_release(&orows);
    }
    print_load("at end");
    brug__person_set_release(&packed);
    brug__person_set_release(&rows);
    brug_onto_free(onto);
    brug_db_close(db);
    return 0;
}
