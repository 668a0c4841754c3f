/*
 * cmd_stats.c - `brug stats`: counts of the stored taxonomy per kind and
 * language, and its version.
 */
#include "cli.h"
#include "import_report.h"

enum { OPT_JSON = 256 };

static const cli_opt opts[] = {
    {"json", OPT_JSON, NULL, "print JSON"},
    {NULL, 0, NULL, NULL},
};

static void print_counts(FILE *f, const char *title, json_t *obj)
{
    const char *key;
    json_t *v;
    fprintf(f, "%s:\n", title);
    json_object_foreach(obj, key, v)
    {
        if (json_is_object(v)) {
            const char *k2;
            json_t *v2;
            fprintf(f, "  %s:", key);
            json_object_foreach(v, k2, v2)
                fprintf(f, " %s %lld", k2, (long long)json_integer_value(v2));
            fputc('\n', f);
        } else {
            fprintf(f, "  %-20s %lld\n", key, (long long)json_integer_value(v));
        }
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_stats = {
    "stats", "", "counts per kind and language, and the taxonomy version", opts, run,
};

/* "nl: 2,218 of 13,896 skills have a preferred label" per language and kind. */
static void print_coverage(FILE *f, json_t *cov)
{
    json_t *c;
    size_t i;
    if (json_array_size(cov))
        fputs("label coverage of the release:\n", f);
    json_array_foreach(cov, i, c)
    {
        char a[32], b[32];
        fprintf(
            f, "  %s: %s of %s %s have a preferred label\n",
            json_string_value(json_object_get(c, "lang")),
            cli_thousands((uint64_t)json_integer_value(json_object_get(c, "preferred")), a,
                          sizeof(a)),
            cli_thousands((uint64_t)json_integer_value(json_object_get(c, "total")), b, sizeof(b)),
            json_string_value(json_object_get(c, "kind")));
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, json = 0;
    brug_db *db;
    json_t *stats;
    brug_err err;

    cli_args_init(&a, &cli_cmd_stats, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val))
        if (key == OPT_JSON)
            json = 1;
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos) {
        fprintf(ctx->err, "brug stats: unexpected argument '%s'\n", a.pos[0]);
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    err = brug_db_stats(db, &stats);
    if (err) {
        cli_fail(ctx, db, err, "stats");
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        json_dumpf(stats, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
    } else {
        json_t *v = json_object_get(stats, "taxonomy_version");
        fprintf(ctx->out, "taxonomy version: %s\n",
                json_is_string(v) ? json_string_value(v) : "(none)");
        print_counts(ctx->out, "concepts", json_object_get(stats, "concepts"));
        print_counts(ctx->out, "preferred labels per language", json_object_get(stats, "labels"));
        print_counts(ctx->out, "relations", json_object_get(stats, "relations"));
        print_counts(ctx->out, "collections", json_object_get(stats, "collections"));
        print_coverage(ctx->out, json_object_get(stats, "coverage"));
    }
    json_decref(stats);
    brug_db_close(db);
    return CLI_OK;
}
