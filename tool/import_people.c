/*
 * import_people.c - `brug import passports FILE` and `brug import offers
 * FILE`: bulk import of JSON Lines files (docs/passports.md) in one
 * transaction, with progress on a terminal.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "import_report.h"

enum { OPT_JSON = 256 };

static const cli_opt opts[] = {
    {"json", OPT_JSON, NULL, "print the import report as JSON"},
    {NULL, 0, NULL, NULL},
};

static int run_passports(int argc, const char **argv, cli_ctx *ctx);
static int run_offers(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_import_passports = {
    "import passports",
    "FILE",
    "skills passports, one JSON object per line (docs/passports.md)",
    opts,
    run_passports,
};

const cli_command cli_import_offers = {
    "import offers",
    "FILE",
    "vacancies and trial placements with their employers, one JSON object per line",
    opts,
    run_offers,
};

static int run_kind(const cli_command *cmd, int argc, const char **argv, cli_ctx *ctx,
                    int passports)
{
    cli_args a;
    const char *val;
    int key, json = 0;
    brug_db *db;
    brug_err err;
    brug_import_opts o;
    brug_import_report rep;

    memset(&o, 0, sizeof(o));
    cli_args_init(&a, cmd, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val))
        if (key == OPT_JSON)
            json = 1;
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos != 1) {
        fprintf(ctx->err, "brug %s: expected one FILE\n", cmd->name);
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_CREATE);
    if (!db)
        return CLI_FAIL;
    cli_import_progress_on(ctx, &o, json);
    brug_import_report_init(&rep);
    err = passports ? brug_passports_import(db, a.pos[0], &o, &rep)
                    : brug_offers_import(db, a.pos[0], &o, &rep);
    cli_import_progress_off(ctx, &o);
    if (err) {
        fprintf(ctx->err, "brug: %s (nothing imported)\n", brug_errmsg(db));
        brug_import_report_release(&rep);
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json)
        cli_import_print_json(ctx, &rep);
    else
        fprintf(ctx->out, "imported %llu %s from %s in %.1f s\n", (unsigned long long)rep.records,
                passports ? "passports" : "offers", a.pos[0], rep.seconds);
    brug_import_report_release(&rep);
    brug_db_close(db);
    return CLI_OK;
}

static int run_passports(int argc, const char **argv, cli_ctx *ctx)
{
    return run_kind(&cli_import_passports, argc, argv, ctx, 1);
}

static int run_offers(int argc, const char **argv, cli_ctx *ctx)
{
    return run_kind(&cli_import_offers, argc, argv, ctx, 0);
}
