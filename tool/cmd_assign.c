/*
 * cmd_assign.c - `brug assign --placements`: give people trial placements,
 * each at most one, no placement over capacity, total score maximal.
 */
#include <string.h>

#include "cli.h"

enum { OPT_PLACEMENTS = 256, OPT_OUT, OPT_CANDIDATES, OPT_THREADS, OPT_JSON };

static const cli_opt opts[] = {
    {"placements", OPT_PLACEMENTS, NULL, "assign people to trial placements (required)"},
    {"out", OPT_OUT, "FILE", "write PASSPORT<TAB>OFFER<TAB>SCORE lines to FILE"},
    {"candidates", OPT_CANDIDATES, "N", "placements considered per person (default 20)"},
    {"threads", OPT_THREADS, "N", "threads for the candidate graph (default 2)"},
    {"json", OPT_JSON, NULL, "print the summary as JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_assign = {
    "assign", "", "assign people to trial placements with maximal total score", opts, run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *out = NULL;
    int key, placements = 0, json = 0;
    unsigned long v;
    brug_assign_opts ao;
    brug_db *db;
    brug_matcher *m = NULL;
    json_t *sum = NULL;
    brug_err err;

    memset(&ao, 0, sizeof(ao));
    cli_args_init(&a, &cli_cmd_assign, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_PLACEMENTS:
            placements = 1;
            break;
        case OPT_OUT:
            out = val;
            break;
        case OPT_CANDIDATES:
            if (cli_count_parse(ctx, "candidates", val, 1000, &v))
                return CLI_USAGE;
            ao.candidates = (uint32_t)v;
            break;
        case OPT_THREADS:
            if (cli_count_parse(ctx, "threads", val, 64, &v))
                return CLI_USAGE;
            ao.threads = (unsigned)v;
            break;
        case OPT_JSON:
            json = 1;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos || !placements) {
        fprintf(ctx->err, "brug assign: --placements is required (the only kind so far)\n");
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    ao.progress = cli_match_progress;
    ao.progress_ctx = ctx;
    err = brug_matcher_new(db, &m);
    if (!err)
        err = brug_assign_placements(m, &ao, out, &sum);
    if (err) {
        cli_fail(ctx, db, err, "assign");
        brug_matcher_free(m);
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        json_dumpf(sum, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
    } else {
        fprintf(ctx->out,
                "placed %lld of %lld people on %lld placements (capacity %lld); "
                "total score %.3f\n",
                (long long)json_integer_value(json_object_get(sum, "placed")),
                (long long)json_integer_value(json_object_get(sum, "passports")),
                (long long)json_integer_value(json_object_get(sum, "placements")),
                (long long)json_integer_value(json_object_get(sum, "capacity")),
                json_real_value(json_object_get(sum, "total_score")));
    }
    json_decref(sum);
    brug_matcher_free(m);
    brug_db_close(db);
    return CLI_OK;
}
