/*
 * cli_bridges.h - what the bridges, explain, similarity, path and plan
 * commands share: the --set/--weights options, opening the database with
 * its ontology snapshot and bridges index, resolving an occupation given
 * as a URI or a label, whose skill profile answers for it, splitting
 * --skills and printing a bridge's missing skills.
 */
#ifndef BRUG_CLI_BRIDGES_H
#define BRUG_CLI_BRIDGES_H

#include "cli.h"

/* Option keys used by every bridges command. */
enum { CLI_BR_SET = 300, CLI_BR_WEIGHTS = 301 };

/* The --set and --weights option table rows (name, key, arg, help). */
#define CLI_BRIDGES_WEIGHT_OPTS                                                                    \
    {"set", CLI_BR_SET, "NAME=VALUE", "set one weight of the method (repeatable)"},                \
    {                                                                                              \
        "weights", CLI_BR_WEIGHTS, "FILE", "read weights from a file of NAME = VALUE lines"        \
    }

/* An open database, its snapshot and the bridges index. */
typedef struct cli_bridges_env {
    brug_db *db;
    brug_onto *onto;
    brug_bridges *index;
    brug_bridges_weights weights;
} cli_bridges_env;

void cli_bridges_env_init(cli_bridges_env *env);

/* Handle --set/--weights (key, val): BRUG_OK when handled, BRUG_ENOTFOUND
 * when key is not a weights option, BRUG_EINVAL after printing an error. */
brug_err cli_bridges_weight_parse(cli_ctx *ctx, cli_bridges_env *env, int key, const char *val);

/* Open the database, load the snapshot and build the index: BRUG_OK, or an
 * error after printing what went wrong. */
brug_err cli_bridges_env_load(cli_ctx *ctx, cli_bridges_env *env);
void cli_bridges_env_close(cli_bridges_env *env);

/*
 * Resolve an occupation given as a URI or as text (cli_resolve: a clear
 * label or search hit, else the candidates are printed; first takes the
 * best anyway).  Returns its URI (owned by env->onto) or NULL after
 * printing why.  When chosen from text and note != NULL, prints which
 * occupation was chosen there.
 */
const char *cli_bridges_resolve(cli_ctx *ctx, cli_bridges_env *env, const char *what,
                                const char *lang, int first, FILE *note);

/* Split "a,b,c" (--skills) into at most max uris, pointers into buf
 * (which is modified; spaces before an item skipped); returns how many. */
size_t cli_bridges_split_skills(char *buf, const char **uris, size_t max);

/* One line of a bridge's missing skills (arr, "missing_essential" or
 * "missing_optional" of a bridge): title, then at most max skills with
 * their gain and the held skill that earns partial credit. */
void cli_bridges_print_gaps(FILE *f, const char *title, json_t *arr, size_t max, const char *lang);

/*
 * Whose skill profile answers for occupation uri (brug_occupation_origin_find):
 * when it is uri's exact match, says so on ctx->err ("bridging from" it, or
 * "to" it when to != 0, in language lang).  BRUG_OK, or an error after
 * printing it.
 */
brug_err cli_bridges_origin(cli_ctx *ctx, cli_bridges_env *env, const char *uri, const char *lang,
                            int to, brug_occupation_origin *out /* OUT */);

#endif
