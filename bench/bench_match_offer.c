/*
 * bench_match_offer.c - offer-side matching ("who fits this offer"):
 * the first brug_match_offer on a matcher (which loads every passport and
 * builds the person index) and the next N queries on other offers (which
 * use it), against the old path (load every passport, score each one) in
 * the same run; the results of both are compared on a sample of offers.
 * It also writes one passport (a copy of a top match, "bench-offer-new")
 * through a second connection, times the query that follows (a rebuild)
 * and deletes it again.
 *
 *   build/bench/bench_match_offer --db FILE [--queries N] [--old M]
 *       [--verify V] [--top K]
 *
 * FILE is opened read-write (a schema migration may run): use a copy.
 * Defaults: 100 queries, 5 old-path queries, 20 verified offers, top 10.
 * Offers are spread evenly over the matcher's offer order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "brug/brug.h"
#include "match.h"
#include "bench_util.h"

/* Resident and peak memory, MB. */
static void memory(double *rss, double *peak)
{
    struct rusage ru;
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f && fscanf(f, "%ld %ld", &pages, &res) != 2)
        res = 0;
    if (f)
        fclose(f);
    *rss = (double)res * 4096.0 / 1e6;
    getrusage(RUSAGE_SELF, &ru);
    *peak = (double)ru.ru_maxrss / 1e3;
}

static double pct(const double *sorted, int n, double p)
{
    int i = (int)(p * (n - 1) + 0.5);
    return sorted[i < 0 ? 0 : i >= n ? n - 1 : i];
}

static void fail(brug_db *db, const char *what)
{
    fprintf(stderr, "bench_match_offer: %s: %s\n", what, brug_errmsg(db));
    exit(1);
}

int main(int argc, char **argv)
{
    const char *path = NULL;
    int nq = 100, nold = 5, nverify = 20, i;
    uint32_t top = 10;
    brug_db *db = NULL;
    brug_matcher *m = NULL;
    brug_match_opts mo;
    json_t *res = NULL;
    double t0, t, *lat, rss0, rss1, peak, sum = 0;
    uint32_t *offer;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            path = argv[++i];
        else if (strcmp(argv[i], "--queries") == 0 && i + 1 < argc)
            nq = atoi(argv[++i]);
        else if (strcmp(argv[i], "--old") == 0 && i + 1 < argc)
            nold = atoi(argv[++i]);
        else if (strcmp(argv[i], "--verify") == 0 && i + 1 < argc)
            nverify = atoi(argv[++i]);
        else if (strcmp(argv[i], "--top") == 0 && i + 1 < argc)
            top = (uint32_t)atoi(argv[++i]);
        else
            path = NULL, i = argc;
    }
    if (!path || nq < 1 || nold < 0 || nverify < 0 || top < 1 || top > 1000) {
        fprintf(stderr, "usage: bench_match_offer --db FILE [--queries N] [--old M] "
                        "[--verify V] [--top K]\n");
        return 2;
    }
    print_load("at start");
    if (brug_db_open(path, 0, NULL, &db) != BRUG_OK)
        fail(db, path);
    t0 = now();
    if (brug_matcher_new(db, &m) != BRUG_OK)
        fail(db, "matcher");
    printf("matcher (taxonomy and %u offers): %.2f s\n", m->offers.n, now() - t0);
    if (m->offers.n == 0) {
        fprintf(stderr, "bench_match_offer: no offers\n");
        return 1;
    }
    offer = malloc(((size_t)nq + 1) * sizeof(*offer));
    lat = malloc(((size_t)nq + 1) * sizeof(*lat));
    if (!offer || !lat)
        return 1;
    for (i = 0; i <= nq; i++)
        offer[i] = (uint32_t)((uint64_t)i * m->offers.n / ((uint64_t)nq + 1));
    memset(&mo, 0, sizeof(mo));
    mo.top = top;

    memory(&rss0, &peak);
    t0 = now();
    if (brug_match_offer(m, m->offers.ext_id[offer[0]], &mo, &res) != BRUG_OK)
        fail(db, "first query");
    t = now() - t0;
    json_decref(res);
    memory(&rss1, &peak);
    printf("first query (loads %u passports, builds the index): %.2f s\n", m->people->set.n, t);
    printf("index: %u postings; index %.1f MB + passports %.1f MB (at least); RSS %.0f -> %.0f "
           "MB (+%.0f), peak %.0f MB\n",
           (unsigned)m->people->ptr[m->nskill], (double)m->people->index_bytes / 1e6,
           (double)m->people->set_bytes / 1e6, rss0, rss1, rss1 - rss0, peak);

    for (i = 1; i <= nq; i++) {
        t0 = now();
        if (brug_match_offer(m, m->offers.ext_id[offer[i]], &mo, &res) != BRUG_OK)
            fail(db, "query");
        lat[i - 1] = now() - t0;
        sum += lat[i - 1];
        json_decref(res);
    }
    qsort(lat, (size_t)nq, sizeof(*lat), cmp_double);
    printf("next %d queries (top %u, explained): p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f "
           "ms\n",
           nq, top, pct(lat, nq, 0.5) * 1e3, pct(lat, nq, 0.99) * 1e3, lat[nq - 1] * 1e3,
           sum / nq * 1e3);

    /* a passport written through another connection: the next query
     * rebuilds the index and finds it (a copy of the best person for
     * offer[1], so it ranks right behind them) */
    {
        brug_db *w = NULL;
        json_t *doc = NULL, *best;
        const char *id;
        size_t j;
        int found = 0;
        if (brug_match_offer(m, m->offers.ext_id[offer[1]], &mo, &res) != BRUG_OK)
            fail(db, "query");
        best = json_array_get(json_object_get(res, "matches"), 0);
        id = best ? json_string_value(json_object_get(best, "passport")) : NULL;
        if (id && brug_db_open(path, 0, NULL, &w) == BRUG_OK &&
            brug_passport_get(w, id, &doc) == BRUG_OK) {
            json_object_set_new(doc, "id", json_string("bench-offer-new"));
            if (brug_passport_put(w, doc, BRUG_PUT_UPSERT) != BRUG_OK)
                fail(w, "put");
            t0 = now();
            json_decref(res);
            if (brug_match_offer(m, m->offers.ext_id[offer[1]], &mo, &res) != BRUG_OK)
                fail(db, "query after a write");
            t = now() - t0;
            json_array_foreach(json_object_get(res, "matches"), j, best)
            {
                found |= strcmp(json_string_value(json_object_get(best, "passport")),
                                "bench-offer-new") == 0;
            }
            printf("query after a passport write on another connection (rebuilds the index): "
                   "%.2f s; the new passport is %s\n",
                   t, found ? "matched" : "MISSING");
            if (brug_passport_delete(w, "bench-offer-new") != BRUG_OK)
                fail(w, "delete");
            t0 = now();
            json_decref(res);
            res = NULL;
            if (brug_match_offer(m, m->offers.ext_id[offer[1]], &mo, &res) != BRUG_OK)
                fail(db, "query after a delete");
            printf("query after deleting it again: %.2f s\n", now() - t0);
        }
        json_decref(doc);
        json_decref(res);
        brug_db_close(w);
    }

    /* the old path: every passport loaded and scored, per query */
    if (nold > 0) {
        double *olat = malloc((size_t)nold * sizeof(*olat)), osum = 0;
        brug__scratch s;
        brug__hit *hits = malloc(((size_t)top + 1) * sizeof(*hits));
        if (!olat || !hits || brug__scratch_init(m, &s, top))
            return 1;
        for (i = 0; i < nold; i++) {
            brug__person_set ps;
            t0 = now();
            if (brug__person_set_load(db, m->onto, NULL, &ps) != BRUG_OK)
                fail(db, "old path");
            brug__offer_scan_people(m, &ps, &s, offer[1 + i % nq], hits);
            brug__person_set_release(&ps);
            olat[i] = now() - t0;
            osum += olat[i];
        }
        qsort(olat, (size_t)nold, sizeof(*olat), cmp_double);
        printf("old path, %d queries (load every passport, score each; no explanations): "
               "p50 %.2f s, max %.2f s, mean %.2f s; new p50 is %.0fx faster\n",
               nold, pct(olat, nold, 0.5), olat[nold - 1], osum / nold,
               pct(olat, nold, 0.5) / pct(lat, nq, 0.5));
        brug__scratch_release(m, &s);
        free(hits);
        free(olat);
    }

    /* the same people and scores both ways */
    if (nverify > 0) {
        brug__scratch s;
        brug__hit *a = malloc(((size_t)top + 1) * sizeof(*a)),
                  *b = malloc(((size_t)top + 1) * sizeof(*b));
        int agree = 0, j;
        if (!a || !b || brug__scratch_init(m, &s, top))
            return 1;
        for (i = 0; i < nverify; i++) {
            uint32_t o = offer[(size_t)i * (size_t)nq / (size_t)nverify], na, nb;
            na = brug__offer_scan_people(m, &m->people->set, &s, o, a);
            nb = brug__offer_top_people(m, m->people, o, top, b);
            for (j = 0; na == nb && j < (int)na; j++)
                if (a[j].id != b[j].id || a[j].score != b[j].score)
                    break;
            agree += na == nb && j == (int)na;
        }
        printf("index = every passport scored: %d of %d offers identical (people, order, "
               "scores)\n",
               agree, nverify);
        brug__scratch_release(m, &s);
        free(a);
        free(b);
    }
    print_load("at end");
    brug_matcher_free(m);
    brug_db_close(db);
    free(offer);
    free(lat);
    return 0;
}
