/*
 * cmd_delete.c - `brug delete passport ID` and `brug delete offer ID`:
 * remove a person (everything stored about them) or an offer completely.
 */
#include <string.h>

#include "cli.h"

static const cli_opt opts[] = {
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_delete = {
    "delete",
    "passport ID | offer ID",
    "delete a passport (all data of the person) or an offer",
    opts,
    run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key;
    brug_db *db;
    brug_principal who;
    brug_err err;

    cli_args_init(&a, &cli_cmd_delete, argc, argv, ctx->err);
    do {
        key = cli_args_next(&a, &val);
    } while (key > 0);
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos != 2 || (strcmp(a.pos[0], "passport") != 0 && strcmp(a.pos[0], "offer") != 0)) {
        fprintf(ctx->err, "brug delete: expected 'passport ID' or 'offer ID'\n");
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, 0);
    if (!db)
        return CLI_FAIL;
    /* The local operator: admin, audited as "local" like any other caller. */
    who = brug_principal_local();
    err = a.pos[0][0] == 'p' ? brug_passport_delete_as(db, &who, a.pos[1])
                             : brug_offer_delete_as(db, &who, a.pos[1]);
    if (err) {
        cli_fail(ctx, db, err, "delete");
        brug_db_close(db);
        return CLI_FAIL;
    }
    fprintf(ctx->out, "deleted %s %s\n", a.pos[0], a.pos[1]);
    brug_db_close(db);
    return CLI_OK;
}
