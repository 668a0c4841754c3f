/*
 * cli_plan.h - what `brug plan` and the --with-plans option of `brug
 * bridges` and `brug path` share: the limit options, a bridge's plan set
 * on a result, and printing a plan as text.
 */
#ifndef BRUG_CLI_PLAN_H
#define BRUG_CLI_PLAN_H

#include "cli.h"

/* Option keys of the planner's limits. */
enum {
    CLI_PLAN_OBJECTIVE = 400,
    CLI_PLAN_HOUR_VALUE,
    CLI_PLAN_BUDGET,
    CLI_PLAN_MAX_HOURS,
    CLI_PLAN_REGION,
    CLI_PLAN_ONLINE_ONLY,
    CLI_PLAN_MODE,
    CLI_PLAN_PROVIDER,
    CLI_PLAN_TIME_LIMIT,
};

/* The option table rows of the limits (name, key, arg, help). */
#define CLI_PLAN_LIMIT_OPTS                                                                        \
    {"objective", CLI_PLAN_OBJECTIVE, "hours|cost|mix", "what a plan minimises (default hours)"},  \
        {"hour-value", CLI_PLAN_HOUR_VALUE, "EUR", "mix: euros an hour of study counts for (20)"}, \
        {"budget", CLI_PLAN_BUDGET, "EUR", "spend at most EUR on courses"},                        \
        {"max-hours", CLI_PLAN_MAX_HOURS, "H", "study at most H hours in all"},                    \
        {"region", CLI_PLAN_REGION, "R", "only courses online or near R (NL-UT, CR17, ...)"},      \
        {"online-only", CLI_PLAN_ONLINE_ONLY, NULL, "only online courses"},                        \
        {"mode", CLI_PLAN_MODE, "M,...",                                                           \
         "only courses given so (online, classroom, blended, ...)"},                               \
        {"provider", CLI_PLAN_PROVIDER, "NAME", "only courses of this provider"},                  \
    {                                                                                              \
        "time-limit", CLI_PLAN_TIME_LIMIT, "MS", "time for the exact solver (default 50 ms)"       \
    }

/* Handle a limit option (key, val) into o: BRUG_OK when handled,
 * BRUG_ENOTFOUND when key is not a limit option, BRUG_EINVAL after printing
 * an error (a usage error). */
brug_err cli_plan_opt_parse(cli_ctx *ctx, brug_plan_opts *o, int key, const char *val);

/* The skills of occupation URI occ in onto (for prerequisites): a new
 * array (strings owned by onto) to free(), or NULL. */
const char **cli_plan_occupation_skills(const brug_onto *onto, const char *occ, size_t *n);

/* The stored course catalogue, or NULL after printing why.  Warns on
 * stderr when no course is stored. */
brug_courses *cli_plan_load_courses(cli_ctx *ctx, brug_db *db);

/*
 * The plan of the bridge from occupation from_uri (or, when NULL, from the
 * skills skills[0..nskills-1]) to occupation to_uri (brug_plan_bridge), set
 * as "plan" on obj.  learned: skills learned on earlier steps of a route.
 * Errors carry a message in msg.
 */
brug_err cli_plan_attach(const brug_courses *courses, const brug_bridges *index,
                         const char *from_uri, const char *const *skills, size_t nskills,
                         const char *const *learned, size_t nlearned, const char *to_uri,
                         const char *lang, const brug_plan_opts *o, json_t *obj, char *msg,
                         size_t msgsize);

/* "     plan: 3 courses, 120 h, €1,500.00, proven optimal: A, B, C", in
 * lang's catalogue language (brug/msg.h) with its number and money format. */
void cli_plan_print_line(FILE *f, const json_t *plan, const char *indent, const char *lang);

/* Print a plan as text in lang, each line starting with indent. */
void cli_plan_print(FILE *f, const json_t *plan, const char *indent, const char *lang);

/* Print a one-line summary in lang: "5 courses, 312 h, €4,250.00, proven optimal". */
void cli_plan_print_summary(FILE *f, const json_t *plan, const char *lang);

#endif
