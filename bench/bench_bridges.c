/*
 * bench_bridges.c - benchmark of the bridges engine on a real ontology.
 *
 *   build/bench/bench_bridges [--db FILE] [--threads N] [--queries N]
 *                             [--python PATH] [--ref bench/bridges_ref.py] [--no-ref]
 *
 * Loads the snapshot, builds the bridges index, computes the all-pairs
 * transition matrix with brug (best of 10 runs), then runs the scipy
 * reference implementation of the same formulas (bench/bridges_ref.py with
 * Debian's /usr/bin/python3, best of 3) on the same database, checks that both
 * matrices agree to 1e-6, and prints both times (wall clock and CPU time,
 * since the shared machine's load moves wall times a lot) and the ratios.  Then it
 * times single bridges queries (top 10, fully explained, as the CLI and
 * the server run them) once the index is loaded: p50 and p99.  Peak memory
 * (max RSS) of brug's process and of the Python process is printed too.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "brug/brug.h"
#include "bench_util.h"
#include "bridges_int.h" /* the query without JSON, to time it apart */

static double pct(double *v, size_t n, double p)
{
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}

/* CPU time of the whole process (all threads), user + system. */
static double cpu_now(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
}

/* CPU time of the calling thread, in seconds (nanosecond clock). */
static double thread_cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long max_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void die(const char *what)
{
    fprintf(stderr, "bench_bridges: %s\n", what);
    exit(1);
}

int main(int argc, char **argv)
{
    const char *db_path = getenv("BRUG_DB"), *python = "/usr/bin/python3";
    const char *ref = "bench/bridges_ref.py";
    unsigned threads = 2, nqueries = 2000, run;
    int no_ref = 0;
    brug_db *db = NULL;
    brug_onto *onto = NULL;
    brug_bridges *b = NULL, *bc = NULL, *bl = NULL;
    double t0, c0, t_load, t_build, t_matrix = 1e30, c_matrix = 1e30, ref_seconds = -1;
    double ref_cpu = -1;
    long ref_rss = -1;
    float *m;
    uint32_t n, i;
    int k;
    char wpath[256], mpath[256], cmd[2048], line[1024];
    FILE *f;

    if (!db_path || !db_path[0])
        db_path = "build/esco.db";
    for (k = 1; k < argc; k++) {
        if (strcmp(argv[k], "--db") == 0 && k + 1 < argc)
            db_path = argv[++k];
        else if (strcmp(argv[k], "--threads") == 0 && k + 1 < argc)
            threads = (unsigned)atoi(argv[++k]);
        else if (strcmp(argv[k], "--queries") == 0 && k + 1 < argc)
            nqueries = (unsigned)atoi(argv[++k]);
        else if (strcmp(argv[k], "--python") == 0 && k + 1 < argc)
            python = argv[++k];
        else if (strcmp(argv[k], "--ref") == 0 && k + 1 < argc)
            ref = argv[++k];
        else if (strcmp(argv[k], "--no-ref") == 0)
            no_ref = 1;
        else {
            fprintf(stderr, "usage: bench_bridges [--db FILE] [--threads N] [--queries N] "
                            "[--python PATH] [--ref bridges_ref.py] [--no-ref]\n");
            return 2;
        }
    }
    if (threads == 0 || nqueries == 0)
        die("--threads and --queries must be positive");

    print_load("at start");
    t0 = now();
    if (brug_db_open(db_path, BRUG_OPEN_READONLY, NULL, &db) || brug_onto_load(db, &onto)) {
        fprintf(stderr, "bench_bridges: %s: %s\n", db_path, brug_errmsg(db));
        brug_db_close(db);
        return 1;
    }
    t_load = now() - t0;
    /* Building the index (its models included, as an import does) against
     * opening it with the models an import stored: best of 3 each, CPU
     * time of this thread. */
    {
        double cb = 1e30, co = 1e30, c, tb = 1e30, t;
        for (run = 0; run < 3; run++) {
            brug_bridges *x = NULL;
            t0 = now();
            c0 = thread_cpu_now();
            if (brug_bridges_new(onto, NULL, NULL, &x))
                die("cannot build the bridges index");
            c = thread_cpu_now() - c0;
            t = now() - t0;
            cb = c < cb ? c : cb;
            tb = t < tb ? t : tb;
            if (run < 2)
                brug_bridges_free(x);
            else
                b = x;
        }
        for (run = 0; run < 3; run++) {
            c0 = thread_cpu_now();
            if (brug_bridges_open(db, onto, NULL, NULL, &bl))
                die(brug_errmsg(db));
            c = thread_cpu_now() - c0;
            co = c < co ? c : co;
            if (run < 2)
                brug_bridges_free(bl);
        }
        t_build = tb;
        printf("bridges index, best of 3, CPU: built (models included) %.1f ms, opened with the "
               "stored models %.1f ms (%s): %.1fx cheaper\n",
               cb * 1e3, co * 1e3,
               brug_bridges_model_state_of(bl) == BRUG_BRIDGES_MODEL_LOADED ? "loaded"
                                                                            : "NOT LOADED: built",
               cb / co);
    }
    /* The scipy reference has the coverage formulas (docs/bridges.md
     * sections 1-3): compare a coverage-only index with it, and time the
     * full score (every facet) apart. */
    {
        brug_bridges_weights wc;
        brug_bridges_weights_init(&wc);
        wc.facet_latent = wc.facet_text = wc.facet_isco = wc.facet_activities = 0.0;
        wc.facet_level = 0.0;
        if (brug_bridges_new(onto, &wc, NULL, &bc))
            die("cannot build the coverage-only index");
    }
    n = brug_onto_occupation_count(onto);
    printf("ontology: %s: %u occupations, %u skills\n", db_path, n, brug_onto_skill_count(onto));
    printf("load snapshot from SQLite: %.1f ms; build bridges index: %.1f ms\n", t_load * 1e3,
           t_build * 1e3);

    m = malloc((size_t)n * n * sizeof(float));
    if (!m)
        die("out of memory");
    for (run = 0; run < 10; run++) {
        double t, c;
        t0 = now();
        c0 = cpu_now();
        if (brug_bridges_matrix(bc, threads, 0, m))
            die("matrix failed");
        t = now() - t0;
        c = cpu_now() - c0;
        if (t < t_matrix)
            t_matrix = t;
        if (c < c_matrix)
            c_matrix = c;
    }
    {
        double tf = 1e30, cf = 1e30;
        float *mf = malloc((size_t)n * n * sizeof(float));
        if (!mf)
            die("out of memory");
        for (run = 0; run < 3; run++) {
            double t, c;
            t0 = now();
            c0 = cpu_now();
            if (brug_bridges_matrix(b, threads, 0, mf))
                die("matrix failed");
            t = now() - t0;
            c = cpu_now() - c0;
            tf = t < tf ? t : tf;
            cf = c < cf ? c : cf;
        }
        /* the index opened with the stored models gives the same matrix, bit for bit */
        {
            float *ml = malloc((size_t)n * n * sizeof(float));
            if (!ml || brug_bridges_matrix(bl, threads, 0, ml))
                die("matrix of the loaded index failed");
            printf("full matrix of the index with stored models vs built: %s\n",
                   memcmp(ml, mf, (size_t)n * n * sizeof(float)) == 0 ? "bit-identical"
                                                                      : "DIFFERENT");
            free(ml);
        }
        free(mf);
        printf("brug all-pairs matrix of the full transition score (every facet, %u threads, best "
               "of 3): %.1f ms wall, %.1f ms CPU\n",
               threads, tf * 1e3, cf * 1e3);
    }
    printf("brug all-pairs matrix (%u x %u, %u threads, best of 10): %.1f ms wall, %.1f ms CPU "
           "(all threads; coverage facet: the formulas of the reference); with index build: %.1f "
           "ms wall\n",
           n, n, threads, t_matrix * 1e3, c_matrix * 1e3, (t_matrix + t_build) * 1e3);

    /* The scipy reference, on the same database and weights. */
    if (no_ref)
        goto queries;
    snprintf(wpath, sizeof(wpath), "/tmp/bench_bridges_%ld_weights.json", (long)getpid());
    snprintf(mpath, sizeof(mpath), "/tmp/bench_bridges_%ld_matrix.f64", (long)getpid());
    {
        json_t *wj = brug_bridges_weights_json(brug_bridges_weights_of(bc));
        if (!wj || json_dump_file(wj, wpath, 0) != 0)
            die("cannot write the weights file");
        json_decref(wj);
    }
    snprintf(cmd, sizeof(cmd), "'%s' '%s' '%s' '%s' '%s'", python, ref, db_path, wpath, mpath);
    f = popen(cmd, "r");
    if (!f)
        die("cannot run the reference");
    while (fgets(line, sizeof(line), f)) {
        json_error_t je;
        json_t *r = json_loads(line, 0, &je);
        if (r && json_is_object(r)) {
            ref_seconds = json_number_value(json_object_get(r, "seconds"));
            ref_cpu = json_number_value(json_object_get(r, "cpu_seconds"));
            ref_rss = (long)json_integer_value(json_object_get(r, "peak_rss_kib"));
        }
        json_decref(r);
    }
    if (pclose(f) != 0 || ref_seconds < 0) {
        remove(wpath);
        remove(mpath);
        die("the scipy reference failed (run it by hand to see why)");
    }
    {
        FILE *mf = fopen(mpath, "rb");
        double maxdiff = 0.0, *row = malloc((size_t)n * sizeof(double));
        size_t over = 0;
        uint32_t j;
        if (!mf || !row)
            die("cannot read the reference matrix");
        for (i = 0; i < n; i++) {
            if (fread(row, sizeof(double), n, mf) != n)
                die("reference matrix is short");
            for (j = 0; j < n; j++) {
                double d = fabs((double)m[(size_t)i * n + j] - row[j]);
                if (d > maxdiff)
                    maxdiff = d;
                if (d > 1e-6)
                    over++;
            }
        }
        fclose(mf);
        free(row);
        printf(
            "scipy reference (/usr/bin/python3, same formulas, best of 3): %.1f ms wall, %.1f ms "
            "CPU, peak RSS %.1f MiB\n",
            ref_seconds * 1e3, ref_cpu * 1e3, (double)ref_rss / 1024.0);
        printf("agreement: max |brug - scipy| = %.3g over %zu values; %zu differ by more than "
               "1e-6: %s\n",
               maxdiff, (size_t)n * n, over, over ? "FAIL" : "ok");
        printf("ratio scipy / brug: %.1fx wall (matrix only), %.1fx wall (index build + matrix), "
               "%.1fx CPU time (matrix only)\n",
               ref_seconds / t_matrix, ref_seconds / (t_matrix + t_build), ref_cpu / c_matrix);
        remove(wpath);
        remove(mpath);
        if (over)
            return 1;
    }

queries:
    /* Single bridges queries once the index is loaded: the same random
     * sources timed three ways. */
    {
        double *lat = malloc(nqueries * sizeof(double)), *slat = malloc(nqueries * sizeof(double));
        double *clat = malloc(nqueries * sizeof(double));
        double *klat = malloc(nqueries * sizeof(double)),
               *scores = malloc((size_t)n * sizeof(double));
        double *olat = malloc(nqueries * sizeof(double)),
               *oclat = malloc(nqueries * sizeof(double));
        double maxd = 0.0;
        size_t ndiff = 0;
        unsigned seed = 42, q, pass;
        char msg[256];
        if (!lat || !slat || !klat || !clat || !scores || !olat || !oclat)
            die("out of memory");
        /* Three passes over the same sources, one per way of asking. */
        for (pass = 0; pass < 4; pass++) {
            seed = 42;
            for (q = 0; q < nqueries; q++) {
                brug_bridges_query bq;
                brug__bridges_source_t src;
                brug__bridge_result *res;
                brug__arena arena;
                size_t nres;
                json_t *doc = NULL;
                uint32_t from;
                seed = seed * 1103515245u + 12345u;
                from = (seed >> 8) % n;
                memset(&bq, 0, sizeof(bq));
                bq.from = brug_onto_occupation_uri(onto, from);
                bq.top = 10;
                if (pass == 0) {
                    /* ranked and explained (carried, missing with weights), as structs */
                    brug__arena_init(&arena, NULL, 64 * 1024);
                    c0 = thread_cpu_now();
                    t0 = now();
                    if (brug__bridges_query_structs(b, &bq, &arena, &src, &res, &nres, msg,
                                                    sizeof(msg)))
                        die(msg);
                    slat[q] = now() - t0;
                    clat[q] = thread_cpu_now() - c0;
                    brug__bridges_source_release(&src);
                    brug__arena_release(&arena);
                } else if (pass == 1) {
                    /* the same as a jansson document (what the CLI and server print) */
                    t0 = now();
                    if (brug_bridges_query_run(b, &bq, &doc, msg, sizeof(msg)))
                        die(msg);
                    lat[q] = now() - t0;
                    json_decref(doc);
                } else if (pass == 2) {
                    t0 = now();
                    if (brug_bridges_scores(b, from, NULL, 0, scores))
                        die("scores failed");
                    klat[q] = now() - t0;
                } else {
                    /* the old ranking (every target's full score), timed, and
                     * the same results from the bounded one */
                    brug__bridges_source_t src2;
                    brug__bridge_result *res2;
                    brug__arena arena2;
                    size_t nres2, r;
                    brug__arena_init(&arena, NULL, 64 * 1024);
                    brug__arena_init(&arena2, NULL, 64 * 1024);
                    c0 = thread_cpu_now();
                    t0 = now();
                    if (brug__bridges_query_structs_how(b, &bq, 1, &arena, &src, &res, &nres, msg,
                                                        sizeof(msg)))
                        die(msg);
                    olat[q] = now() - t0;
                    oclat[q] = thread_cpu_now() - c0;
                    if (brug__bridges_query_structs(b, &bq, &arena2, &src2, &res2, &nres2, msg,
                                                    sizeof(msg)))
                        die(msg);
                    if (nres2 != nres)
                        ndiff++;
                    for (r = 0; r < nres && r < nres2; r++) {
                        if (res[r].occ != res2[r].occ)
                            ndiff++;
                        if (fabs(res[r].score - res2[r].score) > maxd)
                            maxd = fabs(res[r].score - res2[r].score);
                    }
                    brug__bridges_source_release(&src);
                    brug__bridges_source_release(&src2);
                    brug__arena_release(&arena);
                    brug__arena_release(&arena2);
                }
            }
        }
        qsort(lat, nqueries, sizeof(double), cmp_double);
        qsort(slat, nqueries, sizeof(double), cmp_double);
        qsort(klat, nqueries, sizeof(double), cmp_double);
        qsort(clat, nqueries, sizeof(double), cmp_double);
        printf("bridges query, top 10 ranked and explained (structs), %u queries: p50 %.1f us, p99 "
               "%.1f us\n",
               nqueries, pct(slat, nqueries, 0.5) * 1e6, pct(slat, nqueries, 0.99) * 1e6);
        printf("  the same, CPU time of the thread per query: p50 %.1f us, p90 %.1f us, p99 %.1f "
               "us\n",
               pct(clat, nqueries, 0.5) * 1e6, pct(clat, nqueries, 0.9) * 1e6,
               pct(clat, nqueries, 0.99) * 1e6);
        qsort(olat, nqueries, sizeof(double), cmp_double);
        qsort(oclat, nqueries, sizeof(double), cmp_double);
        printf("  the old ranking (every target's full score), same sources: p50 %.1f us, p90 "
               "%.1f us; CPU p50 %.1f us, p90 %.1f us\n",
               pct(olat, nqueries, 0.5) * 1e6, pct(olat, nqueries, 0.9) * 1e6,
               pct(oclat, nqueries, 0.5) * 1e6, pct(oclat, nqueries, 0.9) * 1e6);
        printf("  ratio old / bounded (p50, CPU): %.2fx; results: %zu rankings differ, max |score "
               "difference| %.3g: %s\n",
               pct(oclat, nqueries, 0.5) / pct(clat, nqueries, 0.5), ndiff, maxd,
               ndiff == 0 && maxd == 0.0 ? "identical" : "DIFFERENT");
        printf("bridges query as a JSON document (brug_bridges_query_run): p50 %.1f us, p99 %.1f "
               "us\n",
               pct(lat, nqueries, 0.5) * 1e6, pct(lat, nqueries, 0.99) * 1e6);
        printf("scores only (one source to all occupations): p50 %.1f us, p99 %.1f us\n",
               pct(klat, nqueries, 0.5) * 1e6, pct(klat, nqueries, 0.99) * 1e6);
        free(lat);
        free(slat);
        free(klat);
        free(clat);
        free(olat);
        free(oclat);
        free(scores);
    }
    printf("brug peak RSS (snapshot + index + %u x %u float matrix): %.1f MiB\n", n, n,
           (double)max_rss_kib() / 1024.0);
    print_load("at end");

    free(m);
    brug_bridges_free(bc);
    brug_bridges_free(bl);
    brug_bridges_free(b);
    brug_onto_free(onto);
    brug_db_close(db);
    return 0;
}
