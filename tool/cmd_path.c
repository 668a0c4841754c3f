/*
 * cmd_path.c - `brug path`: the k best multi-step career routes from one
 * occupation to another, or to any occupation of a collection (e.g. green
 * jobs), each step explained.
 */
#include <stdlib.h>
#include <string.h>

#include "cli_bridges.h"
#include "brug/msg.h"
#include "cli_plan.h"

enum { OPT_K = 256, OPT_STEPS, OPT_TO_COLL, OPT_LANG, OPT_JSON, OPT_THREADS, OPT_WITH_PLANS };

static const cli_opt opts[] = {
    {"k", OPT_K, "N", "the N best routes (default 3, at most 20)"},
    {"max-steps", OPT_STEPS, "S", "at most S steps per route (default 4, at most 10)"},
    {"to-collection", OPT_TO_COLL, "NAME",
     "go to any occupation of a collection (green, digital, ...)"},
    {"lang", OPT_LANG, "L", "labels and sentences in language L (default en)"},
    {"json", OPT_JSON, NULL, "print JSON"},
    {"threads", OPT_THREADS, "N", "threads for the transition graph (default 2)"},
    CLI_BRIDGES_WEIGHT_OPTS,
    {"with-plans", OPT_WITH_PLANS, NULL, "add a training plan to each step (see brug plan)"},
    CLI_PLAN_LIMIT_OPTS,
    CLI_FIRST_OPT,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_path = {
    "path",
    "FROM [TO]",
    "the k best career routes from one occupation to another or to a collection",
    opts,
    run,
};

static void print_text(FILE *f, json_t *doc, unsigned steps, const char *lang)
{
    json_t *to = json_object_get(doc, "to"), *paths = json_object_get(doc, "paths"), *p;
    char out[512], cost[64];
    size_t i;
    brug_msg_arg from[] = {BRUG_MSG_S("label", json_string_value(json_object_get(
                                                   json_object_get(doc, "from"), "label"))),
                           BRUG_MSG_ARGS_END};
    brug_msg_arg coll[] = {
        BRUG_MSG_S("collection", json_string_value(json_object_get(to, "collection"))),
        BRUG_MSG_I("n", json_integer_value(json_object_get(to, "occupations"))), BRUG_MSG_ARGS_END};
    brug_msg_arg dest[] = {BRUG_MSG_S("label", json_string_value(json_object_get(to, "label"))),
                           BRUG_MSG_ARGS_END};
    brug_msg_arg none[] = {BRUG_MSG_I("steps", steps), BRUG_MSG_ARGS_END};
    brug_msg_format(out, sizeof(out), lang, "path.text.from", from);
    fprintf(f, "%s\n", out);
    brug_msg_format(out, sizeof(out), lang,
                    json_object_get(to, "collection") ? "path.text.to_collection" : "path.text.to",
                    json_object_get(to, "collection") ? coll : dest);
    fprintf(f, "%s\n", out);
    if (json_array_size(paths) == 0) {
        brug_msg_format(out, sizeof(out), lang, "path.text.none", none);
        fprintf(f, "%s\n", out);
    }
    json_array_foreach(paths, i, p)
    {
        json_t *st;
        size_t j;
        json_int_t len = json_integer_value(json_object_get(p, "length"));
        brug_msg_arg route[] = {BRUG_MSG_I("n", i + 1), BRUG_MSG_I("steps", len),
                                BRUG_MSG_S("cost", ""), BRUG_MSG_S("score", ""), BRUG_MSG_ARGS_END};
        char c3[32], s3[32];
        snprintf(c3, sizeof(c3), "%.3f", json_real_value(json_object_get(p, "cost")));
        snprintf(s3, sizeof(s3), "%.3f", json_real_value(json_object_get(p, "score")));
        route[2].s = c3;
        route[3].s = s3;
        brug_msg_format(out, sizeof(out), lang,
                        len == 1 ? "path.text.route.one" : "path.text.route.other", route);
        fprintf(f, "\n%s\n", out);
        json_array_foreach(json_object_get(p, "steps"), j, st)
        {
            fprintf(f, "  %zu. %s -> %s (%.3f)\n     %s\n", j + 1,
                    json_string_value(json_object_get(st, "from_label")),
                    json_string_value(json_object_get(st, "label")),
                    json_real_value(json_object_get(st, "score")),
                    json_string_value(json_object_get(st, "explanation")));
            if (json_object_get(st, "plan"))
                cli_plan_print_line(f, json_object_get(st, "plan"), "     ", lang);
        }
        if (json_object_get(p, "plan_hours")) {
            brug_msg_arg tr[] = {
                BRUG_MSG_N("hours", json_real_value(json_object_get(p, "plan_hours"))),
                BRUG_MSG_S("cost", cost), BRUG_MSG_ARGS_END};
            brug_format_money(cost, sizeof(cost), lang,
                              json_real_value(json_object_get(p, "plan_cost")));
            brug_msg_format(out, sizeof(out), lang, "path.text.training", tr);
            fprintf(f, "  %s\n", out);
        }
    }
}

/* --with-plans: a "plan" on every step and the route's total hours and
 * cost.  On each step the person has the skills of the step's source and
 * of every earlier occupation of the route, and what earlier steps'
 * courses taught: those are never planned twice. */
static int attach_plans(cli_ctx *ctx, cli_bridges_env *env, const char *lang, json_t *doc,
                        const brug_plan_opts *po)
{
    brug_courses *courses = cli_plan_load_courses(ctx, env->db);
    json_t *p, *st;
    size_t i, j;
    char msg[512];
    if (!courses)
        return 0;
    json_array_foreach(json_object_get(doc, "paths"), i, p)
    {
        double hours = 0, cost = 0;
        const char **acq = NULL;
        size_t nacq = 0, cap = 0;
        json_array_foreach(json_object_get(p, "steps"), j, st)
        {
            json_t *plan, *c, *u;
            size_t k, l;
            if (cli_plan_attach(courses, env->index, json_string_value(json_object_get(st, "from")),
                                NULL, 0, acq, nacq, json_string_value(json_object_get(st, "to")),
                                lang, po, st, msg, sizeof(msg))) {
                fprintf(ctx->err, "brug: path: %s\n", msg);
                free((void *)acq);
                brug_courses_free(courses);
                return 0;
            }
            plan = json_object_get(st, "plan");
            hours += json_real_value(json_object_get(plan, "total_hours"));
            cost += json_real_value(json_object_get(plan, "total_cost"));
            /* What the person has from here on: the step's source skills and
             * what its courses taught (strings live in onto and the plan). */
            {
                size_t nown = 0, need;
                const char **own = cli_plan_occupation_skills(
                    env->onto, json_string_value(json_object_get(st, "from")), &nown);
                json_t *taught = json_array();
                need = nacq + nown;
                json_array_foreach(json_object_get(plan, "courses"), k, c)
                {
                    json_t *d = brug_courses_describe(
                        courses,
                        brug_courses_find(courses, json_string_value(json_object_get(c, "id"))));
                    json_array_extend(taught, json_object_get(d, "teaches"));
                    json_decref(d);
                }
                need += json_array_size(taught);
                json_object_set_new(st, "learned", taught); /* keeps the strings alive */
                if (need > cap) {
                    const char **n2 = realloc((void *)acq, (need + 16) * sizeof(*acq));
                    if (!n2) {
                        free((void *)own);
                        free((void *)acq);
                        brug_courses_free(courses);
                        return cli_fail(ctx, NULL, BRUG_ENOMEM, "path") && 0;
                    }
                    acq = n2;
                    cap = need + 16;
                }
                for (k = 0; k < nown; k++)
                    acq[nacq++] = own[k];
                free((void *)own);
                json_array_foreach(taught, l, u) acq[nacq++] = json_string_value(u);
            }
        }
        free((void *)acq);
        json_object_set_new(p, "plan_hours", json_real(hours));
        json_object_set_new(p, "plan_cost", json_real(cost));
    }
    brug_courses_free(courses);
    return 1;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, json = 0, rc = CLI_FAIL;
    unsigned long k = 3, steps = 4, threads = 2;
    brug_bridges_path_query q;
    cli_bridges_env env;
    json_t *doc = NULL;
    char msg[512];
    brug_err err;
    brug_plan_opts po;
    brug_occupation_origin from_o = {NULL, NULL, 0}, to_o = {NULL, NULL, 0};
    int with_plans = 0, first = 0;
    const char *lang_arg = NULL;
    char langbuf[8];

    memset(&q, 0, sizeof(q));
    q.lang = "en";
    cli_bridges_env_init(&env);
    cli_args_init(&a, &cli_cmd_path, argc, argv, ctx->err);
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
        case OPT_K:
            if (cli_count_parse(ctx, "k", val, 20, &k))
                return CLI_USAGE;
            break;
        case OPT_STEPS:
            if (cli_count_parse(ctx, "max-steps", val, 10, &steps))
                return CLI_USAGE;
            break;
        case OPT_TO_COLL:
            q.to_collection = val;
            break;
        case OPT_LANG:
            lang_arg = val;
            break;
        case OPT_JSON:
            json = 1;
            break;
        case OPT_WITH_PLANS:
            with_plans = 1;
            break;
        case CLI_OPT_FIRST:
            first = 1;
            break;
        case OPT_THREADS:
            if (cli_uint_parse(ctx, "threads", val, 64, &threads))
                return CLI_USAGE;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos != (q.to_collection ? 1 : 2)) {
        fprintf(ctx->err, "brug path: give FROM and TO, or FROM and --to-collection NAME\n");
        return CLI_USAGE;
    }
    q.k = (unsigned)k;
    q.max_steps = (unsigned)steps;
    q.nthreads = (unsigned)threads;
    if (cli_bridges_env_load(ctx, &env))
        goto done;
    q.lang = cli_lang(ctx, env.db, lang_arg, "en", langbuf);
    if (!q.lang) {
        rc = CLI_USAGE;
        goto done;
    }
    q.from = cli_bridges_resolve(ctx, &env, a.pos[0], q.lang, first, ctx->err);
    if (!q.from)
        goto done;
    if (!q.to_collection) {
        q.to = cli_bridges_resolve(ctx, &env, a.pos[1], q.lang, first, ctx->err);
        if (!q.to)
            goto done;
    }
    /* An occupation with no skill profile of its own (a CompetentNL one)
     * stands for the one it exactly matches, at either end. */
    if (cli_bridges_origin(ctx, &env, q.from, q.lang, 0, &from_o) ||
        (q.to && cli_bridges_origin(ctx, &env, q.to, q.lang, 1, &to_o)))
        goto done;
    q.from = from_o.profile;
    if (q.to)
        q.to = to_o.profile;
    err = brug_bridges_paths(env.index, &q, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug: path: %s\n", msg);
        goto done;
    }
    if (brug_occupation_origin_annotate(&from_o, doc, "from", msg, sizeof(msg)) ||
        brug_occupation_origin_annotate(&to_o, doc, "to", msg, sizeof(msg))) {
        fprintf(ctx->err, "brug: path: %s\n", msg);
        goto done;
    }
    if (with_plans && !attach_plans(ctx, &env, q.lang, doc, &po))
        goto done;
    if (json) {
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
        fputc('\n', ctx->out);
    } else {
        print_text(ctx->out, doc, q.max_steps, q.lang);
    }
    rc = CLI_OK;
done:
    json_decref(doc);
    cli_bridges_env_close(&env);
    return rc;
}
