/*
 * cli_bridges.c - shared option handling and occupation lookup of the
 * bridges, similarity and path commands (see cli_bridges.h).
 */
#include <string.h>

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
    err = brug_bridges_open(env->db, env->onto, &env->weights, NULL, &env->index);
    if (err)
        cli_fail(ctx, env->db, err, "bridges index");
    else if (brug_bridges_model_state_of(env->index) == BRUG_BRIDGES_MODEL_STALE)
        fprintf(ctx->err, "brug: note: the bridges models stored in the database do not fit its "
                          "ontology (changed since, or stored by another brug version); built "
                          "them in memory (re-import the taxonomy to store fresh ones)\n");
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

const char *cli_bridges_resolve(cli_ctx *ctx, cli_bridges_env *env, const char *what,
                                const char *lang, int first, FILE *note)
{
    const brug_onto *o = env->onto;
    uint32_t found;
    json_t *doc = cli_resolve(ctx, env->db, what, BRUG_SEARCH_OCCUPATION, lang, first, note);
    if (!doc)
        return NULL;
    found = brug_onto_occupation_find(o, json_string_value(json_object_get(doc, "uri")));
    json_decref(doc);
    if (found == BRUG_NO_INDEX) {
        fprintf(ctx->err, "brug: no occupation with URI '%s'\n", what);
        return NULL;
    }
    return brug_onto_occupation_uri(o, found);
}
