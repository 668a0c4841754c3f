/*
 * cmd_plan.c - `brug plan`: the courses that close a skill gap, either
 * the gap of a bridge between two occupations (--from, --to) or skills
 * given directly (--skills), within limits of budget, hours and region.
 */
#include <stdlib.h>
#include <string.h>

#include "cli_bridges.h"
#include "cli_plan.h"

enum {
    OPT_FROM = 256,
    OPT_TO,
    OPT_SKILLS,
    OPT_OPTIONAL,
    OPT_HAVE,
    OPT_GREEDY,
    OPT_LANG,
    OPT_JSON,
};

static const cli_opt opts[] = {
    {"from", OPT_FROM, "OCC", "the person's occupation (URI or label)"},
    {"to", OPT_TO, "OCC", "the target occupation (URI or label)"},
    {"skills", OPT_SKILLS, "SKILL,...", "plan for these missing essential skills instead"},
    {"optional", OPT_OPTIONAL, "SKILL,...", "with --skills: missing skills that are nice to have"},
    {"have", OPT_HAVE, "SKILL,...", "with --skills: skills the person has (for prerequisites)"},
    CLI_PLAN_LIMIT_OPTS,
    {"greedy", OPT_GREEDY, NULL, "use only the fast greedy planner (no optimality proof)"},
    {"lang", OPT_LANG, "L", "labels and sentences in language L (default en)"},
    {"json", OPT_JSON, NULL, "print JSON"},
    CLI_FIRST_OPT,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_plan = {
    "plan", "",  "the cheapest or shortest set of courses that closes a skill gap, in study order",
    opts,   run,
};

/* Split a comma-separated list into a new array of pointers into a copy. */
static const char **split(const char *s, size_t *n, char **copy)
{
    size_t cap = 1, i;
    const char **out;
    char *p, *save = NULL;
    *n = 0;
    for (i = 0; s[i]; i++)
        cap += s[i] == ',';
    *copy = strdup(s);
    out = malloc(cap * sizeof(*out));
    if (!*copy || !out) {
        free(*copy);
        free(out);
        *copy = NULL;
        return NULL;
    }
    for (p = strtok_r(*copy, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        while (*p == ' ')
            p++;
        if (*p)
            out[(*n)++] = p;
    }
    return out;
}

static int check_skills(cli_ctx *ctx, const brug_onto *onto, const char *const *uris, size_t n,
                        const char *opt)
{
    size_t i;
    if (!onto)
        return 1;
    for (i = 0; i < n; i++)
        if (brug_onto_skill_find(onto, uris[i]) == BRUG_NO_INDEX) {
            fprintf(ctx->err, "brug plan: --%s: '%s' is not a skill URI of the taxonomy\n", opt,
                    uris[i]);
            return 0;
        }
    return 1;
}

typedef struct plan_args {
    const char *from, *to, *skills, *optional, *have, *lang;
    int json, first;
    brug_plan_opts o;
} plan_args;

static int emit(cli_ctx *ctx, const plan_args *pa, json_t *doc, const json_t *plan,
                const char *title)
{
    if (pa->json) {
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
    } else {
        fprintf(ctx->out, "%s\n", title);
        cli_plan_print(ctx->out, plan, "", pa->lang);
    }
    return CLI_OK;
}

static int plan_bridge(cli_ctx *ctx, const plan_args *pa, cli_bridges_env *env,
                       const brug_courses *courses)
{
    brug_plan_bridge_query q;
    brug_occupation_origin from_o, to_o;
    json_t *doc = NULL;
    char msg[512] = "", title[1024];
    brug_err err;
    int rc;

    memset(&q, 0, sizeof(q));
    q.from =
        cli_bridges_resolve(ctx, env, pa->from, pa->lang, pa->first, pa->json ? NULL : ctx->err);
    if (!q.from)
        return CLI_FAIL;
    q.to = cli_bridges_resolve(ctx, env, pa->to, pa->lang, pa->first, pa->json ? NULL : ctx->err);
    if (!q.to)
        return CLI_FAIL;
    /* An occupation with no skill profile of its own (a CompetentNL one)
     * stands for the one it exactly matches, at either end. */
    if (cli_bridges_origin(ctx, env, q.from, pa->lang, 0, &from_o) ||
        cli_bridges_origin(ctx, env, q.to, pa->lang, 1, &to_o))
        return CLI_FAIL;
    q.from = from_o.profile;
    q.to = to_o.profile;
    q.lang = pa->lang;
    err = brug_plan_bridge(courses, env->index, &q, &pa->o, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug plan: %s\n", msg[0] ? msg : brug_strerror(err));
        return CLI_FAIL;
    }
    if (brug_occupation_origin_annotate(&from_o, doc, "from", msg, sizeof(msg)) ||
        brug_occupation_origin_annotate(&to_o, doc, "to", msg, sizeof(msg))) {
        fprintf(ctx->err, "brug plan: %s\n", msg);
        json_decref(doc);
        return CLI_FAIL;
    }
    {
        brug_msg_arg t[] = {
            BRUG_MSG_S("from",
                       json_string_value(json_object_get(json_object_get(doc, "from"), "label"))),
            BRUG_MSG_S("to",
                       json_string_value(json_object_get(json_object_get(doc, "to"), "label"))),
            BRUG_MSG_P("score", json_number_value(json_object_get(doc, "score"))),
            BRUG_MSG_ARGS_END};
        brug_msg_format(title, sizeof(title), pa->lang, "plan.text.title", t);
    }
    rc = emit(ctx, pa, doc, json_object_get(doc, "plan"), title);
    json_decref(doc);
    return rc;
}

static int plan_skills(cli_ctx *ctx, const plan_args *pa, brug_db *db, const brug_onto *onto,
                       const brug_courses *courses)
{
    const char **ess = NULL, **opt = NULL, **have = NULL;
    char **owned[3] = {NULL, NULL, NULL};
    size_t nowned[3] = {0, 0, 0};
    FILE *note = pa->json ? NULL : ctx->err;
    char *c1 = NULL, *c2 = NULL, *c3 = NULL;
    size_t ne = 0, no = 0, nh = 0, i;
    brug_plan_skill *need = NULL;
    json_t *plan = NULL;
    char msg[512] = "";
    int rc = CLI_FAIL;
    brug_err err;

    ess = split(pa->skills, &ne, &c1);
    if (pa->optional)
        opt = split(pa->optional, &no, &c2);
    if (pa->have)
        have = split(pa->have, &nh, &c3);
    need = malloc((ne + no + 1) * sizeof(*need));
    if (!ess || (pa->optional && !opt) || (pa->have && !have) || !need) {
        cli_fail(ctx, NULL, BRUG_ENOMEM, "plan");
        goto out;
    }
    if (ne == 0) {
        fprintf(ctx->err, "brug plan: --skills: give at least one skill (URI or label)\n");
        rc = CLI_USAGE;
        goto out;
    }
    /* Labels as well as URIs (a label that names no skill clearly lists
     * the candidates and stops). */
    if (cli_skills_resolve(ctx, db, ess, ne, pa->lang, pa->first, note, &owned[0], &nowned[0]) ||
        cli_skills_resolve(ctx, db, opt, no, pa->lang, pa->first, note, &owned[1], &nowned[1]) ||
        cli_skills_resolve(ctx, db, have, nh, pa->lang, pa->first, note, &owned[2], &nowned[2]))
        goto out;
    if (!check_skills(ctx, onto, ess, ne, "skills") ||
        !check_skills(ctx, onto, opt, no, "optional") || !check_skills(ctx, onto, have, nh, "have"))
        goto out;
    for (i = 0; i < ne + no; i++) {
        need[i].uri = i < ne ? ess[i] : opt[i - ne];
        need[i].weight = 1.0;
        need[i].essential = i < ne;
    }
    err = brug_plan_solve(courses, onto, pa->lang, need, ne + no, have, nh, &pa->o, &plan, msg,
                          sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug plan: %s\n", msg[0] ? msg : brug_strerror(err));
        goto out;
    }
    {
        char title[256];
        brug_msg_format(title, sizeof(title), pa->lang, "plan.text.title_skills", NULL);
        rc = emit(ctx, pa, plan, plan, title);
    }
out:
    for (i = 0; i < 3; i++)
        cli_strings_free(owned[i], nowned[i]);
    json_decref(plan);
    free(need);
    free((void *)ess);
    free((void *)opt);
    free((void *)have);
    free(c1);
    free(c2);
    free(c3);
    return rc;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, rc;
    plan_args pa;
    brug_courses *courses = NULL;
    brug_err err;
    const char *lang_arg = NULL;
    char langbuf[8];

    memset(&pa, 0, sizeof(pa));
    pa.lang = "en";
    brug_plan_opts_init(&pa.o);
    cli_args_init(&a, &cli_cmd_plan, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        brug_err r = cli_plan_opt_parse(ctx, &pa.o, key, val);
        if (r == BRUG_OK)
            continue;
        if (r != BRUG_ENOTFOUND)
            return CLI_USAGE;
        switch (key) {
        case OPT_FROM:
            pa.from = val;
            break;
        case OPT_TO:
            pa.to = val;
            break;
        case OPT_SKILLS:
            pa.skills = val;
            break;
        case OPT_OPTIONAL:
            pa.optional = val;
            break;
        case OPT_HAVE:
            pa.have = val;
            break;
        case OPT_GREEDY:
            pa.o.greedy_only = 1;
            break;
        case OPT_LANG:
            lang_arg = val;
            break;
        case OPT_JSON:
            pa.json = 1;
            break;
        case CLI_OPT_FIRST:
            pa.first = 1;
            break;
        default:
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos) {
        fprintf(ctx->err, "brug plan: unexpected argument '%s'\n", a.pos[0]);
        return CLI_USAGE;
    }
    if (!pa.skills == !(pa.from || pa.to) || (!pa.skills && !(pa.from && pa.to))) {
        fprintf(ctx->err, "brug plan: give either --from OCC and --to OCC, or --skills URI,...\n");
        return CLI_USAGE;
    }
    if ((pa.optional || pa.have) && !pa.skills) {
        fprintf(ctx->err, "brug plan: --optional and --have go with --skills\n");
        return CLI_USAGE;
    }

    if (pa.skills) {
        brug_db *db = cli_db_open(ctx, BRUG_OPEN_READONLY);
        brug_onto *onto = NULL;
        if (!db)
            return CLI_FAIL;
        pa.lang = cli_lang(ctx, db, lang_arg, "en", langbuf);
        if (!pa.lang) {
            brug_db_close(db);
            return CLI_USAGE;
        }
        err = brug_onto_load(db, &onto);
        if (err && err != BRUG_EEMPTY) {
            cli_fail(ctx, db, err, "plan");
            brug_db_close(db);
            return CLI_FAIL;
        }
        err = brug_courses_load(db, &courses);
        if (err) {
            cli_fail(ctx, db, err, "plan");
            brug_onto_free(onto);
            brug_db_close(db);
            return CLI_FAIL;
        }
        rc = plan_skills(ctx, &pa, db, onto, courses);
        brug_courses_free(courses);
        brug_onto_free(onto);
        brug_db_close(db);
        return rc;
    } else {
        cli_bridges_env env;
        cli_bridges_env_init(&env);
        if (cli_bridges_env_load(ctx, &env))
            return CLI_FAIL;
        pa.lang = cli_lang(ctx, env.db, lang_arg, "en", langbuf);
        if (!pa.lang) {
            cli_bridges_env_close(&env);
            return CLI_USAGE;
        }
        err = brug_courses_load(env.db, &courses);
        if (err) {
            cli_fail(ctx, env.db, err, "plan");
            cli_bridges_env_close(&env);
            return CLI_FAIL;
        }
        if (brug_courses_count(courses) == 0)
            fprintf(ctx->err, "brug plan: warning: no courses stored (brug import courses FILE)\n");
        rc = plan_bridge(ctx, &pa, &env, courses);
        brug_courses_free(courses);
        cli_bridges_env_close(&env);
        return rc;
    }
}
