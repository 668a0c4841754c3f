/*
 * cmd_issuer.c - `brug issuer add|key|revoke-key|list|show`: the registry
 * of credential issuers and their Ed25519 keys (include/brug/credential.h).
 * Registering an issuer is the operator's (admin's) act; private keys stay
 * in the files named here, never in the database or the output.
 */
#include <string.h>

#include "cli.h"

enum { OPT_NAME = 256, OPT_TYPE, OPT_BASE_URL, OPT_KEY_FILE, OPT_JSON };

static const cli_opt opts[] = {
    {"name", OPT_NAME, "NAME", "add: the issuer's name"},
    {"type", OPT_TYPE, "TYPE", "add: school, provider, employer or evc"},
    {"base-url", OPT_BASE_URL, "URL",
     "add: the public address of this brug server (default http://localhost:8080)"},
    {"key-file", OPT_KEY_FILE, "FILE",
     "key: the private key file (read if it exists, else generated with mode 0600)"},
    {"json", OPT_JSON, NULL, "list: print JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_issuer = {
    "issuer",
    "add ID | key ID | revoke-key DID | list | show ID",
    "register credential issuers and manage their signing keys",
    opts,
    run,
};

static void print_json(cli_ctx *ctx, json_t *doc)
{
    json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', ctx->out);
}

static int list(cli_ctx *ctx, brug_db *db, int json)
{
    json_t *doc, *is, *k;
    size_t i, j;
    brug_err err = brug_issuer_list(db, &doc);
    if (err)
        return cli_fail(ctx, db, err, "issuer list");
    if (json) {
        print_json(ctx, doc);
    } else {
        json_array_foreach(doc, i, is)
        {
            fprintf(ctx->out, "%-20s %-9s %s\n", json_string_value(json_object_get(is, "id")),
                    json_string_value(json_object_get(is, "type")),
                    json_string_value(json_object_get(is, "name")));
            json_array_foreach(json_object_get(is, "keys"), j, k)
            {
                fprintf(ctx->out, "  %-7s %s\n", json_string_value(json_object_get(k, "status")),
                        json_string_value(json_object_get(k, "did")));
            }
        }
    }
    json_decref(doc);
    return CLI_OK;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *name = NULL, *type = NULL, *base = NULL, *key_file = NULL, *verb;
    int key, json = 0, rc = CLI_OK, readonly;
    brug_db *db;
    brug_err err = BRUG_OK;

    cli_args_init(&a, &cli_cmd_issuer, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_NAME)
            name = val;
        else if (key == OPT_TYPE)
            type = val;
        else if (key == OPT_BASE_URL)
            base = val;
        else if (key == OPT_KEY_FILE)
            key_file = val;
        else if (key == OPT_JSON)
            json = 1;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    verb = a.npos ? a.pos[0] : "";
    if (!((a.npos == 2 && (strcmp(verb, "add") == 0 || strcmp(verb, "key") == 0 ||
                           strcmp(verb, "revoke-key") == 0 || strcmp(verb, "show") == 0)) ||
          (a.npos == 1 && strcmp(verb, "list") == 0))) {
        fprintf(ctx->err, "brug issuer: expected 'add ID', 'key ID', 'revoke-key DID', 'list' or "
                          "'show ID'; see --help\n");
        return CLI_USAGE;
    }
    if (strcmp(verb, "add") == 0 && (!name || !type)) {
        fprintf(ctx->err, "brug issuer add: --name and --type are needed\n");
        return CLI_USAGE;
    }
    if (strcmp(verb, "key") == 0 && !key_file) {
        fprintf(ctx->err, "brug issuer key: --key-file FILE is needed\n");
        return CLI_USAGE;
    }
    readonly = strcmp(verb, "list") == 0 || strcmp(verb, "show") == 0;
    db = cli_db_open(ctx, readonly ? BRUG_OPEN_READONLY : 0);
    if (!db)
        return CLI_FAIL;
    if (strcmp(verb, "add") == 0) {
        err = brug_issuer_add(db, a.pos[1], name, type, base);
        if (!err)
            fprintf(ctx->err,
                    "brug: issuer %s registered; give it a key with brug issuer key %s "
                    "--key-file FILE\n",
                    a.pos[1], a.pos[1]);
    } else if (strcmp(verb, "key") == 0) {
        char did[BRUG_DID_SIZE];
        err = brug_issuer_key_add(db, a.pos[1], key_file, did);
        if (!err) {
            fprintf(ctx->out, "%s\n", did);
            fprintf(ctx->err, "brug: %s is now the active key of %s (private key in %s)\n", did,
                    a.pos[1], key_file);
        }
    } else if (strcmp(verb, "revoke-key") == 0) {
        err = brug_issuer_key_revoke(db, a.pos[1]);
        if (!err)
            fprintf(ctx->err, "brug: key %s revoked; credentials it signed no longer verify\n",
                    a.pos[1]);
    } else if (strcmp(verb, "show") == 0) {
        json_t *doc;
        err = brug_issuer_profile(db, a.pos[1], &doc);
        if (!err) {
            print_json(ctx, doc);
            json_decref(doc);
        }
    } else {
        rc = list(ctx, db, json);
    }
    if (err)
        rc = cli_fail(ctx, db, err, "issuer");
    brug_db_close(db);
    return rc;
}
