/*
 * cmd_match.c - `brug match`: the best offers for a passport, the best
 * passports for an offer, each explained, or every passport's top offers
 * in one multi-threaded pass (--all).
 */
#include <string.h>

#include "cli.h"

enum {
    OPT_PASSPORT = 256,
    OPT_OFFER,
    OPT_ALL,
    OPT_TOP,
    OPT_TYPE,
    OPT_JSON,
    OPT_OUT,
    OPT_THREADS,
    OPT_LANG,
};

static const cli_opt opts[] = {
    {"passport", OPT_PASSPORT, "ID", "the best offers for this passport"},
    {"offer", OPT_OFFER, "ID", "the best passports for this offer"},
    {"all", OPT_ALL, NULL, "every passport's best offers, written to --out"},
    {"top", OPT_TOP, "N", "results per passport or offer (default 10, at most 1000)"},
    {"type", OPT_TYPE, "T", "only offers of type T: vacancy or placement (default both)"},
    {"json", OPT_JSON, NULL, "print JSON (with --passport or --offer)"},
    {"out", OPT_OUT, "FILE", "output file of --all (one line per passport)"},
    {"threads", OPT_THREADS, "N", "threads for --all (default 2)"},
    {"lang", OPT_LANG, "L", "labels in language L (default en)"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_match = {
    "match", "", "match passports to vacancies and trial placements, explained", opts, run,
};

static void print_match(cli_ctx *ctx, size_t rank, json_t *e, int offer_side)
{
    json_t *ms = json_object_get(e, "matching_skills"),
           *miss = json_object_get(e, "missing_essential");
    json_t *x;
    size_t i, shown = 0;
    if (offer_side)
        fprintf(ctx->out, "%2zu. %6.2f  %s  (%s, %.0f km)\n", rank,
                json_real_value(json_object_get(e, "score")),
                json_string_value(json_object_get(e, "passport")),
                json_string_value(json_object_get(e, "region")),
                json_real_value(json_object_get(e, "distance_km")));
    else
        fprintf(ctx->out, "%2zu. %6.2f  %s  %s: %s  (employer %s, %s, %s, %.0f km)\n", rank,
                json_real_value(json_object_get(e, "score")),
                json_string_value(json_object_get(e, "offer")),
                json_string_value(json_object_get(e, "type")),
                json_string_value(json_object_get(e, "title"))[0]
                    ? json_string_value(json_object_get(e, "title"))
                    : json_string_value(json_object_get(e, "occupation_label")),
                json_string_value(json_object_get(e, "employer")),
                json_string_value(json_object_get(e, "sector")),
                json_string_value(json_object_get(e, "region")),
                json_real_value(json_object_get(e, "distance_km")));
    fprintf(ctx->out, "      skill coverage %.0f%%; fit: hours %.2f, sector %.2f, drives %.2f\n",
            100 * json_real_value(json_object_get(e, "skill_coverage")),
            json_real_value(json_object_get(e, "hours_fit")),
            json_real_value(json_object_get(e, "sector_fit")),
            json_real_value(json_object_get(e, "drives_fit")));
    fprintf(ctx->out, "      matching (%zu):", json_array_size(ms));
    json_array_foreach(ms, i, x)
    {
        if (shown++ == 6) {
            fputs(" ...", ctx->out);
            break;
        }
        fprintf(ctx->out, "%s %s%s", i ? ";" : "", json_string_value(json_object_get(x, "label")),
                strcmp(json_string_value(json_object_get(x, "via")), "related") == 0 ? " (related)"
                                                                                     : "");
        if (json_object_get(x, "proven_by"))
            fprintf(
                ctx->out, " (proven by %s)",
                json_string_value(json_object_get(json_object_get(x, "proven_by"), "issuer_name")));
    }
    fputc('\n', ctx->out);
    if (json_array_size(miss)) {
        shown = 0;
        fprintf(ctx->out, "      missing essential (%zu):", json_array_size(miss));
        json_array_foreach(miss, i, x)
        {
            if (shown++ == 6) {
                fputs(" ...", ctx->out);
                break;
            }
            fprintf(ctx->out, "%s %s", i ? ";" : "",
                    json_string_value(json_object_get(x, "label")));
        }
        fputc('\n', ctx->out);
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    const char *lang_arg = NULL;
    char langbuf[8];
    cli_args a;
    const char *val, *passport = NULL, *offer = NULL, *out = NULL;
    int key, all = 0, json = 0;
    unsigned long v;
    brug_match_opts mo;
    brug_db *db;
    brug_matcher *m = NULL;
    json_t *res = NULL;
    brug_err err;
    int modes;

    memset(&mo, 0, sizeof(mo));
    cli_args_init(&a, &cli_cmd_match, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_PASSPORT:
            passport = val;
            break;
        case OPT_OFFER:
            offer = val;
            break;
        case OPT_ALL:
            all = 1;
            break;
        case OPT_TOP:
            if (cli_count_parse(ctx, "top", val, 1000, &v))
                return CLI_USAGE;
            mo.top = (uint32_t)v;
            break;
        case OPT_TYPE:
            if (strcmp(val, "vacancy") == 0) {
                mo.type = BRUG_OFFER_VACANCY;
            } else if (strcmp(val, "placement") == 0) {
                mo.type = BRUG_OFFER_PLACEMENT;
            } else {
                fprintf(ctx->err, "brug: --type: expected vacancy or placement, got '%s'\n", val);
                return CLI_USAGE;
            }
            break;
        case OPT_JSON:
            json = 1;
            break;
        case OPT_OUT:
            out = val;
            break;
        case OPT_THREADS:
            if (cli_count_parse(ctx, "threads", val, 64, &v))
                return CLI_USAGE;
            mo.threads = (unsigned)v;
            break;
        case OPT_LANG:
            lang_arg = val;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    modes = (passport != NULL) + (offer != NULL) + all;
    if (a.npos || modes != 1) {
        fprintf(ctx->err, "brug match: give exactly one of --passport ID, --offer ID, --all\n");
        return CLI_USAGE;
    }
    if (all && !out) {
        fprintf(ctx->err, "brug match: --all needs --out FILE\n");
        return CLI_USAGE;
    }
    if (offer && mo.type) {
        fprintf(ctx->err, "brug match: --type applies to --passport and --all\n");
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    mo.lang = cli_lang(ctx, db, lang_arg, mo.lang, langbuf);
    if (!mo.lang && lang_arg) {
        brug_db_close(db);
        return CLI_USAGE;
    }
    mo.progress = cli_match_progress;
    mo.progress_ctx = ctx;
    err = brug_matcher_new(db, &m);
    if (!err) {
        if (all)
            err = brug_match_all(m, &mo, out, &res);
        else if (passport)
            err = brug_match_passport(m, passport, &mo, &res);
        else
            err = brug_match_offer(m, offer, &mo, &res);
        if (!err && !all)
            err = brug_match_proofs(db, res);
    }
    if (err) {
        cli_fail(ctx, db, err, "match");
        brug_matcher_free(m);
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json || all) {
        json_dumpf(res, all ? ctx->err : ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', all ? ctx->err : ctx->out);
    } else {
        json_t *ms = json_object_get(res, "matches"), *e;
        size_t i;
        if (passport)
            fprintf(ctx->out, "passport %s (%s, travels up to %lld km): %zu matches\n", passport,
                    json_string_value(json_object_get(res, "region")),
                    (long long)json_integer_value(json_object_get(res, "max_km")),
                    json_array_size(ms));
        else
            fprintf(ctx->out, "offer %s (%s: %s, %s): %zu matches\n", offer,
                    json_string_value(json_object_get(res, "type")),
                    json_string_value(json_object_get(res, "title")),
                    json_string_value(json_object_get(res, "region")), json_array_size(ms));
        json_array_foreach(ms, i, e) print_match(ctx, i + 1, e, offer != NULL);
    }
    json_decref(res);
    brug_matcher_free(m);
    brug_db_close(db);
    return CLI_OK;
}
