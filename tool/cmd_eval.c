/*
 * cmd_eval.c - `brug eval bridges --reference DIR`: precision@N of the
 * transition score, of the simple baselines and of each facet alone on a
 * reference of related occupations, and with --fit the cross-validated
 * fit of the facet weights (brug_bridges_eval; docs/bridges.md, section 11).
 */
#include <string.h>

#include "cli_bridges.h"

enum { OPT_REF = 256, OPT_FIT, OPT_FOLDS, OPT_AT, OPT_JSON };

static const cli_opt opts[] = {
    {"reference", OPT_REF, "DIR", "the reference (esco_onet_crosswalk.csv, onet_related_dev.csv)"},
    {"fit", OPT_FIT, NULL, "fit the facet weights, with cross-validation, one facet at a time"},
    {"folds", OPT_FOLDS, "K", "cross-validation folds (default 5)"},
    {"at", OPT_AT, "N", "precision at N (default 10)"},
    {"json", OPT_JSON, NULL, "print JSON"},
    CLI_BRIDGES_WEIGHT_OPTS,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_eval = {
    "eval", "bridges", "measure bridges against a reference of related occupations", opts, run,
};

static void print_weights(FILE *f, json_t *w)
{
    const char *k;
    json_t *v;
    json_object_foreach(w, k, v) fprintf(f, " %s=%g", k, json_real_value(v));
}

static void print_text(FILE *f, json_t *doc)
{
    json_t *m = json_object_get(doc, "methods"), *fa = json_object_get(doc, "facets_alone"), *c;
    const char *k;
    json_t *v;
    size_t i, j;
    fprintf(f, "origins: %lld, destinations taken: %lld, precision@%lld\n",
            (long long)json_integer_value(json_object_get(doc, "origins")),
            (long long)json_integer_value(json_object_get(doc, "destinations")),
            (long long)json_integer_value(json_object_get(doc, "at")));
    fprintf(f, "  transition score (these weights)  %.3f\n",
            json_real_value(json_object_get(m, "score")));
    fprintf(f, "  baseline: IDF-weighted coverage   %.3f\n",
            json_real_value(json_object_get(m, "baseline_idf_coverage")));
    fprintf(f, "  baseline: cosine of IDF vectors   %.3f\n",
            json_real_value(json_object_get(m, "baseline_idf_cosine")));
    fputs("facets alone:", f);
    json_object_foreach(fa, k, v) fprintf(f, " %s %.3f", k, json_real_value(v));
    fputc('\n', f);
    json_array_foreach(json_object_get(doc, "curve"), i, c)
    {
        json_t *fold;
        fprintf(f, "+ %-10s cross-validated mean %.3f (pooled %.3f); folds:",
                json_string_value(json_object_get(c, "added")),
                json_real_value(json_object_get(c, "mean_test")),
                json_real_value(json_object_get(c, "pooled_test")));
        json_array_foreach(json_object_get(c, "folds"), j, fold)
            fprintf(f, " %.3f", json_real_value(json_object_get(fold, "test")));
        fprintf(f, "; all origins %.3f with", json_real_value(json_object_get(c, "fit_all")));
        print_weights(f, json_object_get(c, "weights_all"));
        fputc('\n', f);
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *refdir = NULL;
    int key, json = 0, rc;
    unsigned long folds = 0, at = 0;
    brug_bridges_eval_opts eo;
    cli_bridges_env env;
    json_t *doc = NULL;
    char msg[512];
    brug_err err;

    memset(&eo, 0, sizeof(eo));
    cli_bridges_env_init(&env);
    cli_args_init(&a, &cli_cmd_eval, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        brug_err w = cli_bridges_weight_parse(ctx, &env, key, val);
        if (w == BRUG_OK)
            continue;
        if (w != BRUG_ENOTFOUND)
            return CLI_USAGE;
        switch (key) {
        case OPT_REF:
            refdir = val;
            break;
        case OPT_FIT:
            eo.fit = 1;
            break;
        case OPT_FOLDS:
            if (cli_uint_parse(ctx, "folds", val, 20, &folds))
                return CLI_USAGE;
            if (folds < 2) {
                fprintf(ctx->err, "brug: --folds: expected 2..20, got '%s'\n", val);
                return CLI_USAGE;
            }
            break;
        case OPT_AT:
            if (cli_uint_parse(ctx, "at", val, 64, &at))
                return CLI_USAGE;
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
    if (a.npos != 1 || strcmp(a.pos[0], "bridges") != 0 || !refdir) {
        fprintf(ctx->err, "brug eval: usage: brug eval bridges --reference DIR [--fit]\n");
        return CLI_USAGE;
    }
    eo.folds = (unsigned)folds;
    eo.at = (unsigned)at;
    if (cli_bridges_env_load(ctx, &env))
        return CLI_FAIL;
    err = brug_bridges_eval(env.index, refdir, &eo, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug: eval: %s\n", msg);
        rc = CLI_FAIL;
    } else {
        if (json) {
            json_dumpf(doc, ctx->out,
                       JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
            fputc('\n', ctx->out);
        } else {
            print_text(ctx->out, doc);
        }
        rc = CLI_OK;
    }
    json_decref(doc);
    cli_bridges_env_close(&env);
    return rc;
}
