/*
 * cli_plan.c - the planner's limit options, a bridge's plan set on a
 * result (brug_plan_bridge), and the text form of a plan (see cli_plan.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli_plan.h"
#include "brug/msg.h"

brug_err cli_plan_opt_parse(cli_ctx *ctx, brug_plan_opts *o, int key, const char *val)
{
    switch (key) {
    case CLI_PLAN_OBJECTIVE:
        if (strcmp(val, "hours") == 0)
            o->objective = BRUG_PLAN_HOURS;
        else if (strcmp(val, "cost") == 0)
            o->objective = BRUG_PLAN_COST;
        else if (strcmp(val, "mix") == 0)
            o->objective = BRUG_PLAN_MIX;
        else {
            fprintf(ctx->err, "brug: --objective: expected hours, cost or mix, got '%s'\n", val);
            return BRUG_EINVAL;
        }
        return BRUG_OK;
    case CLI_PLAN_HOUR_VALUE:
        return cli_double_parse(ctx, "hour-value", val, 0, 1e6, &o->hour_value);
    case CLI_PLAN_BUDGET:
        return cli_double_parse(ctx, "budget", val, 0, 1e9, &o->budget);
    case CLI_PLAN_MAX_HOURS:
        return cli_double_parse(ctx, "max-hours", val, 0, 1e6, &o->max_hours);
    case CLI_PLAN_REGION: {
        if (!brug_region_name(val)) {
            fprintf(ctx->err,
                    "brug: --region: unknown region '%s' (a province PV20..PV31 or NL-UT, a "
                    "COROP region CR01..CR40, a labour-market region AM01..AM38, a region's "
                    "name, or NL; see docs/courses.md)\n",
                    val);
            return BRUG_EINVAL;
        }
        o->region = val;
        return BRUG_OK;
    }
    case CLI_PLAN_ONLINE_ONLY:
        o->online_only = 1;
        return BRUG_OK;
    case CLI_PLAN_MODE: {
        char msg[160];
        if (brug_plan_modes_parse(val, &o->modes, msg, sizeof(msg))) {
            fprintf(ctx->err, "brug: --mode: %s\n", msg);
            return BRUG_EINVAL;
        }
        return BRUG_OK;
    }
    case CLI_PLAN_PROVIDER:
        if (!val[0]) {
            fprintf(ctx->err, "brug: --provider: expected a provider's name\n");
            return BRUG_EINVAL;
        }
        o->provider = val;
        return BRUG_OK;
    case CLI_PLAN_TIME_LIMIT:
        return cli_double_parse(ctx, "time-limit", val, 1, 600000, &o->time_limit_ms);
    default:
        return BRUG_ENOTFOUND;
    }
}

const char **cli_plan_occupation_skills(const brug_onto *onto, const char *occ, size_t *n)
{
    brug_plan_skill *miss = NULL;
    size_t nmiss = 0;
    const char **have = NULL;
    *n = 0;
    /* The gap from occ to itself is empty; its "have" list is occ's skills. */
    if (brug_plan_occupation_gap(onto, occ, occ, &miss, &nmiss, &have, n) != BRUG_OK)
        return NULL;
    free(miss);
    return have;
}

static const char *skill_name(const json_t *s)
{
    const char *l = json_string_value(json_object_get(s, "label"));
    return l ? l : json_string_value(json_object_get(s, "uri"));
}

/* The label of a skill URI, looked up in the plan's covered list. */
static const char *label_of(const json_t *plan, const char *uri)
{
    const char *lists[] = {"covered", "uncovered"};
    size_t k, i;
    json_t *v;
    for (k = 0; k < 2; k++)
        json_array_foreach(json_object_get(plan, lists[k]), i, v)
        {
            const char *u = json_string_value(json_object_get(v, "uri"));
            if (u && strcmp(u, uri) == 0)
                return skill_name(v);
        }
    return uri;
}

/* Message key in lang into a static-sized buffer the caller gives. */
static const char *msg(char *buf, size_t size, const char *lang, const char *key,
                       const brug_msg_arg *args)
{
    brug_msg_format(buf, size, lang, key, args);
    return buf;
}

void cli_plan_print_summary(FILE *f, const json_t *plan, const char *lang)
{
    const json_t *courses = json_object_get(plan, "courses");
    size_t nc = json_array_size(courses), i, ness = 0;
    char count[64], cost[64], out[256];
    json_t *s;
    brug_msg_arg n[] = {BRUG_MSG_I("n", nc), BRUG_MSG_ARGS_END};
    brug_msg_arg all[] = {
        BRUG_MSG_S("courses", count),
        BRUG_MSG_N("hours", json_number_value(json_object_get(plan, "total_hours"))),
        BRUG_MSG_S("cost", cost), BRUG_MSG_ARGS_END};
    brug_msg_arg gap[] = {BRUG_MSG_P("pct", json_number_value(json_object_get(plan, "gap"))),
                          BRUG_MSG_ARGS_END};
    brug_msg_arg miss[] = {BRUG_MSG_I("n", 0), BRUG_MSG_ARGS_END};
    msg(count, sizeof(count), lang, nc == 1 ? "plan.text.courses.one" : "plan.text.courses.other",
        n);
    brug_format_money(cost, sizeof(cost), lang,
                      json_number_value(json_object_get(plan, "total_cost")));
    fputs(msg(out, sizeof(out), lang, "plan.text.summary", all), f);
    fputs(", ", f);
    if (json_is_true(json_object_get(plan, "optimal")))
        fputs(msg(out, sizeof(out), lang, "plan.text.optimal", NULL), f);
    else
        fputs(msg(out, sizeof(out), lang, "plan.text.gap", gap), f);
    json_array_foreach(json_object_get(plan, "uncovered"), i, s) ness +=
        json_is_true(json_object_get(s, "essential"));
    miss[0].d = (double)ness;
    if (ness)
        fprintf(f, "; %s",
                msg(out, sizeof(out), lang,
                    ness == 1 ? "plan.text.uncovered.one" : "plan.text.uncovered.other", miss));
}

void cli_plan_print(FILE *f, const json_t *plan, const char *indent, const char *lang)
{
    const json_t *courses = json_object_get(plan, "courses");
    const json_t *uncovered = json_object_get(plan, "uncovered");
    size_t i, j, nmissing = 0;
    json_t *c, *s;
    char out[512], cost[64], mode[64];
    fprintf(f, "%s%s: ", indent, msg(out, sizeof(out), lang, "plan.text.plan", NULL));
    cli_plan_print_summary(f, plan, lang);
    fputc('\n', f);
    json_array_foreach(courses, i, c)
    {
        const char *region = json_string_value(json_object_get(c, "region"));
        const char *m = json_string_value(json_object_get(c, "mode"));
        char key[48];
        brug_msg_arg where[] = {BRUG_MSG_S("mode", mode), BRUG_MSG_S("region", region),
                                BRUG_MSG_N("hours", json_number_value(json_object_get(c, "hours"))),
                                BRUG_MSG_S("cost", cost), BRUG_MSG_ARGS_END};
        snprintf(key, sizeof(key), "plan.mode.%s", m ? m : "");
        if (strchr(key, '-'))
            *strchr(key, '-') = '_'; /* in-company: keys are words joined by dots */
        if (brug_msg_template(lang, key))
            msg(mode, sizeof(mode), lang, key, NULL);
        else
            snprintf(mode, sizeof(mode), "%s", m ? m : "");
        brug_format_money(cost, sizeof(cost), lang, json_number_value(json_object_get(c, "cost")));
        fprintf(f, "%s  %zu. %s [%s], %s\n", indent, i + 1,
                json_string_value(json_object_get(c, "title")),
                json_string_value(json_object_get(c, "id")),
                json_string_value(json_object_get(c, "provider")));
        fprintf(f, "%s     %s\n", indent,
                msg(out, sizeof(out), lang,
                    region ? "plan.text.course_in_region" : "plan.text.course", where));
        if (json_array_size(json_object_get(c, "teaches"))) {
            fprintf(f, "%s     %s:", indent,
                    msg(out, sizeof(out), lang, "plan.text.teaches", NULL));
            json_array_foreach(json_object_get(c, "teaches"), j, s)
                fprintf(f, "%s %s", j ? ";" : "", label_of(plan, json_string_value(s)));
            fputc('\n', f);
        }
        if (json_array_size(json_object_get(c, "after"))) {
            fprintf(f, "%s     %s:", indent, msg(out, sizeof(out), lang, "plan.text.after", NULL));
            json_array_foreach(json_object_get(c, "after"), j, s)
                fprintf(f, "%s %s", j ? "," : "", json_string_value(s));
            fputc('\n', f);
        }
    }
    json_array_foreach(uncovered, i, s) nmissing += json_is_true(json_object_get(s, "essential"));
    if (nmissing) {
        fprintf(f, "%s%s:\n", indent, msg(out, sizeof(out), lang, "plan.text.not_covered", NULL));
        json_array_foreach(uncovered, i, s)
        {
            if (!json_is_true(json_object_get(s, "essential")))
                continue;
            fprintf(f, "%s  - %s: %s\n", indent, skill_name(s),
                    json_string_value(json_object_get(s, "reason")));
        }
    }
}

brug_courses *cli_plan_load_courses(cli_ctx *ctx, brug_db *db)
{
    brug_courses *courses = NULL;
    brug_err err = brug_courses_load(db, &courses);
    if (err) {
        cli_fail(ctx, db, err, "courses");
        return NULL;
    }
    if (brug_courses_count(courses) == 0)
        fprintf(ctx->err, "brug: warning: no courses stored; plans will be empty (brug import "
                          "courses FILE)\n");
    return courses;
}

brug_err cli_plan_attach(const brug_courses *courses, const brug_bridges *index,
                         const char *from_uri, const char *const *skills, size_t nskills,
                         const char *const *learned, size_t nlearned, const char *to_uri,
                         const char *lang, const brug_plan_opts *o, json_t *obj, char *msg,
                         size_t msgsize)
{
    brug_plan_bridge_query q;
    json_t *doc = NULL;
    brug_err err;

    memset(&q, 0, sizeof(q));
    q.from = from_uri;
    q.skills = from_uri ? NULL : skills;
    q.nskills = from_uri ? 0 : nskills;
    q.learned = learned;
    q.nlearned = nlearned;
    q.to = to_uri;
    q.lang = lang;
    err = brug_plan_bridge(courses, index, &q, o, &doc, msg, msgsize);
    if (err)
        return err;
    err = json_object_set(obj, "plan", json_object_get(doc, "plan")) ? BRUG_ENOMEM : BRUG_OK;
    if (err)
        snprintf(msg, msgsize, "out of memory");
    json_decref(doc);
    return err;
}

void cli_plan_print_line(FILE *f, const json_t *plan, const char *indent, const char *lang)
{
    size_t i;
    json_t *c;
    char out[64];
    fprintf(f, "%s%s: ", indent, msg(out, sizeof(out), lang, "plan.text.plan", NULL));
    cli_plan_print_summary(f, plan, lang);
    json_array_foreach(json_object_get(plan, "courses"), i, c)
        fprintf(f, "%s%s", i ? ", " : ": ", json_string_value(json_object_get(c, "id")));
    fputc('\n', f);
}
