/*
 * cmd_audit.c - `brug audit`: the log of every read and change of a skills
 * passport through brug serve (who, when, what, allowed or denied).
 */
#include "cli.h"

enum { OPT_PERSON = 256, OPT_LIMIT, OPT_JSON, OPT_PRUNE };

static const cli_opt opts[] = {
    {"person", OPT_PERSON, "ID", "only the entries about this person's passport"},
    {"limit", OPT_LIMIT, "N", "the N newest entries, 1 to 1000000 (default 1000)"},
    {"json", OPT_JSON, NULL, "print JSON"},
    {"prune-days", OPT_PRUNE, "D", "delete the entries older than D days (the retention period)"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_audit = {
    "audit", "", "show the audit log of passport reads and changes", opts, run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *person = NULL;
    unsigned long limit = 1000, prune = 0;
    int key, json = 0;
    brug_db *db;
    json_t *doc, *e;
    size_t i;
    brug_err err;

    cli_args_init(&a, &cli_cmd_audit, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_PERSON)
            person = val;
        else if (key == OPT_LIMIT && cli_count_parse(ctx, "limit", val, 1000000UL, &limit))
            return CLI_USAGE;
        else if (key == OPT_JSON)
            json = 1;
        else if (key == OPT_PRUNE && cli_uint_parse(ctx, "prune-days", val, 36500, &prune))
            return CLI_USAGE;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos) {
        fprintf(ctx->err, "brug audit: unexpected argument '%s'\n", a.pos[0]);
        return CLI_USAGE;
    }
    if (prune) {
        int64_t removed = 0;
        db = cli_db_open(ctx, 0);
        if (!db)
            return CLI_FAIL;
        err = brug_audit_prune(db, (unsigned)prune, &removed);
        if (err) {
            cli_fail(ctx, db, err, "audit");
            brug_db_close(db);
            return CLI_FAIL;
        }
        fprintf(ctx->out, "removed %lld audit entries older than %lu days\n", (long long)removed,
                prune);
        brug_db_close(db);
        return CLI_OK;
    }
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    err = brug_audit_list(db, person, limit, &doc);
    if (err) {
        cli_fail(ctx, db, err, "audit");
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
    } else {
        json_array_foreach(doc, i, e)
        {
            fprintf(ctx->out, "%s  %-8s %-20s %-16s %-20s %s\n",
                    json_string_value(json_object_get(e, "time")),
                    json_string_value(json_object_get(e, "role")),
                    json_string_value(json_object_get(e, "actor")),
                    json_string_value(json_object_get(e, "action")),
                    json_string_value(json_object_get(e, "person")),
                    json_string_value(json_object_get(e, "outcome")));
        }
    }
    if (json_array_size(doc) == limit)
        fprintf(ctx->err, "brug audit: the %lu newest entries; --limit N shows more\n", limit);
    json_decref(doc);
    brug_db_close(db);
    return CLI_OK;
}
