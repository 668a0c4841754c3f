/*
 * cli_bridges.c - shared option handling and occupation lookup of the
 * bridges, similarity and path commands (see cli_bridges.h).
 */
#include <string.h>
#include <strings.h>

#include "cli_bridges.h"

void cli_bridges_env_init(cli_bridges_env *env)
{
    memset(env, 0, sizeof(*env));
    brug_bridges_weights_init(&env->weights);
}

brug_err cli_bridges_weight_parse(cli_ctx *ctx, cli_bridges_env *env, int key, const char *val)
{
    char msg[512];
    brug_err err;
    if (key == CLI_BR_SET)
        err = brug_bridges_weights_set(&env->weights, val, msg, sizeof(msg));
    else if (key == CLI_BR_WEIGHTS)
        err = brug_bridges_weights_load(&env->weights, val, msg, sizeof(msg));
    else
        return BRUG_ENOTFOUND;
    if (err) {
        fprintf(ctx->err, "brug: %s%s\n", key == CLI_BR_SET ? "--set: " : "", msg);
        return BRUG_EINVAL;
    }
    return BRUG_OK;
}

brug_err cli_bridges_env_load(cli_ctx *ctx, cli_bridges_env *env)
{
    brug_err err;
    env->db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!env->db)
        return BRUG_EDB;
    err = brug_onto_load(env->db, &env->onto);
    if (err) {
        cli_fail(ctx, env->db, err, "load ontology");
        return err;
    }
    err = brug_bridges_new(env->onto, &env->weights, NULL, &env->index);
    if (err)
        fprintf(ctx->err, "brug: bridges index: %s\n", brug_strerror(err));
    return err;
}

void cli_bridges_env_close(cli_bridges_env *env)
{
    brug_bridges_free(env->index);
    brug_onto_free(env->onto);
    brug_db_close(env->db);
    env->index = NULL;
    env->onto = NULL;
    env->db = NULL;
}

static int is_uri(const char *s)
{
    return strstr(s, "://") != NULL;
}

/* The occupation whose preferred label is exactly `what` (any case), in
 * lang or English; BRUG_NO_INDEX when none. */
static uint32_t exact_label(const brug_onto *o, const char *what, const char *lang)
{
    uint32_t i, n = brug_onto_occupation_count(o);
    for (i = 0; i < n; i++)
        if (strcasecmp(brug_onto_occupation_label(o, i, lang), what) == 0)
            return i;
    for (i = 0; i < n; i++)
        if (strcasecmp(brug_onto_occupation_label(o, i, "en"), what) == 0)
            return i;
    return BRUG_NO_INDEX;
}

/* The best occupation the search finds for what (lang NULL: any language). */
static uint32_t search_best(cli_bridges_env *env, const char *what, const char *lang)
{
    brug_search_opts so;
    brug_search_results *res = NULL;
    uint32_t found = BRUG_NO_INDEX;
    brug_search_opts_init(&so);
    so.type = BRUG_SEARCH_OCCUPATION;
    so.lang = lang;
    so.limit = 1;
    if (brug_search_run(env->db, what, &so, &res) == BRUG_OK && res->count > 0)
        found = brug_onto_occupation_find(env->onto, res->hits[0].uri);
    brug_search_results_free(res);
    return found;
}

static int how_exact(const brug_onto *o, uint32_t i, const char *what, const char *lang)
{
    return strcasecmp(brug_onto_occupation_label(o, i, lang), what) == 0 ||
           strcasecmp(brug_onto_occupation_label(o, i, "en"), what) == 0;
}

const char *cli_bridges_resolve(cli_ctx *ctx, cli_bridges_env *env, const char *what,
                                const char *lang, FILE *note)
{
    const brug_onto *o = env->onto;
    uint32_t found;
    const char *how = "label";

    if (is_uri(what)) {
        found = brug_onto_occupation_find(o, what);
        if (found == BRUG_NO_INDEX) {
            fprintf(ctx->err, "brug: no occupation with URI '%s'\n", what);
            return NULL;
        }
        return brug_onto_occupation_uri(o, found);
    }
    /* An exact preferred label first (in lang or English), then the
     * search's best occupation in lang, then in any language. */
    found = exact_label(o, what, lang);
    if (found == BRUG_NO_INDEX)
        found = search_best(env, what, lang);
    if (found == BRUG_NO_INDEX && lang && strcmp(lang, "any") != 0)
        found = search_best(env, what, NULL);
    if (found != BRUG_NO_INDEX && !how_exact(o, found, what, lang))
        how = "search";
    if (found == BRUG_NO_INDEX) {
        fprintf(ctx->err, "brug: no occupation found for '%s'; give its URI or a label\n", what);
        return NULL;
    }
    if (note)
        fprintf(note, "brug: '%s' is %s <%s> (by %s)\n", what,
                brug_onto_occupation_label(o, found, lang), brug_onto_occupation_uri(o, found),
                how);
    return brug_onto_occupation_uri(o, found);
}
