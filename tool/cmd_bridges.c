/*
 * cmd_bridges.c - `brug bridges`: the occupations a person can move to from
 * an occupation (URI or label) or from their own skills, each with the
 * skills carried over and the missing ones ranked by how much they matter.
 */
#include <stdlib.h>
#include <string.h>

#include "cli_bridges.h"
#include "brug/msg.h"
#include "cli_plan.h"

enum {
    OPT_TOP = 256,
    OPT_MIN,
    OPT_COLL,
    OPT_ISCO,
    OPT_LANG,
    OPT_JSON,
    OPT_SKILLS,
    OPT_MISSING,
    OPT_WITH_PLANS,
    OPT_VIABLE,
    OPT_TO,
};

static const cli_opt opts[] = {
    {"top", OPT_TOP, "N", "show the N best bridges (default 10)"},
    {"min-score", OPT_MIN, "S", "only bridges scoring at least S (0..1)"},
    {"collection", OPT_COLL, "NAME",
     "only target occupations of a collection (green, digital, ...)"},
    {"isco", OPT_ISCO, "PREFIX", "only target occupations whose ISCO code starts with PREFIX"},
    {"lang", OPT_LANG, "L", "labels and sentences in language L (default en)"},
    {"json", OPT_JSON, NULL, "print JSON"},
    {"skills", OPT_SKILLS, "SKILL,...", "start from these skills (URIs or labels) instead"},
    {"to", OPT_TO, "OCC",
     "the other way round: bridges into OCC, from the occupations people come from"},
    {"max-missing", OPT_MISSING, "N",
     "list at most N missing skills per kind (default: all in JSON, 5 in text)"},
    CLI_BRIDGES_WEIGHT_OPTS,
    {"with-plans", OPT_WITH_PLANS, NULL, "add each bridge's training plan (see brug plan)"},
    {"viable", OPT_VIABLE, NULL,
     "only viable bridges (score >= viable_min_score, no new formal education)"},
    CLI_PLAN_LIMIT_OPTS,
    CLI_FIRST_OPT,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_bridges = {
    "bridges",
    "[FROM]",
    "best job-to-job bridges from an occupation or a set of skills (or into one)",
    opts,
    run,
};

#define MAX_SKILLS 10000

static void print_text(FILE *f, json_t *doc, size_t max_missing, const char *lang)
{
    json_t *from = json_object_get(doc, "from"), *results = json_object_get(doc, "results"), *r;
    char word[128], ess[128], opt[128];
    size_t i;
    brug_msg_format(word, sizeof(word), lang, "bridge.text.from", NULL);
    brug_msg_format(ess, sizeof(ess), lang, "bridge.text.missing_essential", NULL);
    brug_msg_format(opt, sizeof(opt), lang, "bridge.text.missing_optional", NULL);
    if (json_object_get(doc, "to")) {
        from = json_object_get(doc, "to");
        brug_msg_format(word, sizeof(word), lang, "bridge.text.to", NULL);
    }
    if (json_object_get(from, "uri"))
        fprintf(f, "%s: %s <%s>\n", word, json_string_value(json_object_get(from, "label")),
                json_string_value(json_object_get(from, "uri")));
    else
        fprintf(f, "%s: %s\n", word, json_string_value(json_object_get(from, "label")));
    if (json_array_size(results) == 0) {
        brug_msg_format(word, sizeof(word), lang, "bridge.text.none", NULL);
        fprintf(f, "%s\n", word);
    }
    json_array_foreach(results, i, r)
    {
        fprintf(f, "%2zu. %.3f  %s <%s>\n", i + 1, json_real_value(json_object_get(r, "score")),
                json_string_value(json_object_get(r, "label")),
                json_string_value(json_object_get(r, "uri")));
        fprintf(f, "     %s\n", json_string_value(json_object_get(r, "explanation")));
        cli_bridges_print_gaps(f, ess, json_object_get(r, "missing_essential"), max_missing, lang);
        cli_bridges_print_gaps(f, opt, json_object_get(r, "missing_optional"), max_missing, lang);
        if (json_object_get(r, "plan"))
            cli_plan_print_line(f, json_object_get(r, "plan"), "     ", lang);
    }
}

/* The document as JSON, or as text with at most max_missing gaps a kind. */
static void print_doc(FILE *f, json_t *doc, int json, size_t max_missing, const char *lang)
{
    if (json) {
        json_dumpf(doc, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
        fputc('\n', f);
    } else {
        print_text(f, doc, max_missing, lang);
    }
}

/* --with-plans: a "plan" object on every result. */
static int attach_plans(cli_ctx *ctx, cli_bridges_env *env, const brug_bridges_query *q,
                        json_t *doc, const brug_plan_opts *po)
{
    brug_courses *courses = cli_plan_load_courses(ctx, env->db);
    json_t *r;
    size_t i;
    char msg[512];
    if (!courses)
        return 0;
    json_array_foreach(json_object_get(doc, "results"), i, r)
    {
        if (cli_plan_attach(courses, env->index, q->from, q->skills, q->nskills, NULL, 0,
                            json_string_value(json_object_get(r, "uri")), q->lang, po, r, msg,
                            sizeof(msg))) {
            fprintf(ctx->err, "brug: bridges: %s\n", msg);
            brug_courses_free(courses);
            return 0;
        }
    }
    brug_courses_free(courses);
    return 1;
}

/* --to OCC: the bridges into OCC (brug_bridges_incoming), with the
 * filters, language and output of a bridges query. */
static int run_into(cli_ctx *ctx, cli_bridges_env *env, const brug_bridges_query *q,
                    const char *to_arg, const char *lang_arg, int first, int json,
                    size_t text_missing)
{
    brug_bridges_incoming_query iq;
    brug_occupation_origin origin;
    char langbuf[8], msg[512];
    json_t *doc = NULL;
    int rc = CLI_FAIL;
    memset(&iq, 0, sizeof(iq));
    iq.top = q->top;
    iq.min_score = q->min_score;
    iq.collection = q->collection;
    iq.isco_prefix = q->isco_prefix;
    iq.max_missing = q->max_missing;
    iq.viable_only = q->viable_only;
    if (cli_bridges_env_load(ctx, env))
        goto done;
    iq.lang = cli_lang(ctx, env->db, lang_arg, "en", langbuf);
    if (!iq.lang) {
        rc = CLI_USAGE;
        goto done;
    }
    iq.to = cli_bridges_resolve(ctx, env, to_arg, iq.lang, first, ctx->err);
    if (!iq.to)
        goto done;
    /* An occupation with no skill profile of its own (a CompetentNL one)
     * is bridged into as the one it exactly matches, and says so. */
    if (cli_bridges_origin(ctx, env, iq.to, iq.lang, 1, &origin))
        goto done;
    iq.to = origin.profile;
    if (brug_bridges_incoming(env->index, &iq, &doc, msg, sizeof(msg))) {
        fprintf(ctx->err, "brug: bridges: %s\n", msg);
        goto done;
    }
    if (strcmp(to_arg, origin.asked) != 0)
        json_object_set_new(json_object_get(doc, "to"), "query", json_string(to_arg));
    if (brug_occupation_origin_annotate(&origin, doc, "to", msg, sizeof(msg))) {
        fprintf(ctx->err, "brug: bridges: %s\n", msg);
        goto done;
    }
    print_doc(ctx->out, doc, json, text_missing, iq.lang);
    rc = CLI_OK;
done:
    json_decref(doc);
    cli_bridges_env_close(env);
    return rc;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *skills_arg = NULL;
    int key, json = 0, rc = CLI_FAIL;
    unsigned long top = 10, max_missing = 0;
    int have_max_missing = 0;
    double min_score = 0.0;
    brug_bridges_query q;
    cli_bridges_env env;
    char *skills_buf = NULL, msg[512];
    brug_occupation_origin origin = {NULL, NULL, 0};
    const char **uris = NULL;
    char **owned = NULL;
    size_t nowned = 0;
    json_t *doc = NULL;
    brug_err err;
    brug_plan_opts po;
    int with_plans = 0, first = 0;
    const char *lang_arg = NULL, *to_arg = NULL;
    char langbuf[8];

    memset(&q, 0, sizeof(q));
    q.lang = "en";
    cli_bridges_env_init(&env);
    cli_args_init(&a, &cli_cmd_bridges, argc, argv, ctx->err);
    brug_plan_opts_init(&po);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        brug_err w = cli_bridges_weight_parse(ctx, &env, key, val);
        if (w == BRUG_ENOTFOUND)
            w = cli_plan_opt_parse(ctx, &po, key, val);
        if (w == BRUG_OK)
            continue;
        if (w != BRUG_ENOTFOUND)
            return CLI_USAGE;
        switch (key) {
        case OPT_TOP:
            if (cli_count_parse(ctx, "top", val, 100000, &top))
                return CLI_USAGE;
            break;
        case OPT_MIN:
            if (cli_double_parse(ctx, "min-score", val, 0.0, 1.0, &min_score))
                return CLI_USAGE;
            break;
        case OPT_COLL:
            q.collection = val;
            break;
        case OPT_ISCO:
            q.isco_prefix = val;
            break;
        case OPT_LANG:
            lang_arg = val;
            break;
        case OPT_JSON:
            json = 1;
            break;
        case OPT_SKILLS:
            skills_arg = val;
            break;
        case OPT_VIABLE:
            q.viable_only = 1;
            break;
        case OPT_TO:
            to_arg = val;
            break;
        case OPT_WITH_PLANS:
            with_plans = 1;
            break;
        case CLI_OPT_FIRST:
            first = 1;
            break;
        case OPT_MISSING:
            if (cli_uint_parse(ctx, "max-missing", val, 100000, &max_missing))
                return CLI_USAGE;
            have_max_missing = 1;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (to_arg) {
        if (a.npos || skills_arg || with_plans) {
            fprintf(ctx->err, "brug bridges: --to OCC takes no FROM, --skills or --with-plans\n");
            return CLI_USAGE;
        }
        q.top = (unsigned)top;
        q.min_score = min_score;
        q.max_missing = json ? (unsigned)max_missing : 0;
        return run_into(ctx, &env, &q, to_arg, lang_arg, first, json,
                        have_max_missing ? max_missing : 5);
    }
    if ((a.npos == 0) == (skills_arg == NULL) || a.npos > 1) {
        fprintf(ctx->err, "brug bridges: give one FROM occupation (URI or label) or --skills\n");
        return CLI_USAGE;
    }
    q.top = (unsigned)top;
    q.min_score = min_score;
    q.max_missing = json ? (unsigned)max_missing : 0;
    if (skills_arg) {
        skills_buf = strdup(skills_arg);
        uris = malloc(MAX_SKILLS * sizeof(*uris));
        if (!skills_buf || !uris) {
            fprintf(ctx->err, "brug: out of memory\n");
            goto done;
        }
        q.skills = uris;
        q.nskills = cli_bridges_split_skills(skills_buf, uris, MAX_SKILLS);
        if (q.nskills == 0) {
            fprintf(ctx->err, "brug: --skills: no skill given\n");
            rc = CLI_USAGE;
            goto done;
        }
    }
    if (cli_bridges_env_load(ctx, &env))
        goto done;
    q.lang = cli_lang(ctx, env.db, lang_arg, "en", langbuf);
    if (!q.lang) {
        rc = CLI_USAGE;
        goto done;
    }
    if (q.nskills && cli_skills_resolve(ctx, env.db, uris, q.nskills, q.lang, first,
                                        json ? NULL : ctx->err, &owned, &nowned))
        goto done;
    if (a.npos) {
        q.from = cli_bridges_resolve(ctx, &env, a.pos[0], q.lang, first, ctx->err);
        if (!q.from)
            goto done;
        /* An occupation with no skill profile (a CompetentNL one, say) is
         * bridged from the occupation it exactly matches, and says so. */
        if (cli_bridges_origin(ctx, &env, q.from, q.lang, 0, &origin))
            goto done;
        q.from = origin.profile;
    }
    err = brug_bridges_query_run(env.index, &q, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug: bridges: %s\n", msg);
        goto done;
    }
    if (with_plans && !attach_plans(ctx, &env, &q, doc, &po))
        goto done;
    if (a.npos && strcmp(a.pos[0], origin.asked) != 0)
        json_object_set_new(json_object_get(doc, "from"), "query", json_string(a.pos[0]));
    if (a.npos && brug_occupation_origin_annotate(&origin, doc, "from", msg, sizeof(msg))) {
        fprintf(ctx->err, "brug: bridges: %s\n", msg);
        goto done;
    }
    print_doc(ctx->out, doc, json, have_max_missing ? max_missing : 5, q.lang);
    rc = CLI_OK;
done:
    json_decref(doc);
    free(skills_buf);
    free(uris);
    cli_strings_free(owned, nowned);
    cli_bridges_env_close(&env);
    return rc;
}
