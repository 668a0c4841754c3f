/*
 * cmd_match.c - `brug match`: the best offers for a passport, the best
 * passports for an offer, each explained, or every passport's top offers
 * in one multi-threaded pass (--all).
 */
#include <stdio.h>
#include <string.h>

#include "brug/msg.h"
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
    {"lang", OPT_LANG, "L", "labels and sentences in language L (default en)"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_match = {
    "match", "", "match passports to vacancies and trial placements, explained", opts, run,
};

static const char *str(const json_t *o, const char *k)
{
    const char *v = json_string_value(json_object_get(o, k));
    return v ? v : "";
}

/* A sentence of the message catalogue in lang (brug/msg.h), into buf. */
static const char *M(char *buf, size_t size, const char *lang, const char *key,
                     const brug_msg_arg *args)
{
    brug_msg_format(buf, size, lang, key, args);
    return buf;
}

/* An offer type's name ("vacancy", "placement") in lang. */
static const char *type_name(char *buf, size_t size, const char *lang, const char *type)
{
    char key[64];
    snprintf(key, sizeof(key), "match.type.%s", type);
    return brug_msg_template(lang, key) ? M(buf, size, lang, key, NULL) : type;
}

static void print_match(cli_ctx *ctx, size_t rank, json_t *e, int offer_side, const char *lang)
{
    json_t *ms = json_object_get(e, "matching_skills"),
           *miss = json_object_get(e, "missing_essential");
    json_t *x;
    size_t i, shown = 0;
    char buf[1024], tname[64], extra[256];
    if (offer_side) {
        brug_msg_arg a[] = {BRUG_MSG_S("passport", str(e, "passport")),
                            BRUG_MSG_S("region", str(e, "region")),
                            BRUG_MSG_I("km", json_real_value(json_object_get(e, "distance_km"))),
                            BRUG_MSG_ARGS_END};
        fprintf(ctx->out, "%2zu. %6.2f  %s\n", rank, json_real_value(json_object_get(e, "score")),
                M(buf, sizeof(buf), lang, "match.text.passport_line", a));
    } else {
        brug_msg_arg a[] = {
            BRUG_MSG_S("offer", str(e, "offer")),
            BRUG_MSG_S("type", type_name(tname, sizeof(tname), lang, str(e, "type"))),
            BRUG_MSG_S("title", str(e, "title")[0] ? str(e, "title") : str(e, "occupation_label")),
            BRUG_MSG_S("employer", str(e, "employer")),
            BRUG_MSG_S("sector", str(e, "sector")),
            BRUG_MSG_S("region", str(e, "region")),
            BRUG_MSG_I("km", json_real_value(json_object_get(e, "distance_km"))),
            BRUG_MSG_ARGS_END};
        fprintf(ctx->out, "%2zu. %6.2f  %s\n", rank, json_real_value(json_object_get(e, "score")),
                M(buf, sizeof(buf), lang, "match.text.offer_line", a));
    }
    {
        brug_msg_arg a[] = {
            BRUG_MSG_P("coverage", json_real_value(json_object_get(e, "skill_coverage"))),
            BRUG_MSG_P("hours", json_real_value(json_object_get(e, "hours_fit"))),
            BRUG_MSG_P("sector", json_real_value(json_object_get(e, "sector_fit"))),
            BRUG_MSG_P("drives", json_real_value(json_object_get(e, "drives_fit"))),
            BRUG_MSG_ARGS_END};
        fprintf(ctx->out, "      %s\n", M(buf, sizeof(buf), lang, "match.text.fit", a));
    }
    {
        brug_msg_arg a[] = {BRUG_MSG_I("n", json_array_size(ms)), BRUG_MSG_ARGS_END};
        fprintf(ctx->out, "      %s", M(buf, sizeof(buf), lang, "match.text.matching", a));
    }
    json_array_foreach(ms, i, x)
    {
        if (shown++ == 6) {
            fputs(" ...", ctx->out);
            break;
        }
        fprintf(ctx->out, "%s %s", i ? ";" : "", str(x, "label"));
        if (strcmp(str(x, "via"), "related") == 0)
            fprintf(ctx->out, " %s", M(extra, sizeof(extra), lang, "match.text.related", NULL));
        if (json_object_get(x, "proven_by")) {
            brug_msg_arg a[] = {
                BRUG_MSG_S("issuer", str(json_object_get(x, "proven_by"), "issuer_name")),
                BRUG_MSG_ARGS_END};
            fprintf(ctx->out, " %s", M(extra, sizeof(extra), lang, "match.text.proven", a));
        }
    }
    fputc('\n', ctx->out);
    if (json_array_size(miss)) {
        brug_msg_arg a[] = {BRUG_MSG_I("n", json_array_size(miss)), BRUG_MSG_ARGS_END};
        shown = 0;
        fprintf(ctx->out, "      %s", M(buf, sizeof(buf), lang, "match.text.missing", a));
        json_array_foreach(miss, i, x)
        {
            if (shown++ == 6) {
                fputs(" ...", ctx->out);
                break;
            }
            fprintf(ctx->out, "%s %s", i ? ";" : "", str(x, "label"));
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
        char buf[1024], tname[64];
        if (passport) {
            brug_msg_arg h[] = {
                BRUG_MSG_S("id", passport), BRUG_MSG_S("region", str(res, "region")),
                BRUG_MSG_I("km", json_integer_value(json_object_get(res, "max_km"))),
                BRUG_MSG_I("n", json_array_size(ms)), BRUG_MSG_ARGS_END};
            fprintf(ctx->out, "%s\n", M(buf, sizeof(buf), mo.lang, "match.text.passport", h));
        } else {
            brug_msg_arg h[] = {
                BRUG_MSG_S("id", offer),
                BRUG_MSG_S("type", type_name(tname, sizeof(tname), mo.lang, str(res, "type"))),
                BRUG_MSG_S("title", str(res, "title")),
                BRUG_MSG_S("region", str(res, "region")),
                BRUG_MSG_I("n", json_array_size(ms)),
                BRUG_MSG_ARGS_END};
            fprintf(ctx->out, "%s\n", M(buf, sizeof(buf), mo.lang, "match.text.offer", h));
        }
        json_array_foreach(ms, i, e) print_match(ctx, i + 1, e, offer != NULL, mo.lang);
    }
    json_decref(res);
    brug_matcher_free(m);
    brug_db_close(db);
    return CLI_OK;
}
