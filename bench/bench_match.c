/*
 * bench_match.c - the matching benchmark: national scale passports and
 * offers generated from the real ESCO taxonomy, imported, matched
 * (every passport's top 10) and assigned to placements, with wall time and
 * peak memory (RSS) of every step; then, on a subset (the first S
 * passports and S offers of the same seed), the same top-10 scores
 * computed by one SQL query in SQLite and by a chunked scipy sparse
 * product (bench/match_reference.py), their agreement and the time ratios.
 *
 * It runs the brug command-line tool (the commands users run) as child
 * processes and reads their peak RSS from wait4().  Usage (from the source
 * root, after `make build`):
 *
 *   build/bench/bench_match [--persons N] [--offers M] [--subset S] [--seed X]
 *       [--threads T] [--esco DIR] [--work DIR] [--brug PATH] [--python PATH]
 *       [--no-sql]
 *
 * Defaults: 1000000 passports, 100000 offers, subset 20000, seed 1,
 * 2 threads, ESCO from $BRUG_SHARED_DATA/esco-1.1.1/en (else
 * ../shared/data/...), work folder /tmp/brug-bench-match, Debian's
 * /usr/bin/python3 (which has scipy).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "brug/brug.h"
#include "people.h"
#include "bench_util.h"

typedef struct run_result {
    double seconds;
    double cpu; /* user + system seconds of the child */
    double peak_mb;
    int status;
} run_result;

/* Run argv (NULL-terminated) with stdout to out_path (NULL: inherit). */
static run_result run(const char *const argv[], const char *out_path, const char *err_path)
{
    run_result r = {0, 0, 0, -1};
    struct rusage ru;
    double t0;
    int status = 0;
    pid_t pid;
    fflush(NULL); /* the child must not repeat buffered output */
    t0 = now();
    pid = fork();
    if (pid < 0) {
        perror("fork");
        return r;
    }
    if (pid == 0) {
        if (out_path && !freopen(out_path, "w", stdout))
            _exit(127);
        if (err_path && !freopen(err_path, "w", stderr))
            _exit(127);
        execv(argv[0], (char *const *)argv);
        perror(argv[0]);
        _exit(127);
    }
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return r;
    }
    r.seconds = now() - t0;
    r.peak_mb = (double)ru.ru_maxrss / 1024.0;
    r.cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
            (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    return r;
}

/* Seconds to load every passport into the set match --all and assign
 * start with (in this process; bench/bench_store.c has the details), or
 * -1 when the database cannot be read. */
static double person_load_seconds(const char *path)
{
    brug_db *db = NULL;
    brug_onto *onto = NULL;
    brug__person_set set;
    double t0, t = -1;
    if (brug_db_open(path, BRUG_OPEN_READONLY, NULL, &db) == BRUG_OK &&
        brug_onto_load(db, &onto) == BRUG_OK) {
        t0 = now();
        if (brug__person_set_load(db, onto, NULL, &set) == BRUG_OK) {
            t = now() - t0;
            brug__person_set_release(&set);
        }
    }
    brug_onto_free(onto);
    brug_db_close(db);
    return t;
}

static void row(const char *what, run_result r)
{
    printf("  %-34s %9.2f s %9.2f s %9.1f MB%s\n", what, r.seconds, r.cpu, r.peak_mb,
           r.status ? "   FAILED" : "");
    fflush(stdout);
}

/* Copy a small text file (a command's JSON summary) to stdout, indented. */
static void print_file(const char *path, const char *indent)
{
    char line[512];
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof(line), f))
        printf("%s%s", indent, line);
    fclose(f);
}

static void must(run_result r, const char *what)
{
    if (r.status != 0) {
        fprintf(stderr, "bench_match: %s failed (exit %d)\n", what, r.status);
        exit(1);
    }
}

/* ---- comparing top-k files: PASSPORT<TAB>OFFER:SCORE... ---- */

typedef struct entry {
    char *id;
    int n;
    double score[64];
} entry;

typedef struct table {
    entry *v;
    size_t n, cap;
} table;

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->id, ((const entry *)b)->id);
}

static void load(const char *path, table *t)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    memset(t, 0, sizeof(*t));
    if (!f) {
        fprintf(stderr, "bench_match: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    while (getline(&line, &cap, f) > 0) {
        char *save = NULL, *tok = strtok_r(line, "\t\n", &save);
        entry e;
        if (!tok)
            continue;
        e.id = strdup(tok);
        e.n = 0;
        for (tok = strtok_r(NULL, "\t\n", &save); tok && e.n < 64;
             tok = strtok_r(NULL, "\t\n", &save)) {
            char *colon = strrchr(tok, ':');
            if (colon)
                e.score[e.n++] = atof(colon + 1);
        }
        if (e.n == 0) {
            free(e.id);
            continue;
        }
        if (t->n == t->cap) {
            t->cap = t->cap ? 2 * t->cap : 1024;
            t->v = realloc(t->v, t->cap * sizeof(entry));
        }
        t->v[t->n++] = e;
    }
    free(line);
    fclose(f);
    qsort(t->v, t->n, sizeof(entry), cmp_entry);
}

static void release(table *t)
{
    size_t i;
    for (i = 0; i < t->n; i++)
        free(t->v[i].id);
    free(t->v);
}

/* Passports (with any match on either side) whose top-k score lists agree
 * within tol; scores, not offer ids, so exact ties may list either offer. */
static void agreement(const table *a, const table *b, double tol, size_t *agree, size_t *total)
{
    size_t i = 0, j = 0;
    *agree = *total = 0;
    while (i < a->n || j < b->n) {
        int c = i == a->n ? 1 : j == b->n ? -1 : strcmp(a->v[i].id, b->v[j].id);
        (*total)++;
        if (c == 0) {
            int k, ok = a->v[i].n == b->v[j].n;
            for (k = 0; ok && k < a->v[i].n; k++)
                ok = a->v[i].score[k] - b->v[j].score[k] <= tol &&
                     b->v[j].score[k] - a->v[i].score[k] <= tol;
            *agree += ok;
            i++;
            j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
}

/* The first n lines of a and b are equal (the subset is a prefix). */
static int same_prefix(const char *a, const char *b, unsigned long n)
{
    FILE *fa = fopen(a, "r"), *fb = fopen(b, "r");
    char *la = NULL, *lb = NULL;
    size_t ca = 0, cb = 0;
    unsigned long i;
    int ok = fa && fb;
    for (i = 0; ok && i < n; i++)
        ok = getline(&la, &ca, fa) > 0 && getline(&lb, &cb, fb) > 0 && strcmp(la, lb) == 0;
    free(la);
    free(lb);
    if (fa)
        fclose(fa);
    if (fb)
        fclose(fb);
    return ok;
}

static char *path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
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

int main(int argc, char **argv)
{
    unsigned long persons = 1000000, offers = 100000, subset = 20000, seed = 1, threads = 2;
    const char *work = "/tmp/brug-bench-match", *python = "/usr/bin/python3";
    const char *esco = NULL, *brug = NULL, *src = getenv("BRUG_SOURCE_DIR");
    char esco_buf[4096], brug_buf[4096], script[4096], num[6][32];
    int i, do_sql = 1;
    char *db, *sub_db, *gdir, *sdir, *pfile, *ofile, *spfile, *sofile, *all, *asg, *sub_all,
        *sub_scipy, *sub_sql;
    run_result r, rc, rs, rq;
    table tc, ts, tq;
    size_t agree, total;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--no-sql") == 0) {
            do_sql = 0;
            continue;
        }
        if (!v) {
            fprintf(stderr, "bench_match: %s needs a value\n", a);
            return 2;
        }
        i++;
        if (strcmp(a, "--persons") == 0)
            persons = strtoul(v, NULL, 10);
        else if (strcmp(a, "--offers") == 0)
            offers = strtoul(v, NULL, 10);
        else if (strcmp(a, "--subset") == 0)
            subset = strtoul(v, NULL, 10);
        else if (strcmp(a, "--seed") == 0)
            seed = strtoul(v, NULL, 10);
        else if (strcmp(a, "--threads") == 0)
            threads = strtoul(v, NULL, 10);
        else if (strcmp(a, "--esco") == 0)
            esco = v;
        else if (strcmp(a, "--work") == 0)
            work = v;
        else if (strcmp(a, "--brug") == 0)
            brug = v;
        else if (strcmp(a, "--python") == 0)
            python = v;
        else {
            fprintf(stderr, "bench_match: unknown option %s\n", a);
            return 2;
        }
    }
    if (!esco) {
        const char *base = getenv("BRUG_SHARED_DATA");
        snprintf(esco_buf, sizeof(esco_buf), "%s/esco-1.1.1/en",
                 base && base[0] ? base : "../shared/data");
        esco = esco_buf;
    }
    if (!brug) {
        /* build/bench/bench_match -> build/brug */
        const char *slash = strrchr(argv[0], '/');
        snprintf(brug_buf, sizeof(brug_buf), "%.*s/../brug", slash ? (int)(slash - argv[0]) : 1,
                 slash ? argv[0] : ".");
        brug = brug_buf;
    }
    snprintf(script, sizeof(script), "%s/bench/match_reference.py", src && src[0] ? src : ".");
    if (subset > persons)
        subset = persons;
    mkdir(work, 0777);
    db = path_in(work, "big.db");
    sub_db = path_in(work, "subset.db");
    gdir = path_in(work, "gen");
    sdir = path_in(work, "gen-subset");
    pfile = path_in(gdir, "passports.jsonl");
    ofile = path_in(gdir, "offers.jsonl");
    spfile = path_in(sdir, "passports.jsonl");
    sofile = path_in(sdir, "offers.jsonl");
    all = path_in(work, "match-all.tsv");
    asg = path_in(work, "assign.tsv");
    sub_all = path_in(work, "subset-brug.tsv");
    sub_scipy = path_in(work, "subset-scipy.tsv");
    sub_sql = path_in(work, "subset-sql.tsv");
    remove_db(db);
    remove_db(sub_db);
    snprintf(num[0], sizeof(num[0]), "%lu", persons);
    snprintf(num[1], sizeof(num[1]), "%lu", offers);
    snprintf(num[2], sizeof(num[2]), "%lu", seed);
    snprintf(num[3], sizeof(num[3]), "%lu", threads);
    snprintf(num[4], sizeof(num[4]), "%lu", subset);

    printf("brug matching benchmark: %lu passports, %lu offers (seed %lu), %lu threads\n", persons,
           offers, seed, threads);
    printf("taxonomy: %s\n", esco);
    printf("  %-34s %11s %11s %12s\n", "step", "wall", "CPU", "peak RSS");
    {
        const char *imp[] = {brug, "--db", db, "import", "esco", esco, NULL};
        r = run(imp, "/dev/null", "/dev/null");
        row("import esco", r);
        must(r, "import esco");
    }
    {
        const char *gen[] = {brug,   "--db",   db,     "gen",   "--persons", num[0], "--offers",
                             num[1], "--seed", num[2], "--out", gdir,        NULL};
        r = run(gen, "/dev/null", NULL);
        row("gen", r);
        must(r, "gen");
    }
    {
        const char *imp[] = {brug, "--db", db, "import", "offers", ofile, NULL};
        r = run(imp, "/dev/null", NULL);
        row("import offers", r);
        must(r, "import offers");
    }
    {
        const char *imp[] = {brug, "--db", db, "import", "passports", pfile, NULL};
        r = run(imp, "/dev/null", NULL);
        row("import passports", r);
        must(r, "import passports");
    }
    printf("  %-34s %9.2f s\n", "load passports for matching", person_load_seconds(db));
    {
        const char *m[] = {brug, "--db",      db,     "match", "--all", "--top",
                           "10", "--threads", num[3], "--out", all,     NULL};
        char *log = path_in(work, "match-all.log");
        r = run(m, "/dev/null", log);
        row("match --all --top 10", r);
        must(r, "match --all");
        print_file(log, "    ");
        free(log);
    }
    {
        const char *a[] = {brug,     "--db",  db,  "assign", "--placements", "--threads", num[3],
                           "--json", "--out", asg, NULL};
        char *log = path_in(work, "assign.json");
        r = run(a, log, NULL);
        row("assign --placements", r);
        must(r, "assign");
        print_file(log, "    ");
        free(log);
    }

    printf("\nsubset: the first %lu passports and %lu offers of the same seed\n", subset,
           subset < offers ? subset : offers);
    snprintf(num[5], sizeof(num[5]), "%lu", subset < offers ? subset : offers);
    {
        const char *imp[] = {brug, "--db", sub_db, "import", "esco", esco, NULL};
        const char *gen[] = {brug,   "--db",   sub_db, "gen",   "--persons", num[4], "--offers",
                             num[5], "--seed", num[2], "--out", sdir,        NULL};
        const char *ip[] = {brug, "--db", sub_db, "import", "passports", spfile, NULL};
        const char *io[] = {brug, "--db", sub_db, "import", "offers", sofile, NULL};
        must(run(imp, "/dev/null", "/dev/null"), "subset import esco");
        must(run(gen, "/dev/null", NULL), "subset gen");
        if (!same_prefix(pfile, spfile, subset) ||
            !same_prefix(ofile, sofile, subset < offers ? subset : offers))
            printf("  WARNING: the subset files are not a prefix of the big ones\n");
        else
            printf("  (checked: subset files are a prefix of the big run's files)\n");
        must(run(ip, "/dev/null", NULL), "subset import passports");
        must(run(io, "/dev/null", NULL), "subset import offers");
    }
    {
        const char *m[] = {brug, "--db",      sub_db, "match", "--all", "--top",
                           "10", "--threads", num[3], "--out", sub_all, NULL};
        const char *sc[] = {python, script, "scipy", sub_db, sub_scipy, "--top", "10", NULL};
        char *sc_log = path_in(work, "subset-scipy.log"), *sq_log = path_in(work, "subset-sql.log");
        const char *sq[] = {python, script, "sql", sub_db, sub_sql, "--top", "10", NULL};
        rc = run(m, "/dev/null", "/dev/null");
        row("brug match --all --top 10", rc);
        must(rc, "subset match");
        rs = run(sc, "/dev/null", sc_log);
        row("scipy chunked sparse product", rs);
        must(rs, "scipy reference");
        load(sub_all, &tc);
        load(sub_scipy, &ts);
        agreement(&tc, &ts, 1e-3, &agree, &total);
        printf("    scipy / brug time: %.1fx; top-10 scores agree for %zu of %zu passports\n",
               rs.seconds / rc.seconds, agree, total);
        if (do_sql) {
            rq = run(sq, "/dev/null", sq_log);
            row("SQLite one SQL query", rq);
            must(rq, "SQL reference");
            load(sub_sql, &tq);
            agreement(&tc, &tq, 1e-3, &agree, &total);
            printf("    SQLite / brug time: %.1fx; top-10 scores agree for %zu of %zu passports\n",
                   rq.seconds / rc.seconds, agree, total);
            release(&tq);
        }
        release(&tc);
        release(&ts);
        printf("  (the scripts' own timings, without interpreter start-up: %s, %s)\n", sc_log,
               sq_log);
        free(sc_log);
        free(sq_log);
    }
    free(db);
    free(sub_db);
    free(gdir);
    free(sdir);
    free(pfile);
    free(ofile);
    free(spfile);
    free(sofile);
    free(all);
    free(asg);
    free(sub_all);
    free(sub_scipy);
    free(sub_sql);
    return 0;
}
