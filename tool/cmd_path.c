/*
 * cmd_path.c - `brug path`: the k best multi-step career routes from one
 * occupation to another, or to any occupation of a collection (e.g. green
 * jobs), each step explained.
 */
#include <stdlib.h>
#include <string.h>

#include "cli_bridges.h"
#include "cli_plan.h"

enum { OPT_K = 256, OPT_STEPS, OPT_TO_COLL, OPT_LANG, OPT_JSON, OPT_THREADS, OPT_WITH_PLANS };

static const cli_opt opts[] = {
    {"k", OPT_K, "N", "the N best routes (default 3, at most 20)"},
    {"max-steps", OPT_STEPS, "S", "at most S steps per route (default 4, at most 10)"},
    {"to-collection", OPT_TO_COLL, "NAME",
     "go to any occupation of a collection (green, digital, ...)"},
    {"lang", OPT_LANG, "L", "labels in language L (default en)"},
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

static void print_text(FILE *f, json_t *doc, unsigned steps)
{
    json_t *to = json_object_get(doc, "to"), *paths = json_object_get(doc, "paths"), *p;
    size_t i;
    fprintf(f, "from: %s\n",
            json_string_value(json_object_get(json_object_get(doc, "from"), "label")));
    if (json_object_get(to, "collection"))
        fprintf(f, "to: any %s occupation (%lld)\n",
                json_string_value(json_object_get(to, "collection")),
                (long long)json_integer_value(json_object_get(to, "occupations")));
    else
        fprintf(f, "to: %s\n", json_string_value(json_object_get(to, "label")));
    if (json_array_size(paths) == 0)
        fprintf(f, "no route within %u steps (raise --max-steps, or lower --set path_min_score)\n",
                steps);
    json_array_foreach(paths, i, p)
    {
        json_t *st;
        size_t j;
        fprintf(f, "\nroute %zu: %lld step%s, cost %.3f, score %.3f\n", i + 1,
                (long long)json_integer_value(json_object_get(p, "length")),
                json_integer_value(json_object_get(p, "length")) == 1 ? "" : "s",
                json_real_value(json_object_get(p, "cost")),
                json_real_value(json_object_get(p, "score")));
        json_array_foreach(json_object_get(p, "steps"), j, st)
        {
            fprintf(f, "  %zu. %s -> %s (%.3f)\n     %s\n", j + 1,
                    json_string_value(json_object_get(st, "from_label")),
                    json_string_value(json_object_get(st, "label")),
                    json_real_value(json_object_get(st, "score")),
                    json_string_value(json_object_get(st, "explanation")));
            if (json_object_get(st, "plan"))
                cli_plan_print_line(f, json_object_get(st, "plan"), "     ");
        }
        if (json_object_get(p, "plan_hours"))
            fprintf(f, "  training for the whole route: %.1f h, EUR %.2f\n",
                    json_real_value(json_object_get(p, "plan_hours")),
                    json_real_value(json_object_get(p, "plan_cost")));
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
    err = brug_bridges_paths(env.index, &q, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug: path: %s\n", msg);
        goto done;
    }
    if (with_plans && !attach_plans(ctx, &env, q.lang, doc, &po))
        goto done;
    if (json) {
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
        fputc('\n', ctx->out);
    } else {
        print_text(ctx->out, doc, q.max_steps);
    }
    rc = CLI_OK;
done:
    json_decref(doc);
    cli_bridges_env_close(&env);
    return rc;
}
