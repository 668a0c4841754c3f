/*
 * cli_bridges.c - shared option handling and occupation lookup of the
 * bridges, explain, similarity, path and plan commands (see cli_bridges.h).
 */
#include <string.h>

#include "cli_bridges.h"
#include "brug/msg.h"

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

brug_err cli_bridges_origin(cli_ctx *ctx, cli_bridges_env *env, const char *uri, const char *lang,
                            int to, brug_occupation_origin *out)
{
    char line[2048];
    brug_err err = brug_occupation_origin_find(env->db, env->onto, uri, out);
    if (err) {
        cli_fail(ctx, env->db, err, "exact match");
        return err;
    }
    if (out->via_exact_match) {
        brug_msg_arg a[] = {
            BRUG_MSG_S("asked", out->asked),
            BRUG_MSG_S("label",
                       brug_onto_occupation_label(
                           env->onto, brug_onto_occupation_find(env->onto, out->profile), lang)),
            BRUG_MSG_S("uri", out->profile), BRUG_MSG_ARGS_END};
        brug_msg_format(line, sizeof(line), lang, to ? "origin.note.to" : "origin.note.from", a);
        fprintf(ctx->err, "brug: %s\n", line);
    }
    return BRUG_OK;
}

void cli_bridges_print_gaps(FILE *f, const char *title, json_t *arr, size_t max, const char *lang)
{
    size_t i, n = json_array_size(arr);
    char out[512], key[48];
    if (n == 0)
        return;
    fprintf(f, "     %s:", title);
    for (i = 0; i < n && i < max; i++) {
        json_t *g = json_array_get(arr, i);
        json_t *via = json_object_get(g, "via");
        fprintf(f, "%s %s (+%.3f", i ? ";" : "", json_string_value(json_object_get(g, "label")),
                json_real_value(json_object_get(g, "gain")));
        if (json_is_object(via)) {
            brug_msg_arg a[] = {
                BRUG_MSG_S("skill", json_string_value(json_object_get(via, "label"))),
                BRUG_MSG_ARGS_END};
            snprintf(key, sizeof(key), "bridge.text.via.%s",
                     json_string_value(json_object_get(via, "relation")));
            brug_msg_format(out, sizeof(out), lang, key, a);
            fprintf(f, ", %s", out);
        }
        fputc(')', f);
    }
    if (n > max) {
        brug_msg_arg a[] = {BRUG_MSG_I("n", n - max), BRUG_MSG_ARGS_END};
        brug_msg_format(out, sizeof(out), lang, "bridge.text.more", a);
        fprintf(f, "; %s", out);
    }
    fputc('\n', f);
}

/* Split "a,b,c" into uris (pointers into buf, which is modified). */
size_t cli_bridges_split_skills(char *buf, const char **uris, size_t max)
{
    size_t n = 0;
    char *p = buf;
    while (p && *p && n < max) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        while (*p == ' ')
            p++;
        if (*p)
            uris[n++] = p;
        p = comma ? comma + 1 : NULL;
    }
    return n;
}
