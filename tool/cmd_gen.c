/*
 * cmd_gen.c - `brug gen`: write realistic synthetic passports and offers
 * drawn from the stored taxonomy, deterministic per seed.
 */
#include "cli.h"

enum { OPT_PERSONS = 256, OPT_OFFERS, OPT_SEED, OPT_OUT };

static const cli_opt opts[] = {
    {"persons", OPT_PERSONS, "N", "passports to write (default 1000)"},
    {"offers", OPT_OFFERS, "M", "offers to write (default 100)"},
    {"seed", OPT_SEED, "S", "random seed (default 1)"},
    {"out", OPT_OUT, "DIR", "folder for passports.jsonl and offers.jsonl (required)"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_gen = {
    "gen", "", "write synthetic passports and offers from the taxonomy", opts, run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *out = NULL;
    int key;
    unsigned long v;
    brug_gen_opts go = {1000, 100, 1};
    brug_db *db;
    json_t *sum = NULL;
    brug_err err;

    cli_args_init(&a, &cli_cmd_gen, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_PERSONS:
            if (cli_uint_parse(ctx, "persons", val, 100000000UL, &v))
                return CLI_USAGE;
            go.persons = v;
            break;
        case OPT_OFFERS:
            if (cli_uint_parse(ctx, "offers", val, 100000000UL, &v))
                return CLI_USAGE;
            go.offers = v;
            break;
        case OPT_SEED:
            if (cli_uint_parse(ctx, "seed", val, 0xffffffffUL, &v))
                return CLI_USAGE;
            go.seed = v;
            break;
        case OPT_OUT:
            out = val;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos || !out) {
        fprintf(ctx->err, "brug gen: --out DIR is required and no arguments are taken\n");
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    err = brug_gen(db, &go, out, &sum);
    if (err) {
        cli_fail(ctx, db, err, "gen");
        brug_db_close(db);
        return CLI_FAIL;
    }
    fprintf(ctx->out, "wrote %llu passports to %s and %llu offers to %s\n",
            (unsigned long long)go.persons,
            json_string_value(json_object_get(sum, "passports_file")),
            (unsigned long long)go.offers, json_string_value(json_object_get(sum, "offers_file")));
    json_decref(sum);
    brug_db_close(db);
    return CLI_OK;
}
