/*
 * cmd_export.c - `brug export passport ID`, `brug export offer ID` and
 * `brug export vocabulary`: records as one JSON line in the import format
 * (docs/passports.md), so an export can be imported again.
 */
#include <string.h>

#include "cli.h"

enum { OPT_PRETTY = 256, OPT_CREDENTIALS };

static const cli_opt opts[] = {
    {"pretty", OPT_PRETTY, NULL, "indent the JSON instead of one line"},
    {"credentials", OPT_CREDENTIALS, NULL,
     "passport: with the signed credentials its skills carry (to take elsewhere)"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

/* Put each stored credential back on its skill ({"uri", ..., "credential": {...}}), so the
 * export carries the proofs and imports again; say on stderr which no longer count. */
static brug_err add_credentials(cli_ctx *ctx, brug_db *db, const char *id, json_t *doc)
{
    json_t *list = NULL, *c, *s;
    size_t i, j;
    brug_err err = brug_passport_credentials(db, id, &list);
    if (err)
        return err;
    json_array_foreach(list, i, c)
    {
        const char *uri = json_string_value(json_object_get(c, "skill"));
        const char *state = json_string_value(json_object_get(c, "state"));
        json_array_foreach(json_object_get(doc, "skills"), j, s)
        {
            if (strcmp(json_string_value(json_object_get(s, "uri")), uri) != 0)
                continue;
            json_object_set(s, "evidence", json_object_get(c, "underlying"));
            json_object_set(s, "credential", json_object_get(c, "credential"));
        }
        if (strcmp(state, "verified") != 0)
            fprintf(ctx->err, "brug: %s: the credential is %s; the skill counts as %s\n", uri,
                    state, json_string_value(json_object_get(c, "underlying")));
    }
    json_decref(list);
    return BRUG_OK;
}

const cli_command cli_cmd_export = {
    "export",
    "passport ID | offer ID | vocabulary",
    "print a passport, an offer or the vocabularies as JSON",
    opts,
    run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *what;
    int key, pretty = 0, creds = 0;
    brug_db *db = NULL;
    json_t *doc = NULL;
    brug_err err;

    cli_args_init(&a, &cli_cmd_export, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val))
        if (key == OPT_PRETTY)
            pretty = 1;
        else if (key == OPT_CREDENTIALS)
            creds = 1;
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    what = a.npos ? a.pos[0] : "";
    if (strcmp(what, "vocabulary") == 0 && a.npos == 1) {
        err = brug_people_vocabulary(&doc);
        if (err)
            return cli_fail(ctx, NULL, err, "export");
    } else if ((strcmp(what, "passport") == 0 || strcmp(what, "offer") == 0) && a.npos == 2) {
        db = cli_db_open(ctx, BRUG_OPEN_READONLY);
        if (!db)
            return CLI_FAIL;
        err = what[0] == 'p' ? brug_passport_get(db, a.pos[1], &doc)
                             : brug_offer_get(db, a.pos[1], &doc);
        if (!err && creds && what[0] == 'p')
            err = add_credentials(ctx, db, a.pos[1], doc);
        if (err) {
            cli_fail(ctx, db, err, "export");
            brug_db_close(db);
            return CLI_FAIL;
        }
    } else {
        fprintf(ctx->err, "brug export: expected 'passport ID', 'offer ID' or 'vocabulary'\n");
        return CLI_USAGE;
    }
    json_dumpf(doc, ctx->out, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER);
    fputc('\n', ctx->out);
    json_decref(doc);
    brug_db_close(db);
    return CLI_OK;
}
