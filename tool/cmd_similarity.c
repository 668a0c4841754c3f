/*
 * cmd_similarity.c - `brug similarity`: the transition score between two
 * occupations, or the whole all-pairs matrix written to a file (CSV or
 * little-endian float32 binary, or the K best targets per occupation),
 * computed on several threads.  Formats: docs/cli/similarity.md and
 * docs/bridges.md.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_bridges.h"

enum { OPT_ALL = 256, OPT_OUT, OPT_FORMAT, OPT_TOP, OPT_THREADS, OPT_SYM, OPT_JSON };

static const cli_opt opts[] = {
    {"all", OPT_ALL, NULL, "compute every pair of occupations (needs --out)"},
    {"out", OPT_OUT, "FILE", "write the matrix to FILE"},
    {"format", OPT_FORMAT, "csv|bin", "file format (default csv)"},
    {"top", OPT_TOP, "K", "keep each origin's K best destinations, as from,to,score lines"},
    {"threads", OPT_THREADS, "N", "threads to use (default 2)"},
    {"symmetric", OPT_SYM, NULL, "the symmetric similarity instead of the transition score"},
    {"json", OPT_JSON, NULL, "print JSON (for a pair)"},
    CLI_BRIDGES_WEIGHT_OPTS,
    CLI_FIRST_OPT,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_similarity = {
    "similarity", "[A B]", "transition scores: between two occupations, or all pairs to a file",
    opts,         run,
};

/* Fixed-point text of a score in [0, 1] with at most 6 decimals. */
static size_t format_score(char *buf, float x)
{
    long v = (long)((double)x * 1e6 + 0.5);
    int i, end;
    if (v <= 0) {
        buf[0] = '0';
        return 1;
    }
    if (v >= 1000000) {
        buf[0] = '1';
        return 1;
    }
    buf[0] = '0';
    buf[1] = '.';
    for (i = 7; i >= 2; i--) {
        buf[i] = (char)('0' + v % 10);
        v /= 10;
    }
    end = 8;
    while (end > 3 && buf[end - 1] == '0')
        end--;
    return (size_t)end;
}

static void put_u32le(FILE *f, uint32_t v)
{
    unsigned char b[4];
    b[0] = (unsigned char)(v & 0xff);
    b[1] = (unsigned char)((v >> 8) & 0xff);
    b[2] = (unsigned char)((v >> 16) & 0xff);
    b[3] = (unsigned char)((v >> 24) & 0xff);
    fwrite(b, 1, 4, f);
}

static void write_csv_matrix(FILE *f, const brug_onto *o, const float *m, uint32_t n)
{
    uint32_t i, j;
    char buf[16];
    fputs("from", f);
    for (j = 0; j < n; j++)
        fprintf(f, ",%s", brug_onto_occupation_uri(o, j));
    fputc('\n', f);
    for (i = 0; i < n; i++) {
        fputs(brug_onto_occupation_uri(o, i), f);
        for (j = 0; j < n; j++) {
            size_t len = format_score(buf + 1, m[(size_t)i * n + j]);
            buf[0] = ',';
            fwrite(buf, 1, len + 1, f);
        }
        fputc('\n', f);
    }
}

/*
 * The binary layout (little-endian), documented in docs/bridges.md:
 *   8 bytes  magic "BRUGSIM\0"
 *   u32      version (1)
 *   u32      rows, u32 cols (both the number of occupations)
 *   u32      flags: bit 0 set when the values are the symmetric similarity
 *   u32      bytes of the URI block that follows
 *   URI block: the occupation URIs in row order, each NUL-terminated,
 *            zero-padded to a multiple of 4 bytes
 *   rows * cols float32, row-major: value[from * cols + to]
 */
static int write_bin_matrix(FILE *f, const brug_onto *o, const float *m, uint32_t n, int sym)
{
    static const char magic[8] = {'B', 'R', 'U', 'G', 'S', 'I', 'M', '\0'};
    uint64_t block = 0;
    uint32_t i;
    size_t k, total;
    unsigned char *row;
    for (i = 0; i < n; i++)
        block += strlen(brug_onto_occupation_uri(o, i)) + 1;
    block = (block + 3) & ~(uint64_t)3;
    fwrite(magic, 1, 8, f);
    put_u32le(f, 1);
    put_u32le(f, n);
    put_u32le(f, n);
    put_u32le(f, sym ? 1u : 0u);
    put_u32le(f, (uint32_t)block);
    total = 0;
    for (i = 0; i < n; i++) {
        const char *u = brug_onto_occupation_uri(o, i);
        fwrite(u, 1, strlen(u) + 1, f);
        total += strlen(u) + 1;
    }
    for (; total < block; total++)
        fputc(0, f);
    /* One little-endian row at a time. */
    row = malloc((size_t)n * 4 + 1);
    if (!row) {
        fputc(0, f); /* truncated: the caller's ferror check cannot see OOM */
        return 0;
    }
    for (i = 0; i < n; i++) {
        for (k = 0; k < n; k++) {
            uint32_t bits;
            memcpy(&bits, &m[(size_t)i * n + k], 4);
            row[4 * k] = (unsigned char)(bits & 0xff);
            row[4 * k + 1] = (unsigned char)((bits >> 8) & 0xff);
            row[4 * k + 2] = (unsigned char)((bits >> 16) & 0xff);
            row[4 * k + 3] = (unsigned char)((bits >> 24) & 0xff);
        }
        fwrite(row, 4, n, f);
    }
    free(row);
    return 1;
}

static void write_topk(FILE *f, const brug_onto *o, const uint32_t *to, const float *sc, uint32_t n,
                       unsigned k)
{
    uint32_t i;
    unsigned j;
    char buf[16];
    fputs("from,to,score\n", f);
    for (i = 0; i < n; i++)
        for (j = 0; j < k; j++) {
            size_t at = (size_t)i * k + j;
            size_t len;
            if (to[at] == BRUG_NO_INDEX)
                break;
            len = format_score(buf, sc[at]);
            buf[len] = '\0';
            fprintf(f, "%s,%s,%s\n", brug_onto_occupation_uri(o, i),
                    brug_onto_occupation_uri(o, to[at]), buf);
        }
}

static int run_pair(cli_ctx *ctx, cli_bridges_env *env, const char *a, const char *b, int json,
                    int first)
{
    const char *ua = cli_bridges_resolve(ctx, env, a, "en", first, ctx->err), *ub;
    uint32_t ia, ib;
    double ab, ba;
    if (!ua)
        return CLI_FAIL;
    ub = cli_bridges_resolve(ctx, env, b, "en", first, ctx->err);
    if (!ub)
        return CLI_FAIL;
    ia = brug_onto_occupation_find(env->onto, ua);
    ib = brug_onto_occupation_find(env->onto, ub);
    ab = brug_bridges_score(env->index, ia, ib);
    ba = brug_bridges_score(env->index, ib, ia);
    if (json) {
        json_t *doc =
            json_pack("{s:s, s:s, s:f, s:f, s:f}", "a", ua, "b", ub, "a_to_b", ab, "b_to_a", ba,
                      "similarity", brug_bridges_similarity(env->index, ia, ib));
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
        fputc('\n', ctx->out);
        json_decref(doc);
    } else {
        fprintf(ctx->out, "%s -> %s: %.6f\n", brug_onto_occupation_label(env->onto, ia, "en"),
                brug_onto_occupation_label(env->onto, ib, "en"), ab);
        fprintf(ctx->out, "%s -> %s: %.6f\n", brug_onto_occupation_label(env->onto, ib, "en"),
                brug_onto_occupation_label(env->onto, ia, "en"), ba);
        fprintf(ctx->out, "similarity: %.6f\n", brug_bridges_similarity(env->index, ia, ib));
    }
    return CLI_OK;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *out = NULL, *format = "csv";
    int key, all = 0, sym = 0, json = 0, first = 0, rc = CLI_FAIL, have_top = 0;
    unsigned long top = 0, threads = 2;
    cli_bridges_env env;
    float *m = NULL, *sc = NULL;
    uint32_t *to = NULL, n;
    char *tmp = NULL;
    FILE *f = NULL;
    brug_err err;

    cli_bridges_env_init(&env);
    cli_args_init(&a, &cli_cmd_similarity, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        brug_err w = cli_bridges_weight_parse(ctx, &env, key, val);
        if (w == BRUG_OK)
            continue;
        if (w != BRUG_ENOTFOUND)
            return CLI_USAGE;
        switch (key) {
        case OPT_ALL:
            all = 1;
            break;
        case OPT_OUT:
            out = val;
            break;
        case OPT_FORMAT:
            format = val;
            break;
        case OPT_TOP:
            if (cli_uint_parse(ctx, "top", val, 1000000, &top))
                return CLI_USAGE;
            have_top = 1;
            break;
        case OPT_THREADS:
            if (cli_uint_parse(ctx, "threads", val, 64, &threads))
                return CLI_USAGE;
            break;
        case OPT_SYM:
            sym = 1;
            break;
        case OPT_JSON:
            json = 1;
            break;
        case CLI_OPT_FIRST:
            first = 1;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (strcmp(format, "csv") != 0 && strcmp(format, "bin") != 0) {
        fprintf(ctx->err, "brug: --format: expected csv or bin, got '%s'\n", format);
        return CLI_USAGE;
    }
    if (all ? (a.npos != 0 || !out) : (a.npos != 2)) {
        fprintf(ctx->err, "brug similarity: give two occupations A B, or --all --out FILE\n");
        return CLI_USAGE;
    }
    if (have_top && (top == 0 || strcmp(format, "bin") == 0)) {
        fprintf(ctx->err,
                "brug: --top: K must be at least 1 and writes CSV lines (not --format bin)\n");
        return CLI_USAGE;
    }
    if (threads == 0)
        threads = 1;
    if (cli_bridges_env_load(ctx, &env))
        goto done;
    if (!all) {
        rc = run_pair(ctx, &env, a.pos[0], a.pos[1], json, first);
        goto done;
    }
    n = brug_onto_occupation_count(env.onto);
    if (have_top) {
        if (top > n)
            top = n;
        to = malloc((size_t)n * top * sizeof(*to) + 1);
        sc = malloc((size_t)n * top * sizeof(*sc) + 1);
        if (!to || !sc) {
            fprintf(ctx->err, "brug: out of memory\n");
            goto done;
        }
        err = brug_bridges_topk(env.index, (unsigned)top, (unsigned)threads, sym, to, sc);
    } else {
        m = malloc((size_t)n * n * sizeof(*m) + 1);
        if (!m) {
            fprintf(ctx->err, "brug: out of memory (%u x %u matrix)\n", n, n);
            goto done;
        }
        err = brug_bridges_matrix(env.index, (unsigned)threads, sym, m);
    }
    if (err) {
        fprintf(ctx->err, "brug: similarity: %s\n", brug_strerror(err));
        goto done;
    }
    /* Write beside the target and rename, so a failure never leaves half a file. */
    tmp = malloc(strlen(out) + 8);
    if (!tmp) {
        fprintf(ctx->err, "brug: out of memory\n");
        goto done;
    }
    snprintf(tmp, strlen(out) + 8, "%s.tmp", out);
    f = fopen(tmp, "wb");
    if (!f) {
        fprintf(ctx->err, "brug: %s: cannot write: %s\n", tmp, strerror(errno));
        goto done;
    }
    if (have_top)
        write_topk(f, env.onto, to, sc, n, (unsigned)top);
    else if (strcmp(format, "csv") == 0)
        write_csv_matrix(f, env.onto, m, n);
    else if (!write_bin_matrix(f, env.onto, m, n, sym)) {
        fprintf(ctx->err, "brug: out of memory writing %s\n", out);
        goto done;
    }
    if (ferror(f) | fclose(f)) {
        f = NULL;
        fprintf(ctx->err, "brug: %s: write failed: %s\n", tmp, strerror(errno));
        remove(tmp);
        goto done;
    }
    f = NULL;
    if (rename(tmp, out) != 0) {
        fprintf(ctx->err, "brug: %s: cannot rename to %s: %s\n", tmp, out, strerror(errno));
        remove(tmp);
        goto done;
    }
    if (ctx->err_is_tty)
        fprintf(ctx->err, "brug: wrote %s (%u occupations)\n", out, n);
    rc = CLI_OK;
done:
    if (f) {
        fclose(f);
        remove(tmp);
    }
    free(tmp);
    free(m);
    free(sc);
    free(to);
    cli_bridges_env_close(&env);
    return rc;
}
