/*
 * cmd_token.c - `brug token create|list|revoke`: the API tokens of brug
 * serve.  A new token is printed once; the database keeps only its hash.
 */
#include <string.h>

#include "cli.h"

enum { OPT_ROLE = 256, OPT_PERSON, OPT_NAME, OPT_JSON };

static const cli_opt opts[] = {
    {"role", OPT_ROLE, "ROLE", "create: admin, adviser, person, employer or issuer"},
    {"person", OPT_PERSON, "ID", "create: the passport id a person token speaks for"},
    {"name", OPT_NAME, "NAME",
     "create: the adviser's or employer's name, the issuer's id (default ROLE-ID)"},
    {"json", OPT_JSON, NULL, "list: print JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_token = {
    "token", "create|list|revoke [ID]", "create, list and revoke API tokens for brug serve", opts,
    run,
};

static int create(cli_ctx *ctx, const char *role_name, const char *person, const char *name)
{
    brug_role role = brug_role_parse(role_name);
    char token[BRUG_TOKEN_SIZE];
    brug_principal who;
    brug_db *db;
    brug_err err;

    if (!role_name || role == BRUG_ROLE_NONE) {
        fprintf(ctx->err, "brug token create: --role must be admin, adviser, person, employer or "
                          "issuer\n");
        return CLI_USAGE;
    }
    if (role == BRUG_ROLE_PERSON && !person) {
        fprintf(ctx->err, "brug token create: a person token needs --person ID\n");
        return CLI_USAGE;
    }
    if (role != BRUG_ROLE_PERSON && person) {
        fprintf(ctx->err, "brug token create: --person goes with --role person only\n");
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, 0);
    if (!db)
        return CLI_FAIL;
    err = brug_token_create(db, role, role == BRUG_ROLE_PERSON ? person : name, token, &who);
    if (err) {
        cli_fail(ctx, db, err, "token create");
        brug_db_close(db);
        return CLI_FAIL;
    }
    fprintf(ctx->out, "%s\n", token);
    fprintf(ctx->err, "brug: token %lld for %s %s; it is shown only now, keep it safe\n",
            (long long)who.token_id, brug_role_name(who.role), who.subject);
    brug_db_close(db);
    return CLI_OK;
}

static int list(cli_ctx *ctx, int json)
{
    brug_db *db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    json_t *doc, *t;
    size_t i;
    brug_err err;
    if (!db)
        return CLI_FAIL;
    err = brug_token_list(db, &doc);
    if (err) {
        cli_fail(ctx, db, err, "token list");
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
    } else {
        json_array_foreach(doc, i, t)
        {
            json_t *rev = json_object_get(t, "revoked");
            fprintf(ctx->out, "%-5lld %-9s %-24s created %s%s%s\n",
                    (long long)json_integer_value(json_object_get(t, "id")),
                    json_string_value(json_object_get(t, "role")),
                    json_string_value(json_object_get(t, "subject")),
                    json_string_value(json_object_get(t, "created")),
                    json_is_string(rev) ? ", revoked " : "",
                    json_is_string(rev) ? json_string_value(rev) : "");
        }
    }
    json_decref(doc);
    brug_db_close(db);
    return CLI_OK;
}

static int revoke(cli_ctx *ctx, const char *id_text)
{
    unsigned long id;
    brug_db *db;
    brug_err err;
    if (cli_uint_parse(ctx, "ID", id_text, 0x7fffffffUL, &id))
        return CLI_USAGE;
    db = cli_db_open(ctx, 0);
    if (!db)
        return CLI_FAIL;
    err = brug_token_revoke(db, (int64_t)id);
    if (err) {
        cli_fail(ctx, db, err, "token revoke");
        brug_db_close(db);
        return CLI_FAIL;
    }
    fprintf(ctx->err, "brug: token %lu revoked\n", id);
    brug_db_close(db);
    return CLI_OK;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *role = NULL, *person = NULL, *name = NULL;
    int key, json = 0;

    cli_args_init(&a, &cli_cmd_token, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_ROLE)
            role = val;
        else if (key == OPT_PERSON)
            person = val;
        else if (key == OPT_NAME)
            name = val;
        else if (key == OPT_JSON)
            json = 1;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos == 1 && strcmp(a.pos[0], "create") == 0)
        return create(ctx, role, person, name);
    if (a.npos == 1 && strcmp(a.pos[0], "list") == 0)
        return list(ctx, json);
    if (a.npos == 2 && strcmp(a.pos[0], "revoke") == 0)
        return revoke(ctx, a.pos[1]);
    fprintf(ctx->err, "brug token: expected 'create', 'list' or 'revoke ID'; see --help\n");
    return CLI_USAGE;
}
