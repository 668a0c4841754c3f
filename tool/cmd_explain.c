/*
 * cmd_explain.c - `brug explain`: one bridge explained, from an occupation
 * (or a person's skills) to a target occupation: its score, facets,
 * viability, the skills carried over and every missing one ranked by how
 * much it matters (brug_bridges_explain, the document GET
 * /api/v1/bridges/explain sends).
 */
#include <stdlib.h>
#include <string.h>

#include "cli_bridges.h"
#include "brug/msg.h"

enum { OPT_SKILLS = 256, OPT_LANG, OPT_JSON, OPT_MISSING };

static const cli_opt opts[] = {
    {"skills", OPT_SKILLS, "SKILL,...", "start from these skills (URIs or labels) instead"},
    {"lang", OPT_LANG, "L", "labels and sentences in language L (default en)"},
    {"json", OPT_JSON, NULL, "print JSON"},
    {"max-missing", OPT_MISSING, "N",
     "in text, list at most N missing skills per kind (default 10)"},
    CLI_BRIDGES_WEIGHT_OPTS,
    CLI_FIRST_OPT,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_explain = {
    "explain", "[FROM] TO", "one bridge explained, from an occupation or a set of skills",
    opts,      run,
};

#define MAX_SKILLS 10000

static void print_text(FILE *f, const json_t *doc, const char *from_label, size_t max,
                       const char *lang)
{
    char word[128], ess[128], opt[128];
    brug_msg_format(word, sizeof(word), lang, "bridge.text.from", NULL);
    brug_msg_format(ess, sizeof(ess), lang, "bridge.text.missing_essential", NULL);
    brug_msg_format(opt, sizeof(opt), lang, "bridge.text.missing_optional", NULL);
    fprintf(f, "%s: %s\n", word, from_label);
    fprintf(f, "%.3f  %s <%s>\n", json_real_value(json_object_get(doc, "score")),
            json_string_value(json_object_get(doc, "label")),
            json_string_value(json_object_get(doc, "uri")));
    fprintf(f, "     %s\n", json_string_value(json_object_get(doc, "explanation")));
    cli_bridges_print_gaps(f, ess, json_object_get(doc, "missing_essential"), max, lang);
    cli_bridges_print_gaps(f, opt, json_object_get(doc, "missing_optional"), max, lang);
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *skills_arg = NULL, *lang_arg = NULL, *lang, *from = NULL, *to;
    const char **uris = NULL;
    char *skills_buf = NULL, **owned = NULL, msg[512] = "", langbuf[8], label[512];
    size_t nskills = 0, nowned = 0;
    unsigned long max_missing = 10;
    int key, json = 0, first = 0, rc = CLI_FAIL;
    brug_occupation_origin from_o = {NULL, NULL, 0}, to_o = {NULL, NULL, 0};
    cli_bridges_env env;
    json_t *doc = NULL;
    brug_err err;

    cli_bridges_env_init(&env);
    cli_args_init(&a, &cli_cmd_explain, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        brug_err w = cli_bridges_weight_parse(ctx, &env, key, val);
        if (w == BRUG_OK)
            continue;
        if (w != BRUG_ENOTFOUND)
            return CLI_USAGE;
        switch (key) {
        case OPT_SKILLS:
            skills_arg = val;
            break;
        case OPT_LANG:
            lang_arg = val;
            break;
        case OPT_JSON:
            json = 1;
            break;
        case OPT_MISSING:
            if (cli_uint_parse(ctx, "max-missing", val, 1000, &max_missing))
                return CLI_USAGE;
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
    if (a.npos != (skills_arg ? 1 : 2)) {
        fprintf(ctx->err,
                "brug explain: give FROM and TO occupations, or --skills SKILL,... and TO\n");
        return CLI_USAGE;
    }
    if (skills_arg) {
        skills_buf = strdup(skills_arg);
        uris = malloc(MAX_SKILLS * sizeof(*uris));
        if (!skills_buf || !uris) {
            cli_fail(ctx, NULL, BRUG_ENOMEM, "explain");
            goto done;
        }
        nskills = cli_bridges_split_skills(skills_buf, uris, MAX_SKILLS);
        if (nskills == 0) {
            fprintf(ctx->err, "brug: --skills: no skill given\n");
            rc = CLI_USAGE;
            goto done;
        }
    }
    if (cli_bridges_env_load(ctx, &env))
        goto done;
    lang = cli_lang(ctx, env.db, lang_arg, "en", langbuf);
    if (!lang) {
        rc = CLI_USAGE;
        goto done;
    }
    if (nskills && cli_skills_resolve(ctx, env.db, uris, nskills, lang, first,
                                      json ? NULL : ctx->err, &owned, &nowned))
        goto done;
    if (!nskills) {
        from = cli_bridges_resolve(ctx, &env, a.pos[0], lang, first, ctx->err);
        if (!from)
            goto done;
    }
    to = cli_bridges_resolve(ctx, &env, a.pos[a.npos - 1], lang, first, ctx->err);
    if (!to)
        goto done;
    /* An occupation with no skill profile of its own (a CompetentNL one)
     * stands for the one it exactly matches, at either end. */
    if ((from && cli_bridges_origin(ctx, &env, from, lang, 0, &from_o)) ||
        cli_bridges_origin(ctx, &env, to, lang, 1, &to_o))
        goto done;
    err = brug_bridges_explain(env.index, from ? from_o.profile : NULL, from ? NULL : uris,
                               from ? 0 : nskills, to_o.profile, lang, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug: explain: %s\n", msg[0] ? msg : brug_strerror(err));
        goto done;
    }
    if (brug_occupation_origin_annotate(&from_o, doc, "from", msg, sizeof(msg)) ||
        brug_occupation_origin_annotate(&to_o, doc, NULL, msg, sizeof(msg))) {
        fprintf(ctx->err, "brug: explain: %s\n", msg);
        goto done;
    }
    if (json) {
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
        fputc('\n', ctx->out);
    } else {
        if (from) {
            uint32_t i = brug_onto_occupation_find(env.onto, from_o.profile);
            snprintf(label, sizeof(label), "%s <%s>", brug_onto_occupation_label(env.onto, i, lang),
                     from_o.profile);
        } else {
            brug_msg_arg n[] = {BRUG_MSG_I("n", nskills), BRUG_MSG_ARGS_END};
            brug_msg_format(label, sizeof(label), lang,
                            nskills == 1 ? "bridge.from.skills.one" : "bridge.from.skills.other",
                            n);
        }
        print_text(ctx->out, doc, label, max_missing, lang);
    }
    rc = CLI_OK;
done:
    json_decref(doc);
    free(skills_buf);
    free(uris);
    cli_strings_free(owned, nowned);
    cli_bridges_env_close(&env);
    return rc;
}
